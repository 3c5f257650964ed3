// ecs-wire on its own (this test links nothing else): the list encodings the client writes and the
// simulator reads, and the error fields read from JSON and XML bodies.
#include "errorbody.h"
#include "paramencoding.h"

#include <QJsonDocument>
#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;

class TestWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listEncodings();
    void timestamp();
    void jsonErrorBody_data();
    void jsonErrorBody();
    void errorEnvelope_data();
    void errorEnvelope();
    void xmlErrorBody_data();
    void xmlErrorBody();
};

void TestWire::listEncodings()
{
    ParamMap params;
    ParamEncoding::repeatList(params, u"InstanceId"_s, { u"i-a"_s, u"i-b"_s });
    ParamEncoding::structList(params, u"DataDisk"_s,
        { { { u"Size"_s, u"40"_s }, { u"Category"_s, u"cloud_essd"_s } },
            { { u"Size"_s, u"80"_s } } });
    ParamEncoding::tags(params, { { u"team"_s, u"a b"_s }, { u"env"_s, QString() } });
    const ParamMap expected { { u"InstanceId.1"_s, u"i-a"_s }, { u"InstanceId.2"_s, u"i-b"_s },
        { u"DataDisk.1.Size"_s, u"40"_s }, { u"DataDisk.1.Category"_s, u"cloud_essd"_s },
        { u"DataDisk.2.Size"_s, u"80"_s }, { u"Tag.1.Key"_s, u"team"_s },
        { u"Tag.1.Value"_s, u"a b"_s }, { u"Tag.2.Key"_s, u"env"_s },
        { u"Tag.2.Value"_s, QString() } };
    QCOMPARE(params, expected);
    QCOMPARE(ParamEncoding::jsonList({ u"i-a"_s, u"i-\"b\""_s }), uR"(["i-a","i-\"b\""])"_s);
    QCOMPARE(ParamEncoding::jsonList({}), u"[]"_s);
    QCOMPARE(ParamEncoding::commaList({ u"i-a"_s, u"i-b"_s }), u"i-a,i-b"_s);
}

void TestWire::timestamp()
{
    const QDateTime utc(QDate(2026, 12, 1), QTime(10, 0, 5, 789), Qt::UTC);
    QCOMPARE(apiTimestamp(utc), u"2026-12-01T10:00:05Z"_s);
    // Any zone is written in UTC.
    QCOMPARE(apiTimestamp(utc.toOffsetFromUtc(8 * 3600)), u"2026-12-01T10:00:05Z"_s);
}

void TestWire::jsonErrorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::newRow("service error")
        << QByteArray(R"({"Code":"InvalidInstanceId.NotFound","Message":"no such instance",)"
                      R"("RequestId":"R-1","HostId":"ecs.aliyuncs.com","Recommend":"https://x"})")
        << u"InvalidInstanceId.NotFound"_s << u"no such instance"_s << u"R-1"_s;
    QTest::newRow("numeric code") << QByteArray(R"({"Code":500,"Message":"boom"})") << u"500"_s
                                  << u"boom"_s << QString();
    QTest::newRow("no fields") << QByteArray(R"({"Regions":{}})") << QString() << QString()
                               << QString();
    QTest::newRow("wrong types") << QByteArray(R"({"Code":["x"],"Message":{},"RequestId":true})")
                                 << QString() << QString() << QString();
}

void TestWire::jsonErrorBody()
{
    QFETCH(QByteArray, body);
    const ErrorBody error = readJsonErrorBody(QJsonDocument::fromJson(body).object());
    QTEST(error.code, "code");
    QTEST(error.message, "message");
    QTEST(error.requestId, "requestId");
}

void TestWire::errorEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isError");
    QTest::newRow("error fields only")
        << QByteArray(R"({"Code":"Throttling","Message":"slow down","RequestId":"R"})") << true;
    QTest::newRow("with AccessDeniedDetail")
        << QByteArray(R"({"Code":"Forbidden.RAM","Message":"m","AccessDeniedDetail":{}})") << true;
    QTest::newRow("an answer with a code")
        << QByteArray(R"({"Code":"x","Message":"m","Instances":{}})") << false;
    QTest::newRow("OK") << QByteArray(R"({"Code":"OK","Message":"done"})") << false;
    QTest::newRow("200") << QByteArray(R"({"Code":"200","Message":"done"})") << false;
    QTest::newRow("success") << QByteArray(R"({"Code":"success","Message":"done"})") << false;
    QTest::newRow("no message") << QByteArray(R"({"Code":"Throttling"})") << false;
}

void TestWire::errorEnvelope()
{
    QFETCH(QByteArray, body);
    QTEST(isErrorEnvelope(QJsonDocument::fromJson(body).object()), "isError");
}

void TestWire::xmlErrorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("requestId");
    QTest::newRow("error") << QByteArray("<?xml version=\"1.0\"?><Error><RequestId>R-2</RequestId>"
                                         "<Code>Forbidden</Code><Message>no</Message></Error>")
                           << true << u"Forbidden"_s << u"R-2"_s;
    QTest::newRow("not an error root")
        << QByteArray("<DescribeRegionsResponse><RequestId>R-3</RequestId>"
                      "<Code>x</Code></DescribeRegionsResponse>")
        << false << u"x"_s << u"R-3"_s;
    QTest::newRow("no code") << QByteArray("<Error><Message>m</Message></Error>") << false
                             << QString() << QString();
    QTest::newRow("cut off") << QByteArray("<Error><Code>Forbidden</Code><Message>n") << false
                             << u"Forbidden"_s << QString();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString();
}

void TestWire::xmlErrorBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isError);
    bool read = !isError; // the reader must set it
    const ErrorBody error = readXmlErrorBody(body, &read);
    QCOMPARE(read, isError);
    QTEST(error.code, "code");
    QTEST(error.requestId, "requestId");
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
