// ecs-sim --state keeps its promises across crashes: an answer it sent describes a state that
// survives SIGKILL at any moment after it, a ClientToken retried after a restart gets the first
// answer (no second instance), ids are never handed out twice, and a signed request replayed
// after a restart is refused as before.
#include "simprocess.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace simprocess;

namespace {

const QString kRegion = u"eu-central-1"_s;

ApiRequest runInstances(const QString &clientToken)
{
    ApiRequest run(u"RunInstances"_s);
    run.setRegion(kRegion)
        .set(u"ImageId"_s, u"debian_12_7_x64_20G_alibase_20240927.vhd"_s)
        .set(u"InstanceType"_s, u"ecs.c7.large"_s)
        .set(u"Amount"_s, 2)
        .set(u"InstanceName"_s, u"kept"_s)
        .set(u"ClientToken"_s, clientToken);
    return run;
}

QStringList idsIn(const QJsonObject &body)
{
    QStringList ids;
    for (const QJsonValue &id : listIn(body, "InstanceIdSets", "InstanceIdSet"))
        ids.append(id.toString());
    return ids;
}

} // namespace

class TestSimDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedStateSurvivesKill();
    void stateSurvivesTermination();

private:
    struct Create
    {
        QString clientToken;
        HttpRequest signedRequest; ///< v1-signed (the host is not signed): replayable anywhere
        QStringList ids;
    };
    /// Creates two instances with a fresh token and nonce; the ids answered.
    Create create(const QUrl &url);
    /// What must hold after every restart, given everything acknowledged so far.
    void verifyRestored(const QUrl &url, const QList<Create> &acknowledged);
    static QSet<QString> instancesIn(const QUrl &url);
};

TestSimDurability::Create TestSimDurability::create(const QUrl &url)
{
    Create created;
    created.clientToken = ApiRequest::newClientToken();
    ClientConfig config = demoConfig(url);
    config.signatureVersion = SignatureVersion::RpcV1;
    config.httpMethod = "POST";
    created.signedRequest = buildHttpRequest(runInstances(created.clientToken), config, url,
        QDateTime::currentDateTimeUtc(), ApiRequest::newClientToken());
    const RawAnswer answer = sendSigned(created.signedRequest, url);
    if (answer.status != 200)
        qWarning() << "RunInstances answered" << answer.status << answer.body;
    created.ids = idsIn(answer.body);
    return created;
}

QSet<QString> TestSimDurability::instancesIn(const QUrl &url)
{
    ApiRequest describe(u"DescribeInstances"_s);
    describe.setRegion(kRegion).set(u"PageSize"_s, 100);
    auto call = send(url, describe);
    QSet<QString> ids;
    if (!call || !call->ok())
        return ids;
    for (const QJsonValue &item : listIn(call->response(), "Instances", "Instance"))
        ids.insert(item.toObject().value("InstanceId"_L1).toString());
    return ids;
}

void TestSimDurability::verifyRestored(const QUrl &url, const QList<Create> &acknowledged)
{
    QSet<QString> expected;
    for (const Create &c : acknowledged)
        for (const QString &id : c.ids)
            expected.insert(id);
    // Every acknowledged instance is there, and nothing else.
    QCOMPARE(instancesIn(url), expected);
    const Create &last = acknowledged.last();
    // The same signed request again (same nonce, still within its time window): a replay.
    const RawAnswer replay = sendSigned(last.signedRequest, url);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.body.value("Code"_L1).toString(), u"SignatureNonceUsed"_s);
    // The same ClientToken, freshly signed: the first answer, no second pair of instances.
    auto retry = send(url, runInstances(last.clientToken));
    QVERIFY(retry);
    QVERIFY2(retry->ok(), qPrintable(retry->error().toDisplayString()));
    QCOMPARE(idsIn(retry->response()), last.ids);
    QCOMPARE(instancesIn(url), expected);
}

void TestSimDurability::acknowledgedStateSurvivesKill()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    QList<Create> acknowledged;
    QSet<QString> everIssued;
    // SIGKILL at once and at several moments up to 200 ms after the answer arrived.
    const QList<int> delaysMs { 0, 0, 3, 12, 30, 60, 110, 200 };
    for (const int delay : delaysMs) {
        QProcess process;
        const QUrl url = start(process, { u"--state"_s, state, u"--time-scale"_s, u"20"_s });
        QVERIFY(url.isValid());
        if (!acknowledged.isEmpty()) {
            verifyRestored(url, acknowledged);
            if (QTest::currentTestFailed())
                return;
        }
        const Create created = create(url);
        QCOMPARE(created.ids.size(), 2);
        for (const QString &id : created.ids) {
            QVERIFY2(!everIssued.contains(id), qPrintable(id + u" was issued before"_s));
            everIssued.insert(id);
        }
        acknowledged.append(created);
        QSignalSpy finished(&process, &QProcess::finished);
        QTimer::singleShot(
            delay, &process, [&process] { ::kill(pid_t(process.processId()), SIGKILL); });
        QVERIFY(finished.wait(10'000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    QProcess last;
    const QUrl url = start(last, { u"--state"_s, state });
    QVERIFY(url.isValid());
    verifyRestored(url, acknowledged);
    last.kill();
    last.waitForFinished(10'000);
}

void TestSimDurability::stateSurvivesTermination()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    QList<Create> acknowledged;
    for (int round = 0; round < 3; ++round) {
        QProcess process;
        const QUrl url = start(process, { u"--state"_s, state });
        QVERIFY(url.isValid());
        if (!acknowledged.isEmpty()) {
            verifyRestored(url, acknowledged);
            if (QTest::currentTestFailed())
                return;
        }
        acknowledged.append(create(url));
        QCOMPARE(acknowledged.last().ids.size(), 2);
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
}

QTEST_GUILESS_MAIN(TestSimDurability)
#include "tst_simdurability.moc"
