#include "resourcetable.h"

#include <QHeaderView>

namespace ecs::ui {

ResourceTable::ResourceTable(QWidget *parent)
    : QTableView(parent)
{ }

void ResourceTable::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_repaint = true;
    QTableView::setModel(model);
    if (!model)
        return;
    // Connected after the view's own (and its headers'): the sections are in place when asked.
    m_connections = {
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int) { rowsArrived(parent, first); }),
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ResourceTable::needsRepaint),
        connect(model, &QAbstractItemModel::rowsMoved, this, &ResourceTable::needsRepaint),
        connect(model, &QAbstractItemModel::columnsInserted, this, &ResourceTable::needsRepaint),
        connect(model, &QAbstractItemModel::columnsRemoved, this, &ResourceTable::needsRepaint),
        connect(model, &QAbstractItemModel::columnsMoved, this, &ResourceTable::needsRepaint),
        connect(model, &QAbstractItemModel::layoutChanged, this, &ResourceTable::needsRepaint),
        connect(model, &QAbstractItemModel::modelReset, this, &ResourceTable::needsRepaint),
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ResourceTable::needsRepaint),
    };
}

void ResourceTable::rowsArrived(const QModelIndex &parent, int first)
{
    if (parent.isValid())
        return;
    // The row at the viewport's bottom edge: -1 while the rows do not fill it (then the new ones
    // show). The vertical header has no hidden or moved sections here, so rows are in model order.
    const QHeaderView *rows = verticalHeader();
    const bool plain = rows->hiddenSectionCount() == 0 && !rows->sectionsMoved();
    const int lastVisible = rowAt(viewport()->height() - 1);
    if (plain && lastVisible >= 0 && first > lastVisible)
        m_arrivedBelow = true;
    else
        m_repaint = true;
}

void ResourceTable::doItemsLayout()
{
    const bool quiet = m_arrivedBelow && !m_repaint && isVisible();
    m_arrivedBelow = false;
    m_repaint = false;
    if (!quiet) {
        QTableView::doItemsLayout();
        return;
    }
    // The base lays out (the scroll bars learn the new length) and then updates the whole
    // viewport; updates held off by the attribute alone, as setUpdatesEnabled(true) would
    // repaint everything when they come back.
    QWidget *cells = viewport();
    const bool held = cells->testAttribute(Qt::WA_UpdatesDisabled);
    cells->setAttribute(Qt::WA_UpdatesDisabled, true);
    QTableView::doItemsLayout();
    cells->setAttribute(Qt::WA_UpdatesDisabled, held);
    ++m_quietLayouts;
}

} // namespace ecs::ui
