// Cloud Assistant in the simulator, through the real client over a loopback socket: the agent's
// state, RunCommand with Base64 content, the invocation's states and outputs, truncation,
// timeouts, StopInvocation, CreateCommand/InvokeCommand and DescribeInstanceVncUrl.
#include "assistantfixture.h"
#include "ecsclient.h"
#include "simclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {
const QString kRegion = u"cn-hangzhou"_s;

QJsonArray listIn(const QJsonObject &body, const QString &outer, const QString &inner)
{
    return body.value(outer).toObject().value(inner).toArray();
}
} // namespace

class TestSimAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void agentStatus();
    void commandOutputs_data();
    void commandOutputs();
    void perInstanceErrors();
    void plainTextAndPaging();
    void outputTruncated();
    void timeout();
    void stopInvocation();
    void createAndInvoke();
    void describeInvocations();
    void badRequests_data();
    void badRequests();
    void vncUrl();

private:
    QJsonObject call(ApiRequest request, QString *code = nullptr);
    QString run(const QString &script, const QStringList &ids, int timeout = 60);
    /// Polls until every result is final; returns them by instance id.
    QHash<QString, QJsonObject> results(const QString &invokeId, bool plain = false);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
    QStringList m_ids;
};

void TestSimAssistant::init()
{
    sim::SimOptions options;
    options.timeScale = 400;
    options.seed = 11;
    m_server = std::make_unique<sim::SimServer>(options);
    const QUrl endpoint = startOnLoopback(*m_server);
    QVERIFY(endpoint.isValid());
    m_client = std::make_unique<EcsClient>(&m_nam, simClientConfig(endpoint));
    m_ids = addAssistantInstances(*m_server, kRegion);
    QCOMPARE(m_ids.size(), 5);
}

QJsonObject TestSimAssistant::call(ApiRequest request, QString *code)
{
    if (request.regionId().isEmpty())
        request.setRegion(kRegion);
    ApiCall *apiCall = m_client->send(request);
    apiCall->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(apiCall);
    if (!QTest::qWaitFor([&] { return apiCall->isFinished(); }, 10'000))
        return {};
    if (code)
        *code = apiCall->error().code;
    else if (!apiCall->ok())
        qWarning() << request.action() << apiCall->error().toDisplayString();
    return apiCall->response();
}

QString TestSimAssistant::run(const QString &script, const QStringList &ids, int timeout)
{
    ApiRequest r(u"RunCommand"_s);
    r.set(u"Type"_s, u"RunShellScript"_s)
        .set(u"CommandContent"_s, QString::fromLatin1(script.toUtf8().toBase64()))
        .set(u"ContentEncoding"_s, u"Base64"_s)
        .set(u"Timeout"_s, timeout)
        .setRepeatList(u"InstanceId"_s, ids);
    const QJsonObject body = call(r);
    return body.value(u"InvokeId"_s).toString();
}

QHash<QString, QJsonObject> TestSimAssistant::results(const QString &invokeId, bool plain)
{
    QHash<QString, QJsonObject> out;
    const bool final = QTest::qWaitFor(
        [&] {
            ApiRequest r(u"DescribeInvocationResults"_s);
            r.set(u"InvokeId"_s, invokeId);
            if (plain)
                r.set(u"ContentEncoding"_s, u"PlainText"_s);
            const QJsonArray items = listIn(call(r).value(u"Invocation"_s).toObject(),
                u"InvocationResults"_s, u"InvocationResult"_s);
            out.clear();
            bool allFinal = !items.isEmpty();
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                out.insert(o.value(u"InstanceId"_s).toString(), o);
                const QString status = o.value(u"InvocationStatus"_s).toString();
                allFinal = allFinal && status != u"Pending" && status != u"Running";
            }
            return allFinal;
        },
        10'000);
    if (!final)
        qWarning() << "not final:" << invokeId;
    return out;
}

void TestSimAssistant::agentStatus()
{
    ApiRequest r(u"DescribeCloudAssistantStatus"_s);
    r.setRepeatList(u"InstanceId"_s, m_ids);
    const QJsonObject body = call(r);
    const QJsonArray items
        = listIn(body, u"InstanceCloudAssistantStatusSet"_s, u"InstanceCloudAssistantStatus"_s);
    QCOMPARE(items.size(), 5);
    QCOMPARE(body.value(u"TotalCount"_s).toInt(), 5);
    for (int n = 0; n < 5; ++n) {
        const QJsonObject o = items.at(n).toObject();
        QCOMPARE(o.value(u"InstanceId"_s).toString(), m_ids.at(n));
        // A string on the wire, as the service sends it.
        QCOMPARE(o.value(u"CloudAssistantStatus"_s).toString(), n == 2 ? u"false"_s : u"true"_s);
        QCOMPARE(o.value(u"OSType"_s).toString(), u"Linux"_s);
    }
    // An unknown id is refused.
    QString code;
    ApiRequest unknown(u"DescribeCloudAssistantStatus"_s);
    unknown.setRepeatList(u"InstanceId"_s, { u"i-doesnotexist"_s });
    call(unknown, &code);
    QCOMPARE(code, u"InvalidInstanceId.NotFound"_s);
}

void TestSimAssistant::commandOutputs_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("hostname") << u"hostname"_s << u"web1.internal\n"_s << u"Success"_s << 0
                              << QString();
    QTest::newRow("echo") << u"echo 'hello world'"_s << u"hello world\n"_s << u"Success"_s << 0
                          << QString();
    QTest::newRow("exit 3") << u"hostname; exit 3"_s << u"web1.internal\n"_s << u"Failed"_s << 3
                            << u"ExitCodeNonzero"_s;
    QTest::newRow("lines") << u"echo a\necho b\nexit 0\necho never"_s << u"a\nb\n"_s << u"Success"_s
                           << 0 << QString();
    QTest::newRow("unknown") << u"frobnicate"_s
                             << u"bash: line 1: frobnicate: command not found\n"_s << u"Failed"_s
                             << 127 << u"ExitCodeNonzero"_s;
    QTest::newRow("sleep") << u"sleep 2; echo done"_s << u"done\n"_s << u"Success"_s << 0
                           << QString();
    QTest::newRow("os-release") << u"cat /etc/os-release"_s
                                << u"NAME=\"Ubuntu\"\nID=\"ubuntu\"\nVERSION_ID=\"22.04\"\n"
                                   u"PRETTY_NAME=\"Ubuntu 22.04 64位\"\n"_s
                                << u"Success"_s << 0 << QString();
}

void TestSimAssistant::commandOutputs()
{
    QFETCH(QString, script);
    QFETCH(QString, output);
    QFETCH(QString, status);
    QFETCH(int, exitCode);
    QFETCH(QString, errorCode);
    const QString invokeId = run(script, { m_ids.at(0) });
    QVERIFY(invokeId.startsWith(u"t-"_s));
    const QJsonObject r = results(invokeId).value(m_ids.at(0));
    QCOMPARE(r.value(u"InvocationStatus"_s).toString(), status);
    QCOMPARE(r.value(u"ExitCode"_s).toInt(), exitCode);
    QCOMPARE(r.value(u"ErrorCode"_s).toString(), errorCode);
    // Base64 by default, as the service sends it.
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(r.value(u"Output"_s).toString().toLatin1())),
        output);
    QCOMPARE(r.value(u"Dropped"_s).toInt(), 0);
}

void TestSimAssistant::perInstanceErrors()
{
    const QString invokeId = run(u"hostname; exit 3"_s, m_ids);
    const QHash<QString, QJsonObject> r = results(invokeId, true);
    QCOMPARE(r.size(), 5);
    QCOMPARE(r.value(m_ids.at(1)).value(u"Output"_s).toString(), u"web2.internal\n"_s);
    QCOMPARE(r.value(m_ids.at(2)).value(u"ErrorCode"_s).toString(), u"ClientNotRunning"_s);
    QCOMPARE(r.value(m_ids.at(3)).value(u"InvocationStatus"_s).toString(), u"Aborted"_s);
    QCOMPARE(r.value(m_ids.at(3)).value(u"ErrorCode"_s).toString(), u"InstanceNotRunning"_s);
    QCOMPARE(r.value(m_ids.at(4)).value(u"InvocationStatus"_s).toString(), u"Failed"_s);
    QCOMPARE(r.value(m_ids.at(4)).value(u"InvokeRecordStatus"_s).toString(), u"Failed"_s);
    // Windows script types do not apply to Linux.
    ApiRequest ps(u"RunCommand"_s);
    ps.set(u"Type"_s, u"RunPowerShellScript"_s)
        .set(u"CommandContent"_s, u"hostname"_s)
        .setRepeatList(u"InstanceId"_s, { m_ids.at(0) });
    const QString psId = call(ps).value(u"InvokeId"_s).toString();
    QCOMPARE(results(psId).value(m_ids.at(0)).value(u"ErrorCode"_s).toString(),
        u"CommandNotApplicable"_s);
}

void TestSimAssistant::plainTextAndPaging()
{
    const QString invokeId = run(u"echo x"_s, m_ids);
    results(invokeId);
    ApiRequest r(u"DescribeInvocationResults"_s);
    r.set(u"InvokeId"_s, invokeId).set(u"PageSize"_s, 2).set(u"PageNumber"_s, 3);
    const QJsonObject invocation = call(r).value(u"Invocation"_s).toObject();
    QCOMPARE(invocation.value(u"TotalCount"_s).toInt(), 5);
    QCOMPARE(listIn(invocation, u"InvocationResults"_s, u"InvocationResult"_s).size(), 1);
    ApiRequest token(u"DescribeInvocationResults"_s);
    token.set(u"InvokeId"_s, invokeId).set(u"MaxResults"_s, 4);
    const QJsonObject first = call(token).value(u"Invocation"_s).toObject();
    QCOMPARE(listIn(first, u"InvocationResults"_s, u"InvocationResult"_s).size(), 4);
    QVERIFY(!first.value(u"NextToken"_s).toString().isEmpty());
}

void TestSimAssistant::outputTruncated()
{
    // 1…10000: 48 894 bytes, of which the service keeps 24 KiB.
    const QString invokeId = run(u"seq 10000"_s, { m_ids.at(0) });
    const QJsonObject r = results(invokeId).value(m_ids.at(0));
    const QByteArray output = QByteArray::fromBase64(r.value(u"Output"_s).toString().toLatin1());
    QCOMPARE(output.size(), 24 * 1024);
    QCOMPARE(r.value(u"Dropped"_s).toInteger(), 48'894 - 24 * 1024);
    QVERIFY(output.startsWith("1\n2\n3\n"));
}

void TestSimAssistant::timeout()
{
    // sleep 20 against a 10 s timeout: 25 ms at time scale 400.
    const QString invokeId = run(u"echo start; sleep 20; echo end"_s, { m_ids.at(0) }, 10);
    const QJsonObject r = results(invokeId, true).value(m_ids.at(0));
    QCOMPARE(r.value(u"InvocationStatus"_s).toString(), u"Timeout"_s);
    QCOMPARE(r.value(u"ErrorCode"_s).toString(), u"ExecutionTimeout"_s);
    QCOMPARE(r.value(u"Output"_s).toString(), u"start\n"_s);
}

void TestSimAssistant::stopInvocation()
{
    // 4000 s of sleep: 10 s at time scale 400, so it is still running when stopped.
    const QString invokeId = run(u"echo a; sleep 4000"_s, { m_ids.at(0), m_ids.at(1) }, 86'400);
    QVERIFY(QTest::qWaitFor(
        [&] {
            ApiRequest r(u"DescribeInvocationResults"_s);
            r.set(u"InvokeId"_s, invokeId);
            const QJsonArray items = listIn(call(r).value(u"Invocation"_s).toObject(),
                u"InvocationResults"_s, u"InvocationResult"_s);
            return !items.isEmpty()
                && items.first().toObject().value(u"InvocationStatus"_s) == u"Running"_s;
        },
        5'000));
    ApiRequest stop(u"StopInvocation"_s);
    stop.set(u"InvokeId"_s, invokeId);
    QString code;
    call(stop, &code);
    QVERIFY(code.isEmpty());
    const QHash<QString, QJsonObject> r = results(invokeId);
    QCOMPARE(r.value(m_ids.at(0)).value(u"InvocationStatus"_s).toString(), u"Terminated"_s);
    QCOMPARE(r.value(m_ids.at(0)).value(u"InvokeRecordStatus"_s).toString(), u"Stopped"_s);
    ApiRequest list(u"DescribeInvocations"_s);
    list.set(u"InvokeId"_s, invokeId);
    const QJsonArray invocations = listIn(call(list), u"Invocations"_s, u"Invocation"_s);
    QCOMPARE(invocations.size(), 1);
    QCOMPARE(invocations.first().toObject().value(u"InvocationStatus"_s).toString(), u"Stopped"_s);
    ApiRequest unknown(u"StopInvocation"_s);
    unknown.set(u"InvokeId"_s, u"t-nothing"_s);
    call(unknown, &code);
    QCOMPARE(code, u"InvalidInvokeId.NotFound"_s);
}

void TestSimAssistant::createAndInvoke()
{
    ApiRequest create(u"CreateCommand"_s);
    create.set(u"Name"_s, u"who"_s)
        .set(u"Type"_s, u"RunShellScript"_s)
        .set(u"CommandContent"_s, QString::fromLatin1(QByteArray("hostname").toBase64()))
        .set(u"ContentEncoding"_s, u"Base64"_s);
    const QString commandId = call(create).value(u"CommandId"_s).toString();
    QVERIFY(commandId.startsWith(u"c-"_s));
    ApiRequest invoke(u"InvokeCommand"_s);
    invoke.set(u"CommandId"_s, commandId).setRepeatList(u"InstanceId"_s, { m_ids.at(1) });
    const QString invokeId = call(invoke).value(u"InvokeId"_s).toString();
    QCOMPARE(results(invokeId, true).value(m_ids.at(1)).value(u"Output"_s).toString(),
        u"web2.internal\n"_s);
    ApiRequest describe(u"DescribeCommands"_s);
    describe.set(u"CommandId"_s, commandId).set(u"ContentEncoding"_s, u"PlainText"_s);
    const QJsonArray commands = listIn(call(describe), u"Commands"_s, u"Command"_s);
    QCOMPARE(commands.size(), 1);
    QCOMPARE(commands.first().toObject().value(u"CommandContent"_s).toString(), u"hostname"_s);
    QCOMPARE(commands.first().toObject().value(u"InvokeTimes"_s).toInt(), 1);
}

void TestSimAssistant::describeInvocations()
{
    const QString first = run(u"echo 1"_s, { m_ids.at(0) });
    const QString second = run(u"echo 2"_s, { m_ids.at(0), m_ids.at(1) });
    results(second);
    ApiRequest list(u"DescribeInvocations"_s);
    list.set(u"IncludeOutput"_s, true).set(u"ContentEncoding"_s, u"PlainText"_s);
    const QJsonArray items = listIn(call(list), u"Invocations"_s, u"Invocation"_s);
    QCOMPARE(items.size(), 2);
    const QJsonObject newest = items.first().toObject();
    QCOMPARE(newest.value(u"InvokeId"_s).toString(), second); // newest first
    QCOMPARE(newest.value(u"InvocationStatus"_s).toString(), u"Success"_s);
    QCOMPARE(newest.value(u"CommandContent"_s).toString(), u"echo 2"_s);
    const QJsonArray instances = listIn(newest, u"InvokeInstances"_s, u"InvokeInstance"_s);
    QCOMPARE(instances.size(), 2);
    QCOMPARE(instances.first().toObject().value(u"Output"_s).toString(), u"2\n"_s);
    QCOMPARE(items.at(1).toObject().value(u"InvokeId"_s).toString(), first);
}

void TestSimAssistant::badRequests_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("code");
    QTest::newRow("no type") << QString() << u"hostname"_s << u"PlainText"_s << 60
                             << u"MissingParameter"_s;
    QTest::newRow("bad type") << u"RunPython"_s << u"hostname"_s << u"PlainText"_s << 60
                              << u"InvalidParameter"_s;
    QTest::newRow("bad base64") << u"RunShellScript"_s << u"!!!"_s << u"Base64"_s << 60
                                << u"InvalidParameter"_s;
    QTest::newRow("short timeout")
        << u"RunShellScript"_s << u"hostname"_s << u"PlainText"_s << 5 << u"InvalidParameter"_s;
    QTest::newRow("too long") << u"RunShellScript"_s << QString(20'000, u'x') << u"PlainText"_s
                              << 60 << u"InvalidCommandContent.LengthLimitExceeded"_s;
}

void TestSimAssistant::badRequests()
{
    QFETCH(QString, type);
    QFETCH(QString, content);
    QFETCH(QString, encoding);
    QFETCH(int, timeout);
    QFETCH(QString, code);
    ApiRequest r(u"RunCommand"_s);
    r.setIfNotEmpty(u"Type"_s, type)
        .set(u"CommandContent"_s, content)
        .set(u"ContentEncoding"_s, encoding)
        .set(u"Timeout"_s, timeout)
        .setRepeatList(u"InstanceId"_s, { m_ids.at(0) });
    QString got;
    call(r, &got);
    QCOMPARE(got, code);
}

void TestSimAssistant::vncUrl()
{
    ApiRequest r(u"DescribeInstanceVncUrl"_s);
    r.set(u"InstanceId"_s, m_ids.at(0));
    const QString url = call(r).value(u"VncUrl"_s).toString();
    QVERIFY2(
        url.startsWith(u"wss%3A%2F%2Fcn-hangzhou-vncproxy.aliyun.com%2Fwebsockify%2F%3Fs%3D"_s),
        qPrintable(url));
    ApiRequest stopped(u"DescribeInstanceVncUrl"_s);
    stopped.set(u"InstanceId"_s, m_ids.at(3));
    QString code;
    call(stopped, &code);
    QCOMPARE(code, u"IncorrectInstanceStatus"_s);
}

QTEST_GUILESS_MAIN(TestSimAssistant)
#include "tst_simassistant.moc"
