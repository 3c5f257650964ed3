// Running a plan, without a widget: the Operation reads each answer through its operation's own
// parse(), waits through a typed InstanceWaiter (batches of 50), and ends cleanly when cancelled or
// destroyed mid-flight.
#include "ecsclient.h"
#include "instancewaiter.h"
#include "lifecycle/operation.h"
#include "lifecycle/plans.h"
#include "scriptedhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ecs;
using namespace Qt::StringLiterals;

class TestLifecycleOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsPollInBatchesOf50();
    void waitForAStatus();
    void operationReadsAnswers_data();
    void operationReadsAnswers();
    void operationEndsCleanly_data();
    void operationEndsCleanly();
};

namespace {

Instance stoppable()
{
    Instance i;
    i.instanceId = u"i-0"_s;
    i.regionId = u"cn-hangzhou"_s;
    i.status = InstanceStatus::Running;
    return i;
}

} // namespace

namespace {

/// Every DescribeInstanceStatus answer names i-0 as Running; the others are absent (released).
ScriptedHttpServer::Reply onlyFirstRunning()
{
    return ScriptedHttpServer::json(200,
        R"({"RequestId":"r","TotalCount":1,"InstanceStatuses":{"InstanceStatus":[)"
        R"({"InstanceId":"i-0","Status":"Running"}]}})");
}

ClientConfig configFor(const QUrl &endpoint)
{
    ClientConfig config;
    config.credentials = { u"LTAIplans"_s, u"plans-secret"_s, {} };
    config.endpointOverride = endpoint;
    config.retry.maxAttempts = 1;
    return config;
}

/// How many instance ids one request carried (query or form body).
int idsIn(const ScriptedHttpServer::Seen &seen)
{
    const QString params = seen.url.query(QUrl::FullyDecoded) + u'&' + QString::fromUtf8(seen.body);
    int ids = 0;
    for (const QString &pair : params.split(u'&'))
        ids += pair.startsWith(u"InstanceId."_s);
    return ids;
}

} // namespace

void TestLifecycleOperation::waitsPollInBatchesOf50()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(onlyFirstRunning());
    QNetworkAccessManager network;
    EcsClient client(&network, configFor(server.url()));
    QStringList ids;
    for (int n = 0; n < 120; ++n)
        ids << u"i-%1"_s.arg(n);
    InstanceWaiter waiter(&client, u"cn-hangzhou"_s, ids, WaitTarget::gone());
    waiter.setIntervals(1, 5, 300);
    QSignalSpy finished(&waiter, &InstanceWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(10'000));
    // The first poll asks for all 120 in batches of 50; the next ones for the one still there.
    QVERIFY(server.requests().size() >= 4);
    QList<int> sizes;
    for (const ScriptedHttpServer::Seen &seen : server.requests())
        sizes << idsIn(seen);
    QCOMPARE(sizes.mid(0, 4), (QList<int> { 50, 50, 20, 1 }));
    QCOMPARE(waiter.reached(), 119);
    QVERIFY(waiter.hasReached(u"i-7"_s));
    QVERIFY(!waiter.hasReached(u"i-0"_s));
    QCOMPARE(waiter.statuses().value(u"i-0"_s), InstanceStatus::Running);
    // i-0 never goes: the wait ends in a timeout that names how far it got.
    const auto error = finished.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QVERIFY2(error.message.contains(u"119 of 120"_s), qPrintable(error.message));
}

void TestLifecycleOperation::waitForAStatus()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(onlyFirstRunning());
    QNetworkAccessManager network;
    EcsClient client(&network, configFor(server.url()));
    InstanceWaiter waiter(
        &client, u"cn-hangzhou"_s, { u"i-0"_s }, WaitTarget::reach(InstanceStatus::Running));
    waiter.setIntervals(1, 5, 5'000);
    QSignalSpy finished(&waiter, &InstanceWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(10'000));
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    QCOMPARE(waiter.reached(), 1);
    // Waiting for Stopped, the same answer is not there yet.
    QVERIFY(!WaitTarget::reach(InstanceStatus::Stopped).reachedBy(InstanceStatus::Running, true));
    QVERIFY(WaitTarget::gone().reachedBy(InstanceStatus::Unknown, false));
    QVERIFY(!WaitTarget::gone().reachedBy(InstanceStatus::Running, true));
}

void TestLifecycleOperation::operationReadsAnswers_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("done");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("instanceIds");
    const QStringList one { u"i-1"_s };
    QTest::newRow("batch accepted")
        << u"StartInstances"_s
        << QByteArray(R"({"RequestId":"req-1","InstanceResponses":{"InstanceResponse":[)"
                      R"({"InstanceId":"i-1","Code":"200","Message":"success"}]}})")
        << true << QString() << one;
    // One refused instance fails the step, with its code, its message and the RequestId.
    QTest::newRow("batch refused")
        << u"StartInstances"_s
        << QByteArray(R"({"RequestId":"req-1","InstanceResponses":{"InstanceResponse":[)"
                      R"({"InstanceId":"i-1","Code":"IncorrectInstanceStatus",)"
                      R"("Message":"The current status does not support this operation."}]}})")
        << false << u"IncorrectInstanceStatus"_s << one;
    QTest::newRow("create names its instances")
        << u"RunInstances"_s
        << QByteArray(R"({"RequestId":"req-2","InstanceIdSets":{"InstanceIdSet":["i-a","i-b"]}})")
        << true << QString() << QStringList { u"i-a"_s, u"i-b"_s };
    QTest::newRow("address missing")
        << u"AllocatePublicIpAddress"_s << QByteArray(R"({"RequestId":"req-3"})") << false
        << QString() << one;
    QTest::newRow("acknowledged") << u"RebootInstance"_s << QByteArray(R"({"RequestId":"req-4"})")
                                  << true << QString() << one;
    QTest::newRow("malformed batch")
        << u"StopInstances"_s
        << QByteArray(R"({"RequestId":"req-5","InstanceResponses":{"InstanceResponse":"nope"}})")
        << false << QString() << one;
}

void TestLifecycleOperation::operationReadsAnswers()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, answer);
    QFETCH(bool, done);
    QFETCH(QString, code);
    QFETCH(QStringList, instanceIds);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::json(200, answer));
    QNetworkAccessManager network;
    EcsClient client(&network, configFor(server.url()));
    const bool create = action == u"RunInstances";
    ApiRequest request(action);
    request.setRegion(u"cn-hangzhou"_s);
    Operation operation(&client, action, u"cn-hangzhou"_s,
        create ? QStringList() : QStringList { u"i-1"_s },
        { { action, { request }, WaitTarget::none() } });
    QSignalSpy accepted(&operation, &Operation::accepted);
    QSignalSpy finished(&operation, &Operation::finished);
    operation.start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(operation.state(), done ? Operation::State::Done : Operation::State::Failed);
    QCOMPARE(operation.instanceIds(), instanceIds);
    QCOMPARE(accepted.size(), done ? 1 : 0);
    if (!code.isEmpty()) {
        QCOMPARE(operation.error().code, code);
        QCOMPARE(operation.error().requestId, u"req-1"_s);
        QVERIFY2(operation.error().message.startsWith(u"i-1: "_s),
            qPrintable(operation.error().message));
        QVERIFY(operation.hint().contains(u"changed state"_s));
    } else if (!done) {
        QCOMPARE(operation.error().kind, ApiError::Kind::Malformed);
    }
}

void TestLifecycleOperation::operationEndsCleanly_data()
{
    QTest::addColumn<bool>("whileWaiting");
    QTest::addColumn<bool>("destroy");
    QTest::newRow("cancel while the call is out") << false << false;
    QTest::newRow("cancel while waiting") << true << false;
    QTest::newRow("destroyed while the call is out") << false << true;
    QTest::newRow("destroyed while waiting") << true << true;
}

void TestLifecycleOperation::operationEndsCleanly()
{
    // A suspended step runner resumes with the cancellation and returns: Cancelled once, or, when
    // the operation is gone, nothing at all (no use of freed memory; ASan builds check it).
    QFETCH(bool, whileWaiting);
    QFETCH(bool, destroy);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(whileWaiting ? onlyFirstRunning() : ScriptedHttpServer::silence());
    QNetworkAccessManager network;
    EcsClient client(&network, configFor(server.url()));
    auto *operation
        = new Operation(&client, u"Stop"_s, planStop({ stoppable() }, {}).regions.first());
    operation->setWaitIntervals(5, 10);
    QSignalSpy finished(operation, &Operation::finished);
    operation->start();
    if (whileWaiting) {
        // StopInstances is "answered" with the status body (no InstanceResponses: accepted).
        QTRY_COMPARE(operation->state(), Operation::State::Waiting);
        QTRY_VERIFY(server.requestCount() >= 3); // polling: i-0 stays Running
    } else {
        QTRY_COMPARE(server.requestCount(), 1);
    }
    if (destroy) {
        delete operation;
        // Its calls were cancelled with it: nothing is left to answer into freed memory.
        QTRY_COMPARE(client.callsInFlight(), 0);
        return;
    }
    operation->cancel();
    QCOMPARE(operation->state(), Operation::State::Cancelled);
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE(client.callsInFlight(), 0); // the cancelled calls have ended, and said nothing
    QCOMPARE(finished.size(), 1);
    const std::unique_ptr<Operation> again(operation->retry()); // a cancelled one can be retried
    QVERIFY(again);
    delete operation;
}

QTEST_GUILESS_MAIN(TestLifecycleOperation)
#include "tst_lifecycleoperation.moc"
