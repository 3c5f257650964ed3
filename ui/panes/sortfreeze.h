#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QSortFilterProxyModel;
class QTableView;

namespace ecs::ui {

/// Rows never move under a click: while the pointer is over the table or rows are selected, live
/// changes do not re-sort it; once the pointer left, they take their places after a pause.
/// (The selection and the current row follow their items: persistent indexes.)
/// While regions load, rows are appended unsorted (one insertion per batch, where a live sort
/// would insert each row at its place, one range at a time) and sorted once when the load ends,
/// a moment later: the rows are ranked on a worker thread first.
class SortFreeze : public QObject
{
    Q_OBJECT

public:
    SortFreeze(QTableView *view, QSortFilterProxyModel *proxy, QObject *parent);

    /// How long live changes wait, once the pointer left the table, before they re-sort it.
    void setPause(int ms) { m_resortTimer.setInterval(ms); }
    bool isPointerInView() const { return m_pointerInView; }
    /// A moment when the table may re-sort (a load ended), unless someone points at the rows;
    /// `done` runs once the rows are in their places (a moment later: they are ranked on a
    /// worker first), or at once when they stay as they are.
    void resort(std::function<void()> done = {});
    /// Regions are loading: the live sort waits (rows are sorted once when the load ends).
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    /// The proxy sorted and filtered again: what it shows may have changed.
    void resorted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    bool wantsFreeze() const;
    /// `then` once the rows are ranked for the sort (on a worker, for an InstancesFilterProxy).
    void withRanks(std::function<void()> then);

    QTableView *m_view;
    /// Kept apart: the filter is still asked while the view is half destroyed, when calling
    /// m_view->viewport() would be a call on a destroyed QAbstractScrollArea.
    QObject *m_viewport;
    QSortFilterProxyModel *m_proxy;
    bool m_pointerInView = false;
    bool m_loading = false;
    bool m_changedWhileFrozen = false; ///< rows changed that the filter has not asked again
    QTimer m_resortTimer;
    QTimer m_freezeTimer;
};

} // namespace ecs::ui
