// The JSON text the simulator writes by hand for DescribeInstances pages (JsonWriter,
// appendInstanceJson) says exactly what the QJsonObject it replaces said.
#include "simjsonwriter.h"
#include "simops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs::sim;

class TestSimJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void numbers_data();
    void numbers();
    void instancesAsObjects();
    void describeInstancesPage();
};

void TestSimJson::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"web-01"_s;
    QTest::newRow("quote and backslash") << u"a \"b\" \\c\\"_s;
    QTest::newRow("controls") << u"line\nnext\ttab\r\x01\x1f end"_s;
    QTest::newRow("chinese") << u"生产环境 实例"_s;
    QTest::newRow("emoji") << u"🚀 launch"_s;
    QTest::newRow("slash and html") << u"</script><b>&amp;"_s;
}

void TestSimJson::strings()
{
    QFETCH(QString, text);
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    json.member("Text"_L1, text);
    json.member("List"_L1, QStringList { text, text });
    json.endObject();
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.value("Text"_L1).toString(), text);
    QCOMPARE(parsed.value("List"_L1).toArray(), QJsonArray({ text, text }));
}

void TestSimJson::numbers_data()
{
    QTest::addColumn<double>("number");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("integral") << 16384.0;
    QTest::newRow("negative") << -1.0;
    QTest::newRow("price") << 0.034;
    QTest::newRow("small") << 1e-7;
    QTest::newRow("large") << 1.5e300;
}

void TestSimJson::numbers()
{
    QFETCH(double, number);
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    json.item();
    json.value(number);
    json.item();
    json.value(qint64(-42));
    json.item();
    json.value(true);
    json.endArray();
    const QJsonArray parsed = QJsonDocument::fromJson(out).array();
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed.at(0).toDouble(), number);
    QCOMPARE(parsed.at(1).toInteger(), -42);
    QCOMPARE(parsed.at(2).toBool(), true);
}

void TestSimJson::instancesAsObjects()
{
    QString error;
    SimWorld world(SimDataset::builtIn(&error), SimCatalog::builtIn(&error), 7, 1.0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    world.populate(400, 20);
    QList<const SimInstance *> instances = world.instances();
    QCOMPARE(instances.size(), 400);
    // Every field the hand-written record has, with values a page rarely shows.
    SimInstance odd = *instances.first();
    odd.instanceId = u"i-odd"_s;
    odd.description = u"\"quoted\"\nline 中文 🚀"_s;
    odd.lockReasons = { u"financial"_s, u"Recycling"_s };
    odd.tags = { { u"env"_s, u"prod"_s }, { u"owner"_s, u"张三"_s } };
    odd.spotStrategy = u"SpotWithPriceLimit"_s;
    odd.spotPriceLimit = 0.0345;
    odd.publicIpAddress.clear();
    odd.autoReleaseTime = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    odd.expiredTime = QDateTime(QDate(2027, 1, 2), QTime(3, 4), Qt::UTC);
    odd.instanceChargeType = u"PrePaid"_s;
    instances.append(&odd);
    for (const SimInstance *instance : std::as_const(instances)) {
        QByteArray text;
        ops::appendInstanceJson(text, world, *instance);
        QJsonParseError parseError;
        const QJsonObject written = QJsonDocument::fromJson(text, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject expected = ops::instanceJson(world, *instance);
        QCOMPARE(written.keys(), expected.keys());
        for (const QString &key : expected.keys())
            QVERIFY2(written.value(key) == expected.value(key),
                qPrintable(instance->instanceId + u' ' + key));
    }
}

void TestSimJson::describeInstancesPage()
{
    // The spliced member, as JSON and as XML (parsed back in for XML answers).
    SimService::Outcome outcome;
    outcome.body = QJsonObject { { u"TotalCount"_s, 2 } };
    outcome.rawKey = "Instances"_L1;
    outcome.rawValue = R"({"Instance":[{"InstanceId":"i-1"},{"InstanceId":"i-2"}]})";
    const QJsonObject merged = SimService::bodyWithRawMember(outcome);
    QCOMPARE(merged.value("TotalCount"_L1).toInt(), 2);
    const QJsonArray items = merged.value("Instances"_L1).toObject().value("Instance"_L1).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value("InstanceId"_L1).toString(), u"i-2"_s);
}

QTEST_GUILESS_MAIN(TestSimJson)
#include "tst_simjson.moc"
