#pragma once

#include <QList>
#include <QTableView>

namespace ecs::ui {

/// The table of a pane: a QTableView that does not repaint what it shows when rows only arrive
/// below it. QAbstractItemView lays itself out again on every change of the row count and then
/// repaints its whole viewport; while a big region loads (rows appended in chunks, the sort
/// frozen), that was a repaint of every visible cell per chunk for cells that had not changed.
/// Such a layout still updates the scroll bars; any other change (rows above or among the
/// visible ones, removals, a new order, new columns) repaints as before.
class ResourceTable : public QTableView
{
    Q_OBJECT

public:
    explicit ResourceTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

    /// Layouts since construction that left the visible cells unpainted (what a test reads).
    int quietLayouts() const { return m_quietLayouts; }

private:
    void rowsArrived(const QModelIndex &parent, int first);
    void needsRepaint() { m_repaint = true; }

    bool m_arrivedBelow = false; ///< since the last layout, rows came below the last visible one
    bool m_repaint = false; ///< since the last layout, something else changed
    int m_quietLayouts = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ecs::ui
