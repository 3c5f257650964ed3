// ecs-sim over a real socket: what a client on the wire sees (status, headers, JSON and XML
// bodies, the error body) and the DescribeRegions/DescribeZones data.
#include "embeddedsimulator.h"
#include "requestbuilder.h"
#include "signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

struct Response
{
    int status = 0;
    QByteArray contentType;
    QByteArray requestIdHeader;
    QByteArray date;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regionsInEveryLanguage_data();
    void regionsInEveryLanguage();
    void zonesOfEveryRegion();
    void errorBody_data();
    void errorBody();
    void xmlWhenAskedOrByDefault_data();
    void xmlWhenAskedOrByDefault();
    void postWithQueryShape();
    void oversizedBodyIsRefused();
    void requestIdsAreUnique();

private:
    Response send(const ApiRequest &api, SignatureVersion version = SignatureVersion::Acs3,
        const QByteArray &method = "POST", const QString &secret = {});
    Response sendRaw(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QByteArray &contentType = {});

    QNetworkAccessManager m_nam;
    sim::EmbeddedSimulator m_sim;
    QUrl m_url;
};

void TestSimServer::initTestCase()
{
    QSignalSpy ready(&m_sim, &sim::EmbeddedSimulator::ready);
    m_sim.start();
    QVERIFY(ready.wait(10'000));
    m_url = m_sim.url();
    QCOMPARE(m_url.host(), u"127.0.0.1"_s);
    QVERIFY(m_url.port() > 0);
}

Response TestSimServer::send(const ApiRequest &api, SignatureVersion version,
    const QByteArray &method, const QString &secret)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        secret.isEmpty() ? QString::fromLatin1(sim::kDemoAccessKeySecret) : secret, {} };
    config.signatureVersion = version;
    config.httpMethod = method;
    const HttpRequest http = buildHttpRequest(
        api, config, m_url, QDateTime::currentDateTimeUtc(), ApiRequest::newClientToken());
    std::unique_ptr<QNetworkReply> reply(
        m_nam.sendCustomRequest(http.request, http.method, http.body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10'000))
        return {};
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.requestIdHeader = reply->rawHeader("x-acs-request-id");
    r.date = reply->rawHeader("Date");
    r.body = reply->readAll();
    return r;
}

Response TestSimServer::sendRaw(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QByteArray &contentType)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10'000))
        return {};
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.requestIdHeader = reply->rawHeader("x-acs-request-id");
    r.body = reply->readAll();
    return r;
}

void TestSimServer::regionsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hangzhou");
    QTest::newRow("default is Chinese") << QString() << u"华东1（杭州）"_s;
    QTest::newRow("zh-CN") << u"zh-CN"_s << u"华东1（杭州）"_s;
    QTest::newRow("en-US") << u"en-US"_s << u"China (Hangzhou)"_s;
    QTest::newRow("ja") << u"ja"_s << QString(); // Japanese wording varies; only non-empty
}

void TestSimServer::regionsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, hangzhou);
    ApiRequest api(u"DescribeRegions"_s);
    api.setIfNotEmpty(u"AcceptLanguage"_s, language);
    const Response r = send(api);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    const QJsonObject body = r.json();
    QCOMPARE(body.value("RequestId"_L1).toString().toLatin1(), r.requestIdHeader);
    const QJsonArray regions = body.value("Regions"_L1).toObject().value("Region"_L1).toArray();
    QVERIFY2(regions.size() >= 20, qPrintable(QString::number(regions.size())));
    QSet<QString> ids;
    for (const QJsonValue &value : regions) {
        const QJsonObject region = value.toObject();
        const QString id = region.value("RegionId"_L1).toString();
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        QVERIFY2(!region.value("LocalName"_L1).toString().isEmpty(), qPrintable(id));
        // Each region at its own port (tst_regionendpoints checks the ports, and
        // --single-endpoint's ecs.<region>.aliyuncs.com).
        QCOMPARE(region.value("RegionEndpoint"_L1).toString(), m_sim.regionEndpoints().value(id));
        QVERIFY(region.value("RegionEndpoint"_L1).toString().startsWith("127.0.0.1:"_L1));
        QCOMPARE(region.value("Status"_L1).toString(), u"available"_s);
        if (id == u"cn-hangzhou" && !hangzhou.isEmpty())
            QCOMPARE(region.value("LocalName"_L1).toString(), hangzhou);
    }
    QCOMPARE(ids.size(), regions.size());
    for (const QString &real : { u"cn-hangzhou"_s, u"cn-beijing"_s, u"ap-southeast-1"_s,
             u"eu-central-1"_s, u"us-west-1"_s })
        QVERIFY2(ids.contains(real), qPrintable(real));
    QVERIFY(!r.date.isEmpty());
}

void TestSimServer::zonesOfEveryRegion()
{
    const Response regions = send(ApiRequest(u"DescribeRegions"_s));
    const QJsonArray list
        = regions.json().value("Regions"_L1).toObject().value("Region"_L1).toArray();
    QVERIFY(!list.isEmpty());
    QSet<QString> allZones;
    for (const QJsonValue &value : list) {
        const QString regionId = value.toObject().value("RegionId"_L1).toString();
        ApiRequest api(u"DescribeZones"_s);
        api.setRegion(regionId).set(u"AcceptLanguage"_s, u"en-US"_s);
        const Response r = send(api, SignatureVersion::RpcV1, "GET");
        QCOMPARE(r.status, 200);
        const QJsonArray zones = r.json().value("Zones"_L1).toObject().value("Zone"_L1).toArray();
        QVERIFY2(zones.size() >= 2 && zones.size() <= 6, qPrintable(regionId));
        for (const QJsonValue &zoneValue : zones) {
            const QJsonObject zone = zoneValue.toObject();
            const QString zoneId = zone.value("ZoneId"_L1).toString();
            QVERIFY2(zoneId.startsWith(regionId + u'-'), qPrintable(zoneId));
            QVERIFY(!allZones.contains(zoneId));
            allZones.insert(zoneId);
            QVERIFY(!zone.value("LocalName"_L1).toString().isEmpty());
            QCOMPARE(zone.value("ZoneType"_L1).toString(), u"AvailabilityZone"_s);
            QVERIFY(!zone.value("AvailableResourceCreation"_L1)
                         .toObject()
                         .value("ResourceTypes"_L1)
                         .toArray()
                         .isEmpty());
        }
    }
}

void TestSimServer::errorBody_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong secret") << u"DescribeRegions"_s << QString() << u"nope"_s
                                  << u"SignatureDoesNotMatch"_s << 400;
    QTest::newRow("unknown action")
        << u"DescribeUnicorns"_s << QString() << QString() << u"InvalidAction.NotFound"_s << 404;
    QTest::newRow("missing RegionId")
        << u"DescribeZones"_s << QString() << QString() << u"MissingParameter"_s << 400;
    QTest::newRow("unknown region") << u"DescribeZones"_s << u"mars-north-1"_s << QString()
                                    << u"InvalidRegionId.NotFound"_s << 404;
}

void TestSimServer::errorBody()
{
    QFETCH(QString, action);
    QFETCH(QString, regionId);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    QFETCH(int, status);
    for (auto version : { SignatureVersion::RpcV1, SignatureVersion::Acs3 }) {
        ApiRequest api(action);
        api.setIfNotEmpty(u"RegionId"_s, regionId);
        const Response r = send(api, version, "POST", secret);
        QCOMPARE(r.status, status);
        const QJsonObject body = r.json();
        QCOMPARE(body.value("Code"_L1).toString(), code);
        QVERIFY(!body.value("Message"_L1).toString().isEmpty());
        QCOMPARE(body.value("HostId"_L1).toString(), u"127.0.0.1"_s);
        QVERIFY(body.value("Recommend"_L1).toString().contains(code));
        QCOMPARE(body.value("RequestId"_L1).toString().toLatin1(), r.requestIdHeader);
        QVERIFY(!r.requestIdHeader.isEmpty());
    }
}

void TestSimServer::xmlWhenAskedOrByDefault_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("xml");
    QTest::newRow("absent: XML, the service default") << QString() << true;
    QTest::newRow("XML") << u"XML"_s << true;
    QTest::newRow("xml, any case") << u"xml"_s << true;
    QTest::newRow("json, any case") << u"json"_s << false;
}

void TestSimServer::xmlWhenAskedOrByDefault()
{
    QFETCH(QString, format);
    QFETCH(bool, xml);
    // Built by hand: the console always asks for JSON.
    for (const QString &secret : { QString::fromLatin1(sim::kDemoAccessKeySecret), u"wrong"_s }) {
        ParamMap params { { u"Action"_s, u"DescribeRegions"_s }, { u"Version"_s, u"2014-05-26"_s },
            { u"AccessKeyId"_s, QString::fromLatin1(sim::kDemoAccessKeyId) },
            { u"SignatureMethod"_s, u"HMAC-SHA1"_s }, { u"SignatureVersion"_s, u"1.0"_s },
            { u"SignatureNonce"_s, ApiRequest::newClientToken() },
            { u"Timestamp"_s, apiTimestamp(QDateTime::currentDateTimeUtc()) } };
        if (!format.isEmpty())
            params.insert(u"Format"_s, format);
        params.insert(u"Signature"_s, RpcV1::sign("GET", params, secret));
        QUrl url = m_url;
        url.setPath(u"/"_s);
        url.setQuery(QString::fromLatin1(canonicalQuery(params)), QUrl::StrictMode);
        const Response r = sendRaw("GET", url);
        const bool good = secret != u"wrong";
        QCOMPARE(r.status, good ? 200 : 400);
        QCOMPARE(r.contentType.startsWith("text/xml"), xml);
        if (!xml) {
            QVERIFY(!r.json().isEmpty());
            continue;
        }
        QXmlStreamReader reader(r.body);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.name().toString(), good ? u"DescribeRegionsResponse"_s : u"Error"_s);
        int regions = 0;
        QString requestId;
        QString code;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == u"Region")
                ++regions;
            else if (reader.name() == u"RequestId")
                requestId = reader.readElementText();
            else if (reader.name() == u"Code")
                code = reader.readElementText();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(requestId.toLatin1(), r.requestIdHeader);
        if (good)
            QVERIFY(regions >= 20);
        else
            QCOMPARE(code, u"SignatureDoesNotMatch"_s);
    }
}

void TestSimServer::postWithQueryShape()
{
    // @alicloud/ecs20140526 with v1 signing: POST, everything in the query, empty body.
    ParamMap params { { u"Action"_s, u"DescribeZones"_s }, { u"Version"_s, u"2014-05-26"_s },
        { u"RegionId"_s, u"cn-hangzhou"_s }, { u"Format"_s, u"JSON"_s },
        { u"AccessKeyId"_s, QString::fromLatin1(sim::kDemoAccessKeyId) },
        { u"SignatureMethod"_s, u"HMAC-SHA1"_s }, { u"SignatureVersion"_s, u"1.0"_s },
        { u"SignatureNonce"_s, ApiRequest::newClientToken() },
        { u"Timestamp"_s, apiTimestamp(QDateTime::currentDateTimeUtc()) } };
    params.insert(u"Signature"_s,
        RpcV1::sign("POST", params, QString::fromLatin1(sim::kDemoAccessKeySecret)));
    QUrl url = m_url;
    url.setPath(u"/"_s);
    url.setQuery(QString::fromLatin1(canonicalQuery(params)), QUrl::StrictMode);
    const Response r = sendRaw("POST", url, {}, "application/json");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value("Zones"_L1).toObject().value("Zone"_L1).toArray().size() >= 2);
}

void TestSimServer::oversizedBodyIsRefused()
{
    QUrl url = m_url;
    url.setPath(u"/"_s);
    const Response r = sendRaw(
        "POST", url, QByteArray(2 * 1024 * 1024, 'a'), "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json().value("Code"_L1).toString(), u"RequestEntityTooLarge"_s);
}

void TestSimServer::requestIdsAreUnique()
{
    QSet<QByteArray> ids;
    for (int i = 0; i < 20; ++i)
        ids.insert(send(ApiRequest(u"DescribeRegions"_s)).requestIdHeader);
    QCOMPARE(ids.size(), 20);
    static const QRegularExpression uuid(
        u"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"_s);
    QVERIFY(uuid.match(QString::fromLatin1(*ids.cbegin())).hasMatch());
}

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
