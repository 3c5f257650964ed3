#include "instanceinventory.h"

#include "background.h"
#include "ecsclient.h"
#include "instanceinventory_p.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

InstanceInventory::InstanceInventory(EcsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_live(this)
    , m_statusTimer(this)
    , m_fullTimer(this)
    , m_rowsTimer(this)
{
    m_statusTimer.setInterval(2'000);
    connect(&m_statusTimer, &QTimer::timeout, this, &InstanceInventory::pollStatus);
    m_fullTimer.setInterval(60'000);
    connect(&m_fullTimer, &QTimer::timeout, this, &InstanceInventory::refresh);
    m_rowsTimer.setSingleShot(true);
    m_rowsTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_rowsTimer, &QTimer::timeout, this, &InstanceInventory::addQueuedRows);
}

InstanceInventory::~InstanceInventory()
{
    m_regions.clear(); // their walks first, while the rest is intact
}

InstanceInventory::Region *InstanceInventory::region(const QString &regionId) const
{
    const auto it = m_regions.find(regionId);
    return it == m_regions.end() ? nullptr : it->second.get();
}

void InstanceInventory::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, ops::DescribeInstances::kMaxResults);
}

void InstanceInventory::setPollIntervals(int statusMs, int fullMs)
{
    m_statusTimer.setInterval(std::max(1, statusMs));
    m_fullTimer.setInterval(std::max(1, fullMs));
}

void InstanceInventory::setRetryBackoff(int initialMs, int maxMs)
{
    m_retryInitialMs = std::max(1, initialMs);
    m_retryMaxMs = std::max(m_retryInitialMs, maxMs);
    for (auto &[id, region] : m_regions)
        region->retry.setBackoff(m_retryInitialMs, m_retryMaxMs);
}

void InstanceInventory::setScope(const QStringList &regionIds)
{
    QStringList scope;
    for (const QString &id : regionIds)
        if (!id.isEmpty() && !scope.contains(id))
            scope.append(id);
    if (scope == m_scope)
        return;
    m_scope = scope;
    // The polls and refetches of the old scope go; so do the regions that left, with everything
    // they had in flight (their walk's scope dies with them: no answer of theirs is read).
    m_live.renew();
    m_pollsInFlight = 0;
    // Their rows go in one change: unticking All regions over 10,000 rows as 26 changes held
    // the window for a tenth of a second (a view rebuilds its indexes after each removal).
    InventoryChange leaving;
    QStringList leftRegions;
    for (auto it = m_regions.begin(); it != m_regions.end();) {
        if (m_scope.contains(it->first)) {
            ++it;
            continue;
        }
        const std::unique_ptr<Region> gone = std::move(it->second);
        leftRegions << it->first;
        leaving.removed += gone->instances.keys();
        destroyInBackground(std::move(gone->instances));
        it = m_regions.erase(it);
    }
    if (leftRegions.size() == 1)
        leaving.regionId = leftRegions.first();
    if (!leaving.isEmpty())
        Q_EMIT changed(leaving);
    for (const QString &id : std::as_const(m_scope))
        if (!m_regions.count(id))
            m_regions.emplace(id, std::make_unique<Region>(this, m_retryInitialMs, m_retryMaxMs));
    updatePolling();
}

void InstanceInventory::refresh()
{
    if (m_scope.isEmpty())
        return;
    cancel();
    for (const QString &id : std::as_const(m_scope))
        loadRegion(id);
    m_fullTimer.start();
}

void InstanceInventory::cancel()
{
    m_live.renew();
    m_pollsInFlight = 0;
    for (auto &[id, region] : m_regions) {
        region->walk->renew();
        region->incoming.clear();
        if (region->status.load == RegionStatus::Load::Loading) {
            RegionStatus status = region->status;
            status.load = RegionStatus::Load::Idle;
            setStatus(id, status);
        }
    }
}

RegionStatus InstanceInventory::status(const QString &regionId) const
{
    const Region *r = region(regionId);
    return r ? r->status : RegionStatus {};
}

QHash<QString, ApiError> InstanceInventory::failedRegions() const
{
    QHash<QString, ApiError> out;
    for (const auto &[id, region] : m_regions)
        if (region->status.load == RegionStatus::Load::Failed)
            out.insert(id, region->status.error);
    return out;
}

InstanceInventory::Failures InstanceInventory::failures() const
{
    Failures out;
    for (const auto &[id, region] : m_regions)
        if (region->status.load == RegionStatus::Load::Failed) {
            out.regions.append({ id, region->status.error });
            out.retryInMs = std::max(out.retryInMs, region->status.retryInMs);
        }
    return out; // in region order: m_regions is sorted by id
}

bool InstanceInventory::anyRegionIn(RegionStatus::Load load) const
{
    return std::any_of(m_regions.cbegin(), m_regions.cend(),
        [load](const auto &r) { return r.second->status.load == load; });
}

bool InstanceInventory::isLoadingRegions() const
{
    return std::any_of(m_regions.cbegin(), m_regions.cend(),
        [](const auto &r) { return r.second->status.load == RegionStatus::Load::Loading; });
}

bool InstanceInventory::isLoading() const
{
    return isLoadingRegions() || m_live.pending() > 0;
}

QList<Instance> InstanceInventory::instances(const QString &regionId) const
{
    const Region *r = region(regionId);
    return r ? r->instances.values() : QList<Instance>();
}

qsizetype InstanceInventory::instanceCount() const
{
    qsizetype n = 0;
    for (const auto &[id, region] : m_regions)
        n += region->instances.size();
    return n;
}

void InstanceInventory::setStatus(const QString &regionId, const RegionStatus &status)
{
    Region *r = region(regionId);
    if (!r)
        return;
    const RegionStatus &was = r->status;
    if (was.load == status.load && was.stale == status.stale && was.retryInMs == status.retryInMs
        && was.error.kind == status.error.kind && was.error.code == status.error.code
        && was.error.requestId == status.error.requestId
        && was.error.message == status.error.message)
        return;
    r->status = status;
    Q_EMIT regionStatusChanged(regionId);
}

void InstanceInventory::commit(Region &region, InventoryChange change)
{
    // Against the data as it is now: a refetch may have landed while the walk was compared.
    InventoryChange out;
    out.regionId = change.regionId;
    for (QList<Instance> *list : { &change.added, &change.changed }) {
        for (Instance &i : *list) {
            i.compact(); // kept by the thousand (a walk's pages come compacted off the thread)
            const auto it = region.instances.find(i.instanceId);
            if (it == region.instances.end()) {
                region.instances.insert(i.instanceId, i);
                out.added.append(std::move(i));
            } else if (!(*it == i)) {
                *it = i;
                out.changed.append(std::move(i));
            }
        }
    }
    for (const QString &id : std::as_const(change.removed))
        if (region.instances.remove(id))
            out.removed.append(id);
    if (out.isEmpty())
        return;
    Q_EMIT changed(out);
    // Only what changed can start the status polling (walking every record per chunk was
    // quadratic over a first load); a round that finds nothing changing stops it.
    const auto changing = [](const QList<Instance> &list) {
        return std::any_of(
            list.cbegin(), list.cend(), [](const Instance &i) { return i.isTransitional(); });
    };
    if (!m_statusTimer.isActive() && (changing(out.added) || changing(out.changed)))
        m_statusTimer.start();
}

void InstanceInventory::watch(const QString &regionId, const QStringList &instanceIds)
{
    if (!region(regionId) || instanceIds.isEmpty())
        return;
    QStringList ids = instanceIds;
    ids.removeDuplicates();
    for (qsizetype first = 0; first < ids.size(); first += ops::DescribeInstances::kMaxResults)
        refetch(regionId, ids.mid(first, ops::DescribeInstances::kMaxResults));
}

QCoro::Task<> InstanceInventory::refetch(QString regionId, QStringList ids)
{
    const auto answer = co_await m_live.ask<ops::DescribeInstances>(
        m_client, ops::DescribeInstances::byIds(regionId, ids));
    if (answer.cancelled())
        co_return;
    Region *r = region(regionId);
    if (!answer.ok() || !r)
        co_return; // the next poll or the full refresh tries again
    // Only what was asked for: an answer cannot add strangers. Asked for and not answered:
    // released.
    const QSet<QString> asked(ids.cbegin(), ids.cend());
    InventoryChange change;
    change.regionId = regionId;
    QSet<QString> answered;
    for (const Instance &fresh : answer->instances) {
        if (!asked.contains(fresh.instanceId) || answered.contains(fresh.instanceId))
            continue;
        answered.insert(fresh.instanceId);
        Instance i = fresh;
        if (i.regionId.isEmpty())
            i.regionId = regionId;
        change.changed.append(i); // commit() tells new from known
    }
    for (const QString &id : std::as_const(ids))
        if (!answered.contains(id))
            change.removed.append(id);
    commit(*r, change);
}

void InstanceInventory::updatePolling()
{
    bool transitional = false;
    for (const auto &[id, region] : m_regions) {
        for (const Instance &i : std::as_const(region->instances))
            if (i.isTransitional()) {
                transitional = true;
                break;
            }
        if (transitional)
            break;
    }
    if (transitional && !m_statusTimer.isActive())
        m_statusTimer.start();
    else if (!transitional)
        m_statusTimer.stop();
}

void InstanceInventory::pollStatus()
{
    // One round at a time: the next starts only when every batch of this one has answered.
    if (m_pollsInFlight > 0 || isLoadingRegions())
        return;
    bool any = false;
    for (const auto &[id, region] : m_regions) {
        QStringList changing;
        for (const Instance &i : std::as_const(region->instances))
            if (i.isTransitional())
                changing.append(i.instanceId);
        for (qsizetype first = 0; first < changing.size();
             first += ops::DescribeInstanceStatus::kMaxIds) {
            any = true;
            ++m_pollsInFlight;
            ++m_statusBatchesSent;
            pollBatch(id, changing.mid(first, ops::DescribeInstanceStatus::kMaxIds));
        }
    }
    if (!any)
        m_statusTimer.stop();
}

QCoro::Task<> InstanceInventory::pollBatch(QString regionId, QStringList ids)
{
    const auto answer = co_await m_live.ask<ops::DescribeInstanceStatus>(
        m_client, ops::DescribeInstanceStatus::request(regionId, ids));
    if (answer.cancelled())
        co_return; // whoever renewed the scope reset the count
    --m_pollsInFlight;
    Region *r = region(regionId);
    if (!answer.ok() || !r)
        co_return; // the next tick or the full refresh will try again
    QSet<QString> moved(ids.cbegin(), ids.cend());
    for (const auto &[id, status] : answer.value()) {
        const auto it = r->instances.constFind(id);
        if (it == r->instances.cend() || it->status == status)
            moved.remove(id);
    }
    // What remains changed, or vanished from the answer (released): fetched again.
    if (!moved.isEmpty())
        refetch(regionId, QStringList(moved.cbegin(), moved.cend()));
}

} // namespace ecs
