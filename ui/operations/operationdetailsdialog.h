#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ecs {
class Operation;
}

namespace ecs::ui {

class OperationsModel;

/// The full story of an operation: each request (parameters with secrets redacted), each answer
/// as pretty JSON, the attempts with their delays, timings and RequestIds; Retry resends what
/// failed (with the same ClientToken), Retry failed only resends the refused batches.
class OperationDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    OperationDetailsDialog(
        ecs::Operation *operation, OperationsModel *operations, QWidget *parent = nullptr);

    QListWidget *requests() const { return m_requests; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *retryFailedOnlyButton() const { return m_retryFailed; }

Q_SIGNALS:
    /// A retry was submitted (shown next in its own details).
    void retried(ecs::Operation *again);

private:
    void refresh();
    void showRequest(int row);

    QPointer<ecs::Operation> m_operation;
    OperationsModel *m_operations;
    QLabel *m_summary;
    QListWidget *m_requests;
    QPlainTextEdit *m_details;
    QPushButton *m_retry;
    QPushButton *m_retryFailed;
    QPushButton *m_copy;
};

} // namespace ecs::ui
