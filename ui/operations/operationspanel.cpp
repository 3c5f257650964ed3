#include "operationspanel.h"

#include "assistant/runcommandoperation.h"
#include "invocationview.h"
#include "lifecycle/operation.h"
#include "operationdetailsdialog.h"
#include "operationsmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

OperationsPanel::OperationsPanel(OperationsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_results(new QPushButton(tr("Results…"), this))
    , m_copy(new QPushButton(tr("Copy as command"), this))
    , m_clear(new QPushButton(tr("Clear finished"), this))
{
    setObjectName(u"operationsPanel"_s);
    m_view->setObjectName(u"operationsView"_s);
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Operations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    const int em = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(OperationsModel::TitleColumn, em * 40);
    m_view->setColumnWidth(OperationsModel::StateColumn, em * 14);
    m_view->setColumnWidth(OperationsModel::ElapsedColumn, em * 9);
    m_view->horizontalHeader()->setSectionResizeMode(
        OperationsModel::DetailColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + em);

    m_cancel->setToolTip(tr("Stop tracking and skip the remaining steps; what the service has "
                            "accepted stays done"));
    m_copy->setToolTip(tr("Copy the equivalent `ecs-console call` lines"));
    m_retry->setToolTip(tr("Send again what failed; steps already done are not repeated"));
    m_cancel->setAccessibleName(tr("Cancel the operation"));
    m_retry->setAccessibleName(tr("Retry the operation"));
    m_results->setObjectName(u"operationResultsButton"_s);
    m_results->setToolTip(tr("Show what the command did on each instance: status, exit code, "
                             "output"));
    m_results->setAccessibleName(tr("Show the command's results"));
    m_copy->setAccessibleName(m_copy->text());
    m_clear->setAccessibleName(m_clear->text());
    m_empty->setText(tr("No operations yet. What you start on instances (start, stop, create…) "
                        "appears here until it is done."));
    m_empty->setAccessibleName(tr("No operations"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (Operation *o = currentOperation())
            if (Operation *again = o->retry())
                m_model->submit(again);
    });
    connect(m_results, &QPushButton::clicked, this, [this] {
        if (Operation *o = currentOperation())
            showResults(o);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (Operation *o = currentOperation())
            o->cancel();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (Operation *o = currentOperation())
            QGuiApplication::clipboard()->setText(o->commandLines(m_profileName).join(u'\n'));
    });
    connect(m_clear, &QPushButton::clicked, model, &OperationsModel::clearFinished);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (Operation *o = m_model->operationAt(index.row()))
            showDetails(o);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OperationsPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &OperationsPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyState();
        m_view->selectRow(0); // the newest
        updateButtons();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateEmptyState();
        updateButtons();
    });

    // The buttons in one row above the list: a short dock on a small screen keeps them whole.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_results);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    updateEmptyState();
    updateButtons();
}

OperationDetailsDialog *OperationsPanel::showDetails(Operation *operation)
{
    auto *dialog = new OperationDetailsDialog(operation, m_model, window());
    m_details = dialog;
    // A retry's story follows in a dialog of its own.
    connect(dialog, &OperationDetailsDialog::retried, this, &OperationsPanel::showDetails);
    dialog->show();
    return dialog;
}

InvocationView *OperationsPanel::showResults(Operation *operation)
{
    auto *run = qobject_cast<RunCommandOperation *>(operation);
    if (!run)
        return nullptr;
    auto *view = new InvocationView(run, window());
    m_resultsView = view;
    // Run again on failed from here: tracked like the first run, its results in a view of
    // their own.
    connect(view, &InvocationView::runAgain, this, [this](RunCommandOperation *again) {
        m_model->submit(again);
        showResults(again);
    });
    view->show();
    return view;
}

InvocationView *OperationsPanel::resultsView() const
{
    return qobject_cast<InvocationView *>(m_resultsView.data());
}

void OperationsPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
}

Operation *OperationsPanel::currentOperation() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->operationAt(current.row()) : nullptr;
}

void OperationsPanel::updateButtons()
{
    const Operation *o = currentOperation();
    m_cancel->setEnabled(o && !o->isFinished());
    m_retry->setEnabled(
        o && (o->state() == Operation::State::Failed || o->state() == Operation::State::Cancelled));
    m_results->setEnabled(qobject_cast<const RunCommandOperation *>(o) != nullptr);
    m_copy->setEnabled(o != nullptr);
    m_clear->setEnabled(m_model->rowCount() > 0);
}

} // namespace ecs::ui
