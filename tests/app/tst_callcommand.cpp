// `ecs-console call` as users run it: the real executable against ecs-sim over loopback, with
// credentials from the environment, both signature versions and both methods; and against a
// hostile scripted server (echoed secrets, a header flood), with no display, as a crash would.
#include "ecsclient.h"
#include "embeddedsimulator.h"
#include "logging.h"
#include "profile.h"
#include "scriptedhttpserver.h"
#include "simdefaults.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

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
    void echoedCanaryNeverPrinted_data();
    void echoedCanaryNeverPrinted();
    void apiLogAndErrorsHideTheCanary();
    void headerFloodTimeoutExitsPromptly();
    void noCoreDumps();
    void helpAndVersionWithoutDisplay_data();
    void helpAndVersionWithoutDisplay();
    void noKeychainMessageFitsTheCommandLine();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args,
        const QString &secret = QString::fromLatin1(ecs::sim::kDemoAccessKeySecret),
        bool withCredentials = true, const QString &securityToken = {});

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

TestCallCommand::Run TestCallCommand::run(const QStringList &args, const QString &secret,
    bool withCredentials, const QString &securityToken)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // the command must not need one
    env.remove(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
    if (!securityToken.isEmpty())
        env.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, securityToken);
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

namespace {

// The canaries: what the process holds, with base64's + / = so that every encoding differs.
const QString kCanaryToken = u"CAIS.canaryTOKEN-sts+Tk/Zz=="_s;
const QString kCanarySecret = u"canarySECRET-key+Sk/Xy="_s;

QString percent(const QString &text, bool lowerHex = false)
{
    QString out = QString::fromLatin1(QUrl::toPercentEncoding(text));
    if (lowerHex)
        for (qsizetype i = 0; i + 2 < out.size(); ++i)
            if (out[i] == u'%') {
                out[i + 1] = out[i + 1].toLower();
                out[i + 2] = out[i + 2].toLower();
            }
    return out;
}

// What SignatureDoesNotMatch says, echoing the canary in one encoding.
QList<std::pair<QString, QString>> canaryEchoes()
{
    const QString t = kCanaryToken, once = percent(t), twice = percent(once);
    return {
        { u"string to sign"_s,
            u"server string to sign is:POST&%2F&AccessKeyId%3DLTAI%26SecurityToken%3D"_s + twice
                + u"%26SignatureMethod%3DHMAC-SHA1"_s },
        { u"percent once"_s, u"%26SecurityToken%3D"_s + once + u"%26Timestamp%3D1"_s },
        { u"percent twice"_s, u"%2526SecurityToken%253D"_s + twice + u"%2526Timestamp"_s },
        { u"lowercase hex"_s, u"%26securitytoken%3d"_s + percent(t, true) + u"%26x"_s },
        { u"raw"_s, u"SecurityToken="_s + t + u"&Format=JSON"_s },
        { u"json escaped"_s,
            uR"({"SecurityToken":")"_s + QString(t).replace(u"/"_s, u"\\/"_s) + uR"("})"_s },
        { u"header"_s, u"x-acs-security-token:"_s + t + u"\n"_s },
        { u"value alone"_s, u"unknown token "_s + t },
        { u"value alone, encoded"_s, u"unknown token "_s + twice },
        { u"secret alone"_s, u"computed with "_s + percent(kCanarySecret, true) },
        { u"secret named"_s, u"AccessKeySecret: "_s + kCanarySecret },
    };
}

QByteArray signatureMismatchBody(const QString &message)
{
    return QJsonDocument(
        QJsonObject { { u"Code"_s, u"SignatureDoesNotMatch"_s }, { u"Message"_s, message },
            { u"RequestId"_s, u"REQ-CANARY"_s },
            { u"Recommend"_s, u"https://api.aliyun.com/troubleshoot?q="_s + percent(message) } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TestCallCommand::echoedCanaryNeverPrinted_data()
{
    QTest::addColumn<QString>("message");
    for (const auto &[name, message] : canaryEchoes())
        QTest::newRow(qPrintable(name)) << message;
}

void TestCallCommand::echoedCanaryNeverPrinted()
{
    QFETCH(QString, message);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::json(400, signatureMismatchBody(message)));
    for (const QString &sig : { u"v1"_s, u"v3"_s }) {
        const Run r = run({ u"DescribeRegions"_s, u"--endpoint"_s, server.url().toString(),
                              u"--signature"_s, sig },
            kCanarySecret, true, kCanaryToken);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("SignatureDoesNotMatch"), r.err.constData());
        QVERIFY2(r.err.contains("REQ-CANARY"), r.err.constData());
        QVERIFY2(!(r.out + r.err).contains("canary"), r.err.constData());
    }
}

namespace {
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
// Everything of ecs.api, whatever QT_LOGGING_RULES says (ctest turns debug off).
void enableApiLog(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "ecs.api") == 0)
        for (QtMsgType type : { QtDebugMsg, QtInfoMsg, QtWarningMsg })
            category->setEnabled(type, true);
}
QStringList g_apiLog;
void captureApiLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "ecs.api")
        g_apiLog << message;
}
} // namespace

void TestCallCommand::apiLogAndErrorsHideTheCanary()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    QStringList messages;
    for (const auto &echo : canaryEchoes())
        messages << echo.second;
    // Retried once (a 503 with the same words), then the final mismatch: both paths are logged.
    server.queueReplies({ ScriptedHttpServer::json(503,
        QJsonDocument(QJsonObject { { u"Code"_s, u"ServiceUnavailable"_s },
                          { u"Message"_s, messages.join(u" | "_s) } })
            .toJson()) });
    server.setReply(ScriptedHttpServer::json(400, signatureMismatchBody(messages.join(u" | "_s))));

    QNetworkAccessManager nam;
    ecs::ClientConfig config;
    config.credentials = { u"LTAIcanary"_s, kCanarySecret, kCanaryToken };
    config.endpointOverride = server.url();
    ecs::EcsClient client(&nam, config);
    g_previousFilter = QLoggingCategory::installFilter(enableApiLog);
    g_apiLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureApiLog);
    ecs::ApiCall *call = client.send(ecs::ApiRequest(u"DescribeRegions"_s));
    call->setAutoDelete(false);
    QSignalSpy finished(call, &ecs::ApiCall::finished);
    QVERIFY(finished.wait(20'000));
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(g_previousFilter);

    QVERIFY2(g_apiLog.size() >= 2, qPrintable(g_apiLog.join(u'\n')));
    for (const QString &line : std::as_const(g_apiLog))
        QVERIFY2(!line.contains(u"canary"_s), qPrintable(line));
    const ecs::ApiError &e = call->error();
    QCOMPARE(e.code, u"SignatureDoesNotMatch"_s);
    for (const QString &shown : { e.toDisplayString(), e.message, e.recommend, e.title() })
        QVERIFY2(!shown.contains(u"canary"_s), qPrintable(shown));
    delete call;
}

void TestCallCommand::headerFloodTimeoutExitsPromptly()
{
    // A server that answers with a status line and then headers, forever.
    QTcpServer flood;
    QVERIFY(flood.listen(QHostAddress::LocalHost));
    QList<QPointer<QTcpSocket>> peers;
    QTimer pump;
    pump.setInterval(1);
    connect(&pump, &QTimer::timeout, this, [&] {
        static const QByteArray line = "X-Flood: " + QByteArray(1000, 'a') + "\r\n";
        for (const QPointer<QTcpSocket> &peer : std::as_const(peers))
            if (peer && peer->state() == QAbstractSocket::ConnectedState
                && peer->bytesToWrite() < (1 << 20))
                peer->write(line.repeated(64));
    });
    connect(&flood, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *peer = flood.nextPendingConnection()) {
            peer->setParent(&flood);
            peer->write("HTTP/1.1 200 OK\r\n");
            peers << peer;
        }
    });
    pump.start();
    QElapsedTimer clock;
    clock.start();
    const Run r = run({ u"DescribeRegions"_s, u"--endpoint"_s,
        u"http://127.0.0.1:%1"_s.arg(flood.serverPort()), u"--timeout"_s, u"1"_s });
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("too long"), r.err.constData()); // the call's own deadline
    // One second of timeout and a start-up; not Qt's five-second network thread shutdown.
    QVERIFY2(elapsed < 4000, qPrintable(u"exited after %1 ms"_s.arg(elapsed)));
}

namespace {
// Starts `argv` in `dir` with core dumps allowed by the rlimit, kills it with SIGSEGV once
// `ready` holds, and tells whether the kernel wrote a core dump.
bool dumpsCore(const QByteArrayList &args, const QString &dir, const std::function<bool()> &ready)
{
    rlimit unlimited { RLIM_INFINITY, RLIM_INFINITY };
    rlimit saved {};
    getrlimit(RLIMIT_CORE, &saved);
    setrlimit(RLIMIT_CORE, &unlimited);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, dir.toLocal8Bit().constData());
    const QByteArray output = QDir(dir).filePath(u"stdout.txt"_s).toLocal8Bit();
    posix_spawn_file_actions_addopen(
        &actions, STDOUT_FILENO, output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char *> argv;
    for (const QByteArray &arg : args)
        argv.push_back(const_cast<char *>(arg.constData()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    setrlimit(RLIMIT_CORE, &saved);
    if (spawned != 0)
        return false;
    if (!QTest::qWaitFor(ready, 10'000))
        qWarning("not ready in time; killing anyway");
    kill(pid, SIGSEGV);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WCOREDUMP(status);
}
} // namespace

void TestCallCommand::noCoreDumps()
{
    QTemporaryDir dir;
    // The control: this system writes core dumps of an ordinary process.
    QElapsedTimer started;
    started.start();
    if (!dumpsCore({ "/bin/sleep", "30" }, dir.path(), [&] { return started.elapsed() > 200; }))
        QSKIP("this system does not write core dumps (core_pattern or limits)");
    // ecs-console holding an STS token, mid-call (the server never answers).
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::silence());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIcanary");
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", kCanarySecret.toUtf8());
    qputenv("ALIBABA_CLOUD_SECURITY_TOKEN", kCanaryToken.toUtf8());
    const bool dumped = dumpsCore({ ECS_CONSOLE_EXE, "call", "DescribeRegions", "--endpoint",
                                      server.url().toString().toUtf8(), "--timeout", "30" },
        dir.path(), [&] { return server.requestCount() > 0; });
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    QCOMPARE(server.requestCount(), 1);
    QVERIFY2(!dumped, "ecs-console wrote a core dump while holding a secret");

    // ecs-sim holds the AccessKey secrets it verifies signatures with.
    QFile::remove(dir.filePath(u"stdout.txt"_s));
    const auto listening = [&dir] {
        QFile out(dir.filePath(u"stdout.txt"_s));
        return out.open(QIODevice::ReadOnly) && out.readAll().contains("listening on");
    };
    const bool simDumped
        = dumpsCore({ ECS_SIM_EXE, "--listen", "127.0.0.1:0", "--access-key-id", "LTAIcanary",
                        "--access-key-secret", kCanarySecret.toUtf8() },
            dir.path(), listening);
    QVERIFY(listening());
    QVERIFY2(!simDumped, "ecs-sim wrote a core dump while holding a secret");
}

void TestCallCommand::helpAndVersionWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << u"--help"_s << u"Usage:"_s;
    QTest::newRow("-h") << u"-h"_s << u"ecs-console call ACTION"_s;
    QTest::newRow("--version") << u"--version"_s << u"ecs-console "_s;
}

void TestCallCommand::helpAndVersionWithoutDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s })
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ECS_CONSOLE_EXE), { option });
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(20'000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestCallCommand::noKeychainMessageFitsTheCommandLine()
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    // A stored profile whose secret cannot be read: there is no keychain at all.
    {
        QSettings settings(
            home.filePath(u".config/ecs-console/ecs-console.conf"_s), QSettings::IniFormat);
        ecs::Profile profile;
        profile.name = u"nokc"_s;
        profile.accessKeyId = u"LTAInokc"_s;
        ecs::ProfileStore(&settings).save(profile);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ECS_CONSOLE_EXE),
        { u"call"_s, u"DescribeRegions"_s, u"--profile"_s, u"nokc"_s });
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(30'000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 3, qPrintable(err));
    QVERIFY2(err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(err));
    // Only the GUI can keep a secret for the session; a command says what a command can do.
    QVERIFY2(!err.contains(u"this session"_s, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY2(err.contains(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCallCommand)
#include "tst_callcommand.moc"
