// One catalogue and two networks per region: DescribeZones and DescribeAvailableResource name the
// same instance types for every zone (and creation agrees), and every region has two VPCs with
// their own vSwitches and security groups, answered per VpcId.
#include "ecsclient.h"
#include "simserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

const QString kLinuxImage = u"ubuntu_22_04_x64_20G_alibase_20240926.vhd"_s;

QJsonArray listIn(const QJsonValue &body, const char *outer, const char *inner)
{
    return body.toObject()
        .value(QLatin1StringView(outer))
        .toObject()
        .value(QLatin1StringView(inner))
        .toArray();
}

QSet<QString> stringSet(const QJsonArray &array)
{
    QSet<QString> set;
    for (const QJsonValue &value : array)
        set.insert(value.toString());
    return set;
}

QString field(const QJsonValue &item, const char *name)
{
    return item.toObject().value(QLatin1StringView(name)).toString();
}

} // namespace

class TestSimCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void zonesAndAvailableResourceAgree_data();
    void zonesAndAvailableResourceAgree();
    void creationFollowsTheCatalogue();
    void twoVpcsPerRegion_data();
    void twoVpcsPerRegion();
    void instanceJoinsTheVpcOfItsNetwork();
    void networkIdsDoNotDependOnHistory();

private:
    QJsonObject call(ApiRequest request, QString *code = nullptr);
    static QStringList networkIds(sim::SimServer &server, const QStringList &regions);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
};

void TestSimCatalogue::init()
{
    sim::SimOptions options;
    options.seed = 11;
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

QJsonObject TestSimCatalogue::call(ApiRequest request, QString *code)
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

void TestSimCatalogue::zonesAndAvailableResourceAgree_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("chargeType");
    QTest::newRow("cn-hangzhou") << u"cn-hangzhou"_s << u"PostPaid"_s;
    QTest::newRow("cn-hangzhou prepaid") << u"cn-hangzhou"_s << u"PrePaid"_s;
    QTest::newRow("cn-beijing") << u"cn-beijing"_s << u"PostPaid"_s;
    QTest::newRow("eu-central-1") << u"eu-central-1"_s << u"PostPaid"_s;
    QTest::newRow("ap-southeast-1") << u"ap-southeast-1"_s << u"PostPaid"_s;
}

void TestSimCatalogue::zonesAndAvailableResourceAgree()
{
    QFETCH(QString, region);
    QFETCH(QString, chargeType);
    const QJsonObject zones = call(
        ApiRequest(u"DescribeZones"_s).setRegion(region).set(u"InstanceChargeType"_s, chargeType));
    const QJsonObject available = call(ApiRequest(u"DescribeAvailableResource"_s)
                                           .setRegion(region)
                                           .set(u"DestinationResource"_s, u"InstanceType"_s)
                                           .set(u"InstanceChargeType"_s, chargeType));
    QHash<QString, QJsonArray> offered; // zone → SupportedResource[]
    for (const QJsonValue &zone : listIn(available, "AvailableZones", "AvailableZone"))
        offered.insert(field(zone, "ZoneId"),
            listIn(listIn(zone, "AvailableResources", "AvailableResource").first(),
                "SupportedResources", "SupportedResource"));
    const QJsonArray zoneList = listIn(zones, "Zones", "Zone");
    QVERIFY(zoneList.size() >= 2);
    QCOMPARE(offered.size(), zoneList.size());
    bool someZoneLacksATypeOfTheCatalogue = false;
    for (const QJsonValue &zone : zoneList) {
        const QString zoneId = field(zone, "ZoneId");
        const QSet<QString> listed
            = stringSet(listIn(zone, "AvailableInstanceTypes", "InstanceTypes"));
        const QSet<QString> verbose
            = stringSet(listIn(listIn(zone, "AvailableResources", "ResourcesInfo").first(),
                "InstanceTypes", "supportedInstanceType"));
        QSet<QString> resourceTypes, inStock;
        for (const QJsonValue &item : offered.value(zoneId)) {
            resourceTypes.insert(field(item, "Value"));
            const bool withStock = field(item, "StatusCategory") == u"WithStock";
            QCOMPARE(field(item, "Status") == u"Available", withStock);
            if (withStock)
                inStock.insert(field(item, "Value"));
            // The in-stock subset is the world's: what creation will find.
            QCOMPARE(m_server->world().remainingStock(zoneId, field(item, "Value")) > 0, withStock);
        }
        QVERIFY2(listed == resourceTypes,
            qPrintable(
                u"%1: DescribeZones lists %2 types, DescribeAvailableResource %3"_s.arg(zoneId)
                    .arg(listed.size())
                    .arg(resourceTypes.size())));
        QCOMPARE(verbose, listed);
        QVERIFY(!inStock.isEmpty());
        if (listed.size() < m_server->world().catalog().instanceTypes().size())
            someZoneLacksATypeOfTheCatalogue = true;
    }
    // The catalogue is not the same everywhere (GPU and ARM families live in some zones only),
    // so agreeing is not trivial.
    if (region == u"cn-hangzhou")
        QVERIFY(someZoneLacksATypeOfTheCatalogue);
}

void TestSimCatalogue::creationFollowsTheCatalogue()
{
    // A type the zone does not offer is refused there, and a sold-out one is out of stock.
    const QString region = u"cn-hangzhou"_s;
    const sim::SimRegion *hangzhou = m_server->world().regions().region(region);
    QVERIFY(hangzhou);
    QString unofferedZone, unofferedType, soldZone, soldType;
    for (const sim::SimZone &zone : hangzhou->zones) {
        for (const sim::InstanceTypeSpec &type : m_server->world().catalog().instanceTypes()) {
            const bool offered = m_server->world().offers(zone.zoneId, type);
            if (!offered && unofferedType.isEmpty() && type.architecture != u"ARM") {
                unofferedZone = zone.zoneId;
                unofferedType = type.id;
            }
            if (offered && soldType.isEmpty() && type.architecture != u"ARM"
                && m_server->world().remainingStock(zone.zoneId, type.id) == 0) {
                soldZone = zone.zoneId;
                soldType = type.id;
            }
        }
    }
    QVERIFY(!unofferedType.isEmpty());
    QVERIFY(!soldType.isEmpty());
    const auto run = [&](const QString &zoneId, const QString &typeId) {
        QString code;
        call(ApiRequest(u"RunInstances"_s)
                 .setRegion(region)
                 .set(u"ZoneId"_s, zoneId)
                 .set(u"ImageId"_s, kLinuxImage)
                 .set(u"InstanceType"_s, typeId),
            &code);
        return code;
    };
    QCOMPARE(run(unofferedZone, unofferedType), u"InvalidInstanceType.NotSupported"_s);
    QCOMPARE(run(soldZone, soldType), u"OperationDenied.NoStock"_s);
}

void TestSimCatalogue::twoVpcsPerRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("cn-hangzhou") << u"cn-hangzhou"_s;
    QTest::newRow("us-west-1") << u"us-west-1"_s;
}

void TestSimCatalogue::twoVpcsPerRegion()
{
    QFETCH(QString, region);
    const int zoneCount = int(
        listIn(call(ApiRequest(u"DescribeZones"_s).setRegion(region)), "Zones", "Zone").size());
    const QJsonArray vpcs
        = listIn(call(ApiRequest(u"DescribeVpcs"_s, ApiRequest::Product::Vpc).setRegion(region)),
            "Vpcs", "Vpc");
    QCOMPARE(vpcs.size(), 2);
    QSet<QString> allSwitches, allGroups;
    for (const QJsonValue &vpc : vpcs) {
        const QString vpcId = field(vpc, "VpcId");
        const QJsonArray switches
            = listIn(call(ApiRequest(u"DescribeVSwitches"_s, ApiRequest::Product::Vpc)
                              .setRegion(region)
                              .set(u"VpcId"_s, vpcId)
                              .set(u"PageSize"_s, 50)),
                "VSwitches", "VSwitch");
        QCOMPARE(switches.size(), zoneCount); // one per zone
        QSet<QString> zones;
        for (const QJsonValue &sw : switches) {
            QCOMPARE(field(sw, "VpcId"), vpcId);
            zones.insert(field(sw, "ZoneId"));
            allSwitches.insert(field(sw, "VSwitchId"));
        }
        QCOMPARE(zones.size(), zoneCount);
        QCOMPARE(stringSet(listIn(vpc, "VSwitchIds", "VSwitchId")).size(), zoneCount);
        const QJsonArray groups = listIn(
            call(ApiRequest(u"DescribeSecurityGroups"_s).setRegion(region).set(u"VpcId"_s, vpcId)),
            "SecurityGroups", "SecurityGroup");
        QVERIFY(!groups.isEmpty());
        for (const QJsonValue &group : groups) {
            QCOMPARE(field(group, "VpcId"), vpcId);
            allGroups.insert(field(group, "SecurityGroupId"));
        }
    }
    QCOMPARE(allSwitches.size(), 2 * zoneCount); // no vSwitch is in both
    QCOMPARE(allGroups.size(),
        listIn(call(ApiRequest(u"DescribeSecurityGroups"_s).setRegion(region)), "SecurityGroups",
            "SecurityGroup")
            .size());
    // A zone answers with one vSwitch of each VPC.
    const QString zoneId = m_server->world().regions().region(region)->zones.first().zoneId;
    const QJsonArray zoneSwitches
        = listIn(call(ApiRequest(u"DescribeVSwitches"_s, ApiRequest::Product::Vpc)
                          .setRegion(region)
                          .set(u"ZoneId"_s, zoneId)),
            "VSwitches", "VSwitch");
    QCOMPARE(zoneSwitches.size(), 2);
    QVERIFY(field(zoneSwitches.at(0), "VpcId") != field(zoneSwitches.at(1), "VpcId"));
}

void TestSimCatalogue::instanceJoinsTheVpcOfItsNetwork()
{
    const QString region = u"cn-hangzhou"_s;
    const QList<sim::SimVpc> vpcs = m_server->world().vpcs(region);
    QCOMPARE(vpcs.size(), 2);
    const QString appVpc = vpcs.at(1).vpcId;
    QString appSwitch, appGroup, defaultGroup;
    for (const sim::SimVSwitch &sw : m_server->world().vSwitches(region))
        if (sw.vpcId == appVpc && appSwitch.isEmpty())
            appSwitch = sw.vSwitchId;
    for (const sim::SimSecurityGroup &group : m_server->world().securityGroups(region))
        (group.vpcId == appVpc ? appGroup : defaultGroup) = group.securityGroupId;
    const auto run = [&](const QString &groupId, QString *code) {
        return listIn(call(ApiRequest(u"RunInstances"_s)
                               .setRegion(region)
                               .set(u"VSwitchId"_s, appSwitch)
                               .set(u"SecurityGroupId"_s, groupId)
                               .set(u"ImageId"_s, kLinuxImage)
                               .set(u"InstanceType"_s, u"ecs.g7.large"_s),
                          code),
            "InstanceIdSets", "InstanceIdSet");
    };
    // A vSwitch of one VPC with a security group of the other: refused, as the service does.
    QString code;
    QVERIFY(run(defaultGroup, &code).isEmpty());
    QCOMPARE(code, u"InvalidSecurityGroupId.VPCMismatch"_s);
    const QJsonArray ids = run(appGroup, &code);
    QVERIFY2(code.isEmpty(), qPrintable(code));
    QCOMPARE(ids.size(), 1);
    const sim::SimInstance *instance = m_server->world().instance(ids.first().toString());
    QVERIFY(instance);
    QCOMPARE(instance->vpcId, appVpc);
    QCOMPARE(instance->vSwitchId, appSwitch);
    QVERIFY2(instance->privateIpAddress.startsWith(u"192.168."_s),
        qPrintable(instance->privateIpAddress));
    // Without a vSwitch, the zone's vSwitch in the group's VPC.
    const QJsonArray implicit
        = listIn(call(ApiRequest(u"RunInstances"_s)
                          .setRegion(region)
                          .set(u"ZoneId"_s, m_server->world().vSwitch(appSwitch)->zoneId)
                          .set(u"SecurityGroupId"_s, appGroup)
                          .set(u"ImageId"_s, kLinuxImage)
                          .set(u"InstanceType"_s, u"ecs.g7.large"_s)),
            "InstanceIdSets", "InstanceIdSet");
    QCOMPARE(implicit.size(), 1);
    QCOMPARE(m_server->world().instance(implicit.first().toString())->vpcId, appVpc);
}

QStringList TestSimCatalogue::networkIds(sim::SimServer &server, const QStringList &regions)
{
    QStringList ids;
    for (const QString &region : regions) {
        for (const sim::SimVpc &vpc : server.world().vpcs(region))
            ids.append(vpc.vpcId);
        for (const sim::SimVSwitch &sw : server.world().vSwitches(region))
            ids.append(sw.vSwitchId);
        for (const sim::SimSecurityGroup &group : server.world().securityGroups(region))
            ids.append(group.securityGroupId);
    }
    return ids;
}

void TestSimCatalogue::networkIdsDoNotDependOnHistory()
{
    // The same seed gives the same networks whichever region was asked for first and however
    // many ids were drawn before: a restored world finds its instances' vSwitches again.
    sim::SimOptions options;
    options.seed = 11;
    sim::SimServer other(options);
    other.world().populate(20);
    const QString first = u"cn-hangzhou"_s, second = u"cn-beijing"_s;
    const QStringList mine = networkIds(*m_server, { first }) + networkIds(*m_server, { second });
    const QStringList theirs = networkIds(other, { second }) + networkIds(other, { first });
    QCOMPARE(networkIds(other, { first }), networkIds(*m_server, { first }));
    QCOMPARE(networkIds(other, { second }), networkIds(*m_server, { second }));
    QCOMPARE(QSet<QString>(mine.cbegin(), mine.cend()).size(), mine.size());
    QCOMPARE(
        QSet<QString>(theirs.cbegin(), theirs.cend()), QSet<QString>(mine.cbegin(), mine.cend()));
}

QTEST_GUILESS_MAIN(TestSimCatalogue)
#include "tst_simcatalogue.moc"
