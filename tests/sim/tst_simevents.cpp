// ecs-sim's DescribeInstanceHistoryEvents (recorded when it reclaims a preemptible instance and
// when it schedules maintenance) and DescribeRenewalPrice (from the price book of DescribePrice).
#include "apicall.h"
#include "ecsclient.h"
#include "simserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

const QString kRegion = u"cn-hangzhou"_s;
const QString kZone = u"cn-hangzhou-h"_s;
const QString kLinuxImage = u"ubuntu_22_04_x64_20G_alibase_20240926.vhd"_s;

QJsonArray eventsIn(const QJsonObject &body)
{
    return body.value("InstanceSystemEventSet"_L1)
        .toObject()
        .value("InstanceSystemEventType"_L1)
        .toArray();
}

QString nameOf(const QJsonValue &event, QLatin1StringView field)
{
    return event.toObject().value(field).toObject().value("Name"_L1).toString();
}

} // namespace

class TestSimEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void renewalPriceMatchesThePriceBook();
    void renewalPriceRefusals_data();
    void renewalPriceRefusals();
    void reclaimIsRecorded();
    void maintenanceIsScheduledAndCarriedOut();
    void populatedScheduleIsDeterministic();
    void filtersAndPaging();

private:
    QJsonObject call(ApiRequest request, QString *code = nullptr);
    QString run(const QString &name, const QString &value, const QString &name2 = {},
        const QString &value2 = {});

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
};

void TestSimEvents::init()
{
    sim::SimOptions options;
    options.timeScale = 400;
    options.seed = 7;
    m_server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(m_server.get(), &sim::SimServer::listening);
    m_server->start(QHostAddress::LocalHost, 0);
    QCOMPARE(listening.size(), 1);
    ClientConfig config;
    config.credentials = { options.accessKeyId, options.accessKeySecret, {} };
    config.endpointOverride = listening.first().first().toUrl();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<EcsClient>(&m_nam, config);
}

QJsonObject TestSimEvents::call(ApiRequest request, QString *code)
{
    if (request.regionId().isEmpty())
        request.setRegion(kRegion);
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

QString TestSimEvents::run(
    const QString &name, const QString &value, const QString &name2, const QString &value2)
{
    ApiRequest request(u"RunInstances"_s);
    request.set(u"ImageId"_s, kLinuxImage)
        .set(u"InstanceType"_s, u"ecs.g7.large"_s)
        .set(u"ZoneId"_s, kZone)
        .set(name, value);
    if (!name2.isEmpty())
        request.set(name2, value2);
    const QJsonArray ids
        = call(request).value("InstanceIdSets"_L1).toObject().value("InstanceIdSet"_L1).toArray();
    return ids.isEmpty() ? QString() : ids.first().toString();
}

void TestSimEvents::renewalPriceMatchesThePriceBook()
{
    const QString id = run(u"InstanceChargeType"_s, u"PrePaid"_s);
    QVERIFY(!id.isEmpty());
    for (const int months : { 1, 3 }) {
        const QJsonObject renewal = call(ApiRequest(u"DescribeRenewalPrice"_s)
                                             .set(u"ResourceId"_s, id)
                                             .set(u"ResourceType"_s, u"instance"_s)
                                             .set(u"Period"_s, months)
                                             .set(u"PriceUnit"_s, u"Month"_s));
        const QJsonObject price
            = renewal.value("PriceInfo"_L1).toObject().value("Price"_L1).toObject();
        const QJsonObject quoted = call(ApiRequest(u"DescribePrice"_s)
                                            .set(u"InstanceType"_s, u"ecs.g7.large"_s)
                                            .set(u"InstanceChargeType"_s, u"PrePaid"_s)
                                            .set(u"Period"_s, months)
                                            .set(u"PriceUnit"_s, u"Month"_s)
                                            .set(u"SystemDisk.Size"_s, 40));
        const double expected = quoted.value("PriceInfo"_L1)
                                    .toObject()
                                    .value("Price"_L1)
                                    .toObject()
                                    .value("TradePrice"_L1)
                                    .toDouble();
        QVERIFY(expected > 0);
        QVERIFY2(std::abs(price.value("TradePrice"_L1).toDouble() - expected) < 0.02,
            qPrintable(u"%1 vs %2"_s.arg(price.value("TradePrice"_L1).toDouble()).arg(expected)));
        QVERIFY(
            price.value("OriginalPrice"_L1).toDouble() > price.value("TradePrice"_L1).toDouble());
        QCOMPARE(price.value("Currency"_L1).toString(), u"USD"_s);
        QCOMPARE(
            price.value("DetailInfos"_L1).toObject().value("DetailInfo"_L1).toArray().size(), 1);
    }
}

void TestSimEvents::renewalPriceRefusals_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("code");
    QTest::newRow("pay-as-you-go") << u"postpaid"_s << u"1"_s << u"ChargeTypeViolation"_s;
    QTest::newRow("unknown") << u"i-bp1doesnotexist0000"_s << u"1"_s
                             << u"InvalidInstanceId.NotFound"_s;
    QTest::newRow("missing") << QString() << u"1"_s << u"MissingParameter"_s;
    QTest::newRow("period out of range") << u"prepaid"_s << u"12"_s << u"InvalidParameter"_s;
}

void TestSimEvents::renewalPriceRefusals()
{
    QFETCH(QString, resource);
    QFETCH(QString, period);
    QFETCH(QString, code);
    if (resource == u"postpaid")
        resource = run(u"InstanceChargeType"_s, u"PostPaid"_s);
    else if (resource == u"prepaid")
        resource = run(u"InstanceChargeType"_s, u"PrePaid"_s);
    ApiRequest request(u"DescribeRenewalPrice"_s);
    request.set(u"Period"_s, period);
    if (!resource.isEmpty())
        request.set(u"ResourceId"_s, resource);
    QString got;
    call(request, &got);
    QVERIFY2(got.startsWith(code), qPrintable(got));
}

void TestSimEvents::reclaimIsRecorded()
{
    sim::SimWorld &world = m_server->world();
    const double onDemand
        = world.catalog().onDemandPrice(kRegion, *world.catalog().instanceType(u"ecs.g7.large"_s));
    const double market = world.market().priceAt(kZone, u"ecs.g7.large"_s, onDemand, world.now());
    const QString id = run(u"SpotStrategy"_s, u"SpotWithPriceLimit"_s, u"SpotPriceLimit"_s,
        QString::number(market * 1.5 + 0.001, 'f', 3));
    QVERIFY(!id.isEmpty());
    world.housekeeping();
    QVERIFY(world.systemEvents().isEmpty());
    world.market().setRatioOverride(kZone, u"ecs.g7.large"_s, 0.95, world.now());
    world.housekeeping();
    QCOMPARE(world.instance(id)->lockReasons, QStringList { u"Recycling"_s });

    // The history (the service's default) has only what is over; the interruption is under way.
    QCOMPARE(eventsIn(call(ApiRequest(u"DescribeInstanceHistoryEvents"_s))).size(), 0);
    const QJsonArray open
        = eventsIn(call(ApiRequest(u"DescribeInstanceHistoryEvents"_s)
                            .setRepeatList(u"InstanceEventCycleStatus"_s, { u"Executing"_s })));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first()["InstanceId"_L1].toString(), id);
    QCOMPARE(nameOf(open.first(), "EventType"_L1), u"Instance:PreemptibleInstanceInterruption"_s);
    const QDateTime notBefore
        = QDateTime::fromString(open.first()["NotBefore"_L1].toString(), Qt::ISODate);
    // The notice (5 minutes at scale 1) moves with the time scale: under a second at 400.
    QVERIFY(notBefore <= world.now().addSecs(1));

    QVERIFY(QTest::qWaitFor([&] { return world.instance(id) == nullptr; }, 10'000));
    const QJsonArray over
        = eventsIn(call(ApiRequest(u"DescribeInstanceHistoryEvents"_s).set(u"InstanceId"_s, id)));
    QCOMPARE(over.size(), 1);
    QCOMPARE(nameOf(over.first(), "EventCycleStatus"_L1), u"Executed"_s);
    QVERIFY(!over.first()["EventFinishTime"_L1].toString().isEmpty());
}

void TestSimEvents::maintenanceIsScheduledAndCarriedOut()
{
    sim::SimWorld &world = m_server->world();
    const QString id = run(u"InstanceChargeType"_s, u"PostPaid"_s);
    QVERIFY(QTest::qWaitFor([&] { return world.instance(id)->status == u"Running"; }, 10'000));
    const QString eventId = world.scheduleMaintenance(id, 2LL * 24 * 3'600'000).eventId;
    QVERIFY(eventId.startsWith(u"e-"_s));
    const ApiRequest scheduled
        = ApiRequest(u"DescribeInstanceHistoryEvents"_s)
              .setRepeatList(u"InstanceEventCycleStatus"_s, { u"Scheduled"_s, u"Executed"_s })
              .setRepeatList(u"EventId"_s, { eventId });
    QJsonArray events = eventsIn(call(scheduled));
    QCOMPARE(events.size(), 1);
    QCOMPARE(nameOf(events.first(), "EventType"_L1), u"SystemMaintenance.Reboot"_s);
    QCOMPARE(nameOf(events.first(), "EventCycleStatus"_L1), u"Scheduled"_s);
    // Two days at scale 400: seven minutes ahead.
    const QDateTime notBefore
        = QDateTime::fromString(events.first()["NotBefore"_L1].toString(), Qt::ISODate);
    QVERIFY(qAbs(world.now().secsTo(notBefore) - 432) <= 2);

    world.advanceClock(8 * 60'000);
    QCOMPARE(world.instance(id)->status, u"Stopping"_s); // the maintenance reboot
    events = eventsIn(call(scheduled));
    QCOMPARE(nameOf(events.first(), "EventCycleStatus"_L1), u"Executed"_s);
    QVERIFY(QTest::qWaitFor([&] { return world.instance(id)->status == u"Running"; }, 10'000));
}

void TestSimEvents::populatedScheduleIsDeterministic()
{
    const auto schedule = [](quint64 seed) {
        sim::SimWorld world(sim::SimDataset::builtIn(), sim::SimCatalog::builtIn(), seed, 1.0);
        world.populate(80, 2);
        QStringList out;
        for (const sim::SimSystemEvent &e : world.systemEvents())
            out << e.eventId + u'/' + e.instanceId + u'/' + e.status;
        return out;
    };
    const QStringList first = schedule(7);
    QVERIFY2(first.size() >= 3, qPrintable(first.join(u", ")));
    QCOMPARE(schedule(7), first);
    QVERIFY(schedule(8) != first);
    QVERIFY(first.filter(u"/Scheduled"_s).size() >= 3);
}

void TestSimEvents::filtersAndPaging()
{
    sim::SimWorld &world = m_server->world();
    world.populate(80, 1);
    QVERIFY(!world.systemEvents().isEmpty());
    const QString region = world.systemEvents().first().regionId;
    const QStringList all = { u"Scheduled"_s, u"Executed"_s };
    int expected = 0;
    for (const sim::SimSystemEvent &e : world.systemEvents())
        expected += e.regionId == region ? 1 : 0;
    QVERIFY(expected >= 3);
    QStringList seen;
    for (int page = 1; page <= 20; ++page) {
        const QJsonObject body = call(ApiRequest(u"DescribeInstanceHistoryEvents"_s)
                                          .setRegion(region)
                                          .setRepeatList(u"InstanceEventCycleStatus"_s, all)
                                          .set(u"PageNumber"_s, page)
                                          .set(u"PageSize"_s, 2));
        QCOMPARE(body.value("TotalCount"_L1).toInt(), expected);
        const QJsonArray events = eventsIn(body);
        QVERIFY(events.size() <= 2);
        for (const QJsonValue &e : events)
            seen << e["EventId"_L1].toString();
        if (events.size() < 2)
            break;
    }
    QCOMPARE(seen.size(), expected);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), expected);

    // Token paging reaches the same events.
    QStringList byToken;
    QString token;
    for (int round = 0; round < 20; ++round) {
        ApiRequest request(u"DescribeInstanceHistoryEvents"_s);
        request.setRegion(region)
            .setRepeatList(u"InstanceEventCycleStatus"_s, all)
            .set(u"MaxResults"_s, 2);
        request.setIfNotEmpty(u"NextToken"_s, token);
        const QJsonObject body = call(request);
        for (const QJsonValue &e : eventsIn(body))
            byToken << e["EventId"_L1].toString();
        token = body.value("NextToken"_L1).toString();
        if (token.isEmpty())
            break;
    }
    QCOMPARE(byToken, seen);

    const QDateTime now = world.now();
    const QJsonArray soon
        = eventsIn(call(ApiRequest(u"DescribeInstanceHistoryEvents"_s)
                            .setRegion(region)
                            .setRepeatList(u"InstanceEventCycleStatus"_s, all)
                            .set(u"EventType"_s, u"SystemMaintenance.Reboot"_s)
                            .set(u"NotBefore.Start"_s, now.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s))
                            .set(u"PageSize"_s, 100)));
    QVERIFY(!soon.isEmpty());
    for (const QJsonValue &e : soon) {
        QCOMPARE(nameOf(e, "EventCycleStatus"_L1), u"Scheduled"_s);
        QVERIFY(QDateTime::fromString(e["NotBefore"_L1].toString(), Qt::ISODate) >= now);
    }
    QString code;
    call(ApiRequest(u"DescribeInstanceHistoryEvents"_s)
             .setRegion(region)
             .setRepeatList(u"InstanceEventCycleStatus"_s, { u"Sometime"_s }),
        &code);
    QCOMPARE(code, u"InvalidParameter"_s);
    call(ApiRequest(u"DescribeInstanceHistoryEvents"_s).setRegion(region).set(u"PageSize"_s, 1000),
        &code);
    QVERIFY(code.startsWith(u"InvalidParameter"_s));
}

QTEST_GUILESS_MAIN(TestSimEvents)
#include "tst_simevents.moc"
