#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ecs {
class ApiCall;
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class RegionsPane;

/// The frame: navigation, toolbar, menus and the status bar. It wires panes; the panes hold
/// their own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ecs::EcsClient *client, const QString &profileName, QWidget *parent = nullptr);

    RegionsPane *regionsPane() const { return m_regionsPane; }
    QString statusText() const;
    /// Refreshes the pane on show.
    void refreshCurrentPane();

private:
    void addPane(const QString &name, const QIcon &icon, QWidget *pane);
    void onCallStarted(ecs::ApiCall *call);
    void onCallFinished(ecs::ApiCall *call);
    void updateStatus();

    ecs::EcsClient *m_client;
    QString m_profileName;
    QListWidget *m_navigation;
    QStackedWidget *m_panes;
    RegionsPane *m_regionsPane;
    QAction *m_refresh;
    QLabel *m_status;
    int m_inFlight = 0;
    QString m_lastRequest;
};

} // namespace ecs::ui
