// Throttle-aware fan-out: the AIMD arithmetic on a made-up clock, the governor's queue (waiting
// attempts are cancellable and never sent), and three accounts × every region loaded against one
// ecs-sim with --qps-limit.
#include "callscope.h"
#include "ecsclient.h"
#include "inventory/instanceinventory.h"
#include "simserver.h"
#include "throttle/requestgovernor.h"
#include "types/region.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;
using Outcome = AimdLimiter::Outcome;

class TestThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pacing_data();
    void pacing();
    void concurrencyLimit();
    void decrease_data();
    void decrease();
    void oneBurstIsOneSignal();
    void additiveRecovery_data();
    void additiveRecovery();
    void firstDecreaseFromUnlimited();
    void isThrottled_data();
    void isThrottled();
    void waitingCallsAreCancelledUnsent();
    void throttledAttemptWaitsForThePause();
    void threeAccountsEveryRegion_data();
    void threeAccountsEveryRegion();
    void limitFoundByThrottling();

private:
    struct Fleet
    {
        std::unique_ptr<sim::SimServer> server;
        QUrl url;
        QStringList keys;
    };
    static Fleet startFleet(double qpsLimit, int instances);
    ClientConfig configFor(const Fleet &fleet, int key, const ThrottleLimits &limits) const;
    QNetworkAccessManager m_nam;
};

namespace {

ThrottleLimits limits(double rate, int concurrency)
{
    ThrottleLimits l;
    l.adaptive = true;
    l.initialRate = rate;
    l.initialConcurrency = concurrency;
    l.maxConcurrency = std::max(concurrency, 64);
    return l;
}

QString secretOf(const QString &keyId)
{
    return keyId + u"-secret"_s;
}

} // namespace

void TestThrottle::pacing_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("spacingMs");
    QTest::newRow("10/s") << 10.0 << qint64(100);
    QTest::newRow("20/s") << 20.0 << qint64(50);
    QTest::newRow("3/s") << 3.0 << qint64(334);
    QTest::newRow("0.5/s") << 0.5 << qint64(2000);
}

void TestThrottle::pacing()
{
    QFETCH(double, rate);
    QFETCH(qint64, spacingMs);
    AimdLimiter limiter(limits(rate, 100));
    QCOMPARE(limiter.nextStartAt(1'000), qint64(1'000));
    limiter.started(1'000);
    QCOMPARE(limiter.nextStartAt(1'000), 1'000 + spacingMs);
    QVERIFY(!limiter.mayStart(1'000 + spacingMs - 1));
    QVERIFY(limiter.mayStart(1'000 + spacingMs));
    // Idle time is not saved up: after a long pause, the next two are spaced again.
    limiter.started(60'000);
    QCOMPARE(limiter.nextStartAt(60'000), 60'000 + spacingMs);
}

void TestThrottle::concurrencyLimit()
{
    AimdLimiter limiter(limits(ThrottleLimits::kUnlimited, 2));
    limiter.started(0);
    QVERIFY(limiter.mayStart(0));
    limiter.started(0);
    QCOMPARE(limiter.nextStartAt(0), qint64(-1));
    limiter.finished(5, 0, Outcome::Other);
    QCOMPARE(limiter.inFlight(), 1);
    QVERIFY(limiter.mayStart(5));
}

void TestThrottle::decrease_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<double>("rateAfter");
    QTest::addColumn<int>("concurrencyAfter");
    QTest::addColumn<qint64>("resumeAt"); ///< the pause's end, or the next slot when later
    QTest::newRow("20/s, 8") << 20.0 << 8 << 10.0 << 4 << qint64(1'540);
    QTest::newRow("3/s, 3") << 3.0 << 3 << 1.5 << 1 << qint64(1'540);
    QTest::newRow("floor: 0.6/s, 1") << 0.6 << 1 << 0.5 << 1 << qint64(1'667);
}

void TestThrottle::decrease()
{
    QFETCH(double, rate);
    QFETCH(int, concurrency);
    QFETCH(double, rateAfter);
    QFETCH(int, concurrencyAfter);
    QFETCH(qint64, resumeAt);
    ThrottleLimits l = limits(rate, concurrency);
    l.pauseMs = 1'500;
    AimdLimiter limiter(l);
    limiter.started(0);
    limiter.finished(40, 0, Outcome::Throttled);
    QCOMPARE(limiter.rate(), rateAfter);
    QCOMPARE(limiter.concurrency(), concurrencyAfter);
    QCOMPARE(limiter.decreases(), 1);
    // Nothing starts during the pause.
    QCOMPARE(limiter.nextStartAt(41), resumeAt);
    QVERIFY(!limiter.mayStart(resumeAt - 1));
    QVERIFY(limiter.mayStart(resumeAt));
}

void TestThrottle::oneBurstIsOneSignal()
{
    AimdLimiter limiter(limits(16, 8));
    for (int i = 0; i < 4; ++i)
        limiter.started(i * 70);
    limiter.finished(300, 0, Outcome::Throttled);
    QCOMPARE(limiter.rate(), 8.0);
    // The same burst's other answers say nothing new.
    limiter.finished(301, 70, Outcome::Throttled);
    limiter.finished(302, 140, Outcome::Throttled);
    QCOMPARE(limiter.rate(), 8.0);
    QCOMPARE(limiter.decreases(), 1);
    // A request sent after the decrease and throttled again: the rate is still too high.
    limiter.started(1'400);
    limiter.finished(1'450, 1'400, Outcome::Throttled);
    QCOMPARE(limiter.rate(), 4.0);
    QCOMPARE(limiter.decreases(), 2);
    QCOMPARE(limiter.inFlight(), 1); // the one started at 210
}

void TestThrottle::additiveRecovery_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("maxRate");
    QTest::addColumn<int>("successes");
    QTest::addColumn<double>("expected");
    // +1 per `rate` successes: one second's worth at full speed adds one start per second.
    QTest::newRow("10/s, 10 successes") << 10.0 << 100.0 << 10 << 11.0;
    QTest::newRow("10/s, 21 successes") << 10.0 << 100.0 << 21 << 12.0;
    QTest::newRow("capped") << 10.0 << 10.5 << 10 << 10.5;
    QTest::newRow("slow: 1/s, 3 successes") << 1.0 << 100.0 << 3 << 2.9; // 1 → 2 → 2.5 → 2.9
}

void TestThrottle::additiveRecovery()
{
    QFETCH(double, rate);
    QFETCH(double, maxRate);
    QFETCH(int, successes);
    QFETCH(double, expected);
    ThrottleLimits l = limits(rate, 4);
    l.maxRate = maxRate;
    l.maxConcurrency = 6;
    AimdLimiter limiter(l);
    qint64 t = 0;
    for (int i = 0; i < successes; ++i) {
        limiter.started(t);
        limiter.finished(t + 10, t, Outcome::Success);
        t += 1'000;
    }
    QVERIFY2(
        std::abs(limiter.rate() - expected) < 0.1, qPrintable(QString::number(limiter.rate())));
    // The window grows too, by one per window's worth of successes, up to its maximum.
    QCOMPARE(limiter.concurrency() > 4, successes >= 4);
    QVERIFY(limiter.concurrency() <= 6);
}

void TestThrottle::firstDecreaseFromUnlimited()
{
    ThrottleLimits adaptive;
    adaptive.adaptive = true;
    AimdLimiter limiter(adaptive); // no rate until the service says
    for (int i = 0; i < 30; ++i) {
        QVERIFY(limiter.mayStart(i * 10));
        limiter.started(i * 10);
    }
    limiter.finished(400, 0, Outcome::Throttled);
    QCOMPARE(limiter.rate(), 15.0); // half of the 30 that went out in the last second
    QCOMPARE(limiter.concurrency(), 32);
    // Not adaptive (a bare ClientConfig): the same answer changes nothing.
    AimdLimiter fixed;
    fixed.started(0);
    fixed.finished(10, 0, Outcome::Throttled);
    QVERIFY(!std::isfinite(fixed.rate()));
    QCOMPARE(fixed.decreases(), 0);
    QVERIFY(fixed.mayStart(11));
}

void TestThrottle::isThrottled_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("throttled");
    QTest::newRow("Throttling.User")
        << 400 << u"Throttling.User"_s << u"Request was denied due to user flow control."_s << true;
    QTest::newRow("Throttling") << 403 << u"Throttling"_s << u""_s << true;
    QTest::newRow("Throttling.Api") << 400 << u"Throttling.Api"_s << u""_s << true;
    QTest::newRow("429") << 429 << u"TooManyRequests"_s << u""_s << true;
    QTest::newRow("503 flow control")
        << 503 << u"ServiceUnavailable"_s << u"Request was denied due to flow control."_s << true;
    QTest::newRow("503 plain") << 503 << u"ServiceUnavailable"_s
                               << u"The request has failed due to a temporary failure of the "
                                  "server."_s
                               << false;
    QTest::newRow("InternalError") << 500 << u"InternalError"_s << u""_s << false;
    QTest::newRow("NotFound") << 404 << u"InvalidInstanceId.NotFound"_s << u""_s << false;
}

void TestThrottle::isThrottled()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(bool, throttled);
    QCOMPARE(RequestGovernor::isThrottled(ApiError::service(status, code, message)), throttled);
    QVERIFY(!RequestGovernor::isThrottled(ApiError::make(ApiError::Kind::Network, message)));
}

TestThrottle::Fleet TestThrottle::startFleet(double qpsLimit, int instances)
{
    Fleet fleet;
    sim::SimOptions options;
    options.qpsLimit = qpsLimit;
    options.instances = instances;
    fleet.keys = { options.accessKeyId, u"LTAIsecondAccount01"_s, u"LTAIthirdAccount002"_s };
    options.extraKeys = { { fleet.keys.at(1), secretOf(fleet.keys.at(1)) },
        { fleet.keys.at(2), secretOf(fleet.keys.at(2)) } };
    fleet.server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(fleet.server.get(), &sim::SimServer::listening);
    fleet.server->start(QHostAddress::LocalHost, 0);
    if (!listening.isEmpty())
        fleet.url = listening.first().first().toUrl();
    return fleet;
}

ClientConfig TestThrottle::configFor(
    const Fleet &fleet, int key, const ThrottleLimits &limits) const
{
    ClientConfig config;
    const QString id = fleet.keys.at(key);
    config.credentials
        = { id, key == 0 ? QString::fromLatin1(sim::kDemoAccessKeySecret) : secretOf(id), {} };
    config.endpointOverride = fleet.url;
    config.followRegionEndpoints = true; // every region at its own loopback port
    config.throttle = limits;
    config.retry.maxAttempts = 6;
    return config;
}

void TestThrottle::waitingCallsAreCancelledUnsent()
{
    Fleet fleet = startFleet(0, 0);
    QVERIFY(fleet.url.isValid());
    EcsClient client(&m_nam, configFor(fleet, 0, limits(2, 1)));
    CallScope scope(this);
    int answered = 0;
    for (int i = 0; i < 5; ++i)
        scope.call<ops::DescribeRegions>(&client, ops::DescribeRegions::request(),
            [&answered](const Result<ops::DescribeRegions::Response> &) { ++answered; });
    QTRY_COMPARE(fleet.server->requestsServed(), qint64(1));
    QTRY_COMPARE(answered, 1);
    QCOMPARE(client.governor()->waiting(), 4);
    scope.renew(); // the four waiting ones go without being sent
    QTRY_COMPARE(client.callsInFlight(), 0);
    QCOMPARE(client.governor()->waiting(), 0);
    QCOMPARE(client.governor()->inFlight(), 0);
    // A later call goes out next: the dropped ones were never sent before it, nor after.
    scope.call<ops::DescribeRegions>(&client, ops::DescribeRegions::request(),
        [&answered](const Result<ops::DescribeRegions::Response> &) { ++answered; });
    QTRY_COMPARE(answered, 2);
    QCOMPARE(fleet.server->requestsServed(), qint64(2));
}

void TestThrottle::throttledAttemptWaitsForThePause()
{
    Fleet fleet = startFleet(1, 0); // one request per second for the key
    QVERIFY(fleet.url.isValid());
    ThrottleLimits l = limits(ThrottleLimits::kUnlimited, 8);
    l.pauseMs = 1'200;
    EcsClient client(&m_nam, configFor(fleet, 0, l));
    std::vector<std::unique_ptr<ApiCall>> calls;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 2; ++i) {
        ApiCall *call = client.send(ops::DescribeRegions::request());
        call->setAutoDelete(false);
        calls.emplace_back(call);
    }
    QTRY_VERIFY_WITH_TIMEOUT(calls.at(0)->isFinished() && calls.at(1)->isFinished(), 20'000);
    QVERIFY(calls.at(0)->ok());
    QVERIFY2(calls.at(1)->ok(), qPrintable(calls.at(1)->error().toDisplayString()));
    QCOMPARE(calls.at(1)->attempts(), 2); // throttled once, retried after the pause
    QVERIFY(clock.elapsed() >= 1'200);
    QCOMPARE(client.governor()->throttledAnswers(), 1);
    QCOMPARE(client.governor()->decreases(), 1);
    QCOMPARE(fleet.server->flowControl().refused(), qint64(1));
}

void TestThrottle::threeAccountsEveryRegion_data()
{
    QTest::addColumn<bool>("governed");
    // The control: without pacing, the same load goes over the limit (so the test can fail).
    QTest::newRow("unpaced") << false;
    QTest::newRow("conservative") << true;
}

void TestThrottle::threeAccountsEveryRegion()
{
    QFETCH(bool, governed);
    constexpr double kLimit = 25; // per AccessKey, over every region's socket
    Fleet fleet = startFleet(kLimit, 540);
    QVERIFY(fleet.url.isValid());
    const int regionCount = int(fleet.server->world().regions().regions().size());
    QVERIFY(regionCount >= 27);

    std::vector<std::unique_ptr<EcsClient>> clients;
    std::vector<std::unique_ptr<InstanceInventory>> inventories;
    for (int key = 0; key < 3; ++key) {
        ThrottleLimits l = governed ? ThrottleLimits::conservative() : ThrottleLimits();
        ClientConfig config = configFor(fleet, key, l);
        if (!governed)
            config.retry.maxAttempts = 1;
        clients.push_back(std::make_unique<EcsClient>(&m_nam, config));
        inventories.push_back(std::make_unique<InstanceInventory>(clients.back().get()));
        inventories.back()->setPageSize(10); // two pages a region: more requests than regions
    }
    // Each account learns its regions' endpoints, then loads every region.
    QStringList regionIds;
    for (auto &client : clients) {
        std::unique_ptr<ApiCall> call(client->send(ops::DescribeRegions::request()));
        call->setAutoDelete(false);
        QTRY_VERIFY(call->isFinished());
        QVERIFY(call->ok());
        regionIds.clear();
        for (const Region &r : ops::DescribeRegions::parse(call->response()).value())
            regionIds << r.regionId;
    }
    QCOMPARE(regionIds.size(), regionCount);
    QElapsedTimer clock;
    clock.start();
    for (auto &inventory : inventories) {
        inventory->setScope(regionIds);
        inventory->refresh();
    }
    if (!governed) {
        QTRY_VERIFY_WITH_TIMEOUT(fleet.server->flowControl().refused() > 0, 20'000);
        return;
    }
    for (auto &inventory : inventories)
        QTRY_COMPARE_WITH_TIMEOUT(
            inventory->instanceCount(), qsizetype(fleet.server->world().instanceCount()), 30'000);
    qInfo() << "3 accounts ×" << regionCount << "regions loaded in" << clock.elapsed() << "ms,"
            << fleet.server->requestsServed() << "requests";
    QCOMPARE(fleet.server->flowControl().refused(), qint64(0));
    for (int key = 0; key < 3; ++key) {
        QVERIFY(fleet.server->flowControl().admitted(fleet.keys.at(key)) > regionCount);
        QCOMPARE(clients.at(key)->governor()->throttledAnswers(), 0);
    }
}

void TestThrottle::limitFoundByThrottling()
{
    // A client that knows no limit (concurrency only) against 6 requests per second: the first
    // burst is refused in part, the governor halves until it is under the limit, and the whole
    // scope loads through the retries.
    constexpr double kLimit = 6;
    Fleet fleet = startFleet(kLimit, 100);
    QVERIFY(fleet.url.isValid());
    ThrottleLimits l;
    l.adaptive = true;
    l.initialConcurrency = 16;
    l.maxConcurrency = 16;
    l.pauseMs = 500;
    ClientConfig config = configFor(fleet, 1, l);
    config.retry.maxAttempts = 8;
    config.retry.budget = std::make_shared<RetryBudget>(200, 1);
    EcsClient client(&m_nam, config);
    InstanceInventory inventory(&client);
    inventory.setRetryBackoff(200, 1'000);

    std::unique_ptr<ApiCall> regions(client.send(ops::DescribeRegions::request()));
    regions->setAutoDelete(false);
    QTRY_VERIFY(regions->isFinished());
    QVERIFY(regions->ok());
    QStringList regionIds;
    for (const Region &r : ops::DescribeRegions::parse(regions->response()).value())
        regionIds << r.regionId;

    // When the rate first falls to the limit, count what the sim refused so far.
    qint64 refusedAtAdaptation = -1;
    connect(client.governor(), &RequestGovernor::limitsChanged, this, [&] {
        if (refusedAtAdaptation < 0 && client.governor()->rate() <= kLimit)
            refusedAtAdaptation = fleet.server->flowControl().refused();
    });
    inventory.setScope(regionIds);
    inventory.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        inventory.instanceCount(), qsizetype(fleet.server->world().instanceCount()), 60'000);
    const qint64 refused = fleet.server->flowControl().refused();
    const qint64 admitted = fleet.server->flowControl().admitted(fleet.keys.at(1));
    qInfo() << "limit found:" << client.governor()->decreases() << "decreases, rate"
            << client.governor()->rate() << "/s;" << refused << "refused of" << admitted + refused
            << "; refused at the adaptation:" << refusedAtAdaptation;
    QVERIFY(refused > 0);
    QVERIFY(client.governor()->decreases() >= 1);
    QVERIFY(client.governor()->decreases() <= 5);
    QVERIFY(refusedAtAdaptation >= 0);
    // After the rate came under the limit: at most what was already in flight then, and the
    // additive probing's rare overshoot.
    QVERIFY2(refused - refusedAtAdaptation <= 10,
        qPrintable(u"%1 refused after the adaptation"_s.arg(refused - refusedAtAdaptation)));
}

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
