// `ecs-console profile …` and `call --profile` against a real gnome-keyring whose collection gets
// locked (a private one, see privatekeyring.h): a locked keychain is never "no secret stored",
// every command says it is locked and exits 3, and remove keeps the profile until the secret is
// really gone. And `profile test` never prints an STS token the service echoes.
#include "privatekeyring.h"
#include "scriptedhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString kKeyId = u"LTAIlockedkc"_s;
const QString kSecret = u"l0cked-Secret+never/shown="_s;
const QString kCanaryToken = u"CAIS.canaryPROFILE-token+T/k=="_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestLockedKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void lockedIsNotMissing();
    void removeRefusesWhileLocked();
    void addToLockedKeychain();
    void profileTestHidesEchoedToken();

private:
    Run run(const QStringList &args, const QByteArray &stdinData = {});
    void addProfile(const QString &name, const QStringList &extra = {}, QByteArray input = {});

    PrivateKeyring m_keyring;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestLockedKeychain::initTestCase()
{
    const QString why = m_keyring.start();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestLockedKeychain::init()
{
    if (m_keyring.isLocked())
        QVERIFY(m_keyring.unlock().isEmpty());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestLockedKeychain::cleanupTestCase()
{
    m_keyring.stop();
}

Run TestLockedKeychain::run(const QStringList &args, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment env = m_keyring.environment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u".config"_s));
    env.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    env.remove(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    env.remove(u"DISPLAY"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ECS_CONSOLE_EXE), args);
    process.write(stdinData);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished); // the loop runs: scripted servers answer
    if (!finished.wait(30'000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

void TestLockedKeychain::addProfile(const QString &name, const QStringList &extra, QByteArray input)
{
    if (input.isEmpty())
        input = kSecret.toUtf8() + '\n';
    const Run add = run(QStringList { u"profile"_s, u"add"_s, name, u"--access-key-id"_s, kKeyId,
                            u"--endpoint"_s, u"http://127.0.0.1:1"_s }
            + extra,
        input);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(m_keyring.items(name), std::make_pair(1, 0));
}

void TestLockedKeychain::lockedIsNotMissing()
{
    addProfile(u"locked-call"_s);
    QVERIFY(m_keyring.lock());
    QCOMPARE(m_keyring.items(u"locked-call"_s), std::make_pair(0, 1));

    const Run call = run({ u"call"_s, u"DescribeRegions"_s, u"--profile"_s, u"locked-call"_s });
    QVERIFY2(call.exitCode == 3, qPrintable(call.err));
    QVERIFY2(call.err.contains(u"keychain is locked"_s), qPrintable(call.err));
    QVERIFY2(!call.err.contains(u"No secret"_s), qPrintable(call.err));

    const Run test = run({ u"profile"_s, u"test"_s, u"locked-call"_s });
    QVERIFY2(test.exitCode == 3, qPrintable(test.err));
    QVERIFY2(test.err.contains(u"keychain is locked"_s), qPrintable(test.err));

    QVERIFY(m_keyring.unlock().isEmpty());
    QCOMPARE(run({ u"profile"_s, u"remove"_s, u"locked-call"_s }).exitCode, 0);
}

void TestLockedKeychain::removeRefusesWhileLocked()
{
    addProfile(u"locked-remove"_s);
    QVERIFY(m_keyring.lock());
    const Run refused = run({ u"profile"_s, u"remove"_s, u"locked-remove"_s });
    QVERIFY2(refused.exitCode == 3, qPrintable(refused.out + refused.err));
    QVERIFY2(refused.err.contains(u"keychain is locked"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"kept"_s), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(u"removed"_s));
    // The profile and its secret are both still there: nothing is orphaned.
    QVERIFY(run({ u"profile"_s, u"list"_s }).out.contains(u"locked-remove"_s));
    QCOMPARE(m_keyring.items(u"locked-remove"_s), std::make_pair(0, 1));

    QVERIFY(m_keyring.unlock().isEmpty());
    const Run removed = run({ u"profile"_s, u"remove"_s, u"locked-remove"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(m_keyring.items(u"locked-remove"_s), std::make_pair(0, 0));
    QVERIFY(!run({ u"profile"_s, u"list"_s }).out.contains(u"locked-remove"_s));
}

void TestLockedKeychain::addToLockedKeychain()
{
    QVERIFY(m_keyring.lock());
    const Run add = run({ u"profile"_s, u"add"_s, u"locked-add"_s, u"--access-key-id"_s, kKeyId },
        kSecret.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 3, qPrintable(add.err));
    QVERIFY2(add.err.contains(u"keychain is locked"_s), qPrintable(add.err));
    QVERIFY(!run({ u"profile"_s, u"list"_s }).out.contains(u"locked-add"_s));
}

void TestLockedKeychain::profileTestHidesEchoedToken()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    const QString twice = QString::fromLatin1(
        QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(kCanaryToken))));
    const QString message = u"server string to sign is:POST&%2F&AccessKeyId%3D"_s + kKeyId
        + u"%26SecurityToken%3D"_s + twice
        + u"%26SignatureMethod%3DHMAC-SHA1 and %2526SecurityToken%253D"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(twice)) + u" and "_s + kCanaryToken;
    server.setReply(ScriptedHttpServer::json(400,
        QJsonDocument(QJsonObject { { u"Code"_s, u"SignatureDoesNotMatch"_s },
                          { u"Message"_s, message }, { u"RequestId"_s, u"REQ-PROFILE"_s } })
            .toJson()));
    const Run add = run({ u"profile"_s, u"add"_s, u"sts-profile"_s, u"--access-key-id"_s, kKeyId,
                            u"--sts"_s, u"--endpoint"_s, server.url().toString() },
        kSecret.toUtf8() + '\n' + kCanaryToken.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run test = run({ u"profile"_s, u"test"_s, u"sts-profile"_s });
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains(u"SignatureDoesNotMatch"_s), qPrintable(test.err));
    QVERIFY2(test.err.contains(u"REQ-PROFILE"_s), qPrintable(test.err));
    QVERIFY2(!(test.out + test.err).contains(u"canary"_s), qPrintable(test.err));
    QVERIFY2(!(test.out + test.err).contains(u"l0cked"_s), qPrintable(test.err));
    QCOMPARE(run({ u"profile"_s, u"remove"_s, u"sts-profile"_s }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestLockedKeychain)
#include "tst_lockedkeychain.moc"
