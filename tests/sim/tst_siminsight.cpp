// DescribeSpotAdvice and DescribeInstanceMonitorData of the simulator, through the real client
// over a loopback socket: the advice's interruption band is the rate at which the world reclaims,
// monitoring series are deterministic and bounded as the service bounds them.
#include "ecsclient.h"
#include "simserver.h"

#include "../support/simclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

const QString kRegion = u"cn-hangzhou"_s;

QJsonArray listIn(const QJsonObject &body, const char *outer, const char *inner)
{
    return body.value(QLatin1StringView(outer))
        .toObject()
        .value(QLatin1StringView(inner))
        .toArray();
}

QString bandOf(double rate)
{
    if (rate < 0.05)
        return u"0-5%"_s;
    if (rate < 0.10)
        return u"5-10%"_s;
    if (rate < 0.15)
        return u"10-15%"_s;
    if (rate < 0.20)
        return u"15-20%"_s;
    return u">20%"_s;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

} // namespace

class TestSimInsight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adviceCoversTheMarket();
    void adviceFilters_data();
    void adviceFilters();
    void adviceBandsAgreeWithReclaimDraws();
    void worldReclaimsAtTheAdvisedRate();
    void monitorDataDeterministic();
    void monitorPeriodsAverage();
    void stoppedInstanceHasNoCpu();
    void monitorLimits_data();
    void monitorLimits();
    void monitorMovesWithTheWorldClock();

private:
    QJsonObject call(ApiRequest request, QString *code = nullptr);
    QString runningInstance();

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
};

void TestSimInsight::init()
{
    sim::SimOptions options;
    options.timeScale = 400;
    options.seed = 11;
    options.accessKeyId = QString::fromLatin1(sim::kDemoAccessKeyId);
    options.accessKeySecret = QString::fromLatin1(sim::kDemoAccessKeySecret);
    m_server = std::make_unique<sim::SimServer>(options);
    const QUrl endpoint = startOnLoopback(*m_server);
    QVERIFY(endpoint.isValid());
    m_client = std::make_unique<EcsClient>(&m_nam, simClientConfig(endpoint));
}

void TestSimInsight::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject TestSimInsight::call(ApiRequest request, QString *code)
{
    ApiCall *apiCall = m_client->send(request);
    apiCall->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(apiCall);
    if (!QTest::qWaitFor([apiCall] { return apiCall->isFinished(); }, 10'000))
        return {};
    if (code)
        *code = apiCall->error().code;
    else if (!apiCall->ok())
        qWarning() << request.action() << apiCall->error().toDisplayString();
    return apiCall->response();
}

QString TestSimInsight::runningInstance()
{
    sim::SimInstance spec;
    spec.regionId = kRegion;
    spec.zoneId = u"cn-hangzhou-h"_s;
    spec.instanceType = u"ecs.g7.large"_s;
    const QString id = m_server->world().addInstance(spec, true).instanceId;
    const bool running = QTest::qWaitFor(
        [&] { return m_server->world().instance(id)->status == u"Running"; }, 10'000);
    return running ? id : QString();
}

void TestSimInsight::adviceCoversTheMarket()
{
    const QJsonObject body
        = call(ApiRequest(u"DescribeSpotAdvice"_s).setRegion(kRegion).set(u"Cores"_s, 2));
    QCOMPARE(body.value("RegionId"_L1).toString(), kRegion);
    const QJsonArray zones = listIn(body, "AvailableSpotZones", "AvailableSpotZone");
    QVERIFY(zones.size() >= 2);
    const sim::SpotMarket &market = m_server->world().market();
    QSet<QString> bands;
    int cells = 0;
    for (const QJsonValue &z : zones) {
        const QString zoneId = z["ZoneId"_L1].toString();
        QCOMPARE(m_server->world().offeredTypes(zoneId).isEmpty(), false);
        for (const QJsonValue &r :
            listIn(z.toObject(), "AvailableSpotResources", "AvailableSpotResource")) {
            const QString type = r["InstanceType"_L1].toString();
            const double rate = market.interruptionRate(zoneId, type);
            QCOMPARE(r["InterruptRateDesc"_L1].toString(), bandOf(rate));
            QCOMPARE(r["InterruptionRate"_L1].toDouble(), std::round(rate * 1000) / 10);
            const double average = r["AverageSpotDiscount"_L1].toDouble();
            QVERIFY2(average > 3 && average < 95, qPrintable(QString::number(average)));
            bands.insert(r["InterruptRateDesc"_L1].toString());
            ++cells;
        }
    }
    QVERIFY(cells >= 10);
    QVERIFY2(bands.size() >= 3, "the market shows several bands");
}

void TestSimInsight::adviceFilters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("cores") << u"Cores"_s << u"4"_s << QString();
    QTest::newRow("memory") << u"Memory"_s << u"16"_s << QString();
    QTest::newRow("family") << u"InstanceTypeFamily"_s << u"ecs.g7"_s << QString();
    QTest::newRow("type") << u"InstanceTypes.1"_s << u"ecs.c7.xlarge"_s << QString();
    QTest::newRow("zone") << u"ZoneId"_s << u"cn-hangzhou-h"_s << QString();
    QTest::newRow("unknown zone") << u"ZoneId"_s << u"cn-beijing-a"_s
                                  << u"InvalidZoneId.NotFound"_s;
    QTest::newRow("bad level") << u"InstanceFamilyLevel"_s << u"Top"_s << u"InvalidParameter"_s;
}

void TestSimInsight::adviceFilters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QString answered;
    const QJsonObject body
        = call(ApiRequest(u"DescribeSpotAdvice"_s).setRegion(kRegion).set(name, value), &answered);
    QCOMPARE(answered, code);
    if (!code.isEmpty())
        return;
    const sim::SimCatalog &catalog = m_server->world().catalog();
    int cells = 0;
    for (const QJsonValue &z : listIn(body, "AvailableSpotZones", "AvailableSpotZone")) {
        if (name == u"ZoneId")
            QCOMPARE(z["ZoneId"_L1].toString(), value);
        for (const QJsonValue &r :
            listIn(z.toObject(), "AvailableSpotResources", "AvailableSpotResource")) {
            const sim::InstanceTypeSpec *type
                = catalog.instanceType(r["InstanceType"_L1].toString());
            QVERIFY(type);
            if (name == u"Cores")
                QCOMPARE(type->cpu, value.toInt());
            if (name == u"Memory")
                QCOMPARE(type->memoryGiB, value.toDouble());
            if (name == u"InstanceTypeFamily")
                QCOMPARE(type->family, value);
            if (name == u"InstanceTypes.1")
                QCOMPARE(type->id, value);
            ++cells;
        }
    }
    QVERIFY(cells > 0);
}

void TestSimInsight::adviceBandsAgreeWithReclaimDraws()
{
    // Many seeded instances, each drawn for every hour of 30 days: the share reclaimed is the
    // advised rate (within four standard deviations) and falls in the advised band.
    const sim::SpotMarket &market = m_server->world().market();
    const QStringList zones = { u"cn-hangzhou-h"_s, u"cn-hangzhou-i"_s, u"cn-hangzhou-j"_s };
    const QStringList types = { u"ecs.g7.large"_s, u"ecs.c7.xlarge"_s, u"ecs.r7.2xlarge"_s,
        u"ecs.g7.4xlarge"_s, u"ecs.c7.large"_s };
    constexpr int kInstances = 1500;
    for (const QString &zone : zones) {
        for (const QString &type : types) {
            const double rate = market.interruptionRate(zone, type);
            int reclaimed = 0;
            for (int n = 0; n < kInstances; ++n) {
                const quint64 key = sim::splitmix64(quint64(n) * 7919 + 13);
                for (qint64 hour = 500'000; hour < 500'000 + 720; ++hour) {
                    if (market.reclaimedInHour(zone, type, key, hour)) {
                        ++reclaimed;
                        break;
                    }
                }
            }
            const double observed = double(reclaimed) / kInstances;
            const double sigma = std::sqrt(rate * (1 - rate) / kInstances);
            QVERIFY2(std::abs(observed - rate) < 4 * sigma + 0.002,
                qPrintable(
                    u"%1/%2: rate %3, observed %4"_s.arg(zone, type).arg(rate).arg(observed)));
            // The bands leave half a point to their edges, so sampling noise stays inside one.
            QCOMPARE(bandOf(observed), bandOf(rate));
        }
    }
}

void TestSimInsight::worldReclaimsAtTheAdvisedRate()
{
    // The reclaimer itself, hour by hour over 30 days, for a contested pair.
    sim::SimWorld &world = m_server->world();
    QString zone, type;
    for (const sim::SimZone &z : world.regions().region(kRegion)->zones)
        for (const sim::InstanceTypeSpec *t : world.offeredTypes(z.zoneId))
            if (zone.isEmpty() && world.market().interruptionRate(z.zoneId, t->id) > 0.2)
                zone = z.zoneId, type = t->id;
    QVERIFY(!zone.isEmpty());
    constexpr int kInstances = 300;
    QStringList ids;
    for (int n = 0; n < kInstances; ++n) {
        sim::SimInstance spec;
        spec.regionId = kRegion;
        spec.zoneId = zone;
        spec.instanceType = type;
        spec.spotStrategy = u"SpotAsPriceGo"_s;
        ids.append(world.addInstance(spec, true).instanceId);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(ids.cbegin(), ids.cend(),
            [&](const QString &id) { return world.instance(id)->status == u"Running"; }),
        10'000);
    QSignalSpy released(&world, &sim::SimWorld::instanceReleased);
    world.housekeeping();
    for (int hour = 0; hour < 30 * 24; ++hour) {
        world.advanceClock(3'600'000);
        world.housekeeping();
    }
    world.advanceClock(3'600'000);
    world.housekeeping(); // the last Recycling locks run out
    const double rate = world.market().interruptionRate(zone, type);
    const double observed = double(released.size()) / kInstances;
    const double sigma = std::sqrt(rate * (1 - rate) / kInstances);
    QVERIFY2(std::abs(observed - rate) < 4 * sigma,
        qPrintable(u"rate %1, reclaimed %2"_s.arg(rate).arg(observed)));
}

void TestSimInsight::monitorDataDeterministic()
{
    const QString id = runningInstance();
    QVERIFY(!id.isEmpty());
    const QString other = runningInstance();
    sim::SimWorld &world = m_server->world();
    world.advanceClock(2 * 3'600'000); // an hour of history after creation
    const QDateTime end = world.now();
    ApiRequest request(u"DescribeInstanceMonitorData"_s);
    request.set(u"InstanceId"_s, id)
        .set(u"StartTime"_s, isoTime(end.addSecs(-3600)))
        .set(u"EndTime"_s, isoTime(end));
    const QJsonArray first = listIn(call(request), "MonitorData", "InstanceMonitorData");
    const QJsonArray again = listIn(call(request), "MonitorData", "InstanceMonitorData");
    QVERIFY(first.size() >= 59 && first.size() <= 61);
    QCOMPARE(again, first);
    const QJsonArray others
        = listIn(call(request.set(u"InstanceId"_s, other)), "MonitorData", "InstanceMonitorData");
    QCOMPARE(others.size(), first.size());
    QVERIFY(others != first);
    QDateTime previous;
    for (const QJsonValue &p : first) {
        QCOMPARE(p["InstanceId"_L1].toString(), id);
        const double cpu = p["CPU"_L1].toDouble(-1);
        QVERIFY(cpu >= 0 && cpu <= 100);
        for (const char *metric : { "InternetRX", "InternetTX", "IntranetRX", "IntranetTX",
                 "BPSRead", "BPSWrite", "IOPSRead", "IOPSWrite" })
            QVERIFY2(p[QLatin1StringView(metric)].toDouble(-1) >= 0, metric);
        const QDateTime at = QDateTime::fromString(p["TimeStamp"_L1].toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QVERIFY(!previous.isValid() || previous.secsTo(at) == 60);
        previous = at;
    }
}

void TestSimInsight::monitorPeriodsAverage()
{
    const QString id = runningInstance();
    sim::SimWorld &world = m_server->world();
    world.advanceClock(3 * 3'600'000);
    const QDateTime end
        = QDateTime::fromSecsSinceEpoch(world.now().toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    ApiRequest request(u"DescribeInstanceMonitorData"_s);
    request.set(u"InstanceId"_s, id)
        .set(u"StartTime"_s, isoTime(end.addSecs(-3600)))
        .set(u"EndTime"_s, isoTime(end));
    const QJsonArray minutes = listIn(call(request), "MonitorData", "InstanceMonitorData");
    const QJsonArray tens
        = listIn(call(request.set(u"Period"_s, 600)), "MonitorData", "InstanceMonitorData");
    QCOMPARE(minutes.size(), 60);
    QCOMPARE(tens.size(), 6);
    // A ten-minute point is close to the mean of its minutes (each rounded on its own).
    double sum = 0;
    for (int n = 0; n < 10; ++n)
        sum += minutes.at(n)["CPU"_L1].toDouble();
    QVERIFY(std::abs(tens.at(0)["CPU"_L1].toDouble() - sum / 10) <= 1.0);
}

void TestSimInsight::stoppedInstanceHasNoCpu()
{
    const QString id = runningInstance();
    sim::SimWorld &world = m_server->world();
    world.advanceClock(3'600'000);
    world.stop(id, u"KeepCharging"_s);
    QTRY_COMPARE_WITH_TIMEOUT(world.instance(id)->status, u"Stopped"_s, 10'000);
    const QDateTime end = world.now();
    const QJsonArray points = listIn(call(ApiRequest(u"DescribeInstanceMonitorData"_s)
                                              .set(u"InstanceId"_s, id)
                                              .set(u"StartTime"_s, isoTime(end.addSecs(-1800)))
                                              .set(u"EndTime"_s, isoTime(end))),
        "MonitorData", "InstanceMonitorData");
    QVERIFY(!points.isEmpty());
    for (const QJsonValue &p : points) {
        QVERIFY(p.toObject().contains("TimeStamp"_L1));
        QVERIFY(!p.toObject().contains("CPU"_L1));
    }
}

void TestSimInsight::monitorLimits_data()
{
    QTest::addColumn<int>("startMinutesAgo");
    QTest::addColumn<int>("endMinutesAgo");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("code");
    QTest::newRow("400 minutes") << 400 << 0 << u"60"_s << QString();
    QTest::newRow("401 minutes") << 401 << 0 << u"60"_s << u"InvalidParameter.TooManyDataQueried"_s;
    QTest::newRow("4000 at 600") << 4000 << 0 << u"600"_s << QString();
    QTest::newRow("4020 at 600") << 4020 << 0 << u"600"_s
                                 << u"InvalidParameter.TooManyDataQueried"_s;
    QTest::newRow("7 days hourly") << 7 * 1440 << 0 << u"3600"_s << QString();
    QTest::newRow("period 300") << 60 << 0 << u"300"_s << u"InvalidParameter"_s;
    QTest::newRow("31 days back") << 31 * 1440 << 31 * 1440 - 60 << u"60"_s
                                  << u"InvalidParameter"_s;
    QTest::newRow("end before start") << 10 << 20 << u"60"_s << u"InvalidParameter"_s;
}

void TestSimInsight::monitorLimits()
{
    QFETCH(int, startMinutesAgo);
    QFETCH(int, endMinutesAgo);
    QFETCH(QString, period);
    QFETCH(QString, code);
    const QString id = runningInstance();
    const QDateTime now = m_server->world().now();
    QString answered;
    const QJsonObject body
        = call(ApiRequest(u"DescribeInstanceMonitorData"_s)
                   .set(u"InstanceId"_s, id)
                   .set(u"StartTime"_s, isoTime(now.addSecs(-60 * startMinutesAgo)))
                   .set(u"EndTime"_s, isoTime(now.addSecs(-60 * endMinutesAgo)))
                   .set(u"Period"_s, period),
            &answered);
    QCOMPARE(answered, code);
    if (code.isEmpty())
        QVERIFY(listIn(body, "MonitorData", "InstanceMonitorData").size() <= 400);
}

void TestSimInsight::monitorMovesWithTheWorldClock()
{
    const QString id = runningInstance();
    sim::SimWorld &world = m_server->world();
    world.advanceClock(3'600'000);
    auto newest = [&] {
        const QDateTime now = world.now();
        const QJsonArray points = listIn(call(ApiRequest(u"DescribeInstanceMonitorData"_s)
                                                  .set(u"InstanceId"_s, id)
                                                  .set(u"StartTime"_s, isoTime(now.addSecs(-3600)))
                                                  .set(u"EndTime"_s, isoTime(now.addSecs(60)))),
            "MonitorData", "InstanceMonitorData");
        return points.isEmpty()
            ? QDateTime()
            : QDateTime::fromString(points.last()["TimeStamp"_L1].toString(), Qt::ISODate);
    };
    const QDateTime first = newest();
    QVERIFY(first.isValid());
    // The series follows the world's clock: ten minutes on, ten more points, and none ahead of it.
    world.advanceClock(10 * 60'000);
    const QDateTime later = newest();
    QVERIFY2(std::abs(first.secsTo(later) - 600) <= 60, qPrintable(later.toString(Qt::ISODate)));
    QVERIFY(later <= world.now());
}

QTEST_GUILESS_MAIN(TestSimInsight)
#include "tst_siminsight.moc"
