// The simulator's authentication, request by request: every shape the real gateway accepts,
// every way a request is refused, with the client's own request builder producing the requests.
#include "requestauthenticator.h"
#include "requestbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::sim;

namespace {

const QString kId = u"LTAItestkey"_s;
const QString kSecret = u"test-secret"_s;
const QUrl kEndpoint(u"http://127.0.0.1:4321"_s);

enum class Shape { V1Get, V1PostForm, V1PostQuery, V3Post, V3Get };

ClientConfig configFor(Shape shape, const QString &secret = kSecret, const QString &token = {})
{
    ClientConfig config;
    config.credentials = { kId, secret, token };
    config.signatureVersion = (shape == Shape::V3Post || shape == Shape::V3Get)
        ? SignatureVersion::Acs3
        : SignatureVersion::RpcV1;
    config.httpMethod = (shape == Shape::V1Get || shape == Shape::V3Get) ? "GET" : "POST";
    return config;
}

// The POST-with-everything-in-the-query shape (@alicloud/ecs20140526 with v1 signing) is not one
// the console sends, so it is built here from the v1 signer directly.
SimRequest postQueryRequest(const ApiRequest &api, const QString &secret, const QString &token,
    const QDateTime &now, const QString &nonce)
{
    ParamMap params = api.params();
    if (!token.isEmpty())
        params.insert(u"SecurityToken"_s, token);
    params.insert(u"Action"_s, api.action());
    params.insert(u"Version"_s, api.version());
    params.insert(u"Format"_s, u"JSON"_s);
    params.insert(u"AccessKeyId"_s, kId);
    params.insert(u"SignatureMethod"_s, u"HMAC-SHA1"_s);
    params.insert(u"SignatureVersion"_s, u"1.0"_s);
    params.insert(u"SignatureNonce"_s, nonce);
    params.insert(u"Timestamp"_s, apiTimestamp(now));
    params.insert(u"Signature"_s, RpcV1::sign("POST", params, secret));
    QUrl url = kEndpoint;
    url.setPath(u"/"_s);
    url.setQuery(QString::fromLatin1(canonicalQuery(params)), QUrl::StrictMode);
    return SimRequest::fromHttp("POST", url, { { "Host", "127.0.0.1:4321" } }, {});
}

// What the server would see for the client's signed request.
SimRequest wireRequest(Shape shape, const ApiRequest &api, const QString &secret = kSecret,
    const QString &token = {}, const QDateTime &now = QDateTime::currentDateTimeUtc(),
    const QString &nonce = ApiRequest::newClientToken())
{
    if (shape == Shape::V1PostQuery)
        return postQueryRequest(api, secret, token, now, nonce);
    const HttpRequest http
        = buildHttpRequest(api, configFor(shape, secret, token), kEndpoint, now, nonce);
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.append({ "Host", hostHeader(kEndpoint) });
    for (const QByteArray &name : http.request.rawHeaderList())
        headers.append({ name, http.request.rawHeader(name) });
    const QVariant contentType = http.request.header(QNetworkRequest::ContentTypeHeader);
    if (contentType.isValid())
        headers.append({ "Content-Type", contentType.toByteArray() });
    return SimRequest::fromHttp(http.method, http.request.url(), headers, http.body);
}

ApiRequest describeInstances()
{
    ApiRequest api(u"DescribeInstances"_s);
    api.setRegion(u"cn-hangzhou"_s)
        .setJsonList(u"InstanceIds"_s, { u"i-abc"_s, u"i-def"_s })
        .set(u"InstanceName"_s, u"my vm*(x)!~' 中文+plus"_s)
        .setTags({ { u"env"_s, u"prod & test"_s } });
    return api;
}

SimOptions options()
{
    SimOptions o;
    o.accessKeyId = kId;
    o.accessKeySecret = kSecret;
    o.stsTokens.insert(kId, u"sts-token-good"_s);
    return o;
}

} // namespace

class TestSimAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsEveryShape_data();
    void acceptsEveryShape();
    void refuses_data();
    void refuses();
    void timestampWindow_data();
    void timestampWindow();
    void nonceReplay();
    void mismatchQuotesServerStringToSign();
    void formatIsWhatTheRequestAsked();
    void parsesTimestamps_data();
    void parsesTimestamps();
};

void TestSimAuth::acceptsEveryShape_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("token");
    QTest::newRow("v1 GET query") << Shape::V1Get << QString();
    QTest::newRow("v1 POST form body") << Shape::V1PostForm << QString();
    QTest::newRow("v1 POST query") << Shape::V1PostQuery << QString();
    QTest::newRow("v3 POST") << Shape::V3Post << QString();
    QTest::newRow("v3 GET") << Shape::V3Get << QString();
    QTest::newRow("v1 GET with STS") << Shape::V1Get << u"sts-token-good"_s;
    QTest::newRow("v1 POST form with STS") << Shape::V1PostForm << u"sts-token-good"_s;
    QTest::newRow("v3 POST with STS") << Shape::V3Post << u"sts-token-good"_s;
}

void TestSimAuth::acceptsEveryShape()
{
    QFETCH(Shape, shape);
    QFETCH(QString, token);
    RequestAuthenticator auth(options());
    SimRequest request = wireRequest(shape, describeInstances(), kSecret, token);
    const SimError error = auth.authenticate(request, QDateTime::currentDateTimeUtc());
    QVERIFY2(!error.isError(), qPrintable(error.code + u": "_s + error.message));
    QCOMPARE(request.action, u"DescribeInstances"_s);
    QCOMPARE(request.version, u"2014-05-26"_s);
    QCOMPARE(request.accessKeyId, kId);
    QCOMPARE(request.acs3, shape == Shape::V3Post || shape == Shape::V3Get);
    // The operation sees its own parameters, decoded, and none of the signature's.
    QCOMPARE(request.param(u"RegionId"_s), u"cn-hangzhou"_s);
    QCOMPARE(request.param(u"InstanceIds"_s), uR"(["i-abc","i-def"])"_s);
    QCOMPARE(request.param(u"InstanceName"_s), u"my vm*(x)!~' 中文+plus"_s);
    QCOMPARE(request.param(u"Tag.1.Value"_s), u"prod & test"_s);
    QVERIFY(!request.params.contains(u"Signature"_s));
    QVERIFY(!request.params.contains(u"SecurityToken"_s));
    QVERIFY(!request.params.contains(u"AccessKeyId"_s));
}

void TestSimAuth::refuses_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");

    const QList<std::pair<const char *, Shape>> shapes = { { "v1 GET", Shape::V1Get },
        { "v1 POST form", Shape::V1PostForm }, { "v1 POST query", Shape::V1PostQuery },
        { "v3 POST", Shape::V3Post }, { "v3 GET", Shape::V3Get } };
    for (const auto &[name, shape] : shapes) {
        const bool v3 = shape == Shape::V3Post || shape == Shape::V3Get;
        QTest::addRow("%s wrong secret", name)
            << shape << u"wrong"_s << QString() << QString() << u"SignatureDoesNotMatch"_s << 400;
        QTest::addRow("%s unknown key", name)
            << shape << kSecret << QString() << u"key"_s << u"InvalidAccessKeyId.NotFound"_s << 404;
        QTest::addRow("%s parameter changed after signing", name)
            << shape << kSecret << QString() << u"param"_s << u"SignatureDoesNotMatch"_s << 400;
        QTest::addRow("%s bad STS token", name)
            << shape << kSecret << u"sts-token-bad"_s << QString()
            << u"InvalidSecurityToken.Malformed"_s << 400;
        QTest::addRow("%s no timestamp", name)
            << shape << kSecret << QString() << u"no-time"_s << u"MissingParameter"_s << 400;
        QTest::addRow("%s malformed timestamp", name)
            << shape << kSecret << QString() << u"bad-time"_s << u"InvalidTimeStamp.Format"_s
            << 400;
        if (v3) {
            QTest::addRow("%s malformed Authorization", name)
                << shape << kSecret << QString() << u"authorization"_s << u"IncompleteSignature"_s
                << 400;
            QTest::addRow("%s action not signed", name)
                << shape << kSecret << QString() << u"unsigned-action"_s << u"IncompleteSignature"_s
                << 400;
            QTest::addRow("%s body does not match its hash", name)
                << shape << kSecret << QString() << u"body"_s << u"IncompleteSignature"_s << 400;
            QTest::addRow("%s no nonce", name)
                << shape << kSecret << QString() << u"no-nonce"_s << u"MissingParameter"_s << 400;
        } else {
            QTest::addRow("%s no signature", name)
                << shape << kSecret << QString() << u"no-signature"_s << u"MissingParameter"_s
                << 400;
            QTest::addRow("%s no access key", name)
                << shape << kSecret << QString() << u"no-key"_s << u"MissingParameter"_s << 400;
            QTest::addRow("%s SHA-256 method", name) << shape << kSecret << QString() << u"method"_s
                                                     << u"UnsupportedSignatureMethod"_s << 400;
        }
    }
}

void TestSimAuth::refuses()
{
    QFETCH(Shape, shape);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, tamper);
    QFETCH(QString, code);
    QFETCH(int, status);

    RequestAuthenticator auth(options());
    SimRequest request = wireRequest(shape, describeInstances(), secret, token);
    const bool v3 = shape == Shape::V3Post || shape == Shape::V3Get;
    // Tampering touches the query, the form body or the headers, wherever the shape put the value.
    ParamMap &v1Params = request.form.isEmpty() ? request.query : request.form;
    if (tamper == u"key") {
        if (v3)
            request.headers["authorization"].replace(kId.toLatin1(), "LTAInobody");
        else
            v1Params[u"AccessKeyId"_s] = u"LTAInobody"_s;
    } else if (tamper == u"param") {
        (v3 ? request.query : v1Params)[u"RegionId"_s] = u"cn-beijing"_s;
    } else if (tamper == u"no-time") {
        request.headers.remove("x-acs-date");
        v1Params.remove(u"Timestamp"_s);
    } else if (tamper == u"bad-time") {
        request.headers["x-acs-date"] = "yesterday";
        if (!v3)
            v1Params[u"Timestamp"_s] = u"2024-13-45 25:61"_s;
    } else if (tamper == u"authorization") {
        request.headers["authorization"] = "Basic dXNlcjpwYXNz";
    } else if (tamper == u"unsigned-action") {
        request.headers["authorization"].replace("x-acs-action;", "");
    } else if (tamper == u"body") {
        request.body = "extra=1";
    } else if (tamper == u"no-nonce") {
        request.headers.remove("x-acs-signature-nonce");
    } else if (tamper == u"no-signature") {
        v1Params.remove(u"Signature"_s);
    } else if (tamper == u"no-key") {
        v1Params.remove(u"AccessKeyId"_s);
    } else if (tamper == u"method") {
        v1Params[u"SignatureMethod"_s] = u"HMAC-SHA256"_s;
    }
    const SimError error = auth.authenticate(request, QDateTime::currentDateTimeUtc());
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.message.contains(kSecret));
}

void TestSimAuth::timestampWindow_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("offsetMinutes");
    QTest::addColumn<bool>("accepted");
    for (Shape shape : { Shape::V1Get, Shape::V3Post }) {
        const char *name = shape == Shape::V1Get ? "v1" : "v3";
        QTest::addRow("%s 14 min behind", name) << shape << -14 << true;
        QTest::addRow("%s 14 min ahead", name) << shape << 14 << true;
        QTest::addRow("%s 16 min behind", name) << shape << -16 << false;
        QTest::addRow("%s 16 min ahead", name) << shape << 16 << false;
        QTest::addRow("%s a day behind", name) << shape << -24 * 60 << false;
    }
}

void TestSimAuth::timestampWindow()
{
    QFETCH(Shape, shape);
    QFETCH(int, offsetMinutes);
    QFETCH(bool, accepted);
    RequestAuthenticator auth(options());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SimRequest request
        = wireRequest(shape, describeInstances(), kSecret, {}, now.addSecs(offsetMinutes * 60));
    const SimError error = auth.authenticate(request, now);
    QCOMPARE(error.isError(), !accepted);
    if (!accepted)
        QCOMPARE(error.code, u"InvalidTimeStamp.Expired"_s);
}

void TestSimAuth::nonceReplay()
{
    for (Shape shape : { Shape::V1Get, Shape::V1PostForm, Shape::V3Post }) {
        RequestAuthenticator auth(options());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SimRequest first = wireRequest(shape, describeInstances(), kSecret, {}, now, u"nonce-1"_s);
        SimRequest replay = first;
        QVERIFY(!auth.authenticate(first, now).isError());
        QCOMPARE(auth.authenticate(replay, now.addSecs(60)).code, u"SignatureNonceUsed"_s);
        // A request that fails its signature does not burn the nonce of a genuine one.
        SimRequest forged
            = wireRequest(shape, describeInstances(), u"wrong"_s, {}, now, u"nonce-2"_s);
        QCOMPARE(auth.authenticate(forged, now).code, u"SignatureDoesNotMatch"_s);
        SimRequest genuine
            = wireRequest(shape, describeInstances(), kSecret, {}, now, u"nonce-2"_s);
        QVERIFY(!auth.authenticate(genuine, now).isError());
        QCOMPARE(auth.rememberedNonces(), 2);
    }
}

void TestSimAuth::mismatchQuotesServerStringToSign()
{
    RequestAuthenticator auth(options());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SimRequest request
        = wireRequest(Shape::V1Get, describeInstances(), u"wrong"_s, {}, now, u"n-9"_s);
    ParamMap signedParams = request.query;
    signedParams.remove(u"Signature"_s);
    const SimError error = auth.authenticate(request, now);
    QCOMPARE(error.code, u"SignatureDoesNotMatch"_s);
    // The user can diff the server's string to sign against the one they computed.
    QVERIFY(error.message.endsWith(QString::fromLatin1(RpcV1::stringToSign("GET", signedParams))));
}

void TestSimAuth::formatIsWhatTheRequestAsked()
{
    RequestAuthenticator auth(options());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiRequest api(u"DescribeRegions"_s);
    SimRequest request = wireRequest(Shape::V1Get, api, kSecret, {}, now);
    QCOMPARE(request.query.value(u"Format"_s), u"JSON"_s);
    QVERIFY(!auth.authenticate(request, now).isError());
    QCOMPARE(request.format, u"JSON"_s);

    SimRequest v3 = wireRequest(Shape::V3Post, api, kSecret, {}, now);
    QVERIFY(!auth.authenticate(v3, now).isError());
    QCOMPARE(v3.format, u"JSON"_s);
}

void TestSimAuth::parsesTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("canonical") << u"2024-01-01T00:00:00Z"_s << true;
    QTest::newRow("no zone") << u"2024-01-01T00:00:00"_s << false;
    QTest::newRow("offset") << u"2024-01-01T00:00:00+08:00"_s << false;
    QTest::newRow("month 13") << u"2024-13-01T00:00:00Z"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("words") << u"yesterday"_s << false;
}

void TestSimAuth::parsesTimestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QDateTime parsed = parseApiTimestamp(text);
    QCOMPARE(parsed.isValid(), valid);
    if (valid)
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
