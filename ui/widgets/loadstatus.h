#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ecs::ui {

/// The state of one lookup under the list it fills: loading, a message, or an error in words
/// with a Retry button. A failed lookup shows this instead of data, never zeros or empty rows
/// that look like an answer.
class LoadStatus : public QWidget
{
    Q_OBJECT

public:
    explicit LoadStatus(const QString &accessibleName, QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void showMessage(const QString &text);
    /// The error in words; Retry calls `retry` (and is hidden when there is none).
    void showError(const QString &text, std::function<void()> retry);
    void clear() { showMessage({}); }

    bool isError() const { return m_error; }
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

private:
    QLabel *m_label;
    QPushButton *m_retry;
    std::function<void()> m_retryAction;
    bool m_error = false;
};

} // namespace ecs::ui
