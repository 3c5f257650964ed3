// InstanceInventory, the loading half: one bounded walk per region, its pages mapped and compared
// off the GUI thread, a first load in frame-sized batches, and the retry of a failed region with
// backoff.
#include "background.h"
#include "ecsclient.h"
#include "instanceinventory_p.h"
#include "jsonreader.h"
#include "pager.h"

#include <QElapsedTimer>
#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

/// First-load additions per change signal: a big region goes in over several of them, so that
/// sorting thousands of new rows into a view never holds the window still.
constexpr qsizetype kChunk = 100;
/// A batch of first-load rows, every region's, may take this long (the views' work on each
/// chunk included); then the event loop gets the rest of the frame to paint and take input.
/// Chunk after chunk with nothing in between kept the window busy for tens of milliseconds at a
/// time, and repainted its scroll bar after every hundred rows.
constexpr int kRowsBudgetMs = 4;
constexpr int kRowsGapMs = 4;
/// A region's pages go over each of the client's connection lanes.
constexpr int kPageLanes = EcsClient::kMaxLanes;
static_assert(InstanceInventory::kPagesInFlight == kPageLanes * EcsClient::kConnectionsPerLane * 3);

/// A page mapped on the worker thread that parsed it (copyable, as std::any wants).
struct MappedPage
{
    QList<Instance> instances;
    PageInfo info; ///< what the pager needs, read before the parsed body went
    ApiError error;
};

/// A page's instances, mapped where the page was parsed (see ApiCall::WorkerMap): each keeps its
/// record's own text, so that nothing is encoded and nothing of the parsed tree stays.
MappedPage mapPage(const QJsonObject &body, QByteArrayView text, const QString &regionId)
{
    MappedPage page;
    auto parsed = ops::DescribeInstances::parse(body, text);
    if (!parsed.ok()) {
        page.error = parsed.error();
        return page;
    }
    page.instances = std::move(parsed).value().instances;
    // An answer cannot put instances of another region into this one. Kept by the thousand:
    // compacted here, off the GUI thread (InstanceInventory::commit then finds nothing to do).
    for (Instance &i : page.instances) {
        if (i.regionId.isEmpty() || i.regionId == regionId)
            i.regionId = regionId; // one string for every instance of the region
        i.compact();
    }
    page.instances.removeIf(
        [&](const Instance &i) { return i.regionId != regionId || i.instanceId.isEmpty(); });
    return page;
}

/// Instances [from, from + kChunk) of `all`, moved out (no copy of a record on the GUI thread).
QList<Instance> takeChunk(QList<Instance> &all, qsizetype from)
{
    QList<Instance> chunk;
    const qsizetype end = std::min(all.size(), from + kChunk);
    chunk.reserve(std::max<qsizetype>(0, end - from));
    for (qsizetype n = from; n < end; ++n)
        chunk.append(std::move(all[n]));
    return chunk;
}

/// What the pager needs at once, read without mapping the items (that happens off the thread).
Result<PageInfo> pageInfo(const QJsonObject &body)
{
    JsonReader json;
    PageInfo info;
    info.itemCount = json.array(body, { "Instances"_L1, "Instance"_L1 }).size();
    info.totalCount = body.contains("TotalCount"_L1) ? json.integer(body, "TotalCount"_L1, 0) : -1;
    info.nextToken = json.string(body, "NextToken"_L1);
    if (!json.ok())
        return json.error();
    return info;
}

/// The walk's answer against what was known: runs on a worker thread, on copies.
InventoryChange compare(
    const QString &regionId, const QHash<QString, Instance> &known, const QList<Instance> &fresh)
{
    InventoryChange change;
    change.regionId = regionId;
    QHash<QString, qsizetype> last; // an id the answer repeats counts once, with its last value
    last.reserve(fresh.size());
    for (qsizetype n = 0; n < fresh.size(); ++n)
        last.insert(fresh.at(n).instanceId, n);
    for (qsizetype n = 0; n < fresh.size(); ++n) {
        const Instance &i = fresh.at(n);
        if (last.value(i.instanceId) != n)
            continue;
        const auto it = known.constFind(i.instanceId);
        if (it == known.cend())
            change.added.append(i);
        else if (!(*it == i))
            change.changed.append(i);
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        if (!last.contains(it.key()))
            change.removed.append(it.key());
    return change;
}

} // namespace

void InstanceInventory::loadRegion(const QString &regionId)
{
    Region *r = region(regionId);
    if (!r)
        return;
    r->walk->renew(); // the older walk of this region, its jobs and its scheduled retry go
    r->incoming.clear();
    RegionStatus status = r->status;
    status.load = RegionStatus::Load::Loading;
    status.retryInMs = 0;
    setStatus(regionId, status);
    // One bounded walk: pages from the size we ask for, a few requests at a time, a TotalCount
    // beyond reason refused (see ecs::Pager).
    PagerLimits limits;
    limits.pageSize = m_pageSize;
    // Once page 1 told the total, the rest go out at once (kPagesInFlight) over Qt's six
    // connections per host:port on each of the client's lanes: each region has an endpoint of its
    // own, so regions do not share them, and a big region is read over eighteen. The profile's
    // RequestGovernor still paces the client as a whole.
    limits.maxInFlight = InstanceInventory::kPagesInFlight;
    limits.lanes = kPageLanes;
    auto *pager = new Pager(m_client, Pager::Mode::PageNumber, limits, r->walk->context());
    pager->setRequest([regionId, size = limits.pageSize](const PageCursor &c) {
        return c.token.isEmpty() ? ops::DescribeInstances::requestPage(regionId, c.pageNumber, size)
                                 : ops::DescribeInstances::request(regionId, c.token, size);
    });
    // The pager lives in the walk's context: while it reads, `r` is this walk's region. Each
    // page comes mapped from the worker that parsed it: here it is only appended.
    pager->setMappedReader(
        [regionId](QJsonObject &body, QByteArrayView text) -> std::any {
            const Result<PageInfo> info = pageInfo(body);
            MappedPage page;
            if (info.ok()) {
                page = mapPage(body, text, regionId);
                page.info = info.value();
            } else {
                page.error = info.error();
            }
            body = {}; // the tree goes here, off the GUI thread: the records hold their text
            return page;
        },
        [r](const PageCursor &, const QJsonObject &, std::any mapped) -> Result<PageInfo> {
            auto *page = std::any_cast<MappedPage>(&mapped);
            if (!page)
                return ApiError::make(ApiError::Kind::Malformed, u"A page was not read."_s);
            if (page->error.isError())
                return page->error;
            r->incoming.append(std::move(page->instances));
            return page->info;
        });
    connect(pager, &Pager::finished, this, [this, regionId] { walkEnded(regionId); });
    connect(pager, &Pager::failed, this, [this, r, regionId](const ApiError &error) {
        inventory::later(
            this, *r->walk, 0, [this, regionId, error] { regionFailed(regionId, error); });
    });
    pager->start();
}

void InstanceInventory::walkEnded(const QString &regionId)
{
    Region *r = region(regionId);
    if (!r)
        return;
    // Compared with what is known on a worker thread too: 10,000 instances are 10,000 compares.
    auto *job = new QFutureWatcher<InventoryChange>(r->walk->context());
    connect(job, &QFutureWatcherBase::finished, this, [this, r, job] {
        auto change = std::make_shared<InventoryChange>(job->future().takeResult());
        job->deleteLater();
        auto added = std::make_shared<QList<Instance>>(std::exchange(change->added, {}));
        change->added = takeChunk(*added, 0);
        const QString regionId = change->regionId;
        commit(*r, std::move(*change));
        addRows(regionId, std::move(added), kChunk);
    });
    job->setFuture(
        runInBackground(&compare, regionId, r->instances, std::exchange(r->incoming, {})));
}

void InstanceInventory::addRows(
    const QString &regionId, std::shared_ptr<QList<Instance>> rows, qsizetype from)
{
    Region *r = region(regionId);
    if (!r)
        return;
    if (from >= rows->size()) {
        // The moved-from rest is freed off the GUI thread: thousands of empty records.
        destroyInBackground(std::move(rows));
        regionLoaded(regionId);
        return;
    }
    m_queuedRows.append({ regionId, r->walk->context(), std::move(rows), from });
    if (!m_rowsTimer.isActive())
        m_rowsTimer.start(0);
}

void InstanceInventory::addQueuedRows()
{
    QElapsedTimer spent;
    spent.start();
    while (!m_queuedRows.isEmpty() && spent.elapsed() < kRowsBudgetMs) {
        QueuedRows next = m_queuedRows.takeFirst();
        Region *r = region(next.regionId);
        if (!r || !next.walk || next.walk != r->walk->context())
            continue; // its region left the scope, or its walk was renewed
        InventoryChange chunk;
        chunk.regionId = next.regionId;
        chunk.added = takeChunk(*next.rows, next.from);
        next.from += kChunk;
        // Back in front before the change goes out: whatever a receiver does meanwhile (a new
        // scope, a refresh) finds the queue as it is.
        const QString regionId = next.regionId;
        const bool more = next.from < next.rows->size();
        if (more)
            m_queuedRows.prepend(std::move(next));
        else
            destroyInBackground(std::move(next.rows)); // thousands of empty records
        commit(*r, std::move(chunk));
        if (!more) {
            // A region complete may settle the load, and a view then sorts every row: that gets
            // a batch of its own.
            regionLoaded(regionId);
            break;
        }
    }
    if (!m_queuedRows.isEmpty() && !m_rowsTimer.isActive())
        m_rowsTimer.start(kRowsGapMs);
}

void InstanceInventory::regionLoaded(const QString &regionId)
{
    Region *r = region(regionId);
    if (!r)
        return;
    r->retry.succeeded();
    setStatus(regionId, RegionStatus { RegionStatus::Load::Loaded, {}, false, 0 });
    checkSettled();
}

void InstanceInventory::regionFailed(const QString &regionId, const ApiError &error)
{
    Region *r = region(regionId);
    if (!r || error.isCancelled())
        return;
    r->walk->renew(); // nothing more of this walk is read
    r->incoming.clear();
    // This region alone is tried again, later each time: 2 s, 4 s, 8 s… up to a minute. When the
    // endpoint is back, it recovers without anyone pressing Retry. A refusal is not retried.
    const int retryInMs = r->retry.failed(error);
    setStatus(regionId, RegionStatus { RegionStatus::Load::Failed, error, true, retryInMs });
    if (retryInMs > 0)
        inventory::later(this, *r->walk, retryInMs, [this, regionId] { loadRegion(regionId); });
    Q_EMIT loadFailed(regionId, error);
    checkSettled();
}

void InstanceInventory::checkSettled()
{
    if (isLoadingRegions())
        return;
    Q_EMIT settled();
    pollStatus(); // what is in transition is followed at once
}

} // namespace ecs
