// ecs::InstanceInventory without widgets, against ecs-sim (and scripted endpoints for hostile
// paging) over real loopback sockets: loading over regions, the NextToken fallback, bounds,
// polling, a failed region's stale rows and retries, watch(), and latest wins on a scope switch.
#include "apicall.h"
#include "ecsclient.h"
#include "inventory/instanceinventory.h"
#include "inventory/retryschedule.h"
#include "regionalserver.h"
#include "scriptedhttpserver.h"
#include "simserver.h"
#include "simworld.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

/// Every change the inventory announced, in order.
struct ChangeLog
{
    explicit ChangeLog(InstanceInventory *inventory)
    {
        QObject::connect(inventory, &InstanceInventory::changed, inventory,
            [this](const InventoryChange &change) { changes.append(change); });
    }
    QList<InventoryChange> changes;
};

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retrySchedule_data();
    void retrySchedule();
    void firstLoadOverRegions();
    void nextTokenFallback();
    void hostileTotalCountStaysBounded();
    void pagesGoOutTogetherBounded_data();
    void pagesGoOutTogetherBounded();
    void bigRegionOverEveryLaneFromTheSimulator();
    void pollingFollowsStoppingToStopped();
    void failedRegionKeepsStaleRowsAndRetries();
    void watchPicksUpNewAndReleased();
    void switchAtoBtoAUnderJitter();
    void regionsLeavingGoInOneChange();

private:
    std::unique_ptr<EcsClient> client(const QUrl &url);
    std::unique_ptr<sim::SimServer> startSim(const sim::SimOptions &options, QUrl *url);
    static QStringList regionsOf(sim::SimServer &server);

    QNetworkAccessManager m_nam;
};

std::unique_ptr<EcsClient> TestInventory::client(const QUrl &url)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = url;
    config.retry.maxAttempts = 1;
    return std::make_unique<EcsClient>(&m_nam, config);
}

std::unique_ptr<sim::SimServer> TestInventory::startSim(const sim::SimOptions &options, QUrl *url)
{
    auto server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(server.get(), &sim::SimServer::listening);
    server->start(QHostAddress::LocalHost, 0);
    if (listening.size() == 1)
        *url = listening.first().first().toUrl();
    return server;
}

QStringList TestInventory::regionsOf(sim::SimServer &server)
{
    QStringList regions;
    for (const sim::SimInstance *i : server.world().instances())
        if (!regions.contains(i->regionId))
            regions << i->regionId;
    return regions;
}

void TestInventory::retrySchedule_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QList<int>>("delays");
    const QList<int> growing { 2'000, 4'000, 8'000, 16'000, 32'000, 60'000, 60'000 };
    const QList<int> never { -1, -1, -1 };
    QTest::newRow("refused connection")
        << ApiError::make(ApiError::Kind::Network, u"Connection refused"_s) << growing;
    QTest::newRow("timeout") << ApiError::make(ApiError::Kind::Timeout, u"Timed out"_s) << growing;
    QTest::newRow("503") << ApiError::service(503, u"ServiceUnavailable"_s, u"down"_s) << growing;
    QTest::newRow("throttled") << ApiError::service(400, u"Throttling.User"_s, u"slow down"_s)
                               << growing;
    QTest::newRow("wrong secret") << ApiError::service(400, u"SignatureDoesNotMatch"_s, u"no"_s)
                                  << never;
    QTest::newRow("denied") << ApiError::service(403, u"Forbidden.RAM"_s, u"no"_s) << never;
    QTest::newRow("untrusted paging")
        << ApiError::make(ApiError::Kind::Malformed, u"TotalCount"_s) << never;
}

void TestInventory::retrySchedule()
{
    QFETCH(ApiError, error);
    QFETCH(QList<int>, delays);
    RetrySchedule schedule(2'000, 60'000);
    QList<int> seen;
    for (qsizetype n = 0; n < delays.size(); ++n)
        seen << schedule.failed(error);
    QCOMPARE(seen, delays);
    QCOMPARE(schedule.failures(), int(delays.size()));
    schedule.succeeded();
    QCOMPARE(schedule.failures(), 0);
    QCOMPARE(schedule.failed(error), delays.first()); // from the start again
}

void TestInventory::firstLoadOverRegions()
{
    sim::SimOptions options;
    options.instances = 230;
    options.instanceRegions = 3;
    options.seed = 21;
    QUrl url;
    auto sim = startSim(options, &url);
    QVERIFY(url.isValid());
    const QStringList regions = regionsOf(*sim);
    QCOMPARE(regions.size(), 3);
    auto c = client(url);
    InstanceInventory inventory(c.get());
    inventory.setPageSize(20); // several pages per region, some of them in parallel
    ChangeLog log(&inventory);
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    // The actions as they start: a spy would keep pointers to calls that delete themselves.
    QStringList started;
    connect(c.get(), &EcsClient::callStarted, this,
        [&started](ApiCall *call) { started << call->request().action(); });
    inventory.setScope(regions);
    inventory.refresh();
    QVERIFY(inventory.isLoading());
    QVERIFY(settled.wait(15'000));
    QCOMPARE(inventory.instanceCount(), 230);
    QSet<QString> ids;
    for (const InventoryChange &change : std::as_const(log.changes)) {
        QVERIFY(change.changed.isEmpty() && change.removed.isEmpty());
        for (const Instance &i : change.added) {
            QCOMPARE(i.regionId, change.regionId);
            ids.insert(i.instanceId);
        }
    }
    QCOMPARE(ids.size(), 230);
    for (const QString &region : regions) {
        QCOMPARE(inventory.status(region).load, RegionStatus::Load::Loaded);
        QCOMPARE(inventory.instances(region).size(), sim->world().instances(region).size());
        QVERIFY(!inventory.status(region).stale);
    }
    QVERIFY(inventory.failedRegions().isEmpty());
    const int describes = int(started.count(u"DescribeInstances"_s));
    int pages = 0;
    for (const QString &region : regions)
        pages += int(sim->world().instances(region).size()) / 20 + 1;
    QVERIFY2(describes <= pages, qPrintable(u"%1 > %2"_s.arg(describes).arg(pages)));

    // A refresh with nothing changed announces nothing.
    log.changes.clear();
    settled.clear();
    inventory.refresh();
    QVERIFY(settled.wait(15'000));
    QVERIFY(log.changes.isEmpty());
    QCOMPARE(inventory.instanceCount(), 230);
}

void TestInventory::nextTokenFallback()
{
    // No TotalCount but a NextToken: the pages follow one another by token, sized as asked.
    ScriptedHttpServer server;
    QVERIFY(server.start());
    const QString region = u"cn-hangzhou"_s;
    server.queueReplies(
        { ScriptedHttpServer::json(200, instancesBody(region, 1, 2, R"(,"NextToken":"page-2")")),
            ScriptedHttpServer::json(200, instancesBody(region, 3, 2, R"(,"NextToken":"page-3")")),
            ScriptedHttpServer::json(200, instancesBody(region, 5, 1, R"(,"NextToken":"")")) });
    auto c = client(server.url());
    InstanceInventory inventory(c.get());
    inventory.setPageSize(2);
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    inventory.setScope({ region });
    inventory.refresh();
    QVERIFY(settled.wait(15'000));
    QCOMPARE(inventory.status(region).load, RegionStatus::Load::Loaded);
    QCOMPARE(inventory.instanceCount(), 5);
    QCOMPARE(server.requestCount(), 3);
    QVERIFY(server.requests().at(0).url.query().contains(u"PageNumber=1"_s));
    QVERIFY(server.requests().at(1).url.query().contains(u"NextToken=page-2"_s));
    QVERIFY(server.requests().at(2).url.query().contains(u"NextToken=page-3"_s));
    for (const ScriptedHttpServer::Seen &seen : server.requests())
        QVERIFY(seen.url.query().contains(u"=2"_s)); // PageSize or MaxResults: 2
}

void TestInventory::pagesGoOutTogetherBounded_data()
{
    QTest::addColumn<int>("totalCount");
    QTest::addColumn<int>("onTheWire");
    QTest::addColumn<int>("inFlight");
    // Pages of 2: after page 1, the rest at once, at most kPagesInFlight (54), never more than the
    // TotalCount makes; eighteen of them on the wire (a region's six connections on each of the
    // client's three lanes), the others queued in Qt for the next free connection.
    QTest::newRow("150 instances: 74 pages left, 54 out") << 150 << 18 << 54;
    QTest::newRow("100 instances: 49 pages left, 49 out") << 100 << 18 << 49;
    QTest::newRow("38 instances: 18 pages left, 18 out") << 38 << 18 << 18;
    QTest::newRow("26 instances: 12 pages left, 12 out") << 26 << 12 << 12;
    QTest::newRow("20 instances: 9 pages left, 9 out") << 20 << 9 << 9;
    QTest::newRow("14 instances: 6 pages left, 6 out") << 14 << 6 << 6;
    QTest::newRow("6 instances: 2 pages left, 2 out") << 6 << 2 << 2;
    QTest::newRow("3 instances: 1 page left") << 3 << 1 << 1;
}

void TestInventory::bigRegionOverEveryLaneFromTheSimulator()
{
    // One region of 31 pages from ecs-sim over real sockets: read over all three lanes (more than
    // two lanes' twelve connections), every instance once; after page 1 the other 30 out together.
    sim::SimOptions options;
    options.instances = 301;
    options.instanceRegions = 1;
    options.latencyMs = 20; // so that pages overlap
    options.seed = 5;
    QUrl url;
    auto sim = startSim(options, &url);
    QVERIFY(url.isValid());
    const QStringList regions = regionsOf(*sim);
    QCOMPARE(regions.size(), 1);
    auto c = client(url);
    InstanceInventory inventory(c.get());
    inventory.setPageSize(10);
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    int maxOut = 0;
    int describes = 0;
    QSet<int> lanes;
    connect(c.get(), &EcsClient::callStarted, this, [&](ApiCall *call) {
        if (call->request().action() != u"DescribeInstances")
            return;
        ++describes;
        maxOut = std::max(maxOut, c->callsInFlight());
        lanes.insert(call->lane());
    });
    inventory.setScope(regions);
    inventory.refresh();
    QVERIFY(settled.wait(15'000));
    QVERIFY(inventory.failedRegions().isEmpty());
    QCOMPARE(inventory.instanceCount(), 301);
    QSet<QString> expected, loaded;
    for (const sim::SimInstance *i : sim->world().instances(regions.first()))
        expected.insert(i->instanceId);
    for (const Instance &i : inventory.instances(regions.first()))
        loaded.insert(i.instanceId);
    QCOMPARE(loaded, expected);
    QCOMPARE(lanes, QSet<int>({ 0, 1, 2 }));
    QVERIFY2(
        maxOut <= InstanceInventory::kPagesInFlight && maxOut > 18, QByteArray::number(maxOut));
    QCOMPARE(describes, 31); // one request per page, none twice
    QVERIFY2(sim->connectionsServed() > 12, QByteArray::number(sim->connectionsServed()));
}

void TestInventory::pagesGoOutTogetherBounded()
{
    QFETCH(int, totalCount);
    QFETCH(int, onTheWire);
    QFETCH(int, inFlight);
    QCOMPARE(InstanceInventory::kPagesInFlight, 54);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    const QString region = u"cn-hangzhou"_s;
    // Page 1 answers; the others are never answered, so every page sent stays out.
    server.queueReplies({ ScriptedHttpServer::json(200,
        instancesBody(
            region, 1, 2, QByteArray(",\"TotalCount\":") + QByteArray::number(totalCount))) });
    server.setReply(ScriptedHttpServer::silence());
    auto c = client(server.url());
    {
        InstanceInventory inventory(c.get());
        inventory.setPageSize(2);
        inventory.setScope({ region });
        inventory.refresh();
        // Sent in one go once page 1 was read (not one after another): all out together.
        QTRY_COMPARE(server.requestCount(), 1 + onTheWire);
        QTRY_COMPARE(c->callsInFlight(), inFlight);
        // Pages from 2 on, over several connections (in whatever order they arrive), and none
        // past the window.
        QSet<int> pages;
        const QRegularExpression pageNumber(u"PageNumber=(\\d+)"_s);
        for (const ScriptedHttpServer::Seen &seen : server.requests())
            pages.insert(pageNumber.match(seen.url.query()).captured(1).toInt());
        QCOMPARE(pages.size(), 1 + onTheWire);
        QVERIFY(pages.contains(1));
        for (int page : std::as_const(pages))
            QVERIFY2(page >= 1 && page <= 1 + inFlight, QByteArray::number(page));
        QCOMPARE(inventory.status(region).load, RegionStatus::Load::Loading);
    }
    QCOMPARE(c->callsInFlight(), 0); // the walk's calls went with the inventory
}

void TestInventory::hostileTotalCountStaysBounded()
{
    // A TotalCount of a million on full pages: one request, a clear error, no retry (the same
    // answer would come again), and nothing more sent.
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::json(
        200, instancesBody(u"cn-hangzhou"_s, 1, 100, R"(,"TotalCount":1000000)")));
    auto c = client(server.url());
    InstanceInventory inventory(c.get());
    inventory.setRetryBackoff(10, 10);
    QSignalSpy failed(&inventory, &InstanceInventory::loadFailed);
    inventory.setScope({ u"cn-hangzhou"_s });
    inventory.refresh();
    QVERIFY(failed.wait(15'000));
    const RegionStatus status = inventory.status(u"cn-hangzhou"_s);
    QCOMPARE(status.load, RegionStatus::Load::Failed);
    QCOMPARE(status.error.kind, ApiError::Kind::Malformed);
    QVERIFY2(status.error.message.contains(u"1000000"_s), qPrintable(status.error.message));
    QCOMPARE(status.retryInMs, -1);
    QTest::qWait(100); // several retry periods: nothing goes out
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(inventory.instanceCount(), 0);
    QVERIFY(!inventory.isLoading());
}

void TestInventory::pollingFollowsStoppingToStopped()
{
    sim::SimOptions options;
    options.instances = 30;
    options.instanceRegions = 1;
    options.timeScale = 20; // a stop takes a few polls
    options.seed = 7;
    QUrl url;
    auto sim = startSim(options, &url);
    const QString region = regionsOf(*sim).first();
    QString target;
    for (const sim::SimInstance *i : sim->world().instances())
        if (i->status == u"Running")
            target = i->instanceId;
    QVERIFY(!target.isEmpty());
    auto c = client(url);
    InstanceInventory inventory(c.get());
    inventory.setPollIntervals(20, 600'000);
    ChangeLog log(&inventory);
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    inventory.setScope({ region });
    inventory.refresh();
    QVERIFY(settled.wait(15'000));
    log.changes.clear();
    const int batchesBefore = inventory.statusBatchesSent();

    sim->world().stop(target, u"KeepCharging"_s);
    inventory.watch(region, { target });
    const auto statusOf = [&] {
        for (const Instance &i : inventory.instances(region))
            if (i.instanceId == target)
                return i.status;
        return InstanceStatus::Unknown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(), InstanceStatus::Stopped, 15'000);
    QVERIFY(inventory.statusBatchesSent() > batchesBefore); // followed by the poller
    QList<InstanceStatus> seen;
    for (const InventoryChange &change : std::as_const(log.changes)) {
        QCOMPARE(change.regionId, region);
        QVERIFY(change.added.isEmpty() && change.removed.isEmpty());
        for (const Instance &i : change.changed)
            if (i.instanceId == target)
                seen << i.status;
    }
    QVERIFY(seen.contains(InstanceStatus::Stopping));
    QCOMPARE(seen.last(), InstanceStatus::Stopped);
}

void TestInventory::failedRegionKeepsStaleRowsAndRetries()
{
    RegionalServer server;
    QVERIFY(server.start());
    auto c = client(server.url());
    InstanceInventory inventory(c.get());
    inventory.setRetryBackoff(100, 400);
    const QStringList regions { u"cn-hangzhou"_s, u"cn-beijing"_s };
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    inventory.setScope(regions);
    inventory.refresh();
    QVERIFY(settled.wait(15'000));
    QCOMPARE(inventory.instanceCount(), 6);

    server.failing = { u"cn-beijing"_s };
    ChangeLog log(&inventory);
    QList<int> pauses;
    connect(&inventory, &InstanceInventory::loadFailed, this,
        [&](const QString &region, const ApiError &) {
            pauses << inventory.status(region).retryInMs;
        });
    inventory.refresh();
    QTRY_COMPARE(inventory.failedRegions().size(), 1);
    const RegionStatus failed = inventory.status(u"cn-beijing"_s);
    QCOMPARE(failed.error.code, u"ServiceUnavailable"_s);
    QCOMPARE(failed.error.requestId, u"FAIL-cn-beijing"_s);
    QVERIFY(failed.stale);
    QVERIFY(!inventory.status(u"cn-hangzhou"_s).stale);
    QCOMPARE(inventory.instances(u"cn-beijing"_s).size(), 3); // the last rows stay
    // Retried by itself, with a growing pause; the healthy region is left alone.
    const int hangzhou = server.requestsByRegion.value(u"cn-hangzhou"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pauses.size() >= 4, 10'000);
    QCOMPARE(pauses.mid(0, 4), QList<int>({ 100, 200, 400, 400 }));
    QCOMPARE(server.requestsByRegion.value(u"cn-hangzhou"_s), hangzhou);
    QVERIFY(inventory.status(u"cn-beijing"_s).stale); // still, while it retries

    server.failing.clear();
    QTRY_COMPARE_WITH_TIMEOUT(
        inventory.status(u"cn-beijing"_s).load, RegionStatus::Load::Loaded, 10'000);
    QVERIFY(!inventory.status(u"cn-beijing"_s).stale);
    QVERIFY(inventory.failedRegions().isEmpty());
    QVERIFY(log.changes.isEmpty()); // the same rows: nothing to announce
}

void TestInventory::watchPicksUpNewAndReleased()
{
    sim::SimOptions options;
    options.instances = 12;
    options.instanceRegions = 1;
    options.timeScale = 500;
    options.seed = 3;
    QUrl url;
    auto sim = startSim(options, &url);
    const QString region = regionsOf(*sim).first();
    auto c = client(url);
    InstanceInventory inventory(c.get());
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    inventory.setScope({ region });
    inventory.refresh();
    QVERIFY(settled.wait(15'000));
    QCOMPARE(inventory.instanceCount(), 12);
    ChangeLog log(&inventory);

    sim::SimInstance spec;
    spec.regionId = region;
    spec.zoneId = sim->world().regions().region(region)->zones.first().zoneId;
    spec.instanceType = u"ecs.g7.large"_s;
    spec.instanceName = u"fresh"_s;
    const QString fresh = sim->world().addInstance(spec, true).instanceId;
    QString released;
    for (const sim::SimInstance *i : sim->world().instances(region))
        if (i->instanceId != fresh && i->status == u"Stopped")
            released = i->instanceId;
    if (released.isEmpty()) {
        released = sim->world().instances(region).first()->instanceId;
        sim->world().stop(released, u"KeepCharging"_s);
        QTRY_COMPARE(sim->world().instance(released)->status, u"Stopped"_s);
    }
    sim->world().release(released);
    inventory.watch(region, { fresh, released });
    QTRY_VERIFY(!log.changes.isEmpty());
    QStringList added;
    QStringList removed;
    for (const InventoryChange &change : std::as_const(log.changes)) {
        for (const Instance &i : change.added)
            added << i.instanceId;
        removed << change.removed;
    }
    QCOMPARE(added, QStringList { fresh });
    QCOMPARE(removed, QStringList { released });
    QCOMPARE(inventory.instanceCount(), 12);
    // Outside the scope: nothing is asked.
    QSignalSpy started(c.get(), &EcsClient::callStarted);
    inventory.watch(u"xx-nowhere-1"_s, { fresh });
    QCOMPARE(started.size(), 0);
}

void TestInventory::switchAtoBtoAUnderJitter()
{
    sim::SimOptions options;
    options.instances = 120;
    options.instanceRegions = 2;
    options.latencyMs = 10;
    options.latencyJitterMs = 250;
    options.seed = 9;
    QUrl url;
    auto sim = startSim(options, &url);
    const QStringList regions = regionsOf(*sim);
    QCOMPARE(regions.size(), 2);
    const QString a = regions.at(0);
    const QString b = regions.at(1);
    auto c = client(url);
    InstanceInventory inventory(c.get());
    inventory.setPageSize(10); // many pages out when the scope switches
    QStringList asked; // the regions of the DescribeInstances calls sent
    connect(c.get(), &EcsClient::callStarted, this, [&](ApiCall *call) {
        if (call->request().action() == u"DescribeInstances")
            asked << call->request().regionId();
    });
    inventory.setScope({ a });
    inventory.refresh();
    QTest::qWait(30);
    inventory.setScope({ b });
    inventory.refresh();
    QTest::qWait(60);
    ChangeLog log(&inventory);
    QStringList statusOfB;
    connect(&inventory, &InstanceInventory::regionStatusChanged, this, [&](const QString &region) {
        if (region == b)
            statusOfB << region;
    });
    QVERIFY(asked.contains(b)); // B's walk was out when the scope went back to A
    inventory.setScope({ a });
    inventory.refresh();
    // B's rows (if any arrived) left with the switch; after it, nothing of B.
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    QVERIFY(settled.wait(15'000));
    QTest::qWait(400); // longer than the jitter: late answers of A's and B's first walks
    for (qsizetype n = 0; n < log.changes.size(); ++n) {
        const InventoryChange &change = log.changes.at(n);
        if (change.regionId == b) {
            QCOMPARE(n, 0); // the switch itself removed B's rows, first
            QVERIFY(change.added.isEmpty() && change.changed.isEmpty());
        }
    }
    QVERIFY(statusOfB.isEmpty());
    QCOMPARE(inventory.scope(), QStringList { a });
    QCOMPARE(inventory.instances(a).size(), sim->world().instances(a).size());
    QCOMPARE(inventory.instanceCount(), inventory.instances(a).size());
    for (const Instance &i : inventory.instances(a))
        QCOMPARE(i.regionId, a);
    QCOMPARE(inventory.status(b).load, RegionStatus::Load::Idle); // unknown: not in scope
}

void TestInventory::regionsLeavingGoInOneChange()
{
    // Four regions loaded; three leave the scope at once: their rows go in one change (named by
    // no region), then the last one leaves by itself (named by it). Nothing of theirs is kept.
    sim::SimOptions options;
    options.instances = 80;
    options.instanceRegions = 4;
    options.seed = 11;
    QUrl url;
    auto sim = startSim(options, &url);
    QVERIFY(url.isValid());
    const QStringList regions = regionsOf(*sim).mid(0, 4);
    auto c = client(url);
    InstanceInventory inventory(c.get());
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    inventory.setScope(regions);
    inventory.refresh();
    QVERIFY(settled.wait(15'000));
    QCOMPARE(inventory.instanceCount(), 80);
    ChangeLog log(&inventory);
    QSet<QString> leaving;
    for (const QString &region : regions.mid(1))
        for (const Instance &i : inventory.instances(region))
            leaving.insert(i.instanceId);
    QVERIFY(!leaving.isEmpty());

    inventory.setScope({ regions.first() });
    QCOMPARE(log.changes.size(), 1);
    const InventoryChange &all = log.changes.first();
    QVERIFY(all.regionId.isEmpty());
    QVERIFY(all.added.isEmpty() && all.changed.isEmpty());
    QCOMPARE(all.removed.size(), leaving.size());
    QCOMPARE(QSet<QString>(all.removed.cbegin(), all.removed.cend()), leaving);
    QCOMPARE(inventory.instanceCount(), inventory.instances(regions.first()).size());

    const qsizetype last = inventory.instances(regions.first()).size();
    QVERIFY(last > 0);
    inventory.setScope({});
    QCOMPARE(log.changes.size(), 2);
    QCOMPARE(log.changes.at(1).regionId, regions.first());
    QCOMPARE(log.changes.at(1).removed.size(), last);
    QCOMPARE(inventory.instanceCount(), 0);
}

QTEST_MAIN(TestInventory)
#include "tst_inventory.moc"
