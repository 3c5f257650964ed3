#include "sortfreeze.h"

#include "models/instancesfilter.h"

#include <QEvent>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <utility>

namespace ecs::ui {

SortFreeze::SortFreeze(QTableView *view, QSortFilterProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_proxy(proxy)
{
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    // Never from inside the proxy's own change (a filter dropping the selected row): queued.
    m_freezeTimer.setSingleShot(true);
    m_freezeTimer.setInterval(0);
    connect(&m_freezeTimer, &QTimer::timeout, this, &SortFreeze::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, &m_freezeTimer,
        qOverload<>(&QTimer::start));
    // Live changes under a selection re-sort after a pause, never under the pointer.
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(1'500);
    connect(&m_resortTimer, &QTimer::timeout, this, [this] { resort(); });
    connect(m_proxy->sourceModel(), &QAbstractItemModel::dataChanged, this, [this] {
        if (m_proxy->dynamicSortFilter())
            return;
        m_changedWhileFrozen = true;
        if (!m_pointerInView && !m_loading && !m_resortTimer.isActive())
            m_resortTimer.start();
    });
}

void SortFreeze::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    update();
}

bool SortFreeze::wantsFreeze() const
{
    return m_pointerInView || m_loading || m_view->selectionModel()->hasSelection();
}

void SortFreeze::update()
{
    const bool freeze = wantsFreeze();
    if (freeze == !m_proxy->dynamicSortFilter())
        return;
    if (freeze) {
        m_proxy->setDynamicSortFilter(false);
        return;
    }
    m_resortTimer.stop();
    // What changed while frozen takes its place now, in one sort: turning the live sort on sorts
    // every row; the rows that changed meanwhile are then asked the filter again (only those
    // whose answer changed come or go), where invalidate() would have sorted all a second time.
    // The rows are ranked on a worker first; the pointer may have come back meanwhile.
    withRanks([this] {
        if (wantsFreeze() || m_proxy->dynamicSortFilter())
            return;
        m_proxy->setDynamicSortFilter(true);
        if (std::exchange(m_changedWhileFrozen, false)) {
            if (auto *instances = qobject_cast<InstancesFilterProxy *>(m_proxy))
                instances->refilter();
            else
                m_proxy->invalidate();
        }
        Q_EMIT resorted();
    });
}

void SortFreeze::resort(std::function<void()> done)
{
    if (m_pointerInView || m_proxy->dynamicSortFilter()) {
        if (done) // live sorting is on, or someone is pointing at the rows
            done();
        return;
    }
    withRanks([this, done = std::move(done)] {
        if (!m_pointerInView && !m_proxy->dynamicSortFilter()) {
            m_changedWhileFrozen = false;
            m_proxy->invalidate(); // filtered again and sorted once
            Q_EMIT resorted();
        }
        if (done)
            done();
    });
}

void SortFreeze::withRanks(std::function<void()> then)
{
    if (auto *instances = qobject_cast<InstancesFilterProxy *>(m_proxy))
        instances->prepareSortInBackground(this, std::move(then));
    else
        then();
}

bool SortFreeze::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport) {
        const QEvent::Type type = event->type();
        const bool in = type == QEvent::Enter || type == QEvent::MouseMove
            || type == QEvent::HoverEnter || type == QEvent::HoverMove;
        const bool out = type == QEvent::Leave || type == QEvent::HoverLeave;
        if ((in && !m_pointerInView) || (out && m_pointerInView)) {
            m_pointerInView = in;
            m_resortTimer.stop();
            update();
            if (out && !m_proxy->dynamicSortFilter())
                m_resortTimer.start(); // after a pause, the changes take their places
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ecs::ui
