#pragma once

#include "operationdetailsdialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ecs {
class Operation;
}

namespace ecs::ui {

class InvocationView;
class OperationsModel;

/// The operations dock: every tracked operation, newest first, with Cancel, Retry (resends what
/// failed), "Results…" (a Run command's per-instance results, again), "Copy as command" and
/// "Clear finished"; a short explanation while there is none.
class OperationsPanel : public QWidget
{
    Q_OBJECT

public:
    OperationsPanel(OperationsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    Operation *currentOperation() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *resultsButton() const { return m_results; }
    QLabel *emptyState() const { return m_empty; }
    void setProfileName(const QString &name) { m_profileName = name; }
    /// The full story of `operation` (double-click or Enter on its row).
    OperationDetailsDialog *showDetails(Operation *operation);
    OperationDetailsDialog *detailsDialog() const { return m_details; }
    /// The per-instance results of a Run command operation, reopened from the dock.
    InvocationView *showResults(Operation *operation);
    InvocationView *resultsView() const;

private:
    void updateButtons();
    void updateEmptyState();

    OperationsModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_results;
    QPushButton *m_copy;
    QPushButton *m_clear;
    QString m_profileName;
    QPointer<OperationDetailsDialog> m_details;
    QPointer<QWidget> m_resultsView; ///< an InvocationView
};

} // namespace ecs::ui
