// `ecs-console profile …` and `call --profile` as users run them, against a real Secret Service
// (CI runs the suite inside dbus-run-session with an unlocked gnome-keyring) and ecs-sim, with a
// fresh $HOME per test: the secret must end up in the keychain and nowhere under $HOME.
#include "embeddedsimulator.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kKeyId = u"LTAIprofilecmd"_s;
const QString kSecret = u"pr0file-Secret-never-on-disk"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestProfileCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addCallRemoveLeavesNoSecretOnDisk();
    void secretNeverFromArgv();
    void noKeychainIsExplained();
    void importFromAliyunCli();
    void tlsNeedsTheProfilesCa();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {},
        const QProcessEnvironment &env = {});
    QStringList filesContaining(const QString &dir, const QString &needle) const;

    ecs::sim::EmbeddedSimulator m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestProfileCommand::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with a Secret Service: packaging/run-tests.sh provides one");
    QSignalSpy ready(&m_sim, &ecs::sim::EmbeddedSimulator::ready);
    ecs::sim::SimOptions options;
    options.accessKeyId = kKeyId;
    options.accessKeySecret = kSecret;
    m_sim.start(options);
    QVERIFY(ready.wait(10'000));
}

void TestProfileCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run TestProfileCommand::run(
    const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env)
{
    QProcess process;
    QProcessEnvironment environment
        = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u".config"_s));
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ECS_CONSOLE_EXE), args);
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QStringList TestProfileCommand::filesContaining(const QString &dir, const QString &needle) const
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits << file.fileName();
    }
    return hits;
}

void TestProfileCommand::addCallRemoveLeavesNoSecretOnDisk()
{
    const QString url = m_sim.url().toString();
    Run add = run(
        { u"profile"_s, u"add"_s, u"p"_s, u"--access-key-id"_s, kKeyId, u"--endpoint"_s, url },
        kSecret.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    Run list = run({ u"profile"_s, u"list"_s });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(u"p"_s));
    QVERIFY(list.out.contains(kKeyId));
    QVERIFY(!list.out.contains(kSecret));
    Run call = run({ u"call"_s, u"DescribeRegions"_s, u"--profile"_s, u"p"_s });
    QVERIFY2(call.exitCode == 0, qPrintable(call.err));
    QVERIFY(call.out.count(u"\"RegionId\""_s) >= 20);
    Run test = run({ u"profile"_s, u"test"_s, u"p"_s });
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    QVERIFY(test.out.startsWith(u"OK"_s));
    // Only the keychain holds the secret: settings under $HOME never do.
    QVERIFY(!filesContaining(m_home->path(), u"p"_s).isEmpty()); // the profile itself is stored
    QCOMPARE(filesContaining(m_home->path(), kSecret), QStringList());
    Run remove = run({ u"profile"_s, u"remove"_s, u"p"_s });
    QCOMPARE(remove.exitCode, 0);
    Run gone = run({ u"call"_s, u"DescribeRegions"_s, u"--profile"_s, u"p"_s });
    QVERIFY(gone.exitCode != 0);
    QVERIFY(gone.err.contains(u"no profile named"_s));
    QCOMPARE(filesContaining(m_home->path(), kSecret), QStringList());
}

void TestProfileCommand::secretNeverFromArgv()
{
    Run add = run({ u"profile"_s, u"add"_s, u"q"_s, u"--access-key-id"_s, kKeyId,
        u"--access-key-secret"_s, kSecret });
    QVERIFY(add.exitCode != 0);
    QVERIFY(!add.err.contains(kSecret));
}

void TestProfileCommand::noKeychainIsExplained()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    Run add = run({ u"profile"_s, u"add"_s, u"nokeychain"_s, u"--access-key-id"_s, kKeyId },
        kSecret.toUtf8() + '\n', env);
    QCOMPARE(add.exitCode, 3);
    QVERIFY2(add.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(add.err));
    // A command cannot keep a secret "for this session": it says what a command can do instead.
    QVERIFY2(!add.err.contains(u"this session"_s, Qt::CaseInsensitive), qPrintable(add.err));
    QVERIFY2(add.err.contains(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s), qPrintable(add.err));
    QCOMPARE(filesContaining(m_home->path(), kSecret), QStringList());
}

void TestProfileCommand::importFromAliyunCli()
{
    QDir(m_home->path()).mkpath(u".aliyun"_s);
    QFile config(m_home->filePath(u".aliyun/config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral(R"({"current":"imported","profiles":[{"name":"imported","mode":"AK",
        "access_key_id":"%1","access_key_secret":"%2","region_id":"cn-hangzhou"}]})")
                     .arg(kKeyId, kSecret)
                     .toUtf8());
    config.close();
    Run import = run({ u"profile"_s, u"import-aliyun"_s });
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY(import.out.contains(u"imported"_s));
    QVERIFY2(
        (import.out + import.err).contains(u"plain text"_s), qPrintable(import.out + import.err));
    Run call = run({ u"call"_s, u"DescribeRegions"_s, u"--profile"_s, u"imported"_s,
        u"--endpoint"_s, m_sim.url().toString() });
    QVERIFY2(call.exitCode == 0, qPrintable(call.err));
    // The CLI's own file still has it (we say so); nothing we wrote does.
    QCOMPARE(filesContaining(m_home->path(), kSecret), QStringList { config.fileName() });
    run({ u"profile"_s, u"remove"_s, u"imported"_s });
}

void TestProfileCommand::tlsNeedsTheProfilesCa()
{
    QTemporaryDir dir;
    const QString pem = dir.filePath(u"sim.pem"_s);
    QProcess sim;
    sim.start(QStringLiteral(ECS_SIM_EXE),
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--tls"_s, u"--cert-out"_s, pem, u"--access-key-id"_s,
            kKeyId, u"--access-key-secret"_s, kSecret });
    QVERIFY(sim.waitForReadyRead(10'000));
    const QString url = QString::fromUtf8(sim.readLine()).section(u' ', 3).trimmed();
    QVERIFY(url.startsWith(u"https://"_s));
    Run plain = run({ u"profile"_s, u"add"_s, u"tls-plain"_s, u"--access-key-id"_s, kKeyId,
                        u"--endpoint"_s, url },
        kSecret.toUtf8() + '\n');
    QCOMPARE(plain.exitCode, 0);
    Run refused = run({ u"call"_s, u"DescribeRegions"_s, u"--profile"_s, u"tls-plain"_s });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(refused.err));
    Run trusted = run({ u"profile"_s, u"add"_s, u"tls-ca"_s, u"--access-key-id"_s, kKeyId,
                          u"--endpoint"_s, url, u"--ca-cert"_s, pem },
        kSecret.toUtf8() + '\n');
    QCOMPARE(trusted.exitCode, 0);
    Run accepted = run({ u"call"_s, u"DescribeRegions"_s, u"--profile"_s, u"tls-ca"_s });
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    run({ u"profile"_s, u"remove"_s, u"tls-plain"_s });
    run({ u"profile"_s, u"remove"_s, u"tls-ca"_s });
    sim.terminate();
    QVERIFY(sim.waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"
