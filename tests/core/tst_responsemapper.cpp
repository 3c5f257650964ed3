// The one place where HTTP answers become values or typed errors, fed with what real endpoints,
// proxies and broken networks send back.
#include "responsemapper.h"
#include "types/region.h"

#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ecs::ApiError::Kind)

class TestResponseMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void serviceErrorFields();
    void xmlServiceError();
    void requestIdFromHeaderWhenBodyHasNone();
    void transportFailures_data();
    void transportFailures();
    void typedParse_data();
    void typedParse();
};

void TestResponseMapper::mapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageContains");

    const QByteArray json = "application/json";
    QTest::newRow("success") << 200 << json
                             << QByteArray(R"({"RequestId":"R1","Regions":{"Region":[]}})")
                             << Kind::None << QString() << QString();
    QTest::newRow("service error")
        << 400 << json
        << QByteArray(R"({"RequestId":"R2","Code":"SignatureDoesNotMatch","Message":"no"})")
        << Kind::Service << u"SignatureDoesNotMatch"_s << u"no"_s;
    QTest::newRow("error without code") << 500 << json << QByteArray(R"({"RequestId":"R3"})")
                                        << Kind::Service << QString() << u"without an error code"_s;
    QTest::newRow("empty 200") << 200 << json << QByteArray() << Kind::Malformed << QString()
                               << u"empty body"_s;
    QTest::newRow("whitespace 200")
        << 200 << json << QByteArray(" \r\n ") << Kind::Malformed << QString() << u"empty body"_s;
    QTest::newRow("empty 503") << 503 << json << QByteArray() << Kind::Malformed << QString()
                               << u"HTTP 503"_s;
    QTest::newRow("html 502") << 502 << QByteArray("text/html")
                              << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                              << Kind::Malformed << QString() << u"web page"_s;
    QTest::newRow("html with json content type")
        << 200 << json << QByteArray("<!DOCTYPE html><html><head></head></html>") << Kind::Malformed
        << QString() << u"web page"_s;
    QTest::newRow("truncated object")
        << 200 << json << QByteArray(R"({"RequestId":"R4","Regions":{"Reg)") << Kind::Malformed
        << QString() << u"cut off"_s;
    QTest::newRow("garbage") << 200 << json << QByteArray("not json at all") << Kind::Malformed
                             << QString() << u"not valid JSON"_s;
    QTest::newRow("array") << 200 << json << QByteArray("[1,2,3]") << Kind::Malformed << QString()
                           << u"not an object"_s;
    QTest::newRow("plain xml success")
        << 200 << QByteArray("text/xml") << QByteArray("<DescribeRegionsResponse/>")
        << Kind::Malformed << QString() << u"XML"_s;
    QTest::newRow("redirect") << 302 << json << QByteArray("{}") << Kind::Malformed << QString()
                              << u"302"_s;
    QTest::newRow("nul bytes") << 200 << json << QByteArray("{\"a\":\0}", 7) << Kind::Malformed
                               << QString() << QString();
}

void TestResponseMapper::mapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, messageContains);

    const MappedResponse mapped = mapResponse({ status, contentType, "HDR-ID", body });
    QCOMPARE(mapped.error.kind, kind);
    QCOMPARE(mapped.error.code, code);
    QVERIFY2(mapped.error.message.contains(messageContains), qPrintable(mapped.error.message));
    if (kind == Kind::None)
        QVERIFY(!mapped.body.isEmpty());
    else
        QCOMPARE(mapped.error.httpStatus, status);
}

void TestResponseMapper::serviceErrorFields()
{
    const QByteArray body
        = R"({"RequestId":"6C0E7E5A-1111","HostId":"ecs.aliyuncs.com","Code":"InvalidInstanceId.NotFound","Message":"The specified InstanceId does not exist.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidInstanceId.NotFound"})";
    const MappedResponse mapped = mapResponse({ 404, "application/json", "6C0E7E5A-1111", body });
    QCOMPARE(mapped.error.kind, Kind::Service);
    QCOMPARE(mapped.error.httpStatus, 404);
    QCOMPARE(mapped.error.code, u"InvalidInstanceId.NotFound"_s);
    QCOMPARE(mapped.error.requestId, u"6C0E7E5A-1111"_s);
    QCOMPARE(mapped.error.hostId, u"ecs.aliyuncs.com"_s);
    QVERIFY(mapped.error.recommend.startsWith(u"https://api.aliyun.com/"_s));
    const QString shown = mapped.error.toDisplayString();
    QVERIFY(shown.contains(u"The specified InstanceId does not exist."_s));
    QVERIFY(shown.contains(u"InvalidInstanceId.NotFound"_s));
    QVERIFY(shown.contains(u"6C0E7E5A-1111"_s));
}

void TestResponseMapper::xmlServiceError()
{
    const QByteArray body
        = "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>X-1</RequestId>"
          "<HostId>ecs.aliyuncs.com</HostId><Code>Throttling.User</Code>"
          "<Message>Request was denied due to user flow control.</Message></Error>";
    const MappedResponse mapped = mapResponse({ 400, "text/xml", {}, body });
    QCOMPARE(mapped.error.kind, Kind::Service);
    QCOMPARE(mapped.error.code, u"Throttling.User"_s);
    QCOMPARE(mapped.error.requestId, u"X-1"_s);
    QCOMPARE(mapped.error.message, u"Request was denied due to user flow control."_s);
}

void TestResponseMapper::requestIdFromHeaderWhenBodyHasNone()
{
    const MappedResponse mapped = mapResponse({ 200, "application/json", "HDR-ID", "{\"a\":1}" });
    QVERIFY(!mapped.error.isError());
    QCOMPARE(mapped.requestId, u"HDR-ID"_s);
}

void TestResponseMapper::transportFailures_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("deadline");
    QTest::addColumn<bool>("tooLarge");
    QTest::addColumn<QStringList>("tlsErrors");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << false
                             << false << QStringList() << Kind::Network;
    QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << true << false
                               << false << QStringList() << Kind::Cancelled;
    QTest::newRow("deadline") << int(QNetworkReply::OperationCanceledError) << false << true
                              << false << QStringList() << Kind::Timeout;
    QTest::newRow("transfer timeout") << int(QNetworkReply::OperationCanceledError) << false
                                      << false << false << QStringList() << Kind::Timeout;
    QTest::newRow("too large") << int(QNetworkReply::OperationCanceledError) << false << false
                               << true << QStringList() << Kind::Malformed;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << false << false
                         << QStringList { u"The certificate is self-signed, and untrusted"_s }
                         << Kind::Tls;
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false << false << false
                            << QStringList() << Kind::Network;
}

void TestResponseMapper::transportFailures()
{
    QFETCH(int, error);
    QFETCH(bool, cancelled);
    QFETCH(bool, deadline);
    QFETCH(bool, tooLarge);
    QFETCH(QStringList, tlsErrors);
    QFETCH(Kind, kind);
    TransportFailure failure;
    failure.error = QNetworkReply::NetworkError(error);
    failure.errorString = u"qt says no"_s;
    failure.cancelledByCaller = cancelled;
    failure.deadlineExceeded = deadline;
    failure.bodyTooLarge = tooLarge;
    failure.maxBodyBytes = 16 * 1024 * 1024;
    failure.tlsErrors = tlsErrors;
    failure.host = u"ecs.example.com"_s;
    const ApiError mapped = mapTransportFailure(failure);
    QCOMPARE(mapped.kind, kind);
    QVERIFY(!mapped.message.isEmpty());
    if (kind == Kind::Tls)
        QVERIFY(mapped.toDisplayString().contains(u"self-signed"_s));
}

void TestResponseMapper::typedParse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::newRow("two regions") << QByteArray(
        R"({"Regions":{"Region":[{"RegionId":"a","LocalName":"A","RegionEndpoint":"ecs.a","Status":"available"},{"RegionId":"b"}]}})")
                                 << true << 2;
    QTest::newRow("no regions key") << QByteArray(R"({"RequestId":"x"})") << true << 0;
    QTest::newRow("empty string list") << QByteArray(R"({"Regions":""})") << true << 0;
    QTest::newRow("regions is a number") << QByteArray(R"({"Regions":5})") << false << 0;
    QTest::newRow("region is a string")
        << QByteArray(R"({"Regions":{"Region":["a"]}})") << false << 0;
    QTest::newRow("region id is an object")
        << QByteArray(R"({"Regions":{"Region":[{"RegionId":{}}]}})") << false << 0;
    QTest::newRow("region without id")
        << QByteArray(R"({"Regions":{"Region":[{"LocalName":"x"}]}})") << false << 0;
    QTest::newRow("numeric id tolerated")
        << QByteArray(R"({"Regions":{"Region":[{"RegionId":12}]}})") << true << 1;
}

void TestResponseMapper::typedParse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, count);
    const MappedResponse mapped = mapResponse({ 200, "application/json", {}, body });
    QVERIFY(!mapped.error.isError());
    const auto result = ops::DescribeRegions::parse(mapped.body);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result.value().size(), count);
    else
        QCOMPARE(result.error().kind, Kind::Malformed);
}

QTEST_GUILESS_MAIN(TestResponseMapper)
#include "tst_responsemapper.moc"
