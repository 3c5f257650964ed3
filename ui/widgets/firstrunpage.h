#pragma once

#include <QWidget>

#include <functional>

class QMainWindow;
class QPushButton;
class QSettings;

namespace ecs::ui {

/// The welcome shown once, when the console starts on Demo because no profile is configured:
/// what Demo is, what a real profile is, and the two ways to get one.
class FirstRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    /// True until markShown() has been called (QSettings "firstRun/shown").
    static bool isDue(const QSettings &settings);
    static void markShown(QSettings *settings);

    QPushButton *addProfileButton() const { return m_add; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *continueButton() const { return m_continue; }

Q_SIGNALS:
    void addProfileRequested();
    void importRequested();
    /// Any of the three buttons: the page has done its job.
    void dismissed();

private:
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_continue;
};

class ProfileManagerDialog;

/// Shows the page at the top of `window` (a dock the person may close) and marks it shown. Its
/// buttons act through the profile manager that `openManager` opens (or raises) and returns.
void showFirstRunPage(
    QMainWindow *window, QSettings *settings, std::function<ProfileManagerDialog *()> openManager);

} // namespace ecs::ui
