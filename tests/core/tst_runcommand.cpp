// Run command as a tracked operation against ecs-sim over real sockets: `hostname; exit 3` on
// five instances (one without the agent, one stopped) gives each its output, exit code or error;
// cancel goes through StopInvocation; the request log is redacted and bounded; Retry reuses the
// ClientToken after a lost answer.
#include "assistant/runcommandoperation.h"
#include "assistantfixture.h"
#include "ecsclient.h"
#include "simclient.h"
#include "types/lifecycle.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {
const QString kRegion = u"cn-hangzhou"_s;
}

class TestRunCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requestEncoding();
    void parseBounds();
    void specProblems_data();
    void specProblems();
    void targetsPerProfileAndRegion_data();
    void targetsPerProfileAndRegion();
    void fiveInstances();
    void cancelStops();
    void noAgentAnywhere();
    void retryReusesTokenAfterLostAnswer();
    void runAgainOnFailed();
    void retryFailedBatchOnly();

private:
    RunCommandOperation *start(const QStringList &ids, const QString &script, int timeout = 60);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
    QStringList m_ids;
    QHash<QString, QString> m_names;
    std::vector<std::unique_ptr<Operation>> m_operations;
};

void TestRunCommand::init()
{
    sim::SimOptions options;
    options.timeScale = 400;
    options.seed = 5;
    m_server = std::make_unique<sim::SimServer>(options);
    const QUrl endpoint = startOnLoopback(*m_server);
    QVERIFY(endpoint.isValid());
    m_client = std::make_unique<EcsClient>(&m_nam, simClientConfig(endpoint));
    m_ids = addAssistantInstances(*m_server, kRegion);
    QCOMPARE(m_ids.size(), 5);
    for (int n = 0; n < 5; ++n)
        m_names.insert(m_ids.at(n), u"web-%1"_s.arg(n + 1));
}

void TestRunCommand::cleanup()
{
    m_operations.clear();
    m_client.reset();
    m_server.reset();
}

RunCommandOperation *TestRunCommand::start(
    const QStringList &ids, const QString &script, int timeout)
{
    CommandSpec spec;
    spec.script = script;
    spec.timeoutS = timeout;
    spec.clientToken = ApiRequest::newClientToken();
    auto *op = new RunCommandOperation(m_client.get(), kRegion, ids, spec, m_names);
    op->setPollIntervals(20, 50);
    m_operations.emplace_back(op);
    op->start();
    return op;
}

void TestRunCommand::requestEncoding()
{
    CommandSpec spec;
    spec.type = ScriptType::PowerShell;
    spec.script = u"hostname; exit 3"_s;
    spec.timeoutS = 120;
    spec.workingDir = u"C:\\temp"_s;
    spec.username = u"ops"_s;
    spec.clientToken = u"tok-1"_s;
    const ApiRequest r = ops::RunCommand::request(kRegion, { u"i-1"_s, u"i-2"_s }, spec);
    QCOMPARE(r.param(u"Type"_s), u"RunPowerShellScript"_s);
    QCOMPARE(r.param(u"ContentEncoding"_s), u"Base64"_s);
    QCOMPARE(r.param(u"CommandContent"_s), u"aG9zdG5hbWU7IGV4aXQgMw=="_s);
    QCOMPARE(r.param(u"InstanceId.1"_s), u"i-1"_s);
    QCOMPARE(r.param(u"InstanceId.2"_s), u"i-2"_s);
    QCOMPARE(r.param(u"Timeout"_s), u"120"_s);
    QCOMPARE(r.param(u"WorkingDir"_s), u"C:\\temp"_s);
    QCOMPARE(r.param(u"Username"_s), u"ops"_s);
    QCOMPARE(r.clientToken(), u"tok-1"_s);
    const ApiRequest stop = ops::StopInvocation::request(kRegion, u"t-1"_s);
    QCOMPARE(stop.param(u"InvokeId"_s), u"t-1"_s);
    QVERIFY(!stop.params().contains(u"InstanceId.1"_s));
}

void TestRunCommand::parseBounds()
{
    // 200 results on a page of 50, a huge output and a negative Dropped: all bounded.
    QJsonArray items;
    const QString huge = QString::fromLatin1(QByteArray(200'000, 'x').toBase64());
    for (int n = 0; n < 200; ++n)
        items.append(QJsonObject { { u"InstanceId"_s, u"i-%1"_s.arg(n) },
            { u"InvocationStatus"_s, u"Failed"_s }, { u"ExitCode"_s, 3 },
            { u"Output"_s, n == 0 ? huge : QString() }, { u"Dropped"_s, -5 } });
    const QJsonObject body { { u"Invocation"_s,
        QJsonObject { { u"TotalCount"_s, 200 },
            { u"InvocationResults"_s, QJsonObject { { u"InvocationResult"_s, items } } } } } };
    const auto parsed = ops::DescribeInvocationResults::parse(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->results.size(), ops::DescribeInvocationResults::kPageSize);
    QCOMPARE(
        parsed->results.first().output.size(), ops::DescribeInvocationResults::kMaxOutputBytes);
    QVERIFY(parsed->results.first().cutHere);
    QCOMPARE(parsed->results.first().droppedBytes, 0);
    QCOMPARE(parsed->results.first().exitCode, std::optional<int>(3));
    // No exit code for a run that never ran.
    const QJsonObject aborted { { u"Invocation"_s,
        QJsonObject { { u"InvocationResults"_s,
            QJsonObject { { u"InvocationResult"_s,
                QJsonArray { QJsonObject {
                    { u"InvocationStatus"_s, u"Aborted"_s }, { u"ExitCode"_s, 0 } } } } } } } } };
    QVERIFY(!ops::DescribeInvocationResults::parse(aborted)->results.first().exitCode);
}

void TestRunCommand::specProblems_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << u"hostname"_s << 60 << true;
    QTest::newRow("empty") << u"  \n"_s << 60 << false;
    QTest::newRow("timeout low") << u"hostname"_s << 9 << false;
    QTest::newRow("timeout high") << u"hostname"_s << 86'401 << false;
    QTest::newRow("too long") << QString(14'000, u'x') << 60 << false;
}

void TestRunCommand::specProblems()
{
    QFETCH(QString, script);
    QFETCH(int, timeout);
    QFETCH(bool, ok);
    CommandSpec spec;
    spec.script = script;
    spec.timeoutS = timeout;
    QCOMPARE(commandSpecProblem(spec).isEmpty(), ok);
}

void TestRunCommand::targetsPerProfileAndRegion_data()
{
    // A selection as "profile/region×count", in order; the targets it becomes.
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QStringList>("targets");
    QTest::newRow("one profile, one region")
        << QStringList { u"/r1x3"_s } << QStringList { u"/r1:3"_s };
    QTest::newRow("two regions") << QStringList { u"/r1x2"_s, u"/r2x1"_s, u"/r1x1"_s }
                                 << QStringList { u"/r1:3"_s, u"/r2:1"_s };
    QTest::newRow("two profiles, same region") << QStringList { u"/r1x1"_s, u"bravo/r1x2"_s }
                                               << QStringList { u"/r1:1"_s, u"bravo/r1:2"_s };
    QTest::newRow("past 100 ids: chunks")
        << QStringList { u"/r1x205"_s } << QStringList { u"/r1:100"_s, u"/r1:100"_s, u"/r1:5"_s };
    QTest::newRow("nothing") << QStringList {} << QStringList {};
}

void TestRunCommand::targetsPerProfileAndRegion()
{
    QFETCH(QStringList, selection);
    QFETCH(QStringList, targets);
    QList<Instance> instances;
    int serial = 0;
    for (const QString &part : selection) {
        const QString profile = part.section(u'/', 0, 0);
        const QString region = part.section(u'/', 1).section(u'x', 0, 0);
        const int count = part.section(u'x', 1).toInt();
        for (int n = 0; n < count; ++n) {
            Instance i;
            i.profileId = profile;
            i.regionId = region;
            i.instanceId = u"i-%1"_s.arg(++serial);
            i.instanceName = u"name-%1"_s.arg(serial);
            instances << i;
        }
    }
    instances << instances.value(0); // a row twice (a person's double selection) is sent once
    if (selection.isEmpty())
        instances.clear();
    QStringList got;
    int total = 0;
    for (const RunCommandTarget &t : RunCommandOperation::targetsOf(instances)) {
        got << u"%1/%2:%3"_s.arg(t.profileId, t.regionId).arg(t.instanceIds.size());
        QCOMPARE(t.names.size(), t.instanceIds.size());
        total += int(t.instanceIds.size());
    }
    QCOMPARE(got, targets);
    QCOMPARE(total, serial);
}

void TestRunCommand::fiveInstances()
{
    RunCommandOperation *op = start(m_ids, u"hostname; exit 3"_s);
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 10'000);
    QCOMPARE(op->state(), Operation::State::Failed);
    QVERIFY2(op->detail().contains(u"skipped"_s), qPrintable(op->detail()));
    const QList<RunCommandRow> &rows = op->rows();
    QCOMPARE(rows.size(), 5);
    for (int n : { 0, 1, 4 }) {
        QCOMPARE(rows.at(n).result.status, InvocationStatus::Failed);
        QCOMPARE(rows.at(n).result.exitCode, std::optional<int>(3));
        QCOMPARE(rows.at(n).result.errorCode, u"ExitCodeNonzero"_s);
        QCOMPARE(QString::fromUtf8(rows.at(n).result.output), u"web%1.internal\n"_s.arg(n + 1));
    }
    QVERIFY(rows.at(2).skipped); // no agent: named and never sent
    QCOMPARE(rows.at(2).name, u"web-3"_s);
    QCOMPARE(rows.at(3).result.status, InvocationStatus::Aborted);
    QCOMPARE(rows.at(3).result.errorCode, u"InstanceNotRunning"_s);
    QVERIFY(!rows.at(3).result.exitCode); // unknown is not zero
    QCOMPARE(op->failedInstanceIds(), m_ids);

    // The story: status first, the command Base64-encoded, then results.
    const QList<RequestRecord> &log = op->requestLog().records();
    QVERIFY(log.size() >= 3);
    QCOMPARE(log.at(0).action, u"DescribeCloudAssistantStatus"_s);
    QCOMPARE(log.at(1).action, u"RunCommand"_s);
    QCOMPARE(log.last().action, u"DescribeInvocationResults"_s);
    bool sawContent = false, sentSkipped = false;
    for (const auto &[name, value] : log.at(1).parameters) {
        sawContent
            = sawContent || (name == u"CommandContent" && value == u"aG9zdG5hbWU7IGV4aXQgMw==");
        sentSkipped = sentSkipped || value == m_ids.at(2);
    }
    QVERIFY(sawContent);
    QVERIFY(!sentSkipped);
    QVERIFY(!log.at(1).requestId.isEmpty());
    QVERIFY(log.at(1).answer.contains(u"InvokeId"_s));
    QVERIFY(!op->requestLog().toText().contains(QString::fromLatin1(sim::kDemoAccessKeySecret)));
}

void TestRunCommand::cancelStops()
{
    // 4000 s of sleep: 10 s at time scale 400.
    RunCommandOperation *op
        = start({ m_ids.at(0), m_ids.at(1) }, u"echo begun; sleep 4000"_s, 86'400);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(op->rows().cbegin(), op->rows().cend(),
            [](const RunCommandRow &r) { return r.result.status == InvocationStatus::Running; }),
        10'000);
    op->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 5'000);
    QCOMPARE(op->state(), Operation::State::Cancelled);
    for (const RunCommandRow &row : op->rows()) {
        QCOMPARE(row.result.status, InvocationStatus::Terminated);
        QCOMPARE(QString::fromUtf8(row.result.output), u"begun\n"_s);
    }
    const QList<RequestRecord> &log = op->requestLog().records();
    QVERIFY(std::any_of(log.cbegin(), log.cend(),
        [](const RequestRecord &r) { return r.action == u"StopInvocation" && !r.failed(); }));
}

void TestRunCommand::noAgentAnywhere()
{
    RunCommandOperation *op = start({ m_ids.at(2) }, u"hostname"_s);
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 10'000);
    QCOMPARE(op->state(), Operation::State::Failed);
    QVERIFY2(op->detail().contains(u"web-3"_s), qPrintable(op->detail()));
    QCOMPARE(op->requestLog().records().size(), 1); // nothing was run
}

void TestRunCommand::retryReusesTokenAfterLostAnswer()
{
    // The service runs the command but its answer is lost: the retry sends the same token and
    // gets the same invocation, so the command runs once.
    m_server->dropResponses(u"RunCommand"_s, 1);
    RunCommandOperation *op = start({ m_ids.at(0) }, u"echo once"_s);
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 10'000);
    QCOMPARE(op->state(), Operation::State::Failed);
    QVERIFY(op->invokeId().isEmpty());
    auto *again = static_cast<RunCommandOperation *>(op->retry());
    QVERIFY(again);
    m_operations.emplace_back(again);
    QCOMPARE(again->spec().clientToken, op->spec().clientToken);
    again->start();
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 10'000);
    QCOMPARE(again->state(), Operation::State::Done);
    QCOMPARE(QString::fromUtf8(again->rows().first().result.output), u"once\n"_s);
    const QList<RequestRecord> &first = op->requestLog().records();
    QVERIFY(first.at(1).failed());
}

void TestRunCommand::runAgainOnFailed()
{
    RunCommandOperation *op = start({ m_ids.at(0), m_ids.at(3) }, u"hostname"_s);
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 10'000);
    QCOMPARE(op->failedInstanceIds(), QStringList { m_ids.at(3) });
    m_server->world().start(m_ids.at(3));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->world().instance(m_ids.at(3))->status == u"Running", 5'000);
    RunCommandOperation *again = op->runAgainOnFailed();
    QVERIFY(again);
    m_operations.emplace_back(again);
    QVERIFY(again->spec().clientToken != op->spec().clientToken); // a new invocation
    QCOMPARE(again->instanceIds(), QStringList { m_ids.at(3) });
    again->start();
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 10'000);
    QCOMPARE(again->state(), Operation::State::Done);
    QCOMPARE(QString::fromUtf8(again->rows().first().result.output), u"web4.internal\n"_s);
}

void TestRunCommand::retryFailedBatchOnly()
{
    // One step sent as two batches: the second names an instance that does not exist.
    PlanStep step { u"Stopping"_s,
        { ops::StopInstances::request(kRegion, { m_ids.at(0) }, false),
            ops::StopInstances::request(kRegion, { u"i-missing000000000000"_s }, false) },
        {} };
    auto *op = new Operation(m_client.get(), u"Stop"_s, kRegion, { m_ids.at(0) }, { step });
    m_operations.emplace_back(op);
    op->start();
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 10'000);
    QCOMPARE(op->state(), Operation::State::Failed);
    QVERIFY(op->canRetryFailedOnly());
    QCOMPARE(op->requestLog().records().size(), 2);
    QVERIFY(!op->requestLog().records().at(0).failed());
    QVERIFY(op->requestLog().records().at(1).failed());
    QCOMPARE(op->requestLog().records().at(1).error.code, u"InvalidInstanceId.NotFound"_s);
    QVERIFY(!op->requestLog().records().at(1).requestId.isEmpty());
    Operation *again = op->retryFailedOnly();
    QVERIFY(again);
    m_operations.emplace_back(again);
    QCOMPARE(again->commandLines().size(), 1); // only the refused batch
    QVERIFY(again->commandLines().first().contains(u"i-missing000000000000"_s));
    // A whole retry sends both again.
    Operation *whole = op->retry();
    m_operations.emplace_back(whole);
    QCOMPARE(whole->commandLines().size(), 2);
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
