#include "operationspanel.h"

#include "operation.h"
#include "operationsmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

OperationsPanel::OperationsPanel(OperationsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
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
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (Operation *o = currentOperation())
            o->cancel();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (Operation *o = currentOperation())
            QGuiApplication::clipboard()->setText(o->commandLines(m_profileName).join(u'\n'));
    });
    connect(m_clear, &QPushButton::clicked, model, &OperationsModel::clearFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OperationsPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &OperationsPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->selectRow(0); // the newest
        updateButtons();
    });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
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
    m_copy->setEnabled(o != nullptr);
}

} // namespace ecs::ui
