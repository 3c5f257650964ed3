// The ecs-sim executable's contract, which scripts and the README rely on: the first stdout line
// names the URL, the endpoint answers, SIGINT and SIGTERM end it with status 0.
#include "ecsclient.h"
#include "simdefaults.h"
#include "types/region.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

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
    void failsWhenThePortIsTaken();

private:
    static QUrl waitForUrl(QProcess &process);
    int describeRegions(
        const QUrl &url, const QString &keyId, const QString &secret, QString *code = nullptr);
    QNetworkAccessManager m_nam;
};

QUrl TestSimExe::waitForUrl(QProcess &process)
{
    static const QRegularExpression line(
        uR"re(^ecs-sim listening on (http://127\.0\.0\.1:(\d+))\n)re"_s);
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        out += process.readAllStandardOutput();
    }
    const auto match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        qWarning() << "first line was" << out << process.readAllStandardError();
        return {};
    }
    return QUrl(match.captured(1));
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
