// One catalogue per client: each lookup is fetched once and shared (two askers at once, one
// request), a failure is handed to every asker and fetched again on the next ask, a Fresh ask goes
// to the service again, and a CallScope'd flow never sees the answer to a question it withdrew.
// Against ecs-sim (with latency jitter) and a scripted server, over real sockets.
#include "ecsclient.h"
#include "embeddedsimulator.h"
#include "inventory/catalogue.h"
#include "scriptedhttpserver.h"
#include "simdefaults.h"

#include <QCoro/QCoroTask>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

/// What one lookup hands back, reduced to what the tests compare.
struct Seen
{
    bool answered = false;
    bool ok = false;
    int items = 0;
    QString error;
};

/// Asks `kind` of the catalogue with a handler; `seen` is filled when the answer comes.
void askFor(Catalogue *catalogue, const QString &kind, QObject *context, Seen *seen,
    Catalogue::Fetch fetch = Catalogue::Fetch::Cached)
{
    const auto record = [seen](const auto &result) {
        seen->answered = true;
        seen->ok = result.ok();
        seen->items = result.ok() ? int(result.value().size()) : 0;
        seen->error = result.ok() ? QString() : result.error().code;
    };
    if (kind == u"regions")
        catalogue->regions(context, record, fetch);
    else if (kind == u"zones")
        catalogue->zones(u"cn-hangzhou"_s, context, record, fetch);
    else if (kind == u"types")
        catalogue->instanceTypes(context, record, fetch);
    else if (kind == u"images")
        catalogue->images(u"cn-hangzhou"_s, {}, context, record, fetch);
    else if (kind == u"stock")
        catalogue->availableResources(
            u"cn-hangzhou"_s, ChargeType::PostPaid, SpotStrategy::NoSpot, context, record, fetch);
}

/// A view that shows the zones of one region at a time, as a person switches regions.
class ZoneView : public QObject
{
public:
    explicit ZoneView(Catalogue *catalogue)
        : m_catalogue(catalogue)
        , m_scope(this)
    { }
    QCoro::Task<> show(QString regionId, int *cancelled)
    {
        m_scope.renew();
        const auto zones = co_await m_catalogue->zones(m_scope, regionId);
        if (zones.cancelled()) {
            ++*cancelled;
            co_return;
        }
        shownRegions.append(regionId);
        shownZones = zones.ok() ? zones.value() : QList<Zone>();
    }

    Catalogue *m_catalogue;
    CallScope m_scope;
    QStringList shownRegions;
    QList<Zone> shownZones;
};

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharedAndFetchedOnce_data();
    void sharedAndFetchedOnce();
    void freshAsksAgain_data();
    void freshAsksAgain();
    void failureThenRefetch();
    void typesWithSpecs();
    void typesPagedAndBounded();
    void oneCataloguePerClient();
    void zoneOfOneRegion();
    void regionABAShowsOnlyTheLast();
    void withdrawnAskerIsNotCalled();

private:
    std::unique_ptr<EcsClient> client(const QUrl &url = {});
    /// Requests the client sent with this action since `spy` was made.

    QNetworkAccessManager m_nam;
    sim::EmbeddedSimulator m_sim;
    QUrl m_simUrl;
};

void TestCatalogue::initTestCase()
{
    QSignalSpy ready(&m_sim, &sim::EmbeddedSimulator::ready);
    sim::SimOptions options;
    options.latencyMs = 5;
    options.latencyJitterMs = 40; // answers overtake each other
    m_sim.start(options);
    QVERIFY(ready.wait(10'000));
    m_simUrl = ready.first().first().toUrl();
}

std::unique_ptr<EcsClient> TestCatalogue::client(const QUrl &url)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = url.isEmpty() ? m_simUrl : url;
    config.retry.maxAttempts = 1;
    return std::make_unique<EcsClient>(&m_nam, config);
}

void TestCatalogue::sharedAndFetchedOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("action");
    QTest::newRow("regions") << u"regions"_s << u"DescribeRegions"_s;
    QTest::newRow("zones") << u"zones"_s << u"DescribeZones"_s;
    QTest::newRow("instance types") << u"types"_s << u"DescribeInstanceTypes"_s;
    QTest::newRow("images") << u"images"_s << u"DescribeImages"_s;
    QTest::newRow("available resources") << u"stock"_s << u"DescribeAvailableResource"_s;
}

void TestCatalogue::sharedAndFetchedOnce()
{
    QFETCH(QString, kind);
    QFETCH(QString, action);
    auto c = client();
    Catalogue *catalogue = Catalogue::of(c.get());
    // The actions as they start: a spy would keep pointers to calls that delete themselves.
    QStringList started;
    connect(c.get(), &EcsClient::callStarted, this,
        [&started](ApiCall *call) { started << call->request().action(); });
    QObject wizard, pane;
    Seen first, second;
    askFor(catalogue, kind, &wizard, &first);
    askFor(catalogue, kind, &pane, &second); // asked while the first is out
    QTRY_VERIFY_WITH_TIMEOUT(first.answered && second.answered, 15'000);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.items > 0);
    QCOMPARE(second.items, first.items);
    const int requests = int(started.count(action));
    QCOMPARE(requests, int(started.size()));
    QCOMPARE(catalogue->requestsSent(), requests);
    if (kind != u"images") // images page; the rest is one request
        QCOMPARE(requests, 1);

    // Asked again later: the kept answer, at once, with no request.
    Seen third;
    askFor(catalogue, kind, &pane, &third);
    QVERIFY(third.answered);
    QCOMPARE(third.items, first.items);
    QCOMPARE(int(started.size()), requests);
}

void TestCatalogue::freshAsksAgain_data()
{
    sharedAndFetchedOnce_data();
}

void TestCatalogue::freshAsksAgain()
{
    QFETCH(QString, kind);
    QFETCH(QString, action);
    auto c = client();
    Catalogue *catalogue = Catalogue::of(c.get());
    QObject pane;
    Seen first;
    askFor(catalogue, kind, &pane, &first);
    QTRY_VERIFY_WITH_TIMEOUT(first.answered, 15'000);
    // The actions as they start: a spy would keep pointers to calls that delete themselves.
    QStringList started;
    connect(c.get(), &EcsClient::callStarted, this,
        [&started](ApiCall *call) { started << call->request().action(); });
    Seen fresh, joined;
    askFor(catalogue, kind, &pane, &fresh, Catalogue::Fetch::Fresh); // the user's Refresh
    askFor(catalogue, kind, &pane, &joined, Catalogue::Fetch::Fresh); // joins it
    QVERIFY(!fresh.answered);
    QTRY_VERIFY_WITH_TIMEOUT(fresh.answered && joined.answered, 15'000);
    QVERIFY(fresh.ok);
    QCOMPARE(fresh.items, first.items);
    QVERIFY(int(started.count(action)) >= 1);
    if (kind != u"images")
        QCOMPARE(int(started.count(action)), 1);
}

void TestCatalogue::failureThenRefetch()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::serviceError(503, "ServiceUnavailable"));
    auto c = client(server.url());
    Catalogue *catalogue = Catalogue::of(c.get());
    QObject pane, wizard;
    Seen first, second;
    askFor(catalogue, u"zones"_s, &pane, &first);
    askFor(catalogue, u"zones"_s, &wizard, &second);
    QTRY_VERIFY_WITH_TIMEOUT(first.answered && second.answered, 15'000);
    QVERIFY(!first.ok && !second.ok); // both askers hear of the failure
    QCOMPARE(first.error, u"ServiceUnavailable"_s);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(!catalogue->cachedZones(u"cn-hangzhou"_s)); // a failure is not kept

    server.setReply(ScriptedHttpServer::json(
        200, R"({"RequestId":"R","Zones":{"Zone":[{"ZoneId":"cn-hangzhou-h","LocalName":"H"}]}})"));
    Seen retried;
    askFor(catalogue, u"zones"_s, &pane, &retried); // the next ask fetches again
    QTRY_VERIFY_WITH_TIMEOUT(retried.answered, 15'000);
    QVERIFY2(retried.ok, qPrintable(retried.error));
    QCOMPARE(retried.items, 1);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(catalogue->cachedZones(u"cn-hangzhou"_s));
}

void TestCatalogue::typesWithSpecs()
{
    auto c = client();
    Catalogue *catalogue = Catalogue::of(c.get());
    QSignalSpy changed(catalogue, &Catalogue::instanceTypesChanged);
    CallScope scope(this);
    std::optional<Result<QList<InstanceTypeInfo>>> types;
    // A coroutine lambda must not capture: its frame outlives the temporary closure object.
    [](Catalogue *catalogue, CallScope *scope,
        std::optional<Result<QList<InstanceTypeInfo>>> *types) -> QCoro::Task<> {
        auto answer = co_await catalogue->instanceTypes(*scope);
        types->emplace(std::move(answer));
    }(catalogue, &scope, &types);
    QTRY_VERIFY_WITH_TIMEOUT(types.has_value(), 15'000);
    QVERIFY(types->ok());
    QVERIFY(types->value().size() > 10);
    bool gpu = false;
    for (const InstanceTypeInfo &t : types->value()) {
        QVERIFY2(t.cpu > 0 && t.memoryGiB > 0 && !t.family.isEmpty(), qPrintable(t.instanceTypeId));
        gpu |= t.gpuAmount > 0 && !t.gpuSpec.isEmpty();
    }
    QVERIFY2(gpu, "the GPU types carry their GPUs");
    QCOMPARE(changed.size(), 1);
    const InstanceTypeInfo some = types->value().first();
    QCOMPARE(catalogue->instanceType(some.instanceTypeId), some);
    QVERIFY(!catalogue->instanceType(u"ecs.no-such-type"_s));
}

void TestCatalogue::typesPagedAndBounded()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    const auto page = [](const QByteArray &type, const QByteArray &token) {
        return ScriptedHttpServer::json(200,
            R"({"RequestId":"R","NextToken":")" + token
                + R"(","InstanceTypes":{"InstanceType":[{"InstanceTypeId":")" + type
                + R"(","InstanceTypeFamily":"ecs.g7","CpuCoreCount":2,"MemorySize":8}]}})");
    };
    server.queueReplies({ page("ecs.g7.large", "t1"), page("ecs.g7.xlarge", "") });
    auto c = client(server.url());
    Catalogue *catalogue = Catalogue::of(c.get());
    QObject pane;
    Seen seen;
    askFor(catalogue, u"types"_s, &pane, &seen);
    QTRY_VERIFY_WITH_TIMEOUT(seen.answered, 15'000);
    QVERIFY2(seen.ok, qPrintable(seen.error));
    QCOMPARE(seen.items, 2);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(catalogue->instanceType(u"ecs.g7.xlarge"_s)->cpu, 2);

    // A token that comes back is a clear error, not an endless walk.
    server.setReply(page("ecs.g7.2xlarge", "again"));
    Seen looping;
    askFor(catalogue, u"types"_s, &pane, &looping, Catalogue::Fetch::Fresh);
    QTRY_VERIFY_WITH_TIMEOUT(looping.answered, 15'000);
    QVERIFY(!looping.ok);
    QCOMPARE(server.requestCount(), 4);
}

void TestCatalogue::oneCataloguePerClient()
{
    auto a = client();
    auto b = client();
    QCOMPARE(Catalogue::of(a.get()), Catalogue::of(a.get()));
    QVERIFY(Catalogue::of(a.get()) != Catalogue::of(b.get()));
    QCOMPARE(Catalogue::of(nullptr), nullptr);
}

void TestCatalogue::zoneOfOneRegion()
{
    auto c = client();
    Catalogue *catalogue = Catalogue::of(c.get());
    QSignalSpy started(c.get(), &EcsClient::callStarted);
    QObject pane;
    std::optional<Result<QList<ZoneStock>>> all, one;
    catalogue->availableResources(u"cn-hangzhou"_s, ChargeType::PostPaid, SpotStrategy::NoSpot,
        &pane, [&](const Result<QList<ZoneStock>> &r) { all.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 15'000);
    QVERIFY(all->ok() && all->value().size() > 1);
    const QString zone = all->value().at(1).zoneId;
    catalogue->availableResources(
        u"cn-hangzhou"_s, ChargeType::PostPaid, SpotStrategy::NoSpot, &pane,
        [&](const Result<QList<ZoneStock>> &r) { one.emplace(r); }, Catalogue::Fetch::Cached, zone);
    QVERIFY(one.has_value()); // kept: at once
    QCOMPARE(one->value().size(), 1);
    QCOMPARE(one->value().first().zoneId, zone);
    QCOMPARE(int(started.size()), 1);
}

// A person switches region A → B → A quickly; answers arrive in any order (jitter). Only the
// last choice's zones are shown, and the withdrawn flows resume with Cancelled.
void TestCatalogue::regionABAShowsOnlyTheLast()
{
    auto c = client();
    Catalogue *catalogue = Catalogue::of(c.get());
    for (int round = 0; round < 5; ++round) {
        catalogue->forget();
        int cancelled = 0;
        ZoneView view(catalogue);
        view.show(u"cn-hangzhou"_s, &cancelled);
        view.show(u"cn-beijing"_s, &cancelled);
        view.show(u"cn-hangzhou"_s, &cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(view.shownRegions.size(), 1, 15'000);
        QCOMPARE(cancelled, 2);
        QCOMPARE(view.shownRegions, QStringList { u"cn-hangzhou"_s });
        QVERIFY(!view.shownZones.isEmpty());
        for (const Zone &z : std::as_const(view.shownZones))
            QVERIFY2(z.zoneId.startsWith(u"cn-hangzhou"_s), qPrintable(z.zoneId));
        // The answers that were withdrawn still arrive and are kept for the next asker.
        QTRY_VERIFY_WITH_TIMEOUT(catalogue->cachedZones(u"cn-beijing"_s), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(c->callsInFlight(), 0, 15'000);
        QCoreApplication::processEvents(); // nothing more is shown once every answer is in
        QCOMPARE(view.shownRegions.size(), 1);
    }
}

void TestCatalogue::withdrawnAskerIsNotCalled()
{
    auto c = client();
    Catalogue *catalogue = Catalogue::of(c.get());
    CallScope scope(this);
    Seen withdrawn, current;
    askFor(catalogue, u"zones"_s, scope.context(), &withdrawn);
    scope.renew();
    askFor(catalogue, u"zones"_s, scope.context(), &current);
    QTRY_VERIFY_WITH_TIMEOUT(current.answered, 15'000);
    QVERIFY(!withdrawn.answered);
    QVERIFY(current.ok);

    // A flow waiting when the client (and its catalogue) goes away resumes with Cancelled.
    auto gone = client();
    bool resumedCancelled = false;
    // A coroutine lambda must not capture: its frame outlives the temporary closure object.
    [](EcsClient *client, CallScope *scope, bool *resumedCancelled) -> QCoro::Task<> {
        const auto zones = co_await Catalogue::of(client)->zones(*scope, u"cn-shanghai"_s);
        *resumedCancelled = zones.cancelled();
    }(gone.get(), &scope, &resumedCancelled);
    gone.reset();
    QVERIFY(resumedCancelled);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
