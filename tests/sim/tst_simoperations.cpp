// The simulator's operations through the real client over a loopback socket: data, paging,
// filters, the instance state machine, idempotency, dry runs, stock and the spot market.
#include "ecsclient.h"
#include "simserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

const QString kRegion = u"cn-hangzhou"_s;
const QString kLinuxImage = u"ubuntu_22_04_x64_20G_alibase_20240926.vhd"_s;

QJsonArray listIn(const QJsonObject &body, const char *outer, const char *inner)
{
    return body.value(QLatin1StringView(outer))
        .toObject()
        .value(QLatin1StringView(inner))
        .toArray();
}

} // namespace

class TestSimOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void catalogueSizes();
    void imagesFilterAndPage_data();
    void imagesFilterAndPage();
    void instanceTypesTokenPaging();
    void networksPerRegion();
    void runInstancesGoesRunning();
    void createInstanceEndsStopped();
    void lifecycle();
    void batchStartStop();
    void releaseRules();
    void clientTokenIdempotency();
    void dryRun_data();
    void dryRun();
    void invalidParameters_data();
    void invalidParameters();
    void describeInstancesPagingAndFilters();
    void availableResourceAndNoStock();
    void spotPriceHistory();
    void spotReclaim();
    void subscriptionRenewAndAutoRenew();
    void autoReleaseFires();
    void modifySpec();
    void publicIp();
    void describePrice();

private:
    QJsonObject call(ApiRequest request, QString *code = nullptr);
    QStringList run(int amount, const QString &extraName = {}, const QString &extraValue = {});
    bool waitForStatus(const QString &instanceId, const QString &status);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
};

void TestSimOperations::initTestCase()
{
    QString typesCheck;
    QVERIFY(!sim::SimCatalog::builtIn(&typesCheck).instanceTypes().isEmpty());
}

void TestSimOperations::init()
{
    // A fresh world per test: the server lives in this thread, so tests can reach into it.
    sim::SimOptions options;
    options.timeScale = 400; // Pending → Running in about 50 ms
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

QJsonObject TestSimOperations::call(ApiRequest request, QString *code)
{
    if (request.regionId().isEmpty() && request.action() != u"DescribeInstanceTypes"
        && request.action() != u"StartInstance" && request.action() != u"StopInstance"
        && request.action() != u"RebootInstance" && request.action() != u"DeleteInstance"
        && request.action() != u"AllocatePublicIpAddress")
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

QStringList TestSimOperations::run(int amount, const QString &extraName, const QString &extraValue)
{
    ApiRequest request(u"RunInstances"_s);
    request.set(u"ImageId"_s, kLinuxImage)
        .set(u"InstanceType"_s, u"ecs.g7.large"_s)
        .set(u"Amount"_s, amount)
        .set(u"InstanceName"_s, u"web-"_s)
        .set(u"UniqueSuffix"_s, true);
    if (!extraName.isEmpty())
        request.set(extraName, extraValue);
    QStringList ids;
    for (const QJsonValue &id : listIn(call(request), "InstanceIdSets", "InstanceIdSet"))
        ids.append(id.toString());
    return ids;
}

bool TestSimOperations::waitForStatus(const QString &instanceId, const QString &status)
{
    return QTest::qWaitFor(
        [&] {
            const sim::SimInstance *instance = m_server->world().instance(instanceId);
            return instance && instance->status == status;
        },
        10'000);
}

void TestSimOperations::catalogueSizes()
{
    const QJsonObject types
        = call(ApiRequest(u"DescribeInstanceTypes"_s).set(u"MaxResults"_s, 1600));
    QVERIFY(listIn(types, "InstanceTypes", "InstanceType").size() >= 100);
    const QJsonObject images = call(ApiRequest(u"DescribeImages"_s).set(u"PageSize"_s, 100));
    QVERIFY(images.value("TotalCount"_L1).toInt() >= 40);
}

void TestSimOperations::imagesFilterAndPage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("windows") << u"OSType"_s << u"windows"_s << u"OSType"_s;
    QTest::newRow("arm64") << u"Architecture"_s << u"arm64"_s << u"Architecture"_s;
    QTest::newRow("marketplace") << u"ImageOwnerAlias"_s << u"marketplace"_s
                                 << u"ImageOwnerAlias"_s;
}

void TestSimOperations::imagesFilterAndPage()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, field);
    ApiRequest request(u"DescribeImages"_s);
    request.set(name, value).set(u"PageSize"_s, 2);
    const QJsonObject first = call(request);
    const int total = first.value("TotalCount"_L1).toInt();
    QVERIFY2(total > 0, qPrintable(value));
    QSet<QString> seen;
    for (int page = 1; (page - 1) * 2 < total; ++page) {
        const QJsonObject body = call(ApiRequest(request).set(u"PageNumber"_s, page));
        QCOMPARE(body.value("PageNumber"_L1).toInt(), page);
        for (const QJsonValue &image : listIn(body, "Images", "Image")) {
            QCOMPARE(image.toObject().value(field).toString(), value);
            seen.insert(image.toObject().value("ImageId"_L1).toString());
        }
    }
    QCOMPARE(seen.size(), total);
}

void TestSimOperations::instanceTypesTokenPaging()
{
    QSet<QString> ids;
    QString token;
    int pages = 0;
    do {
        ApiRequest request(u"DescribeInstanceTypes"_s);
        request.set(u"MaxResults"_s, 30).setIfNotEmpty(u"NextToken"_s, token);
        const QJsonObject body = call(request);
        for (const QJsonValue &type : listIn(body, "InstanceTypes", "InstanceType"))
            ids.insert(type.toObject().value("InstanceTypeId"_L1).toString());
        token = body.value("NextToken"_L1).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 100);
    QVERIFY(pages >= 4);
    QVERIFY(ids.size() >= 100);
    const QJsonObject arm
        = call(ApiRequest(u"DescribeInstanceTypes"_s).set(u"CpuArchitecture"_s, u"ARM"_s));
    for (const QJsonValue &type : listIn(arm, "InstanceTypes", "InstanceType"))
        QCOMPARE(type.toObject().value("CpuArchitecture"_L1).toString(), u"ARM"_s);
}

void TestSimOperations::networksPerRegion()
{
    // Two VPCs (tst_simcatalogue goes into them): default-vpc with one group, app-vpc with two.
    const QJsonObject groups = call(ApiRequest(u"DescribeSecurityGroups"_s));
    QCOMPARE(listIn(groups, "SecurityGroups", "SecurityGroup").size(), 3);
    const QJsonObject vpcs = call(ApiRequest(u"DescribeVpcs"_s, ApiRequest::Product::Vpc)
                                      .setRegion(kRegion)
                                      .set(u"IsDefault"_s, true));
    QCOMPARE(listIn(vpcs, "Vpcs", "Vpc").size(), 1);
    const QString vpcId
        = listIn(vpcs, "Vpcs", "Vpc").first().toObject().value("VpcId"_L1).toString();
    QVERIFY(vpcId.startsWith(u"vpc-"_s));
    const QJsonObject switches = call(ApiRequest(u"DescribeVSwitches"_s, ApiRequest::Product::Vpc)
                                          .setRegion(kRegion)
                                          .set(u"VpcId"_s, vpcId));
    const QJsonObject zones = call(ApiRequest(u"DescribeZones"_s));
    QCOMPARE(
        listIn(switches, "VSwitches", "VSwitch").size(), listIn(zones, "Zones", "Zone").size());
}

void TestSimOperations::runInstancesGoesRunning()
{
    const QStringList ids = run(3);
    QCOMPARE(ids.size(), 3);
    const sim::SimInstance *first = m_server->world().instance(ids.first());
    QVERIFY(first);
    QCOMPARE(first->instanceName, u"web-001"_s);
    for (const QString &id : ids)
        QVERIFY2(waitForStatus(id, u"Running"_s), qPrintable(id));
    const QJsonObject status
        = call(ApiRequest(u"DescribeInstanceStatus"_s).setRepeatList(u"InstanceId"_s, ids));
    for (const QJsonValue &item : listIn(status, "InstanceStatuses", "InstanceStatus"))
        QCOMPARE(item.toObject().value("Status"_L1).toString(), u"Running"_s);
}

void TestSimOperations::createInstanceEndsStopped()
{
    const QJsonObject body = call(ApiRequest(u"CreateInstance"_s)
                                      .set(u"ImageId"_s, kLinuxImage)
                                      .set(u"InstanceType"_s, u"ecs.c7.large"_s)
                                      .set(u"InternetMaxBandwidthOut"_s, 10));
    const QString id = body.value("InstanceId"_L1).toString();
    QVERIFY(id.startsWith(u"i-bp1"_s));
    QVERIFY(!body.value("OrderId"_L1).toString().isEmpty());
    QVERIFY(waitForStatus(id, u"Stopped"_s));
    QVERIFY(
        m_server->world().instance(id)->publicIpAddress.isEmpty()); // CreateInstance assigns none
}

void TestSimOperations::lifecycle()
{
    const QString id = run(1).first();
    QVERIFY(waitForStatus(id, u"Running"_s));
    QString code;
    call(ApiRequest(u"StartInstance"_s).set(u"InstanceId"_s, id), &code);
    QCOMPARE(code, u"IncorrectInstanceStatus"_s);
    call(ApiRequest(u"StopInstance"_s)
             .set(u"InstanceId"_s, id)
             .set(u"StoppedMode"_s, u"StopCharging"_s),
        &code);
    QVERIFY(code.isEmpty());
    QCOMPARE(m_server->world().instance(id)->status, u"Stopping"_s);
    QVERIFY(waitForStatus(id, u"Stopped"_s));
    QCOMPARE(m_server->world().instance(id)->stoppedMode, u"StopCharging"_s);
    call(ApiRequest(u"RebootInstance"_s).set(u"InstanceId"_s, id), &code);
    QCOMPARE(code, u"IncorrectInstanceStatus"_s);
    call(ApiRequest(u"StartInstance"_s).set(u"InstanceId"_s, id), &code);
    QVERIFY(code.isEmpty());
    QVERIFY(waitForStatus(id, u"Running"_s));
    call(ApiRequest(u"RebootInstance"_s).set(u"InstanceId"_s, id), &code);
    QVERIFY(code.isEmpty());
    QVERIFY(waitForStatus(id, u"Starting"_s));
    QVERIFY(waitForStatus(id, u"Running"_s));
    call(ApiRequest(u"StartInstance"_s).set(u"InstanceId"_s, u"i-doesnotexist"_s), &code);
    QCOMPARE(code, u"InvalidInstanceId.NotFound"_s);
}

void TestSimOperations::batchStartStop()
{
    const QStringList ids = run(2);
    for (const QString &id : ids)
        QVERIFY(waitForStatus(id, u"Running"_s));
    m_server->world().stop(ids.first(), u"KeepCharging"_s);
    QVERIFY(waitForStatus(ids.first(), u"Stopped"_s));
    QString code;
    // AllTogether: one instance in the wrong state refuses the whole batch.
    call(ApiRequest(u"StopInstances"_s).setRepeatList(u"InstanceId"_s, ids), &code);
    QCOMPARE(code, u"IncorrectInstanceStatus"_s);
    QCOMPARE(m_server->world().instance(ids.last())->status, u"Running"_s);
    const QJsonObject body = call(ApiRequest(u"StopInstances"_s)
                                      .setRepeatList(u"InstanceId"_s, ids)
                                      .set(u"BatchOptimization"_s, u"SuccessFirst"_s));
    const QJsonArray responses = listIn(body, "InstanceResponses", "InstanceResponse");
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).toObject().value("Code"_L1).toString(), u"IncorrectInstanceStatus"_s);
    QCOMPARE(responses.at(1).toObject().value("Code"_L1).toString(), u"200"_s);
    QCOMPARE(responses.at(1).toObject().value("PreviousStatus"_L1).toString(), u"Running"_s);
    QCOMPARE(responses.at(1).toObject().value("CurrentStatus"_L1).toString(), u"Stopping"_s);
}

void TestSimOperations::releaseRules()
{
    const QString id = run(1).first();
    QVERIFY(waitForStatus(id, u"Running"_s));
    QString code;
    call(ApiRequest(u"DeleteInstance"_s).set(u"InstanceId"_s, id), &code);
    QCOMPARE(code, u"IncorrectInstanceStatus"_s);
    call(ApiRequest(u"DeleteInstance"_s).set(u"InstanceId"_s, id).set(u"Force"_s, true), &code);
    QVERIFY(code.isEmpty());
    call(ApiRequest(u"DescribeInstances"_s).setJsonList(u"InstanceIds"_s, { id }), &code);
    QVERIFY(code.isEmpty());
    QCOMPARE(m_server->world().instanceCount(), 0);
    call(ApiRequest(u"StopInstance"_s).set(u"InstanceId"_s, id), &code);
    QCOMPARE(code, u"InvalidInstanceId.NotFound"_s);

    const QStringList protectedIds = run(1, u"DeletionProtection"_s, u"true"_s);
    call(ApiRequest(u"DeleteInstances"_s)
             .setRepeatList(u"InstanceId"_s, protectedIds)
             .set(u"Force"_s, true),
        &code);
    QCOMPARE(code, u"InvalidOperation.DeletionProtection"_s);
}

void TestSimOperations::clientTokenIdempotency()
{
    ApiRequest request(u"RunInstances"_s);
    request.set(u"ImageId"_s, kLinuxImage)
        .set(u"InstanceType"_s, u"ecs.g7.large"_s)
        .setClientToken(u"token-1"_s);
    const QJsonObject first = call(request);
    const QJsonObject again = call(request);
    QCOMPARE(listIn(again, "InstanceIdSets", "InstanceIdSet"),
        listIn(first, "InstanceIdSets", "InstanceIdSet"));
    QCOMPARE(again.value("OrderId"_L1), first.value("OrderId"_L1));
    QCOMPARE(m_server->world().instanceCount(), 1);
    QString code;
    call(ApiRequest(request).set(u"Amount"_s, 2), &code);
    QCOMPARE(code, u"IdempotentParameterMismatch"_s);
    QCOMPARE(m_server->world().instanceCount(), 1);
}

void TestSimOperations::dryRun_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("RunInstances") << u"RunInstances"_s;
    QTest::newRow("CreateInstance") << u"CreateInstance"_s;
    QTest::newRow("StopInstance") << u"StopInstance"_s;
    QTest::newRow("DeleteInstance") << u"DeleteInstance"_s;
}

void TestSimOperations::dryRun()
{
    QFETCH(QString, action);
    const QString id = run(1).first();
    QVERIFY(waitForStatus(id, u"Running"_s));
    ApiRequest request(action);
    request.set(u"DryRun"_s, true)
        .set(u"InstanceId"_s, id)
        .set(u"Force"_s, true)
        .set(u"ImageId"_s, kLinuxImage)
        .set(u"InstanceType"_s, u"ecs.g7.large"_s);
    QString code;
    call(request, &code);
    QCOMPARE(code, u"DryRunOperation"_s);
    QCOMPARE(m_server->world().instanceCount(), 1);
    QCOMPARE(m_server->world().instance(id)->status, u"Running"_s);
}

void TestSimOperations::invalidParameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("page size not a number")
        << u"DescribeInstances"_s << u"PageSize"_s << u"ten"_s << u"InvalidParameter"_s;
    QTest::newRow("page size too big")
        << u"DescribeInstances"_s << u"PageSize"_s << u"101"_s << u"InvalidParameter"_s;
    QTest::newRow("InstanceIds not JSON")
        << u"DescribeInstances"_s << u"InstanceIds"_s << u"i-1,i-2"_s << u"InvalidParameter"_s;
    QTest::newRow("bad status") << u"DescribeInstances"_s << u"Status"_s << u"Dancing"_s
                                << u"InvalidParameter"_s;
    QTest::newRow("bad NextToken")
        << u"DescribeInstances"_s << u"NextToken"_s << u"garbage"_s << u"InvalidParameter"_s;
    QTest::newRow("unknown type") << u"RunInstances"_s << u"InstanceType"_s << u"ecs.nope.large"_s
                                  << u"InvalidInstanceType.NotFound"_s;
    QTest::newRow("amount too big")
        << u"RunInstances"_s << u"Amount"_s << u"101"_s << u"InvalidParameter"_s;
    QTest::newRow("spot limit without strategy")
        << u"RunInstances"_s << u"SpotPriceLimit"_s << u"0.5"_s << u"InvalidSpotPriceLimit"_s;
    QTest::newRow("reserved tag key")
        << u"RunInstances"_s << u"Tag.1.Key"_s << u"aliyun:x"_s << u"InvalidTagKey.Malformed"_s;
    QTest::newRow("unknown parameter is ignored")
        << u"DescribeInstances"_s << u"Colour"_s << u"blue"_s << QString();
}

void TestSimOperations::invalidParameters()
{
    QFETCH(QString, action);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    ApiRequest request(action);
    if (action == u"RunInstances")
        request.set(u"ImageId"_s, kLinuxImage).set(u"InstanceType"_s, u"ecs.g7.large"_s);
    request.set(name, value);
    QString actual;
    call(request, &actual);
    QCOMPARE(actual, code);
}

void TestSimOperations::describeInstancesPagingAndFilters()
{
    run(25);
    run(5, u"Tag.1.Key"_s, u"env"_s);
    QSet<QString> viaToken;
    QString token;
    do {
        ApiRequest request(u"DescribeInstances"_s);
        request.set(u"MaxResults"_s, 7).setIfNotEmpty(u"NextToken"_s, token);
        const QJsonObject body = call(request);
        QCOMPARE(body.value("TotalCount"_L1).toInt(), 30);
        for (const QJsonValue &i : listIn(body, "Instances", "Instance"))
            viaToken.insert(i.toObject().value("InstanceId"_L1).toString());
        token = body.value("NextToken"_L1).toString();
    } while (!token.isEmpty());
    QCOMPARE(viaToken.size(), 30);
    const QJsonObject page3
        = call(ApiRequest(u"DescribeInstances"_s).set(u"PageNumber"_s, 3).set(u"PageSize"_s, 12));
    QCOMPARE(listIn(page3, "Instances", "Instance").size(), 6);
    const QJsonObject tagged
        = call(ApiRequest(u"DescribeInstances"_s).setTags({ { u"env"_s, QString() } }));
    QCOMPARE(tagged.value("TotalCount"_L1).toInt(), 5);
    const QJsonObject named
        = call(ApiRequest(u"DescribeInstances"_s).set(u"InstanceName"_s, u"web-01*"_s));
    QCOMPARE(named.value("TotalCount"_L1).toInt(), 10); // web-010 … web-019
}

void TestSimOperations::availableResourceAndNoStock()
{
    const QJsonObject body = call(ApiRequest(u"DescribeAvailableResource"_s)
                                      .set(u"DestinationResource"_s, u"InstanceType"_s));
    QString soldZone, soldType;
    int available = 0;
    for (const QJsonValue &zone : listIn(body, "AvailableZones", "AvailableZone")) {
        const QJsonArray resources = zone.toObject()
                                         .value("AvailableResources"_L1)
                                         .toObject()
                                         .value("AvailableResource"_L1)
                                         .toArray();
        for (const QJsonValue &item : resources.first()
                                          .toObject()
                                          .value("SupportedResources"_L1)
                                          .toObject()
                                          .value("SupportedResource"_L1)
                                          .toArray()) {
            const QJsonObject r = item.toObject();
            if (r.value("Status"_L1).toString() == u"SoldOut" && soldZone.isEmpty()) {
                QCOMPARE(r.value("StatusCategory"_L1).toString(), u"WithoutStock"_s);
                soldZone = zone.toObject().value("ZoneId"_L1).toString();
                soldType = r.value("Value"_L1).toString();
            } else if (r.value("Status"_L1).toString() == u"Available") {
                ++available;
            }
        }
    }
    QVERIFY(available > 100);
    QVERIFY2(!soldZone.isEmpty(), "the seed should leave some pair sold out");
    QString code;
    call(ApiRequest(u"RunInstances"_s)
             .set(u"ImageId"_s, u"ubuntu_22_04_x64_20G_alibase_20240926.vhd"_s)
             .set(u"InstanceType"_s, soldType)
             .set(u"ZoneId"_s, soldZone),
        &code);
    // The pair's own image architecture may differ; only x86 pairs are tried for stock.
    if (code != u"InvalidInstanceType.NotSupportImage")
        QCOMPARE(code, u"OperationDenied.NoStock"_s);
}

void TestSimOperations::spotPriceHistory()
{
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QJsonObject body
        = call(ApiRequest(u"DescribeSpotPriceHistory"_s)
                   .set(u"InstanceType"_s, u"ecs.g7.large"_s)
                   .set(u"NetworkType"_s, u"vpc"_s)
                   .set(u"ZoneId"_s, u"cn-hangzhou-h"_s)
                   .set(u"StartTime"_s, end.addDays(-30).addSecs(60).toString(Qt::ISODate))
                   .set(u"EndTime"_s, end.toString(Qt::ISODate)));
    const QJsonArray points = listIn(body, "SpotPrices", "SpotPriceType");
    QVERIFY2(points.size() > 300, qPrintable(QString::number(points.size())));
    double low = 1e9, high = 0;
    for (const QJsonValue &value : points) {
        const QJsonObject point = value.toObject();
        const double spot = point.value("SpotPrice"_L1).toDouble();
        QVERIFY(spot > 0);
        QVERIFY(spot < point.value("OriginPrice"_L1).toDouble());
        low = std::min(low, spot);
        high = std::max(high, spot);
    }
    QVERIFY(high > low * 1.2); // it moves
    // Deterministic: the same question gives the same answer.
    const QJsonObject again
        = call(ApiRequest(u"DescribeSpotPriceHistory"_s)
                   .set(u"InstanceType"_s, u"ecs.g7.large"_s)
                   .set(u"NetworkType"_s, u"vpc"_s)
                   .set(u"ZoneId"_s, u"cn-hangzhou-h"_s)
                   .set(u"StartTime"_s, end.addDays(-30).addSecs(60).toString(Qt::ISODate))
                   .set(u"EndTime"_s, end.toString(Qt::ISODate)));
    QCOMPARE(listIn(again, "SpotPrices", "SpotPriceType"), points);
    QString code;
    call(
        ApiRequest(u"DescribeSpotPriceHistory"_s).set(u"InstanceType"_s, u"ecs.g7.large"_s), &code);
    QCOMPARE(code, u"MissingParameter"_s);
}

void TestSimOperations::spotReclaim()
{
    sim::SimWorld &world = m_server->world();
    const QString zone = u"cn-hangzhou-h"_s;
    const double market = world.market().priceAt(zone, u"ecs.g7.large"_s,
        world.catalog().onDemandPrice(kRegion, *world.catalog().instanceType(u"ecs.g7.large"_s)),
        world.now());
    QString code;
    ApiRequest spot(u"RunInstances"_s);
    spot.set(u"ImageId"_s, kLinuxImage)
        .set(u"InstanceType"_s, u"ecs.g7.large"_s)
        .set(u"ZoneId"_s, zone)
        .set(u"SpotStrategy"_s, u"SpotWithPriceLimit"_s)
        .set(u"SpotPriceLimit"_s, QString::number(market / 2, 'f', 3));
    call(spot, &code);
    QCOMPARE(code, u"InvalidSpotPriceLimit.LowerThanPublicPrice"_s);
    const QString limit = QString::number(market * 1.5 + 0.001, 'f', 3);
    const QString id
        = listIn(call(spot.set(u"SpotPriceLimit"_s, limit)), "InstanceIdSets", "InstanceIdSet")
              .first()
              .toString();
    QVERIFY(waitForStatus(id, u"Running"_s));
    world.housekeeping();
    QVERIFY(world.instance(id)->lockReasons.isEmpty());
    // The market spikes above the limit: the instance is locked for recycling, then reclaimed.
    world.market().setRatioOverride(zone, u"ecs.g7.large"_s, 0.95, world.now());
    world.housekeeping();
    QCOMPARE(world.instance(id)->lockReasons, QStringList { u"Recycling"_s });
    const QJsonObject described
        = call(ApiRequest(u"DescribeInstances"_s).set(u"LockReason"_s, u"Recycling"_s));
    QCOMPARE(described.value("TotalCount"_L1).toInt(), 1);
    call(ApiRequest(u"StopInstance"_s).set(u"InstanceId"_s, id), &code);
    QCOMPARE(code, u"IncorrectInstanceStatus"_s);
    QVERIFY(QTest::qWaitFor([&] { return world.instance(id) == nullptr; }, 10'000));
}

void TestSimOperations::subscriptionRenewAndAutoRenew()
{
    const QString id = run(1, u"InstanceChargeType"_s, u"PrePaid"_s).first();
    sim::SimWorld &world = m_server->world();
    const QDateTime expiry = world.instance(id)->expiredTime;
    QVERIFY(expiry > world.now().addDays(27));
    call(ApiRequest(u"RenewInstance"_s).set(u"InstanceId"_s, id).set(u"Period"_s, 2));
    QCOMPARE(world.instance(id)->expiredTime, expiry.addMonths(2));
    call(ApiRequest(u"ModifyInstanceAutoRenewAttribute"_s)
             .set(u"InstanceId"_s, id)
             .set(u"AutoRenew"_s, true)
             .set(u"Duration"_s, 3));
    const QJsonObject attributes
        = call(ApiRequest(u"DescribeInstanceAutoRenewAttribute"_s).set(u"InstanceId"_s, id));
    const QJsonObject attribute
        = listIn(attributes, "InstanceRenewAttributes", "InstanceRenewAttribute")
              .first()
              .toObject();
    QCOMPARE(attribute.value("AutoRenewEnabled"_L1).toBool(), true);
    QCOMPARE(attribute.value("Duration"_L1).toInt(), 3);
    QCOMPARE(attribute.value("RenewalStatus"_L1).toString(), u"AutoRenewal"_s);
    QString code;
    call(ApiRequest(u"DeleteInstance"_s).set(u"InstanceId"_s, id).set(u"Force"_s, true), &code);
    QCOMPARE(code, u"ChargeTypeViolation"_s);
    // Past the expiry an auto-renewing subscription extends itself.
    world.advanceClock(
        qint64(expiry.addMonths(2).toMSecsSinceEpoch() - world.now().toMSecsSinceEpoch()) + 60'000);
    QCOMPARE(world.instance(id)->expiredTime, expiry.addMonths(5));
    QVERIFY(world.instance(id)->lockReasons.isEmpty());
}

void TestSimOperations::autoReleaseFires()
{
    const QString id = run(1).first();
    sim::SimWorld &world = m_server->world();
    QString code;
    call(ApiRequest(u"ModifyInstanceAutoReleaseTime"_s)
             .set(u"InstanceId"_s, id)
             .set(u"AutoReleaseTime"_s,
                 world.now().addSecs(10 * 60).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)),
        &code);
    QCOMPARE(code, u"InvalidParameter"_s); // less than 30 minutes ahead
    call(ApiRequest(u"ModifyInstanceAutoReleaseTime"_s)
             .set(u"InstanceId"_s, id)
             .set(u"AutoReleaseTime"_s,
                 world.now().addSecs(3600).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)),
        &code);
    QVERIFY(code.isEmpty());
    QVERIFY(world.instance(id)->autoReleaseTime.isValid());
    world.advanceClock(30 * 60'000);
    QVERIFY(world.instance(id));
    world.advanceClock(31 * 60'000);
    QVERIFY(!world.instance(id));
}

void TestSimOperations::modifySpec()
{
    const QString id = run(1).first();
    QVERIFY(waitForStatus(id, u"Running"_s));
    QString code;
    call(ApiRequest(u"ModifyInstanceSpec"_s)
             .set(u"InstanceId"_s, id)
             .set(u"InstanceType"_s, u"ecs.g7.xlarge"_s),
        &code);
    QCOMPARE(code, u"IncorrectInstanceStatus"_s);
    m_server->world().stop(id, u"KeepCharging"_s);
    QVERIFY(waitForStatus(id, u"Stopped"_s));
    const QJsonObject options = call(ApiRequest(u"DescribeResourcesModification"_s)
                                         .set(u"ResourceId"_s, id)
                                         .set(u"DestinationResource"_s, u"InstanceType"_s)
                                         .set(u"OperationType"_s, u"Upgrade"_s));
    QVERIFY(!listIn(options, "AvailableZones", "AvailableZone").isEmpty());
    call(ApiRequest(u"ModifyInstanceSpec"_s)
             .set(u"InstanceId"_s, id)
             .set(u"InstanceType"_s, u"ecs.g7.xlarge"_s),
        &code);
    QVERIFY(code.isEmpty());
    QCOMPARE(m_server->world().instance(id)->instanceType, u"ecs.g7.xlarge"_s);
    call(ApiRequest(u"ModifyPrepayInstanceSpec"_s)
             .set(u"InstanceId"_s, id)
             .set(u"InstanceType"_s, u"ecs.g7.2xlarge"_s),
        &code);
    QCOMPARE(code, u"ChargeTypeViolation"_s);
}

void TestSimOperations::publicIp()
{
    const QString id = run(1).first();
    QVERIFY(waitForStatus(id, u"Running"_s));
    const QString ip = call(ApiRequest(u"AllocatePublicIpAddress"_s).set(u"InstanceId"_s, id))
                           .value("IpAddress"_L1)
                           .toString();
    QVERIFY(ip.startsWith(u"47."_s));
    QCOMPARE(call(ApiRequest(u"AllocatePublicIpAddress"_s).set(u"InstanceId"_s, id))
                 .value("IpAddress"_L1)
                 .toString(),
        ip);
}

void TestSimOperations::describePrice()
{
    const QJsonObject hourly
        = call(ApiRequest(u"DescribePrice"_s).set(u"InstanceType"_s, u"ecs.g7.large"_s));
    const double hour = hourly.value("PriceInfo"_L1)
                            .toObject()
                            .value("Price"_L1)
                            .toObject()
                            .value("TradePrice"_L1)
                            .toDouble();
    QVERIFY(hour > 0);
    const QJsonObject spot = call(ApiRequest(u"DescribePrice"_s)
                                      .set(u"InstanceType"_s, u"ecs.g7.large"_s)
                                      .set(u"SpotStrategy"_s, u"SpotAsPriceGo"_s));
    QVERIFY(spot.value("PriceInfo"_L1)
                .toObject()
                .value("Price"_L1)
                .toObject()
                .value("TradePrice"_L1)
                .toDouble()
        < hour);
    const QJsonObject monthly = call(ApiRequest(u"DescribePrice"_s)
                                         .set(u"InstanceType"_s, u"ecs.g7.large"_s)
                                         .set(u"PriceUnit"_s, u"Month"_s));
    const QJsonObject price = monthly.value("PriceInfo"_L1).toObject().value("Price"_L1).toObject();
    QVERIFY(price.value("TradePrice"_L1).toDouble() < price.value("OriginalPrice"_L1).toDouble());
    QVERIFY(price.value("OriginalPrice"_L1).toDouble() > hour * 700);
}

QTEST_GUILESS_MAIN(TestSimOperations)
#include "tst_simoperations.moc"
