#pragma once

#include "pager.h"
#include "resourcepane.h"
#include "types/instance.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace ecs {
class ApiCall;
}

namespace ecs::ui {

class InstancesModel;

/// The fleet: one region or all of them (each walked by a bounded ecs::Pager), a filter box, a
/// details panel. While anything is in transition it polls DescribeInstanceStatus in batches and
/// refetches only what changed; a slow full refresh runs besides. Rows are updated in place, so
/// selection, sort and scroll survive; while the pointer is over the table or rows are selected,
/// live changes do not re-sort it (rows never move under a click). A region that fails keeps its
/// last rows, greyed as stale, and is retried by itself with backoff.
class InstancesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit InstancesPane(ecs::EcsClient *client, QWidget *parent = nullptr);
    ~InstancesPane() override;

    InstancesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *details() const { return m_details; }
    /// Every region id, for "All regions".
    void setAllRegions(const QStringList &regionIds) { m_allRegions = regionIds; }
    void setAllRegionsMode(bool all);
    bool isLoading() const;
    /// How often transitional instances are polled, and the slow full refresh.
    void setPollIntervals(int statusMs, int fullMs);
    /// Instances per DescribeInstances page (the service allows up to 100).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /// The first retry of a failed region waits `initialMs`, doubling up to `maxMs`.
    void setRetryBackoff(int initialMs, int maxMs);
    /// How long live changes wait, once the pointer left the table, before they re-sort it.
    void setResortPause(int ms) { m_resortTimer.setInterval(ms); }
    /// The regions whose last load failed, with why.
    QHash<QString, ecs::ApiError> failedRegions() const;
    /// The selected rows' instances (by id, in view order).
    QList<ecs::Instance> selectedInstances() const;
    /// Shows these actions in the pane's tool row and the table's context menu.
    void setActions(const QList<QAction *> &actions, QAction *create);
    /// Fetches these instances again now (an operation changed them): new ones appear, released
    /// ones go, transitional ones are then polled.
    void watch(const QString &regionId, const QStringList &instanceIds);

Q_SIGNALS:
    void selectionChanged();

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct RegionLoad
    {
        enum class State { Idle, Loading, Loaded, Failed };
        State state = State::Idle;
        QPointer<ecs::Pager> pager;
        QList<ecs::Instance> incoming; ///< pages of the walk in progress
        ecs::ApiError error; ///< the last failure
        int failures = 0; ///< in a row, for the backoff
        int retryInMs = 0;
        quint64 token = 0; ///< identifies the current load and its scheduled retry
    };

    QStringList scope() const;
    void loadRegion(const QString &regionId);
    void regionLoaded(const QString &regionId, quint64 token);
    void regionFailed(const QString &regionId, quint64 token, const ecs::ApiError &error);
    /// A region finished one way or the other: when none is loading any more, the round ends.
    void settled();
    void showProblems();
    void updateStale();
    void pollStatus();
    void refetch(const QString &regionId, const QStringList &ids);
    /// Updates `requested` from `updated`: new ones are added, absent ones were released.
    void replaceInstances(
        const QString &regionId, const QStringList &requested, const QList<ecs::Instance> &updated);
    void publish();
    void publishRegion(const QString &regionId, quint64 token, const std::function<void()> &then);
    void published();
    void showDetails();
    void updateCount();
    /// The empty state follows the row count, whichever path added or removed the rows.
    void updatePlaceholder();
    /// Live re-sorting stops while the pointer is over the table or rows are selected.
    void updateSortFreeze();
    void resort();
    void track(ecs::ApiCall *call);

    InstancesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTreeWidget *m_details;
    QLabel *m_selectionSummary;
    QCheckBox *m_allRegionsBox;
    QStringList m_allRegions;
    QHash<QString, QList<ecs::Instance>> m_byRegion; ///< last complete data per region
    QHash<QString, RegionLoad> m_regions; ///< load state of every region in scope
    QList<QPointer<ecs::ApiCall>> m_calls; ///< polls and refetches
    quint64 m_generation = 0; ///< bumped by cancelAll(): older answers are dropped
    quint64 m_nextToken = 0;
    int m_pageSize = 100;
    int m_retryInitialMs = 2'000;
    int m_retryMaxMs = 60'000;
    int m_pollsInFlight = 0; ///< status batches of the current poll round still out
    bool m_everLoaded = false;
    bool m_pointerInView = false;
    QTimer m_statusTimer;
    QTimer m_fullTimer;
    QTimer m_detailsTimer;
    QTimer m_selectionTimer;
    QTimer m_resortTimer;
    QTimer m_freezeTimer;
};

} // namespace ecs::ui
