// Connect: ssh's argument list from the profile's settings, the validation of what the server
// sends (an address is an IP literal, nothing else), shell quoting for Copy SSH command, the
// terminal launch (a stand-in terminal script records its argv), and the web VNC page's URL.
#include "assistant/connect.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses_data();
    void addresses();
    void arguments_data();
    void arguments();
    void problems_data();
    void problems();
    void quoting_data();
    void quoting();
    void terminalCommand_data();
    void terminalCommand();
    void launchesTerminal();
    void vncUrl_data();
    void vncUrl();
    void settingsRoundTrip();
};

void TestConnect::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("safe");
    QTest::newRow("ipv4") << u"47.96.1.2"_s << true;
    QTest::newRow("ipv6") << u"2408:4005::1"_s << true;
    QTest::newRow("host name") << u"evil.example.com"_s << false;
    QTest::newRow("option") << u"-oProxyCommand=touch /tmp/x"_s << false;
    QTest::newRow("shell") << u"1.2.3.4;rm -rf ~"_s << false;
    QTest::newRow("space") << u"1.2.3.4 5"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("bad octet") << u"1.2.3.400"_s << false;
}

void TestConnect::addresses()
{
    QFETCH(QString, address);
    QFETCH(bool, safe);
    QCOMPARE(Connect::isSafeAddress(address), safe);
}

void TestConnect::arguments_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("jump");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("plain") << u"root"_s << QString() << QString() << 22
                           << QStringList { u"ssh"_s, u"--"_s, u"root@47.96.1.2"_s };
    QTest::newRow("everything") << u"ecs-user"_s << u"/home/me/.ssh/id ed25519"_s
                                << u"ops@bastion.example.com:2222"_s << 2200
                                << QStringList { u"ssh"_s, u"-i"_s, u"/home/me/.ssh/id ed25519"_s,
                                       u"-J"_s, u"ops@bastion.example.com:2222"_s, u"-p"_s,
                                       u"2200"_s, u"--"_s, u"ecs-user@47.96.1.2"_s };
}

void TestConnect::arguments()
{
    QFETCH(QString, user);
    QFETCH(QString, key);
    QFETCH(QString, jump);
    QFETCH(int, port);
    QFETCH(QStringList, argv);
    SshSettings s { user, key, jump, port };
    QVERIFY(Connect::sshProblem(s, u"47.96.1.2"_s).isEmpty());
    QCOMPARE(Connect::sshArguments(s, u"47.96.1.2"_s), argv);
}

void TestConnect::problems_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("jump");
    QTest::addColumn<QString>("address");
    QTest::newRow("user option") << u"-oProxyCommand=x"_s << QString() << QString() << u"1.2.3.4"_s;
    QTest::newRow("user space") << u"a b"_s << QString() << QString() << u"1.2.3.4"_s;
    QTest::newRow("jump option") << u"root"_s << QString() << u"-oProxyCommand=x"_s << u"1.2.3.4"_s;
    QTest::newRow("jump shell") << u"root"_s << QString() << u"host;id"_s << u"1.2.3.4"_s;
    QTest::newRow("key option") << u"root"_s << u"-oFoo"_s << QString() << u"1.2.3.4"_s;
    QTest::newRow("hostile address") << u"root"_s << QString() << QString() << u"$(reboot)"_s;
    QTest::newRow("no address") << u"root"_s << QString() << QString() << QString();
}

void TestConnect::problems()
{
    QFETCH(QString, user);
    QFETCH(QString, key);
    QFETCH(QString, jump);
    QFETCH(QString, address);
    SshSettings s { user, key, jump, 22 };
    QVERIFY(!Connect::sshProblem(s, address).isEmpty());
    QString error;
    QVERIFY(
        !Connect::startSshInTerminal(TerminalCommand::parse(u"/bin/true"_s), s, address, &error));
    QVERIFY(!error.isEmpty());
}

void TestConnect::quoting_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"root@1.2.3.4"_s << u"root@1.2.3.4"_s;
    QTest::newRow("space") << u"/a b/key"_s << u"'/a b/key'"_s;
    QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"$(x)"_s << u"'$(x)'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
}

void TestConnect::quoting()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(Connect::shellQuote(word), quoted);
    SshSettings s { u"root"_s, u"/k ey"_s, {}, 22 };
    QCOMPARE(Connect::sshCommandLine(s, u"10.0.0.5"_s), u"ssh -i '/k ey' -- root@10.0.0.5"_s);
}

void TestConnect::terminalCommand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("x-terminal-emulator")
        << u"x-terminal-emulator -e"_s << u"x-terminal-emulator"_s << QStringList { u"-e"_s };
    QTest::newRow("gnome") << u"gnome-terminal --wait --"_s << u"gnome-terminal"_s
                           << QStringList { u"--wait"_s, u"--"_s };
    QTest::newRow("quoted") << u"\"/opt/My Term/term\" -x"_s << u"/opt/My Term/term"_s
                            << QStringList { u"-x"_s };
}

void TestConnect::terminalCommand()
{
    QFETCH(QString, text);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const TerminalCommand c = TerminalCommand::parse(text);
    QCOMPARE(c.program, program);
    QCOMPARE(c.arguments, arguments);
    // Empty: $TERMINAL or x-terminal-emulator, with -e.
    qputenv("TERMINAL", "");
    QCOMPARE(TerminalCommand::parse({}).program, u"x-terminal-emulator"_s);
    qputenv("TERMINAL", "kitty");
    QCOMPARE(TerminalCommand::parse({}).program, u"kitty"_s);
    QCOMPARE(TerminalCommand::parse({}).arguments, QStringList { u"-e"_s });
    qunsetenv("TERMINAL");
}

void TestConnect::launchesTerminal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString record = dir.filePath(u"argv.txt"_s);
    const QString script = dir.filePath(u"term.sh"_s);
    {
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // One argument per line, written then renamed: the test never reads half a file.
        f.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$0.tmp\"\n"
                "mv \"$0.tmp\" \""
            + record.toUtf8() + "\"\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    const TerminalCommand terminal
        = TerminalCommand::parse(Connect::shellQuote(script) + u" --title ECS -e"_s);
    SshSettings s { u"ecs-user"_s, u"/keys/my key"_s, u"jump.example.com"_s, 22 };
    QString error;
    QVERIFY2(Connect::startSshInTerminal(terminal, s, u"47.96.1.2"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record), 10'000);
    QFile f(record);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList argv = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(argv,
        (QStringList { u"--title"_s, u"ECS"_s, u"-e"_s, u"ssh"_s, u"-i"_s, u"/keys/my key"_s,
            u"-J"_s, u"jump.example.com"_s, u"--"_s, u"ecs-user@47.96.1.2"_s }));
    // A terminal that does not exist is said so.
    QVERIFY(!Connect::startSshInTerminal(
        TerminalCommand::parse(dir.filePath(u"nothing"_s)), s, u"47.96.1.2"_s, &error));
    QVERIFY(error.contains(u"nothing"_s));
}

void TestConnect::vncUrl_data()
{
    QTest::addColumn<QString>("vncUrl");
    QTest::addColumn<bool>("windows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("as the service sends it")
        << u"wss%3A%2F%2Fhz01-vncproxy.aliyun.com%2Fwebsockify%2F%3Fs%3DDXhV"_s << false
        << u"https://g.alicdn.com/aliyun/ecs-console-vnc2/0.0.8/index.html?vncUrl=wss%3A%2F%2F"
           u"hz01-vncproxy.aliyun.com%2Fwebsockify%2F%3Fs%3DDXhV&instanceId=i-bp1abc&isWindows="
           u"false"_s;
    QTest::newRow("decoded, windows")
        << u"wss://hz01-vncproxy.aliyun.com/websockify/?s=a+b"_s << true
        << u"https://g.alicdn.com/aliyun/ecs-console-vnc2/0.0.8/index.html?vncUrl=wss%3A%2F%2F"
           u"hz01-vncproxy.aliyun.com%2Fwebsockify%2F%3Fs%3Da%2Bb&instanceId=i-bp1abc&isWindows="
           u"true"_s;
    QTest::newRow("not a websocket") << u"javascript%3Aalert(1)"_s << false << QString();
    QTest::newRow("http") << u"http%3A%2F%2Fevil.example.com%2F"_s << false << QString();
}

void TestConnect::vncUrl()
{
    QFETCH(QString, vncUrl);
    QFETCH(bool, windows);
    QFETCH(QString, expected);
    const QUrl page = Connect::vncPageUrl(vncUrl, u"i-bp1abc"_s, windows);
    QCOMPARE(QString::fromLatin1(page.toEncoded()), expected);
    if (!expected.isEmpty()) {
        const QUrlQuery query(page);
        QVERIFY(query.queryItemValue(u"vncUrl"_s, QUrl::FullyDecoded).startsWith(u"wss://"_s));
    }
    QVERIFY(!Connect::vncPageUrl(u"wss%3A%2F%2Fh%2F"_s, u"i-x&y=1"_s, false).isValid());
}

void TestConnect::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    SshSettings s { u"admin"_s, u"/k"_s, u"j.example.com"_s, 2022 };
    s.save(settings, u"prod"_s);
    const SshSettings back = SshSettings::load(settings, u"prod"_s);
    QCOMPARE(back.user, s.user);
    QCOMPARE(back.keyFile, s.keyFile);
    QCOMPARE(back.jumpHost, s.jumpHost);
    QCOMPARE(back.port, 2022);
    QCOMPARE(SshSettings::load(settings, u"other"_s).user, u"root"_s);
}

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
