// ecs-sim's endpoint per region (as the service's ecs.<region>.aliyuncs.com) and the client that
// learns them from DescribeRegions: each region's requests go to its own port, so a client gets
// its connections per region; the server's word is checked before it is followed.
#include "ecsclient.h"
#include "simdataset.h"
#include "simdefaults.h"
#include "simprocess.h"
#include "simserver.h"
#include "types/region.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

constexpr int kInstances = 1000;
constexpr int kInstanceRegions = 10;

/// Today's name of a region's endpoint (ecs.<region>.aliyuncs.com; ecs-cn-hangzhou.aliyuncs.com).
QString datasetEndpoint(const QString &regionId)
{
    static const sim::SimDataset dataset = sim::SimDataset::builtIn();
    const sim::SimRegion *region = dataset.region(regionId);
    return region ? region->regionEndpoint : QString();
}

quint16 portOf(const QString &endpoint)
{
    return quint16(endpoint.section(u':', -1).toUInt());
}

} // namespace

class TestRegionEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describeRegionsNamesAPortPerRegion();
    void regionEndpointAnswers_data();
    void regionEndpointAnswers();
    void regionEndpointRefusesABadSignature();
    void mainEndpointAnswersEveryRegion();
    void singleEndpointKeepsTheServiceNames();
    void executablePrintsTheRegionEndpoints_data();
    void executablePrintsTheRegionEndpoints();
    void clientLearnsAndFollows();
    void clientWithoutTheFlagKeepsTheOverride();
    void regionEndpointsSpeakTlsToo();
    void hostileEndpointsAreIgnored_data();
    void hostileEndpointsAreIgnored();
    void hostileServerCannotRedirect();
    void inventoryUsesMoreThanSixConnections_data();
    void inventoryUsesMoreThanSixConnections();

private:
    ClientConfig config(
        const QUrl &url, bool follow, SignatureVersion version = SignatureVersion::Acs3) const;
    /// Sends through `client` and waits; the finished call (owned) or null on timeout.
    std::unique_ptr<ApiCall> sendAndWait(EcsClient &client, const ApiRequest &request);
    QUrl regionUrl(const QString &regionId) const;

    std::unique_ptr<sim::SimServer> m_server;
    QUrl m_url;
    QNetworkAccessManager m_nam;
};

ClientConfig TestRegionEndpoints::config(
    const QUrl &url, bool follow, SignatureVersion version) const
{
    ClientConfig c = simprocess::demoConfig(url);
    c.followRegionEndpoints = follow;
    c.signatureVersion = version;
    return c;
}

std::unique_ptr<ApiCall> TestRegionEndpoints::sendAndWait(
    EcsClient &client, const ApiRequest &request)
{
    ApiCall *call = client.send(request);
    call->setAutoDelete(false);
    if (!QTest::qWaitFor([call] { return call->isFinished(); }, 15'000))
        return nullptr;
    call->setParent(nullptr);
    return std::unique_ptr<ApiCall>(call);
}

QUrl TestRegionEndpoints::regionUrl(const QString &regionId) const
{
    QUrl url = m_url;
    url.setPort(portOf(m_server->regionEndpoints().value(regionId)));
    return url;
}

void TestRegionEndpoints::initTestCase()
{
    sim::SimOptions options;
    options.instances = kInstances;
    options.instanceRegions = kInstanceRegions;
    m_server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(m_server.get(), &sim::SimServer::listening);
    QSignalSpy regions(m_server.get(), &sim::SimServer::regionEndpointsListening);
    m_server->start(QHostAddress(QHostAddress::LocalHost), 0);
    QCOMPARE(listening.size(), 1);
    QCOMPARE(regions.size(), 1);
    m_url = listening.first().first().toUrl();
    QVERIFY(m_url.isValid());
}

void TestRegionEndpoints::describeRegionsNamesAPortPerRegion()
{
    EcsClient client(&m_nam, config(m_url, false));
    const auto call = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY(call && call->ok());
    const auto regions = ops::DescribeRegions::parse(call->response());
    QVERIFY(regions.ok());
    QVERIFY(regions.value().size() >= 20);
    static const QRegularExpression shape(u"^127\\.0\\.0\\.1:(\\d{1,5})$"_s);
    QSet<quint16> ports;
    for (const Region &region : regions.value()) {
        QVERIFY2(shape.match(region.regionEndpoint).hasMatch(), qPrintable(region.regionEndpoint));
        QCOMPARE(region.regionEndpoint, m_server->regionEndpoints().value(region.regionId));
        const quint16 port = portOf(region.regionEndpoint);
        QVERIFY(port != m_url.port());
        ports.insert(port);
    }
    QCOMPARE(ports.size(), regions.value().size());
    QCOMPARE(m_server->regionEndpoints().size(), regions.value().size());
}

void TestRegionEndpoints::regionEndpointAnswers_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("askedRegion");
    QTest::newRow("v3 POST, own region")
        << SignatureVersion::Acs3 << QByteArray("POST") << u"cn-hangzhou"_s << u"cn-hangzhou"_s;
    QTest::newRow("v1 GET, own region")
        << SignatureVersion::RpcV1 << QByteArray("GET") << u"eu-central-1"_s << u"eu-central-1"_s;
    QTest::newRow("v1 POST, own region")
        << SignatureVersion::RpcV1 << QByteArray("POST") << u"us-west-1"_s << u"us-west-1"_s;
    // The reference says nothing of a region asked at another's endpoint: answered normally.
    QTest::newRow("v3, another region")
        << SignatureVersion::Acs3 << QByteArray("POST") << u"cn-hangzhou"_s << u"cn-beijing"_s;
}

void TestRegionEndpoints::regionEndpointAnswers()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    QFETCH(QString, regionId);
    QFETCH(QString, askedRegion);
    const QUrl url = regionUrl(regionId);
    const qint64 before = m_server->requestsServedOn(quint16(url.port()));
    const qint64 mainBefore = m_server->requestsServedOn(quint16(m_url.port()));
    ClientConfig c = config(url, false, version);
    c.httpMethod = method;
    EcsClient client(&m_nam, c);
    const auto call = sendAndWait(client, ops::DescribeZones::request(askedRegion));
    QVERIFY(call);
    QVERIFY2(call->ok(), qPrintable(call->error().toDisplayString()));
    const auto zones = ops::DescribeZones::parse(call->response());
    QVERIFY(zones.ok());
    QVERIFY(!zones.value().isEmpty());
    QVERIFY(zones.value().first().zoneId.startsWith(askedRegion));
    QCOMPARE(m_server->requestsServedOn(quint16(url.port())), before + 1);
    QCOMPARE(m_server->requestsServedOn(quint16(m_url.port())), mainBefore);
}

void TestRegionEndpoints::regionEndpointRefusesABadSignature()
{
    ClientConfig c = config(regionUrl(u"cn-hangzhou"_s), false);
    c.credentials.accessKeySecret = u"not-the-secret"_s;
    EcsClient client(&m_nam, c);
    const auto call = sendAndWait(client, ops::DescribeZones::request(u"cn-hangzhou"_s));
    QVERIFY(call);
    QVERIFY(!call->ok());
    QCOMPARE(call->error().code, u"SignatureDoesNotMatch"_s);
}

void TestRegionEndpoints::mainEndpointAnswersEveryRegion()
{
    EcsClient client(&m_nam, config(m_url, false));
    const qint64 before = m_server->requestsServedOn(quint16(m_url.port()));
    const QStringList regions = m_server->regionEndpoints().keys();
    for (const QString &regionId : regions) {
        const auto call = sendAndWait(client, ops::DescribeZones::request(regionId));
        QVERIFY(call);
        QVERIFY2(call->ok(), qPrintable(regionId + call->error().toDisplayString()));
    }
    QCOMPARE(m_server->requestsServedOn(quint16(m_url.port())), before + regions.size());
}

void TestRegionEndpoints::singleEndpointKeepsTheServiceNames()
{
    sim::SimOptions options;
    options.singleEndpoint = true;
    sim::SimServer server(options);
    QSignalSpy listening(&server, &sim::SimServer::listening);
    QSignalSpy regionSockets(&server, &sim::SimServer::regionEndpointsListening);
    server.start(QHostAddress(QHostAddress::LocalHost), 0);
    QCOMPARE(listening.size(), 1);
    QCOMPARE(regionSockets.size(), 0);
    QVERIFY(server.regionEndpoints().isEmpty());
    EcsClient client(&m_nam, config(listening.first().first().toUrl(), true));
    const auto call = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY(call && call->ok());
    const auto regions = ops::DescribeRegions::parse(call->response());
    QVERIFY(regions.ok() && !regions.value().isEmpty());
    for (const Region &region : regions.value())
        QCOMPARE(region.regionEndpoint, datasetEndpoint(region.regionId));
    // The service's names are not followed by a client pointed at loopback.
    QVERIFY(client.regionEndpoint(u"cn-hangzhou"_s).isEmpty());
}

void TestRegionEndpoints::executablePrintsTheRegionEndpoints_data()
{
    QTest::addColumn<bool>("single");
    QTest::newRow("a port per region") << false;
    QTest::newRow("--single-endpoint") << true;
}

void TestRegionEndpoints::executablePrintsTheRegionEndpoints()
{
    QFETCH(bool, single);
    QProcess process;
    const qsizetype regionCount = m_server->regionEndpoints().size();
    QUrl url;
    const QHash<QString, QString> printed = simprocess::startWithRegionLines(process,
        single ? QStringList { u"--single-endpoint"_s } : QStringList {},
        single ? 0 : int(regionCount), &url);
    QVERIFY(url.isValid());
    const auto call = simprocess::send(url, ops::DescribeRegions::request());
    QVERIFY(call && call->ok());
    const auto regions = ops::DescribeRegions::parse(call->response());
    QVERIFY(regions.ok() && regions.value().size() >= 20);
    QCOMPARE(printed.size(), single ? 0 : regions.value().size());
    for (const Region &region : regions.value()) {
        if (single) {
            QCOMPARE(region.regionEndpoint, datasetEndpoint(region.regionId));
            continue;
        }
        QCOMPARE(region.regionEndpoint, printed.value(region.regionId));
        // Answers at its port, signed for it.
        QUrl regional = url;
        regional.setPort(portOf(region.regionEndpoint));
        if (region.regionId == u"cn-hangzhou") {
            const auto zones
                = simprocess::send(regional, ops::DescribeZones::request(region.regionId));
            QVERIFY(zones && zones->ok());
        }
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
}

void TestRegionEndpoints::clientLearnsAndFollows()
{
    QNetworkAccessManager network;
    EcsClient client(&network, config(m_url, true));
    const ApiRequest zones = ops::DescribeZones::request(u"cn-hangzhou"_s);
    QCOMPARE(client.endpointFor(zones), m_url); // nothing learned yet
    const auto regions = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY(regions && regions->ok());

    const QString endpoint = m_server->regionEndpoints().value(u"cn-hangzhou"_s);
    QCOMPARE(client.regionEndpoint(u"cn-hangzhou"_s), endpoint);
    const QUrl regional = regionUrl(u"cn-hangzhou"_s);
    QCOMPARE(client.endpointFor(zones), regional);
    QCOMPARE(client.endpointFor(zones).scheme(), m_url.scheme()); // the profile's scheme

    const quint16 port = quint16(regional.port());
    const qint64 before = m_server->requestsServedOn(port);
    const qint64 mainBefore = m_server->requestsServedOn(quint16(m_url.port()));
    const auto answer = sendAndWait(client, zones);
    QVERIFY(answer && answer->ok());
    QCOMPARE(m_server->requestsServedOn(port), before + 1);
    QCOMPARE(m_server->requestsServedOn(quint16(m_url.port())), mainBefore);

    // Requests without a region and the VPC API stay at the override.
    QCOMPARE(client.endpointFor(ops::DescribeRegions::request()), m_url);
    ApiRequest vpc(u"DescribeVpcs"_s, ApiRequest::Product::Vpc);
    vpc.setRegion(u"cn-hangzhou"_s);
    QCOMPARE(client.endpointFor(vpc), m_url);
}

void TestRegionEndpoints::clientWithoutTheFlagKeepsTheOverride()
{
    EcsClient client(&m_nam, config(m_url, false));
    const auto regions = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY(regions && regions->ok());
    QCOMPARE(client.endpointFor(ops::DescribeZones::request(u"cn-hangzhou"_s)), m_url);
}

void TestRegionEndpoints::regionEndpointsSpeakTlsToo()
{
    QTemporaryDir dir;
    sim::SimOptions options;
    options.tls = true;
    options.certificateOut = dir.filePath(u"sim.pem"_s);
    sim::SimServer server(options);
    QSignalSpy listening(&server, &sim::SimServer::listening);
    server.start(QHostAddress(QHostAddress::LocalHost), 0);
    QCOMPARE(listening.size(), 1);
    const QUrl url = listening.first().first().toUrl();
    QCOMPARE(url.scheme(), u"https"_s);
    ClientConfig c = config(url, true);
    c.extraCaCertificates = QSslCertificate::fromPath(options.certificateOut);
    QCOMPARE(c.extraCaCertificates.size(), 1);
    QNetworkAccessManager network;
    EcsClient client(&network, c);
    const auto regions = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY(regions && regions->ok());
    const ApiRequest zones = ops::DescribeZones::request(u"eu-central-1"_s);
    const QUrl regional = client.endpointFor(zones);
    QCOMPARE(regional.scheme(), u"https"_s);
    QCOMPARE(regional.port(), int(portOf(server.regionEndpoints().value(u"eu-central-1"_s))));
    const auto answer = sendAndWait(client, zones);
    QVERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error().toDisplayString()));
    QCOMPARE(server.requestsServedOn(quint16(regional.port())), 1);
}

void TestRegionEndpoints::hostileEndpointsAreIgnored_data()
{
    QTest::addColumn<QUrl>("override");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("followed"); ///< empty: ignored
    const QUrl loopback(u"http://127.0.0.1:8080"_s);
    const QUrl none;
    QTest::newRow("another host") << loopback << u"evil.example.com"_s << QString();
    QTest::newRow("another host:port") << loopback << u"evil.example.com:8080"_s << QString();
    QTest::newRow("the service, under a loopback override")
        << loopback << u"ecs.cn-hangzhou.aliyuncs.com"_s << QString();
    QTest::newRow("port too big") << loopback << u"127.0.0.1:99999"_s << QString();
    QTest::newRow("port 0") << loopback << u"127.0.0.1:0"_s << QString();
    QTest::newRow("no port after colon") << loopback << u"127.0.0.1:"_s << QString();
    QTest::newRow("signed port") << loopback << u"127.0.0.1:+80"_s << QString();
    QTest::newRow("space") << loopback << u"a b"_s << QString();
    QTest::newRow("scheme") << loopback << u"http://x"_s << QString();
    QTest::newRow("loopback with scheme") << loopback << u"http://127.0.0.1:9"_s << QString();
    QTest::newRow("path") << loopback << u"127.0.0.1/x"_s << QString();
    QTest::newRow("user") << loopback << u"me@127.0.0.1"_s << QString();
    QTest::newRow("open bracket") << loopback << u"[::1"_s << QString();
    QTest::newRow("bare IPv6") << loopback << u"::1:80"_s << QString();
    QTest::newRow("empty") << loopback << QString() << QString();
    QTest::newRow("loopback") << loopback << u"127.0.0.1:40001"_s << u"http://127.0.0.1:40001"_s;
    QTest::newRow("localhost") << loopback << u"localhost:9"_s << u"http://localhost:9"_s;
    QTest::newRow("IPv6 loopback") << loopback << u"[::1]:443"_s << u"http://[::1]:443"_s;
    QTest::newRow("no override: the service")
        << none << u"ecs-cn-hangzhou.aliyuncs.com"_s << u"https://ecs-cn-hangzhou.aliyuncs.com/"_s;
    QTest::newRow("no override: loopback") << none << u"127.0.0.1:9"_s << u"https://127.0.0.1:9/"_s;
    QTest::newRow("no override: another host") << none << u"evil.example.com"_s << QString();
    QTest::newRow("no override: lookalike") << none << u"aliyuncs.com.evil.io"_s << QString();
    QTest::newRow("no override: bad port") << none << u"ecs.aliyuncs.com:65536"_s << QString();
}

void TestRegionEndpoints::hostileEndpointsAreIgnored()
{
    QFETCH(QUrl, override);
    QFETCH(QString, endpoint);
    QFETCH(QString, followed);
    EcsClient client(&m_nam, config(override, true));
    const ApiRequest request = ops::DescribeZones::request(u"cn-hangzhou"_s);
    const QUrl before = client.endpointFor(request);
    QCOMPARE(client.setRegionEndpoint(u"cn-hangzhou"_s, endpoint), !followed.isEmpty());
    if (followed.isEmpty()) {
        QCOMPARE(client.endpointFor(request), before);
        QVERIFY(client.regionEndpoint(u"cn-hangzhou"_s).isEmpty());
    } else {
        QCOMPARE(client.endpointFor(request).toString(), followed);
    }
}

void TestRegionEndpoints::hostileServerCannotRedirect()
{
    // A server naming a host elsewhere for one region: that region stays at the override.
    sim::SimServer server(sim::SimOptions {});
    QSignalSpy listening(&server, &sim::SimServer::listening);
    server.start(QHostAddress(QHostAddress::LocalHost), 0);
    QCOMPARE(listening.size(), 1);
    const QUrl url = listening.first().first().toUrl();
    server.world().mutableRegions().setRegionEndpoint(u"cn-hangzhou"_s, u"evil.example.com"_s);
    server.world().mutableRegions().setRegionEndpoint(u"cn-beijing"_s, u"127.0.0.1:99999"_s);
    server.world().mutableRegions().setRegionEndpoint(u"cn-shanghai"_s, u"a b"_s);
    server.world().mutableRegions().setRegionEndpoint(u"cn-shenzhen"_s, u"http://x"_s);
    EcsClient client(&m_nam, config(url, true));
    const auto regions = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY(regions && regions->ok());
    for (const QString &hostile :
        { u"cn-hangzhou"_s, u"cn-beijing"_s, u"cn-shanghai"_s, u"cn-shenzhen"_s }) {
        QVERIFY2(client.regionEndpoint(hostile).isEmpty(), qPrintable(hostile));
        QCOMPARE(client.endpointFor(ops::DescribeZones::request(hostile)), url);
    }
    QCOMPARE(client.regionEndpoint(u"eu-central-1"_s),
        server.regionEndpoints().value(u"eu-central-1"_s));
}

void TestRegionEndpoints::inventoryUsesMoreThanSixConnections_data()
{
    QTest::addColumn<bool>("follow");
    QTest::newRow("region endpoints") << true;
    QTest::newRow("one endpoint") << false;
}

void TestRegionEndpoints::inventoryUsesMoreThanSixConnections()
{
    // Every region's pages at once: one host caps Qt at six connections, ten hosts do not.
    QFETCH(bool, follow);
    QNetworkAccessManager network; // no connections kept from earlier tests
    EcsClient client(&network, config(m_url, follow));
    const auto regions = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY(regions && regions->ok());
    const QStringList inventoryRegions = [&] {
        QStringList ids;
        for (const Region &region : ops::DescribeRegions::parse(regions->response()).value())
            ids.append(region.regionId);
        return ids.mid(0, kInstanceRegions);
    }();
    QCOMPARE(inventoryRegions.size(), kInstanceRegions);

    const qint64 connectionsBefore = m_server->connectionsServed();
    int instances = 0;
    int pending = 0;
    std::function<void(const QString &, const QString &)> page
        = [&](const QString &regionId, const QString &token) {
              ApiRequest request(u"DescribeInstances"_s);
              request.setRegion(regionId);
              request.set(u"MaxResults"_s, u"20"_s).setIfNotEmpty(u"NextToken"_s, token);
              ++pending;
              ApiCall *call = client.send(request);
              connect(call, &ApiCall::finished, this, [&, call, regionId] {
                  --pending;
                  QVERIFY2(call->ok(), qPrintable(call->error().toDisplayString()));
                  const QJsonObject body = call->response();
                  instances += int(simprocess::listIn(body, "Instances", "Instance").size());
                  const QString next = body.value("NextToken"_L1).toString();
                  if (!next.isEmpty())
                      page(regionId, next);
              });
          };
    for (const QString &regionId : inventoryRegions)
        for (int i = 0; i < 2; ++i) // two pagers per region, the second one from page 1 again
            page(regionId, {});
    QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 60'000));
    QCOMPARE(instances, 2 * kInstances);
    const qint64 connections = m_server->connectionsServed() - connectionsBefore;
    if (follow)
        QVERIFY2(connections > 6, qPrintable(QString::number(connections)));
    else
        QVERIFY2(connections <= 6, qPrintable(QString::number(connections)));
}

QTEST_GUILESS_MAIN(TestRegionEndpoints)
#include "tst_regionendpoints.moc"
