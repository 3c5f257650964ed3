// Monitoring in core: a range planned into calls the service accepts (Period and at most 400
// points a call), fetched slice by slice and merged, bounded against a misbehaving server, and the
// sparkline batch's throttle and cancellation; against ecs-sim and a scripted server.
#include "ecsclient.h"
#include "fleet/fleetscope.h"
#include "insight/cpusparklines.h"
#include "insight/monitordata.h"
#include "scriptedhttpserver.h"
#include "simserver.h"

#include "../support/simclient.h"

#include <QCoro/QCoroTask>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;

class TestMonitorData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void fetchesADayInSlices();
    void boundsTheAnswer_data();
    void boundsTheAnswer();
    void sparklinesThrottleAndCancel();
    void sparklinesPerProfile();
    void sparklinesFailedFetchStaysUnknown_data();
    void sparklinesFailedFetchStaysUnknown();
    void sparklinesRefreshOnlyTheRowsOnScreen();

private:
    std::unique_ptr<EcsClient> client(const QUrl &url);
    /// `count` running instances in cn-hangzhou, two hours of history behind them.
    static QStringList runningInstances(sim::SimServer &server, int count);
    QNetworkAccessManager m_nam;
};

std::unique_ptr<EcsClient> TestMonitorData::client(const QUrl &url)
{
    return std::make_unique<EcsClient>(&m_nam, simClientConfig(url));
}

void TestMonitorData::plan_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("maxCalls");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("slices");
    QTest::newRow("hour") << qint64(3600) << 4 << 60 << 1;
    QTest::newRow("day by minutes") << qint64(86400) << 4 << 60 << 4;
    QTest::newRow("day in one call") << qint64(86400) << 1 << 600 << 1;
    QTest::newRow("week") << qint64(7 * 86400) << 4 << 600 << 3;
    QTest::newRow("month") << qint64(30 * 86400) << 4 << 3600 << 2;
    QTest::newRow("beyond 30 days is cut") << qint64(90 * 86400) << 4 << 3600 << 2;
    QTest::newRow("400 minutes exactly") << qint64(400 * 60) << 1 << 60 << 1;
    QTest::newRow("401 minutes") << qint64(401 * 60) << 1 << 600 << 1;
    QTest::newRow("empty") << qint64(0) << 4 << 60 << 0;
    QTest::newRow("calls bounded to 64") << qint64(20 * 86400) << 1000 << 600 << 8;
    QTest::newRow("many calls allowed") << qint64(7 * 86400) << 1000 << 60 << 26;
}

void TestMonitorData::plan()
{
    QFETCH(qint64, seconds);
    QFETCH(int, maxCalls);
    QFETCH(int, period);
    QFETCH(int, slices);
    const QDateTime to = QDateTime(QDate(2026, 12, 1), QTime(12, 0, 30), Qt::UTC);
    MonitorLimits limits;
    limits.maxCalls = maxCalls;
    const MonitorPlan plan = planMonitorCalls(to.addSecs(-seconds), to, limits);
    QCOMPARE(plan.period, period);
    QCOMPARE(int(plan.slices.size()), slices);
    for (qsizetype n = 0; n < plan.slices.size(); ++n) {
        const MonitorPlan::Slice &s = plan.slices.at(n);
        QCOMPARE(s.start.time().second(), 0); // whole minutes, as the service counts
        QVERIFY(s.start < s.end);
        QVERIFY(s.start.secsTo(s.end) / plan.period <= MonitorLimits::kMaxPointsPerCall);
        QVERIFY(s.start.secsTo(to) <= MonitorLimits::kMaxAgeSeconds);
        if (n > 0)
            QCOMPARE(s.start, plan.slices.at(n - 1).end); // consecutive, no gap
    }
}

void TestMonitorData::fetchesADayInSlices()
{
    sim::SimOptions options;
    options.timeScale = 400;
    sim::SimServer server(options);
    const QUrl endpoint = startOnLoopback(server);
    QVERIFY(endpoint.isValid());
    sim::SimInstance spec;
    spec.regionId = u"cn-hangzhou"_s;
    spec.zoneId = u"cn-hangzhou-h"_s;
    spec.instanceType = u"ecs.g7.large"_s;
    const QString id = server.world().addInstance(spec, true).instanceId;
    QTRY_COMPARE_WITH_TIMEOUT(server.world().instance(id)->status, u"Running"_s, 10'000);
    server.world().advanceClock(2 * 86'400'000LL);
    auto c = client(endpoint);
    CallScope scope(this);
    std::optional<Result<MonitorSeries>> got;
    const qint64 before = server.requestsServed();
    const QDateTime now = server.world().now();
    [](CallScope *scope, EcsClient *client, std::optional<Result<MonitorSeries>> *got, QString id,
        QDateTime now) -> QCoro::Task<> {
        got->emplace(co_await fetchMonitorData(*scope, client, id, now.addSecs(-86400), now));
    }(&scope, c.get(), &got, id, now);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15'000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().toDisplayString()));
    QCOMPARE(server.requestsServed() - before, 4);
    const MonitorSeries &series = got->value();
    QCOMPARE(series.period, 60);
    QVERIFY2(series.points.size() >= 1439 && series.points.size() <= 1441,
        qPrintable(QString::number(series.points.size())));
    for (qsizetype n = 1; n < series.points.size(); ++n)
        QCOMPARE(series.points.at(n - 1).timestamp.secsTo(series.points.at(n).timestamp), 60);
    QVERIFY(std::all_of(series.points.cbegin(), series.points.cend(),
        [](const MonitorPoint &p) { return p.hasCpu() && p.cpu >= 0 && p.cpu <= 100; }));
}

void TestMonitorData::boundsTheAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("says");
    QByteArray many;
    for (int n = 0; n < 450; ++n)
        many += (n ? "," : "") + QByteArray(R"({"TimeStamp":"2026-12-01T11:00:00Z","CPU":1})");
    QTest::newRow("too many points")
        << R"({"MonitorData":{"InstanceMonitorData":[)" + many + "]}}" << false << u"450"_s;
    QTest::newRow("a point from another day") << QByteArray(
        R"({"MonitorData":{"InstanceMonitorData":[{"TimeStamp":"2025-01-01T00:00:00Z","CPU":3}]}})")
                                              << false << u"2025-01-01"_s;
    QTest::newRow("missing metrics stay unknown") << QByteArray(
        R"({"MonitorData":{"InstanceMonitorData":[{"TimeStamp":"2026-12-01T11:30:00Z"}]}})")
                                                  << true << QString();
}

void TestMonitorData::boundsTheAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, says);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::json(200, body));
    auto c = client(server.url());
    CallScope scope(this);
    std::optional<Result<MonitorSeries>> got;
    const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    [](CallScope *scope, EcsClient *client, std::optional<Result<MonitorSeries>> *got,
        QDateTime now) -> QCoro::Task<> {
        got->emplace(co_await fetchMonitorData(*scope, client, u"i-1"_s, now.addSecs(-3600), now));
    }(&scope, c.get(), &got, now);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10'000);
    QCOMPARE(got->ok(), ok);
    if (!ok) {
        QCOMPARE(got->error().kind, ApiError::Kind::Malformed);
        QVERIFY2(got->error().message.contains(says), qPrintable(got->error().message));
        return;
    }
    QCOMPARE(got->value().points.size(), 1);
    QVERIFY(!got->value().points.first().hasCpu()); // unknown, never zero
}

void TestMonitorData::sparklinesThrottleAndCancel()
{
    sim::SimOptions options;
    options.timeScale = 400;
    options.latencyMs = 30; // calls overlap, so the throttle shows
    sim::SimServer server(options);
    const QUrl endpoint = startOnLoopback(server);
    QVERIFY(endpoint.isValid());
    QStringList ids;
    for (int n = 0; n < 8; ++n) {
        sim::SimInstance spec;
        spec.regionId = u"cn-hangzhou"_s;
        spec.zoneId = u"cn-hangzhou-h"_s;
        spec.instanceType = u"ecs.g7.large"_s;
        ids.append(server.world().addInstance(spec, true).instanceId);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(),
            [&](const QString &id) { return server.world().instance(id)->status == u"Running"; }),
        10'000);
    server.world().advanceClock(2 * 3'600'000);
    auto c = client(endpoint);
    CpuSparklines sparklines(c.get());
    sparklines.setMaxInFlight(2);
    sparklines.setNow([&server] { return server.world().now(); });
    QSignalSpy updated(&sparklines, &CpuSparklines::updated);
    int mostInFlight = 0;
    connect(&sparklines, &CpuSparklines::updated, this,
        [&] { mostInFlight = std::max(mostInFlight, sparklines.inFlight()); });
    // The first rows scroll away before they are answered: only the second set is fetched.
    sparklines.setInstances(ids.mid(0, 4));
    QCOMPARE(sparklines.inFlight(), 2);
    sparklines.setInstances(ids.mid(4));
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 4, 10'000);
    QTRY_COMPARE(sparklines.inFlight(), 0);
    QVERIFY(mostInFlight <= 2);
    for (const QList<QVariant> &signal : updated)
        QVERIFY(ids.mid(4).contains(signal.first().toString()));
    for (const QString &id : ids.mid(4))
        QVERIFY(sparklines.cpu(id).size() >= 59);
    QVERIFY(sparklines.cpu(ids.first()).isEmpty());
    // Fresh answers are kept: showing the same rows again asks nothing.
    const qint64 served = server.requestsServed();
    sparklines.setInstances(ids.mid(4));
    QCOMPARE(sparklines.inFlight(), 0);
    QCOMPARE(server.requestsServed(), served);
}

QStringList TestMonitorData::runningInstances(sim::SimServer &server, int count)
{
    QStringList ids;
    for (int n = 0; n < count; ++n) {
        sim::SimInstance spec;
        spec.regionId = u"cn-hangzhou"_s;
        spec.zoneId = u"cn-hangzhou-h"_s;
        spec.instanceType = u"ecs.g7.large"_s;
        ids.append(server.world().addInstance(spec, true).instanceId);
    }
    const bool running = QTest::qWaitFor(
        [&] {
            return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                return server.world().instance(id)->status == u"Running";
            });
        },
        10'000);
    if (!running)
        return {};
    server.world().advanceClock(2 * 3'600'000);
    return ids;
}

void TestMonitorData::sparklinesPerProfile()
{
    // Two accounts, two simulators: each instance is asked through its own profile's client.
    sim::SimOptions options;
    options.timeScale = 400;
    sim::SimOptions otherOptions = options;
    otherOptions.seed = options.seed + 1; // other ids
    sim::SimServer own(options), other(otherOptions);
    const QUrl ownUrl = startOnLoopback(own), otherUrl = startOnLoopback(other);
    QVERIFY(ownUrl.isValid() && otherUrl.isValid());
    const QStringList ownIds = runningInstances(own, 2), otherIds = runningInstances(other, 2);
    QVERIFY(!ownIds.isEmpty() && !otherIds.isEmpty());
    QVERIFY(!other.world().instance(ownIds.at(1)));
    auto ownClient = client(ownUrl), otherClient = client(otherUrl);
    FleetScope fleet;
    fleet.addMember({ {}, u"Own"_s, {} }, ownClient.get());
    fleet.addMember({ u"b"_s, u"Other"_s, {} }, otherClient.get());
    CpuSparklines sparklines(&fleet);
    sparklines.setNow([&own] { return own.world().now(); });
    QSignalSpy updated(&sparklines, &CpuSparklines::updated);
    const QList<SparklineTarget> targets { { {}, u"cn-hangzhou"_s, ownIds.at(0) },
        { u"b"_s, u"cn-hangzhou"_s, otherIds.at(0) },
        { u"b"_s, u"cn-hangzhou"_s, ownIds.at(1) }, // not that account's: NotFound there
        { u"gone"_s, u"cn-hangzhou"_s, otherIds.at(1) } }; // no such profile: nothing asked
    sparklines.setInstances(targets);
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 4, 10'000);
    QCOMPARE(sparklines.inFlight(), 0);
    const CpuSparkline *mine = sparklines.find(ownIds.at(0));
    const CpuSparkline *theirs = sparklines.find(u"b/"_s + otherIds.at(0));
    QVERIFY(mine && theirs);
    QVERIFY(mine->known() && theirs->known());
    QVERIFY(mine->cpu.size() >= 59);
    QVERIFY(theirs->max >= theirs->latest && theirs->latest >= 0 && theirs->max <= 100);
    const CpuSparkline *foreign = sparklines.find(u"b/"_s + ownIds.at(1));
    QVERIFY(foreign && !foreign->known());
    QCOMPARE(foreign->error.code, u"InvalidInstanceId.NotFound"_s);
    const CpuSparkline *orphan = sparklines.find(u"gone/"_s + otherIds.at(1));
    QVERIFY(orphan && !orphan->known() && orphan->error.isError());
    QCOMPARE(own.requestsServed() + other.requestsServed(), 3);
}

void TestMonitorData::sparklinesFailedFetchStaysUnknown_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("throttled") << 400
                               << QByteArray(
                                      R"({"Code":"Throttling.User","Message":"Request was )"
                                      R"(denied due to user flow control.","RequestId":"R1"})")
                               << ApiError::Kind::Service;
    QTest::newRow("not JSON") << 200 << QByteArray("<html>proxy</html>")
                              << ApiError::Kind::Malformed;
    QTest::newRow("too many points") << 200 << [] {
        QByteArray items;
        for (int n = 0; n < 500; ++n)
            items += QByteArray(n ? "," : "") + R"({"TimeStamp":"2026-01-01T00:00:00Z","CPU":5})";
        return R"({"RequestId":"R2","MonitorData":{"InstanceMonitorData":[)" + items + "]}}";
    }() << ApiError::Kind::Malformed;
    QTest::newRow("connection closed") << 0 << QByteArray() << ApiError::Kind::Network;
}

void TestMonitorData::sparklinesFailedFetchStaysUnknown()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(status ? ScriptedHttpServer::json(status, body) : ScriptedHttpServer::close());
    auto c = client(server.url());
    CpuSparklines sparklines(c.get());
    QSignalSpy updated(&sparklines, &CpuSparklines::updated);
    sparklines.setInstances(QStringList { u"i-failing"_s });
    QVERIFY(updated.wait(10'000));
    const CpuSparkline *line = sparklines.find(u"i-failing"_s);
    QVERIFY(line);
    QVERIFY(!line->known()); // unknown, never 0
    QVERIFY(std::isnan(line->latest));
    QVERIFY(line->cpu.isEmpty());
    QCOMPARE(line->error.kind, kind);
    QVERIFY(sparklines.cpu(u"i-failing"_s).isEmpty());
}

void TestMonitorData::sparklinesRefreshOnlyTheRowsOnScreen()
{
    sim::SimOptions options;
    options.timeScale = 400;
    sim::SimServer server(options);
    const QUrl endpoint = startOnLoopback(server);
    QVERIFY(endpoint.isValid());
    const QStringList ids = runningInstances(server, 6);
    QVERIFY(!ids.isEmpty());
    auto c = client(endpoint);
    CpuSparklines sparklines(c.get());
    sparklines.setNow([&server] { return server.world().now(); });
    sparklines.setRefreshInterval(1000); // 1 s of the world's clock: stale at every tick
    QSignalSpy updated(&sparklines, &CpuSparklines::updated);
    sparklines.setInstances(ids.mid(0, 2));
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 2, 10'000);
    // The next ticks ask the two rows on screen again, and nothing else.
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 6, 10'000);
    for (const QList<QVariant> &signal : updated)
        QVERIFY(ids.mid(0, 2).contains(signal.first().toString()));
    for (const QString &id : ids.mid(2))
        QVERIFY(!sparklines.find(id));
    // Nothing on screen: nothing asked any more.
    sparklines.clear();
    QCOMPARE(sparklines.inFlight(), 0);
    const qint64 served = server.requestsServed();
    const qsizetype seen = updated.size();
    QVERIFY(!updated.wait(2500)); // two refresh intervals pass in silence
    QCOMPARE(server.requestsServed(), served);
    QCOMPARE(updated.size(), seen);
}

QTEST_GUILESS_MAIN(TestMonitorData)
#include "tst_monitordata.moc"
