// The async client over real sockets: against ecs-sim for the real protocol (both signature
// versions, GET and POST, each authentication error), and against a scripted server for what
// networks and proxies do wrong (silence, refusals, HTML pages, empty, truncated and huge bodies).
#include "ecsclient.h"
#include "embeddedsimulator.h"
#include "scriptedhttpserver.h"
#include "simdefaults.h"
#include "types/region.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ecs::SignatureVersion)

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void describeRegions_data();
    void describeRegions();
    void authenticationErrors_data();
    void authenticationErrors();
    void serviceErrors_data();
    void serviceErrors();
    void typedCallDropsStaleReplies();

    void badAnswers_data();
    void badAnswers();
    void transferTimeout();
    void deadline();
    void connectionRefused();
    void bodyTooLarge();
    void cancelCompletesOnce();
    void cancelAll();
    void refusesPlainHttpToRemoteHosts();
    void refusesMissingCredentials();
    void endpointSelection();
    void regionEndpointsLearnedFromDescribeRegions_data();
    void regionEndpointsLearnedFromDescribeRegions();

private:
    ClientConfig simConfig(
        SignatureVersion version = SignatureVersion::Acs3, const QByteArray &method = "POST") const;
    /// Sends and waits (test code only) for the one finished() signal.
    ApiCall *sendAndWait(EcsClient &client, const ApiRequest &request);

    QNetworkAccessManager m_nam;
    sim::EmbeddedSimulator m_sim;
    QUrl m_simUrl;
};

void TestClient::initTestCase()
{
    QSignalSpy ready(&m_sim, &sim::EmbeddedSimulator::ready);
    sim::SimOptions options;
    options.accessKeyId = QString::fromLatin1(sim::kDemoAccessKeyId);
    options.accessKeySecret = QString::fromLatin1(sim::kDemoAccessKeySecret);
    options.stsTokens.insert(options.accessKeyId, u"sts-token-good"_s);
    m_sim.start(options);
    QVERIFY(ready.wait(10'000));
    m_simUrl = ready.first().first().toUrl();
    QVERIFY(m_simUrl.isValid());
}

ClientConfig TestClient::simConfig(SignatureVersion version, const QByteArray &method) const
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.signatureVersion = version;
    config.httpMethod = method;
    config.endpointOverride = m_simUrl;
    return config;
}

ApiCall *TestClient::sendAndWait(EcsClient &client, const ApiRequest &request)
{
    ApiCall *call = client.send(request);
    call->setAutoDelete(false);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20'000))
        return call;
    // Exactly once: nothing more arrives after a further turn of the event loop.
    QCoreApplication::processEvents();
    if (finished.size() != 1)
        qWarning("finished() emitted %d times", int(finished.size()));
    return call;
}

void TestClient::describeRegions_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("v1 GET") << SignatureVersion::RpcV1 << QByteArray("GET");
    QTest::newRow("v1 POST form") << SignatureVersion::RpcV1 << QByteArray("POST");
    QTest::newRow("v3 POST") << SignatureVersion::Acs3 << QByteArray("POST");
    QTest::newRow("v3 GET") << SignatureVersion::Acs3 << QByteArray("GET");
}

void TestClient::describeRegions()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, method);
    EcsClient client(&m_nam, simConfig(version, method));
    QSignalSpy started(&client, &EcsClient::callStarted);
    QSignalSpy done(&client, &EcsClient::callFinished);

    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QVERIFY(call->isFinished());
    QVERIFY2(call->ok(), qPrintable(call->error().toDisplayString()));
    QCOMPARE(call->httpStatus(), 200);
    QVERIFY(!call->requestId().isEmpty());
    const auto regions = ops::DescribeRegions::parse(call->response());
    QVERIFY(regions.ok());
    QVERIFY2(regions.value().size() >= 20, qPrintable(QString::number(regions.value().size())));
    for (const Region &r : regions.value()) {
        QVERIFY(!r.regionId.isEmpty());
        QVERIFY(!r.localName.isEmpty());
        QVERIFY(!r.regionEndpoint.isEmpty());
    }
    QCOMPARE(started.size(), 1);
    QCOMPARE(done.size(), 1);
    QCOMPARE(client.callsInFlight(), 0);

    // A second region-scoped call through the typed path.
    ApiRequest zones = ops::DescribeZones::request(regions.value().first().regionId);
    std::unique_ptr<ApiCall> zoneCall(sendAndWait(client, zones));
    QVERIFY2(zoneCall->ok(), qPrintable(zoneCall->error().toDisplayString()));
    const auto parsed = ops::DescribeZones::parse(zoneCall->response());
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value().size() >= 2 && parsed.value().size() <= 6);
}

void TestClient::authenticationErrors_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("clockOffsetMs");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");

    const QString id = QString::fromLatin1(sim::kDemoAccessKeyId);
    const QString secret = QString::fromLatin1(sim::kDemoAccessKeySecret);
    for (auto version : { SignatureVersion::RpcV1, SignatureVersion::Acs3 }) {
        const QByteArray v = signatureVersionName(version).toLatin1();
        QTest::addRow("%s wrong secret", v.constData())
            << version << id << u"wrong"_s << QString() << qint64(0) << u"SignatureDoesNotMatch"_s
            << 400;
        QTest::addRow("%s unknown key", v.constData())
            << version << u"LTAInobody"_s << secret << QString() << qint64(0)
            << u"InvalidAccessKeyId.NotFound"_s << 404;
        // A skewed clock is corrected from the server's Date header and the call re-signed once.
        QTest::addRow("%s clock 20 min behind", v.constData())
            << version << id << secret << QString() << qint64(-20 * 60'000) << QString() << 200;
        QTest::addRow("%s clock 20 min ahead", v.constData())
            << version << id << secret << QString() << qint64(20 * 60'000) << QString() << 200;
        QTest::addRow("%s good STS token", v.constData())
            << version << id << secret << u"sts-token-good"_s << qint64(0) << QString() << 200;
        QTest::addRow("%s bad STS token", v.constData())
            << version << id << secret << u"sts-token-bad"_s << qint64(0)
            << u"InvalidSecurityToken.Malformed"_s << 400;
    }
}

void TestClient::authenticationErrors()
{
    QFETCH(SignatureVersion, version);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(qint64, clockOffsetMs);
    QFETCH(QString, code);
    QFETCH(int, status);

    ClientConfig config = simConfig(version);
    config.credentials = { keyId, secret, token };
    EcsClient client(&m_nam, config);
    client.setClockOffsetMs(clockOffsetMs);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QVERIFY(call->isFinished());
    QCOMPARE(call->httpStatus(), status);
    if (code.isEmpty()) {
        QVERIFY2(call->ok(), qPrintable(call->error().toDisplayString()));
        QCOMPARE(call->attempts(), clockOffsetMs == 0 ? 1 : 2);
        // The learned offset cancels the skew (to within the Date header's one-second precision
        // and the test's own duration) and is kept for later calls.
        QVERIFY2(qAbs(client.clockOffsetMs()) < 10'000,
            qPrintable(QString::number(client.clockOffsetMs())));
        return;
    }
    QCOMPARE(call->error().kind, Kind::Service);
    QCOMPARE(call->error().code, code);
    QCOMPARE(call->error().httpStatus, status);
    QVERIFY(!call->error().requestId.isEmpty());
    QVERIFY(!call->error().message.isEmpty());
    QVERIFY(call->error().toDisplayString().contains(call->error().requestId));
    QVERIFY(!call->error().toDisplayString().contains(secret) || secret.size() < 8);
}

void TestClient::serviceErrors_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown action")
        << u"DescribeUnicorns"_s << QString() << u"InvalidAction.NotFound"_s << 404;
    QTest::newRow("zones without region")
        << u"DescribeZones"_s << QString() << u"MissingParameter"_s << 400;
    QTest::newRow("zones of unknown region")
        << u"DescribeZones"_s << u"xx-nowhere-1"_s << u"InvalidRegionId.NotFound"_s << 404;
}

void TestClient::serviceErrors()
{
    QFETCH(QString, action);
    QFETCH(QString, regionId);
    QFETCH(QString, code);
    QFETCH(int, status);
    for (auto version : { SignatureVersion::RpcV1, SignatureVersion::Acs3 }) {
        EcsClient client(&m_nam, simConfig(version));
        ApiRequest request(action);
        request.setIfNotEmpty(u"RegionId"_s, regionId);
        std::unique_ptr<ApiCall> call(sendAndWait(client, request));
        QCOMPARE(call->error().code, code);
        QCOMPARE(call->httpStatus(), status);
        QVERIFY(!call->requestId().isEmpty());
    }
}

void TestClient::typedCallDropsStaleReplies()
{
    EcsClient client(&m_nam, simConfig());
    int delivered = 0;
    auto *context = new QObject;
    client.call<ops::DescribeRegions>(ops::DescribeRegions::request(), context,
        [&](const Result<QList<Region>> &) { ++delivered; });
    delete context; // e.g. the pane was closed while the call was in flight
    int live = 0;
    QObject liveContext;
    client.call<ops::DescribeRegions>(ops::DescribeRegions::request(), &liveContext,
        [&](const Result<QList<Region>> &r) { live = r.ok() ? r->size() : -1; });
    QTRY_VERIFY_WITH_TIMEOUT(live != 0, 10'000);
    QVERIFY(live >= 20);
    QTRY_COMPARE(client.callsInFlight(), 0);
    QCOMPARE(delivered, 0);
}

void TestClient::badAnswers_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("expected");
    QTest::addColumn<QString>("messageContains");
    using R = ScriptedHttpServer::Reply::Kind;
    QTest::newRow("malformed JSON")
        << int(R::Respond) << 200 << QByteArray("{\"Regions\": [1,2,,]}") << Kind::Malformed
        << u"not valid JSON"_s;
    QTest::newRow("HTML error page")
        << int(R::Respond) << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>")
        << Kind::Malformed << u"web page"_s;
    QTest::newRow("empty 200") << int(R::Respond) << 200 << QByteArray() << Kind::Malformed
                               << u"empty body"_s;
    QTest::newRow("truncated body")
        << int(R::Truncate) << 200 << QByteArray("{\"Regions\":{\"Region\":[") << Kind::Network
        << u"before the whole response"_s;
    QTest::newRow("closed without answer")
        << int(R::Close) << 0 << QByteArray() << Kind::Network << u"closed the connection"_s;
    QTest::newRow("service error 503")
        << int(R::Respond) << 503
        << QByteArray(R"({"Code":"ServiceUnavailable","Message":"busy","RequestId":"R9"})")
        << Kind::Service << u"busy"_s;
}

void TestClient::badAnswers()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, expected);
    QFETCH(QString, messageContains);

    ScriptedHttpServer server;
    QVERIFY(server.start());
    ScriptedHttpServer::Reply reply;
    reply.kind = ScriptedHttpServer::Reply::Kind(kind);
    reply.status = status;
    reply.contentType = status == 502 ? "text/html" : "application/json";
    reply.body = body;
    server.setReply(reply);

    ClientConfig config = simConfig();
    config.endpointOverride = server.url();
    config.retry.maxAttempts = 1; // the mapping of one answer; retries have their own test
    EcsClient client(&m_nam, config);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QVERIFY(call->isFinished());
    QCOMPARE(call->error().kind, expected);
    QVERIFY2(call->error().message.contains(messageContains), qPrintable(call->error().message));
    QCOMPARE(call->attempts(), 1);
    // Qt itself resends once when a connection closes before the first byte of a response;
    // every other answer must have been asked for exactly once.
    if (reply.kind != ScriptedHttpServer::Reply::Kind::Close)
        QCOMPARE(server.requestCount(), 1);
}

void TestClient::transferTimeout()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::silence());
    ClientConfig config = simConfig();
    config.endpointOverride = server.url();
    config.transferTimeoutMs = 300;
    config.retry.maxAttempts = 1;
    EcsClient client(&m_nam, config);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QCOMPARE(call->error().kind, Kind::Timeout);
}

void TestClient::deadline()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::silence());
    ClientConfig config = simConfig();
    config.endpointOverride = server.url();
    config.transferTimeoutMs = 60'000;
    config.deadlineMs = 300;
    EcsClient client(&m_nam, config);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QCOMPARE(call->error().kind, Kind::Timeout);
    QVERIFY(call->error().message.contains(u"took too long"_s));
}

void TestClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more
    ClientConfig config = simConfig();
    config.endpointOverride = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
    config.retry.baseDelayMs = 1;
    EcsClient client(&m_nam, config);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QCOMPARE(call->error().kind, Kind::Network);
    QVERIFY(call->error().message.contains(u"refused"_s));
    QCOMPARE(call->attempts(), 3);
}

void TestClient::bodyTooLarge()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(
        ScriptedHttpServer::json(200, "{\"Pad\":\"" + QByteArray(4 * 1024 * 1024, 'x') + "\"}"));
    ClientConfig config = simConfig();
    config.endpointOverride = server.url();
    config.maxResponseBytes = 1024 * 1024;
    EcsClient client(&m_nam, config);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QCOMPARE(call->error().kind, Kind::Malformed);
    QVERIFY(call->error().message.contains(u"larger than"_s));
}

void TestClient::cancelCompletesOnce()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::silence());
    ClientConfig config = simConfig();
    config.endpointOverride = server.url();
    EcsClient client(&m_nam, config);
    ApiCall *call = client.send(ops::DescribeRegions::request());
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE(server.requestCount(), 1);
    call->cancel();
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->error().kind, Kind::Cancelled);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(client.callsInFlight(), 0);

    // Cancelled before it even started.
    ApiCall *early = client.send(ops::DescribeRegions::request());
    QSignalSpy earlyFinished(early, &ApiCall::finished);
    early->cancel();
    QCOMPARE(earlyFinished.size(), 1);
    QTest::qWait(0); // let the queued start run: it must not start or finish again
    QCOMPARE(server.requestCount(), 1);
}

void TestClient::cancelAll()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::silence());
    ClientConfig config = simConfig();
    config.endpointOverride = server.url();
    EcsClient client(&m_nam, config);
    QSignalSpy done(&client, &EcsClient::callFinished);
    for (int i = 0; i < 3; ++i)
        client.send(ops::DescribeRegions::request());
    QTRY_COMPARE(server.requestCount(), 3);
    client.cancelAll();
    QCOMPARE(done.size(), 3);
    QCOMPARE(client.callsInFlight(), 0);
}

void TestClient::refusesPlainHttpToRemoteHosts()
{
    ClientConfig config = simConfig();
    config.endpointOverride = QUrl(u"http://ecs.cn-hangzhou.aliyuncs.com/"_s);
    EcsClient client(&m_nam, config);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QCOMPARE(call->error().kind, Kind::Configuration);
    QVERIFY(call->error().message.contains(u"HTTPS"_s));
}

void TestClient::refusesMissingCredentials()
{
    ClientConfig config = simConfig();
    config.credentials.accessKeySecret.clear();
    EcsClient client(&m_nam, config);
    std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
    QCOMPARE(call->error().kind, Kind::Configuration);
}

void TestClient::endpointSelection()
{
    ClientConfig config;
    EcsClient client(&m_nam, config);
    QCOMPARE(client.endpointFor(ApiRequest(u"DescribeRegions"_s)).toString(),
        u"https://ecs.aliyuncs.com/"_s);
    ApiRequest regional(u"DescribeInstances"_s);
    regional.setRegion(u"eu-central-1"_s);
    QCOMPARE(client.endpointFor(regional).toString(), u"https://ecs.eu-central-1.aliyuncs.com/"_s);
    QVERIFY(client.setRegionEndpoint(u"eu-central-1"_s, u"ecs-eu-central-1.aliyuncs.com"_s));
    QCOMPARE(client.endpointFor(regional).toString(), u"https://ecs-eu-central-1.aliyuncs.com/"_s);
    // A server cannot send a profile's signed requests to a host outside the service.
    QVERIFY(!client.setRegionEndpoint(u"eu-central-1"_s, u"ecs.eu-central-1.example.com"_s));
    QCOMPARE(client.endpointFor(regional).toString(), u"https://ecs-eu-central-1.aliyuncs.com/"_s);
    // The same word again (every DescribeRegions answer) keeps it; a changed one is checked anew.
    QVERIFY(client.setRegionEndpoint(u"eu-central-1"_s, u"ecs-eu-central-1.aliyuncs.com"_s));
    QVERIFY(!client.setRegionEndpoint(u"eu-central-1"_s, u"ecs-eu-central-1.aliyuncs.com:0"_s));
    QCOMPARE(client.regionEndpoint(u"eu-central-1"_s), u"ecs-eu-central-1.aliyuncs.com"_s);
    QVERIFY(client.setRegionEndpoint(u"eu-central-1"_s, u"ecs-eu-central-1.aliyuncs.com:8443"_s));
    QCOMPARE(
        client.endpointFor(regional).toString(), u"https://ecs-eu-central-1.aliyuncs.com:8443/"_s);
    ApiRequest vpc(u"DescribeVSwitches"_s, ApiRequest::Product::Vpc);
    vpc.setRegion(u"cn-beijing"_s);
    QCOMPARE(client.endpointFor(vpc).toString(), u"https://vpc.cn-beijing.aliyuncs.com/"_s);
    QCOMPARE(vpc.version(), u"2016-04-28"_s);
}

void TestClient::regionEndpointsLearnedFromDescribeRegions_data()
{
    QTest::addColumn<bool>("typed");
    // The answer as call<DescribeRegions> mapped it on its worker, or a bare send()'s body.
    QTest::newRow("call<DescribeRegions>") << true;
    QTest::newRow("send()") << false;
}

void TestClient::regionEndpointsLearnedFromDescribeRegions()
{
    QFETCH(bool, typed);
    ClientConfig config = simConfig();
    config.followRegionEndpoints = true;
    EcsClient client(&m_nam, config);
    const QString region = u"cn-hangzhou"_s;
    QVERIFY(client.regionEndpoint(region).isEmpty());
    QString seenByHandler;
    if (typed) {
        bool answered = false;
        QObject context;
        client.call<ops::DescribeRegions>(
            ops::DescribeRegions::request(), &context, [&](const Result<QList<Region>> &r) {
                QVERIFY(r.ok());
                seenByHandler = client.regionEndpoint(region); // learned before the handler
                answered = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
        QCOMPARE(seenByHandler, client.regionEndpoint(region));
    } else {
        std::unique_ptr<ApiCall> call(sendAndWait(client, ops::DescribeRegions::request()));
        QVERIFY(call->ok());
    }
    const QString learned = client.regionEndpoint(region);
    QVERIFY2(learned.contains(u':'), qPrintable(learned)); // the simulator's own port for it
    ApiRequest regional(u"DescribeInstances"_s);
    regional.setRegion(region);
    const QUrl url = client.endpointFor(regional);
    QCOMPARE(u"%1:%2"_s.arg(url.host()).arg(url.port()), learned);
    QVERIFY(url.port() != m_simUrl.port());
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
