#include "operationsmodel.h"

#include "lifecycle/operation.h"
#include "models/modelroles.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ecs::ui {

OperationsModel::OperationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1'000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_operations.size(); ++row)
            if (!m_operations.at(row)->isFinished())
                Q_EMIT dataChanged(index(row, ElapsedColumn), index(row, ElapsedColumn));
        if (runningCount() == 0)
            m_ticker.stop();
    });
}

void OperationsModel::submit(Operation *operation)
{
    operation->setParent(this);
    beginInsertRows({}, 0, 0);
    m_operations.prepend(operation);
    endInsertRows();
    connect(
        operation, &Operation::changed, this, [this, operation] { operationChanged(operation); });
    connect(operation, &Operation::accepted, this, &OperationsModel::instancesChanged);
    connect(operation, &Operation::finished, this,
        [this, operation] { Q_EMIT operationFinished(operation); });
    m_ticker.start();
    operation->start();
}

void OperationsModel::operationChanged(Operation *operation)
{
    const int row = int(m_operations.indexOf(operation));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Operation *OperationsModel::operationAt(int row) const
{
    return row >= 0 && row < m_operations.size() ? m_operations.at(row) : nullptr;
}

int OperationsModel::runningCount() const
{
    return int(std::count_if(m_operations.cbegin(), m_operations.cend(),
        [](const Operation *o) { return !o->isFinished(); }));
}

void OperationsModel::clearFinished()
{
    // Row by row from the bottom, so views keep their selection of what stays.
    for (int row = int(m_operations.size()) - 1; row >= 0; --row) {
        if (!m_operations.at(row)->isFinished())
            continue;
        beginRemoveRows({}, row, row);
        Operation *gone = m_operations.takeAt(row);
        endRemoveRows();
        gone->deleteLater();
    }
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation *o = m_operations.at(index.row());
    if (role == KeyRole)
        return u"%1"_s.arg(quintptr(o));
    if (role == Qt::ToolTipRole)
        return o->detail(); // the error's words already name its RequestId, once
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        const QStyle *style = QApplication::style();
        switch (o->state()) {
        case Operation::State::Done:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case Operation::State::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Operation::State::Cancelled:
            return style->standardIcon(QStyle::SP_DialogCancelButton);
        default:
            return style->standardIcon(QStyle::SP_BrowserReload);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == DetailColumn
        && o->state() == Operation::State::Failed)
        return QColor(180, 30, 30);
    if (role == Qt::TextAlignmentRole && index.column() == ElapsedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != SearchRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return o->title();
    case StateColumn:
        return o->stateText();
    case DetailColumn:
        return o->detail();
    case ElapsedColumn:
        if (role == SortRole)
            return o->elapsedMs();
        return tr("%1 s").arg(o->elapsedMs() / 1000);
    }
    return {};
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Operation");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Detail");
    case ElapsedColumn:
        return tr("Elapsed");
    }
    return {};
}

} // namespace ecs::ui
