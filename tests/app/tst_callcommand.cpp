// `ecs-console call` as users run it: the real executable against ecs-sim over loopback, with
// credentials from the environment, both signature versions and both methods.
#include "embeddedsimulator.h"
#include "simdefaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCallCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describeRegions_data();
    void describeRegions();
    void parametersAndRegion();
    void wrongSecret();
    void usageErrors_data();
    void usageErrors();
    void unreachableEndpoint();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args,
        const QString &secret = QString::fromLatin1(ecs::sim::kDemoAccessKeySecret),
        bool withCredentials = true);

    ecs::sim::EmbeddedSimulator m_sim;
    QString m_endpoint;
};

void TestCallCommand::initTestCase()
{
    QSignalSpy ready(&m_sim, &ecs::sim::EmbeddedSimulator::ready);
    ecs::sim::SimOptions options;
    options.accessKeyId = QString::fromLatin1(ecs::sim::kDemoAccessKeyId);
    options.accessKeySecret = QString::fromLatin1(ecs::sim::kDemoAccessKeySecret);
    m_sim.start(options);
    QVERIFY(ready.wait(10'000));
    m_endpoint = ready.first().first().toUrl().toString();
}

TestCallCommand::Run TestCallCommand::run(
    const QStringList &args, const QString &secret, bool withCredentials)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // the command must not need one
    env.remove(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
    if (withCredentials) {
        env.insert(
            u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, QString::fromLatin1(ecs::sim::kDemoAccessKeyId));
        env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, secret);
    } else {
        env.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
        env.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ECS_CONSOLE_EXE), QStringList { u"call"_s } + args);
    // The simulator lives in this process's event loop thread-side; keep the loop spinning.
    QSignalSpy finished(&process, &QProcess::finished);
    finished.wait(30'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

void TestCallCommand::describeRegions_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("method");
    for (const char *sig : { "v1", "v3" })
        for (const char *method : { "GET", "POST" })
            QTest::addRow("%s %s", sig, method)
                << QString::fromLatin1(sig) << QString::fromLatin1(method);
}

void TestCallCommand::describeRegions()
{
    QFETCH(QString, signature);
    QFETCH(QString, method);
    const Run r = run({ u"DescribeRegions"_s, u"--endpoint"_s, m_endpoint, u"--signature"_s,
        signature, u"--method"_s, method });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject body = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!body.value(u"RequestId"_s).toString().isEmpty());
    QVERIFY(body[u"Regions"_s][u"Region"_s].toArray().size() >= 20);
}

void TestCallCommand::parametersAndRegion()
{
    Run r
        = run({ u"DescribeZones"_s, u"--region"_s, u"cn-hangzhou"_s, u"--endpoint"_s, m_endpoint });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray zones = QJsonDocument::fromJson(r.out).object()[u"Zones"_s][u"Zone"_s].toArray();
    QVERIFY(zones.size() >= 2);
    QVERIFY(zones.first()[u"ZoneId"_s].toString().startsWith(u"cn-hangzhou-"_s));

    r = run({ u"DescribeRegions"_s, u"AcceptLanguage=en-US"_s, u"--endpoint"_s, m_endpoint,
        u"--signature"_s, u"v1"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray regions
        = QJsonDocument::fromJson(r.out).object()[u"Regions"_s][u"Region"_s].toArray();
    bool foundEnglish = false;
    for (const QJsonValue &region : regions)
        foundEnglish |= region[u"LocalName"_s].toString().contains(u"Hangzhou"_s);
    QVERIFY(foundEnglish);
}

void TestCallCommand::wrongSecret()
{
    for (const QString &sig : { u"v1"_s, u"v3"_s }) {
        const Run r
            = run({ u"DescribeRegions"_s, u"--endpoint"_s, m_endpoint, u"--signature"_s, sig },
                u"not-the-secret"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Code: SignatureDoesNotMatch"), r.err.constData());
        QVERIFY(r.err.contains("RequestId: "));
        QVERIFY(!r.err.contains("not-the-secret"));
    }
}

void TestCallCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no action") << QStringList() << true << QByteArray("Missing ACTION");
    QTest::newRow("bad pair") << QStringList { u"DescribeRegions"_s, u"oops"_s } << true
                              << QByteArray("Key=Value");
    QTest::newRow("bad signature") << QStringList { u"DescribeRegions"_s, u"--signature"_s,
        u"v2"_s } << true << QByteArray("v1 or v3");
    QTest::newRow("no credentials") << QStringList { u"DescribeRegions"_s } << false
                                    << QByteArray("ALIBABA_CLOUD_ACCESS_KEY_ID");
}

void TestCallCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withCredentials);
    QFETCH(QByteArray, message);
    const Run r = run(args + QStringList { u"--endpoint"_s, m_endpoint },
        QString::fromLatin1(ecs::sim::kDemoAccessKeySecret), withCredentials);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCallCommand::unreachableEndpoint()
{
    const Run r = run({ u"DescribeRegions"_s, u"--endpoint"_s, u"http://127.0.0.1:1/"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("refused"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCallCommand)
#include "tst_callcommand.moc"
