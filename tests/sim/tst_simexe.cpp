// The ecs-sim executable's contract, which scripts and the README rely on: the first stdout line
// names the URL, the endpoint answers, SIGINT and SIGTERM end it with status 0.
#include "ecsclient.h"
#include "simdefaults.h"
#include "simprocess.h"
#include "types/region.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestSimExe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndStopsOnSignal_data();
    void servesAndStopsOnSignal();
    void acceptsTheGivenKeyPair();
    void refusesBadListenArgument();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void failsWhenThePortIsTaken();
    void tlsWithCertificateOut();
    void stateSurvivesRestart();
    void populatesInstances();
    void injectsFaults();
    void addsLatency();

private:
    static QUrl waitForUrl(QProcess &process);
    int describeRegions(
        const QUrl &url, const QString &keyId, const QString &secret, QString *code = nullptr);
    /// One call with the demo key; the finished call (owned by the caller) or null on timeout.
    std::unique_ptr<ApiCall> send(
        const QUrl &url, const ApiRequest &request, const QList<QSslCertificate> &trust = {});
    static void stop(QProcess &process);
    QNetworkAccessManager m_nam;
};

QUrl TestSimExe::waitForUrl(QProcess &process)
{
    return simprocess::waitForUrl(process);
}

int TestSimExe::describeRegions(
    const QUrl &url, const QString &keyId, const QString &secret, QString *code)
{
    ClientConfig config;
    config.credentials = { keyId, secret, {} };
    config.endpointOverride = url;
    config.retry.maxAttempts = 1;
    EcsClient client(&m_nam, config);
    int count = -1;
    bool done = false;
    QObject context;
    client.call<ops::DescribeRegions>(
        ops::DescribeRegions::request(), &context, [&](const Result<QList<Region>> &result) {
            done = true;
            if (result.ok())
                count = int(result->size());
            else if (code)
                *code = result.error().code;
        });
    if (!QTest::qWaitFor([&done] { return done; }, 10'000))
        qWarning("DescribeRegions did not finish");
    return count;
}

std::unique_ptr<ApiCall> TestSimExe::send(
    const QUrl &url, const ApiRequest &request, const QList<QSslCertificate> &trust)
{
    // A network manager per call: a pooled TLS connection must not carry one call's trust
    // over to the next.
    QNetworkAccessManager network;
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = url;
    config.extraCaCertificates = trust;
    config.retry.maxAttempts = 1;
    EcsClient client(&network, config);
    ApiCall *call = client.send(request);
    call->setAutoDelete(false);
    call->setParent(nullptr);
    std::unique_ptr<ApiCall> owned(call);
    if (!QTest::qWaitFor([call] { return call->isFinished(); }, 15'000))
        return nullptr;
    return owned;
}

void TestSimExe::stop(QProcess &process)
{
    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSimExe::servesAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSimExe::servesAndStopsOnSignal()
{
    QFETCH(int, signalNumber);
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE), { u"--listen"_s, u"127.0.0.1:0"_s });
    QVERIFY(process.waitForStarted());
    const QUrl url = waitForUrl(process);
    QVERIFY(url.isValid());
    QVERIFY(url.port() > 0);

    QVERIFY(describeRegions(url, QString::fromLatin1(sim::kDemoAccessKeyId),
                QString::fromLatin1(sim::kDemoAccessKeySecret))
        >= 20);

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSimExe::acceptsTheGivenKeyPair()
{
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE),
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--access-key-id"_s, u"LTAIcustom"_s,
            u"--access-key-secret"_s, u"custom-secret"_s });
    QVERIFY(process.waitForStarted());
    const QUrl url = waitForUrl(process);
    QVERIFY(url.isValid());
    QVERIFY(describeRegions(url, u"LTAIcustom"_s, u"custom-secret"_s) >= 20);
    QString code;
    QCOMPARE(describeRegions(url, QString::fromLatin1(sim::kDemoAccessKeyId),
                 QString::fromLatin1(sim::kDemoAccessKeySecret), &code),
        -1);
    QCOMPARE(code, u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(describeRegions(url, u"LTAIcustom"_s, u"wrong"_s, &code), -1);
    QCOMPARE(code, u"SignatureDoesNotMatch"_s);
    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSimExe::refusesBadListenArgument()
{
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE), { u"--listen"_s, u"nowhere"_s });
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 64);
    QVERIFY(process.readAllStandardError().contains("HOST:PORT"));
}

void TestSimExe::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("latency not a number") << QStringList { u"--latency-ms"_s, u"slow"_s };
    QTest::newRow("latency with two jitters") << QStringList { u"--latency-ms"_s, u"1:2:3"_s };
    QTest::newRow("fault rate above 1") << QStringList { u"--fault-rate"_s, u"1.5"_s };
    QTest::newRow("negative instances") << QStringList { u"--instances"_s, u"-3"_s };
    QTest::newRow("time scale zero") << QStringList { u"--time-scale"_s, u"0"_s };
    QTest::newRow("extra key without secret") << QStringList { u"--extra-key"_s, u"LTAIx"_s };
    QTest::newRow("extra key, unknown flag")
        << QStringList { u"--extra-key"_s, u"LTAIx:s:admin"_s };
    QTest::newRow("cert-out without tls") << QStringList { u"--cert-out"_s, u"/tmp/x.pem"_s };
}

void TestSimExe::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(
        QStringLiteral(ECS_SIM_EXE), QStringList { u"--listen"_s, u"127.0.0.1:0"_s } + arguments);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 64);
    QVERIFY(process.readAllStandardError().startsWith("ecs-sim: "));
}

void TestSimExe::tlsWithCertificateOut()
{
    QTemporaryDir dir;
    const QString pem = dir.filePath(u"sim.pem"_s);
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE),
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--tls"_s, u"--cert-out"_s, pem });
    const QUrl url = waitForUrl(process);
    QCOMPARE(url.scheme(), u"https"_s);
    const QList<QSslCertificate> trust = QSslCertificate::fromPath(pem);
    QCOMPARE(trust.size(), 1);
    auto trusted = send(url, ops::DescribeRegions::request(), trust);
    QVERIFY(trusted);
    QVERIFY2(trusted->ok(), qPrintable(trusted->error().toDisplayString()));
    // Without the certificate the client fails closed: no way around verification.
    auto untrusted = send(url, ops::DescribeRegions::request());
    QVERIFY(untrusted);
    QCOMPARE(untrusted->error().kind, ApiError::Kind::Tls);
    stop(process);
}

void TestSimExe::stateSurvivesRestart()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    QString id;
    {
        QProcess process;
        process.start(
            QStringLiteral(ECS_SIM_EXE), { u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, state });
        const QUrl url = waitForUrl(process);
        ApiRequest run(u"RunInstances"_s);
        run.setRegion(u"eu-central-1"_s)
            .set(u"ImageId"_s, u"debian_12_7_x64_20G_alibase_20240927.vhd"_s)
            .set(u"InstanceType"_s, u"ecs.c7.large"_s)
            .set(u"InstanceName"_s, u"kept"_s);
        auto call = send(url, run);
        QVERIFY(call && call->ok());
        id = call->response()
                 .value("InstanceIdSets"_L1)
                 .toObject()
                 .value("InstanceIdSet"_L1)
                 .toArray()
                 .first()
                 .toString();
        stop(process);
    }
    QVERIFY(QFile::exists(state));
    QProcess process;
    process.start(
        QStringLiteral(ECS_SIM_EXE), { u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, state });
    const QUrl url = waitForUrl(process);
    ApiRequest describe(u"DescribeInstances"_s);
    describe.setRegion(u"eu-central-1"_s).setJsonList(u"InstanceIds"_s, { id });
    auto call = send(url, describe);
    QVERIFY(call && call->ok());
    const QJsonArray instances
        = call->response().value("Instances"_L1).toObject().value("Instance"_L1).toArray();
    QCOMPARE(instances.size(), 1);
    QCOMPARE(instances.first().toObject().value("InstanceName"_L1).toString(), u"kept"_s);
    // Whatever it was doing at the first exit, it has settled.
    const QString status = instances.first().toObject().value("Status"_L1).toString();
    QVERIFY2(status == u"Running" || status == u"Stopped", qPrintable(status));
    stop(process);
    // A broken state file is refused, not overwritten.
    QFile broken(state);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{ not json");
    broken.close();
    QProcess refused;
    refused.start(
        QStringLiteral(ECS_SIM_EXE), { u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, state });
    QVERIFY(refused.waitForFinished(10'000));
    QCOMPARE(refused.exitCode(), 1);
    QVERIFY(refused.readAllStandardError().contains("cannot restore the state file"));
}

void TestSimExe::populatesInstances()
{
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE),
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--instances"_s, u"300"_s });
    const QUrl url = waitForUrl(process);
    int total = 0;
    auto regions = send(url, ops::DescribeRegions::request());
    QVERIFY(regions && regions->ok());
    const auto parsed = ops::DescribeRegions::parse(regions->response());
    QVERIFY(parsed.ok());
    for (const Region &region : parsed.value()) {
        ApiRequest describe(u"DescribeInstances"_s);
        describe.setRegion(region.regionId).set(u"PageSize"_s, 1);
        auto call = send(url, describe);
        QVERIFY(call);
        QVERIFY2(
            call->ok(), qPrintable(region.regionId + u": "_s + call->error().toDisplayString()));
        total += call->response().value("TotalCount"_L1).toInt();
    }
    QCOMPARE(total, 300);
    stop(process);
}

void TestSimExe::injectsFaults()
{
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE),
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--fault-rate"_s, u"1"_s });
    const QUrl url = waitForUrl(process);
    QSet<QString> seen;
    for (int i = 0; i < 30; ++i) {
        auto call = send(url, ops::DescribeRegions::request());
        QVERIFY(call);
        QVERIFY(!call->ok());
        seen.insert(
            call->error().kind == ApiError::Kind::Service ? call->error().code : u"network"_s);
    }
    for (const QString &fault : seen)
        QVERIFY2(QStringList({ u"Throttling.User"_s, u"ServiceUnavailable"_s, u"InternalError"_s,
                                 u"network"_s })
                     .contains(fault),
            qPrintable(fault));
    QVERIFY2(seen.size() >= 3, qPrintable(QStringList(seen.values()).join(u", "_s)));
    stop(process);
}

void TestSimExe::addsLatency()
{
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE),
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--latency-ms"_s, u"150:50"_s });
    const QUrl url = waitForUrl(process);
    auto call = send(url, ops::DescribeRegions::request());
    QVERIFY(call && call->ok());
    QVERIFY2(call->elapsedMs() >= 150, qPrintable(QString::number(call->elapsedMs())));
    stop(process);
}

void TestSimExe::failsWhenThePortIsTaken()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(QStringLiteral(ECS_SIM_EXE),
        { u"--listen"_s, u"127.0.0.1:%1"_s.arg(occupant.serverPort()) });
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cannot listen"));
}

QTEST_GUILESS_MAIN(TestSimExe)
#include "tst_simexe.moc"
