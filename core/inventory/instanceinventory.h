#pragma once

#include "apierror.h"
#include "callscope.h"
#include "retryschedule.h"
#include "types/instance.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <map>
#include <memory>

namespace ecs {

class EcsClient;

/// What one answer changed in one region: applied as it comes, it keeps a copy of the fleet
/// (a model, a cache) equal to the inventory's, without ever starting over.
struct InventoryChange
{
    /// The region changed; empty when several regions left the scope at once (their rows go in
    /// one change, `removed` only).
    QString regionId;
    QList<Instance> added; ///< new to the inventory
    QList<Instance> changed; ///< known, with another value now
    QStringList removed; ///< instance ids that are gone (released, or their region left the scope)
    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

/// How one region's instances stand: what the error banner and the stale marks read.
struct RegionStatus
{
    enum class Load { Idle, Loading, Loaded, Failed };
    Load load = Load::Idle;
    ApiError error; ///< the last failure; kept while a retry loads, cleared by a success
    /// The region's rows are from an earlier load: the loads since have failed.
    bool stale = false;
    /// The pause before the scheduled retry; -1 when the failure is not retried by itself (a
    /// refusal); 0 when nothing is scheduled.
    int retryInMs = 0;
};

/// The instances of one client, per region, for a scope (one region, or every region for "All
/// regions"). Qt Core only: no widget reads a page or builds a request.
///
/// * Loading: per region, a bounded ecs::Pager walk (page 1, then the rest in parallel, the
///   NextToken fallback, pages bounded by the PageSize asked for); each page is mapped to
///   Instances on a worker thread, and the walk's result compared with what is known there too.
/// * Changes: changed() carries, per region, what was added, what changed and what went; a
///   region seen for the first time arrives in chunks (one per event-loop turn).
/// * Live: one status poller for what is in transition (DescribeInstanceStatus, ≤ 50 ids per
///   batch, a round at a time), a slow full refresh, watch() after an operation.
/// * Failures: a failed region keeps its rows (stale) and is retried by itself with backoff
///   (RetrySchedule), never when the service refused.
/// * Latest wins: every load, poll and refetch belongs to an ecs::CallScope; a new scope, a
///   refresh or cancel() drops what was in flight, and no signal follows for a region that left.
class InstanceInventory : public QObject
{
    Q_OBJECT

public:
    explicit InstanceInventory(EcsClient *client, QObject *parent = nullptr);
    ~InstanceInventory() override;

    EcsClient *client() const { return m_client; }

    /// The regions to hold. Regions that leave it are dropped at once (their rows in a change
    /// with `removed`), with whatever they had in flight; new ones wait for refresh().
    void setScope(const QStringList &regionIds);
    QStringList scope() const { return m_scope; }
    /// Loads every region of the scope again; what is shown stays until the fresh data lands.
    void refresh();
    /// Drops what is in flight and every scheduled retry; the data stays.
    void cancel();
    /// Fetches these instances again now (an operation changed them): new ones appear, released
    /// ones go, transitional ones are then polled. Ignored for a region outside the scope.
    void watch(const QString &regionId, const QStringList &instanceIds);

    /// Pages of one region out at once, once page 1 told the total: three for each of Qt's six
    /// connections per host:port on each of the client's lanes. Qt queues what its connections
    /// cannot take yet, so each connection's next page leaves the moment its answer is in,
    /// without waiting for that answer to be parsed; bounded, so that a page queued in Qt does
    /// not spend its deadline there.
    static constexpr int kPagesInFlight = 54;

    /// Instances per DescribeInstances page, 1…100 (the service's maximum).
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    /// How often transitional instances are polled, and the slow full refresh.
    void setPollIntervals(int statusMs, int fullMs);
    /// The first retry of a failed region waits `initialMs`, doubling up to `maxMs`.
    void setRetryBackoff(int initialMs, int maxMs);

    RegionStatus status(const QString &regionId) const;
    /// The regions of the scope whose last load failed, with why.
    QHash<QString, ApiError> failedRegions() const;
    /// The same, sorted by region id, and the longest of their retry pauses (0: none retried).
    struct Failures
    {
        QList<std::pair<QString, ApiError>> regions;
        int retryInMs = 0;
    };
    Failures failures() const;
    /// Whether any of the scope's regions is in `load` (the empty state's wording).
    bool anyRegionIn(RegionStatus::Load load) const;
    /// A region loading, or a poll or refetch out.
    bool isLoading() const;
    /// Some region of the scope is loading its pages.
    bool isLoadingRegions() const;
    /// The instances known in a region, in no particular order.
    QList<Instance> instances(const QString &regionId) const;
    qsizetype instanceCount() const;
    /// DescribeInstanceStatus batches sent so far (each ≤ 50 ids).
    int statusBatchesSent() const { return m_statusBatchesSent; }

Q_SIGNALS:
    /// One region's instances changed. Never empty; never for a region outside the scope.
    void changed(const ecs::InventoryChange &change);
    /// A region's status() changed (load state, error, stale mark, retry).
    void regionStatusChanged(const QString &regionId);
    /// A region's load failed (after regionStatusChanged()).
    void loadFailed(const QString &regionId, const ecs::ApiError &error);
    /// No region of the scope is loading any more: a round of loads ended, one way or the other.
    void settled();

private:
    struct Region;

    Region *region(const QString &regionId) const;
    void loadRegion(const QString &regionId);
    /// Every page read and mapped: the answer is compared with what is known, off the thread.
    void walkEnded(const QString &regionId);
    void regionFailed(const QString &regionId, const ApiError &error);
    /// Queues rows[from…] of a first load; the region is loaded once they are in.
    void addRows(const QString &regionId, std::shared_ptr<QList<Instance>> rows, qsizetype from);
    /// Adds queued rows, every region's, a chunk at a time for one frame's budget, then lets the
    /// event loop paint and take input before the next batch.
    void addQueuedRows();
    void regionLoaded(const QString &regionId);
    void checkSettled();
    /// Applies `change` to the region's data, keeping only what really differs, and announces it.
    void commit(Region &region, InventoryChange change);
    void setStatus(const QString &regionId, const RegionStatus &status);
    void updatePolling();
    void pollStatus();
    QCoro::Task<> pollBatch(QString regionId, QStringList ids);
    QCoro::Task<> refetch(QString regionId, QStringList ids);

    EcsClient *m_client;
    QStringList m_scope;
    std::map<QString, std::unique_ptr<Region>> m_regions;
    CallScope m_live; ///< polls and refetches of the current scope
    int m_pageSize = 100;
    int m_retryInitialMs = 2'000;
    int m_retryMaxMs = 60'000;
    int m_pollsInFlight = 0; ///< status batches of the current round still out
    int m_statusBatchesSent = 0;
    QTimer m_statusTimer;
    QTimer m_fullTimer;
    /// First-load rows waiting to go in (see addQueuedRows).
    struct QueuedRows
    {
        QString regionId;
        QPointer<QObject> walk; ///< the walk they came from: null once it was renewed
        std::shared_ptr<QList<Instance>> rows;
        qsizetype from = 0;
    };
    QList<QueuedRows> m_queuedRows;
    QTimer m_rowsTimer;
};

} // namespace ecs

Q_DECLARE_METATYPE(ecs::InventoryChange)
