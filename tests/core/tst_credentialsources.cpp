// The aliyun CLI's indirect credential modes against ecs-sim over real sockets: STS AssumeRole
// (RamRoleArn, ChainableRamRoleArn), the metadata endpoint (EcsRamRole), the credentials URI and
// a command (External); renewal ahead of expiry at an accelerated time scale; an
// InvalidSecurityToken.Expired answer renewed and resent without the caller noticing; bad answers
// (missing fields, huge bodies, non-JSON, slow or failing commands) as clear errors; no secret in
// any error or in redacted text.
#include "credentialsource.h"
#include "ecsclient.h"
#include "httpcredentialsource.h"
#include "logging.h"
#include "processcredentialsource.h"
#include "profileresolver.h"
#include "scriptedhttpserver.h"
#include "simclient.h"
#include "stscredentialsource.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(ScriptedHttpServer::Reply)

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

const QString kRoleArn = u"acs:ram::1234567890123456:role/ecs-console-ops"_s;

Credentials demoKey()
{
    return { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
}

struct Outcome
{
    bool done = false;
    bool ok = false;
    QString error;
};

/// One DescribeRegions through `client`, waited for on the event loop.
Outcome describeRegions(EcsClient &client)
{
    auto outcome = std::make_shared<Outcome>();
    ApiCall *call = client.send(ApiRequest(u"DescribeRegions"_s));
    QObject::connect(call, &ApiCall::finished, &client, [call, outcome] {
        outcome->done = true;
        outcome->ok = call->ok();
        outcome->error = call->error().toDisplayString();
    });
    if (!QTest::qWaitFor([outcome] { return outcome->done; }, 20'000))
        outcome->error = u"(no answer)"_s;
    return *outcome;
}

/// One refresh of `source`, waited for; the error, empty on success.
QString refreshOnce(CredentialSource &source)
{
    QObject context;
    auto outcome = std::make_shared<Outcome>();
    source.refresh(&context, [outcome](const QString &error) {
        outcome->done = true;
        outcome->error = error;
    });
    if (!QTest::qWaitFor([outcome] { return outcome->done; }, 20'000))
        return u"(no answer)"_s;
    return outcome->error;
}

Profile roleProfile(const QUrl &sim, Profile::Kind kind = Profile::Kind::RamRoleArn)
{
    Profile p;
    p.name = u"role"_s;
    p.kind = kind;
    p.roleArn = kRoleArn;
    p.roleSessionName = u"tester"_s;
    p.durationSeconds = 900;
    p.endpoint = sim.toString();
    return p;
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestCredentialSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modes_data();
    void modes();
    void refreshesBeforeExpiry();
    void expiredAnswerIsRenewedAndResent_data();
    void expiredAnswerIsRenewedAndResent();
    void chainOfProfiles();
    void keychainRamRoleArn();
    void refreshTime_data();
    void refreshTime();
    void badAnswers_data();
    void badAnswers();
    void commands_data();
    void commands();
    void assumeRoleRefusals_data();
    void assumeRoleRefusals();
    void redaction();

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestCredentialSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCredentialSources::modes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("keyPrefix");
    QTest::addColumn<bool>("expires");
    QTest::newRow("RamRoleArn") << int(Profile::Kind::RamRoleArn) << u"STS."_s << true;
    QTest::newRow("ChainableRamRoleArn")
        << int(Profile::Kind::ChainableRamRoleArn) << u"STS."_s << true;
    QTest::newRow("EcsRamRole") << int(Profile::Kind::EcsRamRole) << u"STS."_s << true;
    QTest::newRow("EcsRamRole named") << int(Profile::Kind::EcsRamRole) << u"STS."_s << true;
    QTest::newRow("CredentialsURI") << int(Profile::Kind::CredentialsUri) << u"STS."_s << true;
    QTest::newRow("External") << int(Profile::Kind::External) << u"LTAIdemo"_s << false;
}

void TestCredentialSources::modes()
{
    QFETCH(int, kind);
    QFETCH(QString, keyPrefix);
    QFETCH(bool, expires);
    sim::SimOptions options;
    options.singleEndpoint = true;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(!url.isEmpty());

    Profile profile = roleProfile(url, Profile::Kind(kind));
    std::shared_ptr<CredentialSource> upstream;
    if (profile.kind == Profile::Kind::ChainableRamRoleArn) {
        // The source profile is itself a role: its temporary key signs the second AssumeRole.
        upstream = makeCredentialSource(roleProfile(url), demoKey(), nullptr, &m_network);
        profile.sourceProfile = u"role"_s;
    }
    profile.metadataBaseUrl = url.toString();
    if (QByteArray(QTest::currentDataTag()) == "EcsRamRole named")
        profile.ramRoleName = QString::fromLatin1(sim::kSimInstanceRoleName);
    profile.credentialsUri
        = url.resolved(QUrl(QString::fromLatin1(sim::kSimCredentialsUriPath))).toString();
    profile.processCommand = writeScript(m_dir, u"ak.sh"_s,
        R"(printf '{"mode":"AK","access_key_id":"%s","access_key_secret":"%s"}' LTAIdemoEcsSimulator ecs-sim-demo-secret-not-for-production)");

    const std::shared_ptr<CredentialSource> source
        = makeCredentialSource(profile, demoKey(), upstream, &m_network);
    QVERIFY(source);
    QSignalSpy changed(source.get(), &CredentialSource::credentialsChanged);

    ClientConfig config = simClientConfig(url);
    config.credentials = {};
    config.credentialSource = source;
    EcsClient client(&m_network, config);
    const Outcome first = describeRegions(client);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(changed.count(), 1);
    QVERIFY2(source->current().accessKeyId.startsWith(keyPrefix),
        qPrintable(source->current().accessKeyId));
    QCOMPARE(source->expiration().isValid(), expires);
    if (expires)
        QVERIFY(source->expiration() > QDateTime::currentDateTimeUtc());
    if (upstream)
        QVERIFY(upstream->current().accessKeyId != source->current().accessKeyId);

    // Good credentials are used again, not fetched for every call.
    const Outcome second = describeRegions(client);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(changed.count(), 1);
}

void TestCredentialSources::refreshesBeforeExpiry()
{
    sim::SimOptions options;
    options.singleEndpoint = true;
    options.timeScale = 300; // DurationSeconds 900 lives 3 s
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(!url.isEmpty());
    const auto source = makeCredentialSource(roleProfile(url), demoKey(), nullptr, &m_network);
    QDateTime firstExpiration;
    QList<QDateTime> renewedAt;
    connect(source.get(), &CredentialSource::credentialsChanged, this,
        [&](const QDateTime &expiration) {
            if (!firstExpiration.isValid())
                firstExpiration = expiration;
            else
                renewedAt << QDateTime::currentDateTimeUtc();
        });
    ClientConfig config = simClientConfig(url);
    config.credentials = {};
    config.credentialSource = source;
    EcsClient client(&m_network, config);
    QVERIFY(describeRegions(client).ok);
    const QString firstKey = source->current().accessKeyId;
    QTRY_VERIFY_WITH_TIMEOUT(!renewedAt.isEmpty(), 10'000);
    QVERIFY2(renewedAt.first() < firstExpiration, "renewed only after the expiry");
    QVERIFY(source->current().accessKeyId != firstKey);
    QVERIFY(source->isUsable());
    const Outcome after = describeRegions(client);
    QVERIFY2(after.ok, qPrintable(after.error));
}

void TestCredentialSources::expiredAnswerIsRenewedAndResent_data()
{
    QTest::addColumn<int>("signature");
    QTest::newRow("ACS3") << int(SignatureVersion::Acs3);
    QTest::newRow("RPC v1") << int(SignatureVersion::RpcV1);
}

void TestCredentialSources::expiredAnswerIsRenewedAndResent()
{
    QFETCH(int, signature);
    sim::SimOptions options;
    options.singleEndpoint = true;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(!url.isEmpty());
    const auto source = makeCredentialSource(roleProfile(url), demoKey(), nullptr, &m_network);
    QSignalSpy changed(source.get(), &CredentialSource::credentialsChanged);
    ClientConfig config = simClientConfig(url);
    config.credentials = {};
    config.credentialSource = source;
    config.signatureVersion = SignatureVersion(signature);
    EcsClient client(&m_network, config);
    QVERIFY(describeRegions(client).ok);
    const QString firstKey = source->current().accessKeyId;

    // The service says they expired while the client still thinks them good.
    server.expireTemporaryCredentials();
    QVERIFY(source->isUsable());
    const qint64 servedBefore = server.requestsServed();
    const Outcome resent = describeRegions(client);
    QVERIFY2(resent.ok, qPrintable(resent.error));
    QCOMPARE(changed.count(), 2);
    QVERIFY(source->current().accessKeyId != firstKey);
    // Refused, AssumeRole, sent again.
    QCOMPARE(server.requestsServed() - servedBefore, 3);

    // Renewed once per call: credentials the service keeps refusing end the call with its error.
    server.expireTemporaryCredentials();
    auto again = std::make_shared<Outcome>();
    ApiCall *call = client.send(ApiRequest(u"DescribeRegions"_s));
    connect(call, &ApiCall::finished, this, [call, again] {
        again->done = true;
        again->ok = call->ok();
        again->error = call->error().code;
    });
    // Expire the renewed key too, as soon as it is issued.
    connect(source.get(), &CredentialSource::credentialsChanged, &server,
        [&server] { server.expireTemporaryCredentials(); });
    QTRY_VERIFY_WITH_TIMEOUT(again->done, 20'000);
    QVERIFY(!again->ok);
    QCOMPARE(again->error, u"InvalidSecurityToken.Expired"_s);
}

void TestCredentialSources::chainOfProfiles()
{
    sim::SimOptions options;
    options.singleEndpoint = true;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(!url.isEmpty());
    QSettings settings(m_dir.filePath(u"chain.ini"_s), QSettings::IniFormat);
    ProfileStore store(&settings);
    SecretStore secrets(SecretStore::Backend::SessionMemory);

    Profile base;
    base.name = u"base"_s;
    base.accessKeyId = demoKey().accessKeyId;
    base.endpoint = url.toString();
    store.save(base);
    secrets.keepForSession(u"base"_s, Secret { demoKey().accessKeySecret, {} });
    Profile first = roleProfile(url, Profile::Kind::ChainableRamRoleArn);
    first.name = u"first"_s;
    first.sourceProfile = u"base"_s;
    store.save(first);
    Profile second = first;
    second.name = u"second"_s;
    second.sourceProfile = u"first"_s;
    store.save(second);
    Profile loopA = first;
    loopA.name = u"loopA"_s;
    loopA.sourceProfile = u"loopB"_s;
    store.save(loopA);
    Profile loopB = first;
    loopB.name = u"loopB"_s;
    loopB.sourceProfile = u"loopA"_s;
    store.save(loopB);
    Profile orphan = first;
    orphan.name = u"orphan"_s;
    orphan.sourceProfile = u"nobody"_s;
    store.save(orphan);

    const auto resolve = [&](const QString &name) {
        auto result = std::make_shared<std::optional<ResolvedProfile>>();
        resolveProfile(
            store, &secrets, name, this, [result](const ResolvedProfile &r) { *result = r; },
            &m_network);
        if (!QTest::qWaitFor([result] { return result->has_value(); }, 10'000))
            return ResolvedProfile {};
        return result->value_or(ResolvedProfile {});
    };
    const ResolvedProfile resolved = resolve(u"second"_s);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    QVERIFY(resolved.config.credentialSource);
    QVERIFY(resolved.config.credentials.accessKeySecret.isEmpty()); // nothing long-lived in it
    EcsClient client(&m_network, resolved.config);
    const Outcome call = describeRegions(client);
    QVERIFY2(call.ok, qPrintable(call.error));
    QVERIFY(resolved.config.credentialSource->current().accessKeyId.startsWith(u"STS."_s));

    const ResolvedProfile loop = resolve(u"loopA"_s);
    QVERIFY(!loop.ok());
    QVERIFY2(loop.error.contains(u"circle"_s), qPrintable(loop.error));
    const ResolvedProfile missing = resolve(u"orphan"_s);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"nobody"_s), qPrintable(missing.error));
}

void TestCredentialSources::keychainRamRoleArn()
{
    // The source key of a RamRoleArn profile lives in the OS keychain (a Secret Service: run under
    // dbus-run-session with gnome-keyring); the assumed credentials never go there.
    sim::SimOptions options;
    options.singleEndpoint = true;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(!url.isEmpty());
    SecretStore secrets(SecretStore::Backend::Keychain);
    const QString name = u"tst-credentialsources-role"_s;
    auto written = std::make_shared<std::optional<SecretResult>>();
    secrets.write(name, Secret { demoKey().accessKeySecret, {} }, this,
        [written](const SecretResult &r) { *written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written->has_value(), 20'000);
    if (!written->value().ok())
        QSKIP(qPrintable(u"no usable keychain here: "_s + written->value().message));

    QSettings settings(m_dir.filePath(u"keychain.ini"_s), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile profile = roleProfile(url);
    profile.name = name;
    profile.accessKeyId = demoKey().accessKeyId;
    store.save(profile);
    auto resolved = std::make_shared<std::optional<ResolvedProfile>>();
    resolveProfile(
        store, &secrets, name, this, [resolved](const ResolvedProfile &r) { *resolved = r; },
        &m_network);
    QTRY_VERIFY_WITH_TIMEOUT(resolved->has_value(), 20'000);
    const ResolvedProfile r = resolved->value();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.config.credentialSource);
    EcsClient client(&m_network, r.config);
    const Outcome call = describeRegions(client);
    QVERIFY2(call.ok, qPrintable(call.error));
    const Credentials assumed = r.config.credentialSource->current();
    QVERIFY(assumed.accessKeyId.startsWith(u"STS."_s));

    // What the keychain holds is still the source key alone.
    auto read = std::make_shared<std::optional<SecretResult>>();
    secrets.read(name, this, [read](const SecretResult &s) { *read = s; });
    QTRY_VERIFY_WITH_TIMEOUT(read->has_value(), 20'000);
    QVERIFY(read->value().ok());
    QCOMPARE(read->value().secret.accessKeySecret, demoKey().accessKeySecret);
    QVERIFY(read->value().secret.securityToken.isEmpty());
    auto removed = std::make_shared<bool>(false);
    secrets.remove(name, this, [removed](const SecretResult &) { *removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(*removed, 20'000);
}

void TestCredentialSources::refreshTime_data()
{
    QTest::addColumn<qint64>("lifeSeconds");
    QTest::addColumn<qint64>("expectedAfterSeconds");
    QTest::newRow("an hour: 80 %") << qint64(3600) << qint64(2880);
    QTest::newRow("15 min: 80 % is 3 min before") << qint64(900) << qint64(720);
    QTest::newRow("12 h: 80 %") << qint64(43200) << qint64(34560);
    QTest::newRow("10 min: 3 min before would be 70 %") << qint64(600) << qint64(420);
    QTest::newRow("3 s (tests): 80 %") << qint64(3) << qint64(2);
}

void TestCredentialSources::refreshTime()
{
    QFETCH(qint64, lifeSeconds);
    QFETCH(qint64, expectedAfterSeconds);
    const QDateTime obtained(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime at = CredentialSource::refreshTimeFor(obtained, obtained.addSecs(lifeSeconds));
    QCOMPARE(obtained.secsTo(at), expectedAfterSeconds);
}

void TestCredentialSources::badAnswers_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QList<ScriptedHttpServer::Reply>>("replies");
    QTest::addColumn<QString>("expected");
    const QByteArray future
        = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toLatin1();
    using R = ScriptedHttpServer;
    QTest::newRow("uri: missing fields")
        << u"uri"_s
        << QList<R::Reply> { R::json(200, R"({"Code":"Success","AccessKeyId":"STS.a"})") }
        << u"AccessKeySecret"_s;
    QTest::newRow("uri: not JSON")
        << u"uri"_s << QList<R::Reply> { R::html(200, "<html>hi</html>") }
        << u"not a JSON object"_s;
    QTest::newRow("uri: huge body")
        << u"uri"_s << QList<R::Reply> { R::json(200, QByteArray(300'000, 'x')) }
        << u"more than 64 KiB"_s;
    QTest::newRow("uri: Code not Success")
        << u"uri"_s << QList<R::Reply> { R::json(200, R"({"Code":"Failed"})") } << u"not Success"_s;
    QTest::newRow("uri: expired already")
        << u"uri"_s
        << QList<R::Reply> { R::json(200,
               R"({"Code":"Success","AccessKeyId":"STS.a","AccessKeySecret":"bbbbbbbbbb","SecurityToken":"cccccccccc","Expiration":"2001-01-01T00:00:00Z"})") }
        << u"expired already"_s;
    QTest::newRow("uri: not a date")
        << u"uri"_s
        << QList<R::Reply> { R::json(200,
               R"({"Code":"Success","AccessKeyId":"STS.a","AccessKeySecret":"bbbbbbbbbb","SecurityToken":"cccccccccc","Expiration":"soon"})") }
        << u"not a date"_s;
    QTest::newRow("uri: control characters")
        << u"uri"_s
        << QList<R::Reply> { R::json(200,
               R"({"Code":"Success","AccessKeyId":"STS.a\r\nX: y","AccessKeySecret":"bbbbbbbbbb","SecurityToken":"cccccccccc","Expiration":")"
                   + future + R"("})") }
        << u"printable"_s;
    QTest::newRow("uri: HTTP 500")
        << u"uri"_s << QList<R::Reply> { R::json(500, "{}") } << u"HTTP 500"_s;
    QTest::newRow("uri: silence") << u"uri"_s << QList<R::Reply> { R::silence() }
                                  << u"did not answer"_s;
    QTest::newRow("uri: connection closed")
        << u"uri"_s << QList<R::Reply> { R::close() } << u"credentials URI"_s;
    QTest::newRow("metadata: no role")
        << u"metadata"_s << QList<R::Reply> { R::json(404, ""), R::json(404, "") } << u"HTTP 404"_s;
    QTest::newRow("metadata: garbage role name")
        << u"metadata"_s << QList<R::Reply> { R::json(404, ""), R::json(200, "../../etc") }
        << u"no usable RAM role"_s;
    QTest::newRow("sts: not JSON")
        << u"sts"_s << QList<R::Reply> { R::html(200, "<html/>") } << u"STS AssumeRole failed"_s;
    QTest::newRow("sts: service error")
        << u"sts"_s << QList<R::Reply> { R::serviceError(403, "NoPermission") }
        << u"NoPermission"_s;
    QTest::newRow("sts: no Credentials")
        << u"sts"_s << QList<R::Reply> { R::json(200, R"({"RequestId":"r-1"})") }
        << u"no usable credentials"_s;
    QTest::newRow("sts: echoes the signer's secret")
        << u"sts"_s
        << QList<R::Reply> { R::json(400,
               R"({"RequestId":"r-2","Code":"SignatureDoesNotMatch","Message":"secret was source-secret-value-123"})") }
        << u"SignatureDoesNotMatch"_s;
}

void TestCredentialSources::badAnswers()
{
    QFETCH(QString, mode);
    QFETCH(QList<ScriptedHttpServer::Reply>, replies);
    QFETCH(QString, expected);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.queueReplies(replies);
    std::shared_ptr<CredentialSource> source;
    if (mode == u"uri") {
        source = std::make_shared<UriCredentialSource>(server.url(), &m_network);
    } else if (mode == u"metadata") {
        source = std::make_shared<MetadataCredentialSource>(server.url(), QString(), &m_network);
    } else {
        AssumeRoleRequest request { kRoleArn, u"tester"_s, 900, {}, {}, server.url() };
        source = std::make_shared<AssumeRoleCredentialSource>(
            std::make_shared<StaticCredentialSource>(
                Credentials { u"LTAIsource"_s, u"source-secret-value-123"_s, {} }, u"src"_s),
            request, &m_network);
    }
    source->setTimeoutMs(1000);
    QSignalSpy failed(source.get(), &CredentialSource::refreshFailed);
    const QString error = refreshOnce(*source);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(u"source-secret-value-123"_s));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!source->hasCredentials());
    QCOMPARE(source->lastError(), error);
}

void TestCredentialSources::commands_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("expected"); // empty: credentials
    QTest::newRow("AK") << QByteArray(
        R"(echo '{"mode":"AK","access_key_id":"LTAIx","access_key_secret":"cmd-secret-1"}')")
                        << QString();
    QTest::newRow("StsToken") << QByteArray(
        R"(echo '{"mode":"StsToken","access_key_id":"STS.x","access_key_secret":"cmd-secret-2","sts_token":"cmd-token-2222"}')")
                              << QString();
    QTest::newRow("StsToken without token") << QByteArray(
        R"(echo '{"mode":"StsToken","access_key_id":"STS.x","access_key_secret":"y"}')")
                                            << u"no sts_token"_s;
    QTest::newRow("other mode") << QByteArray(R"(echo '{"mode":"RsaKeyPair"}')") << u"RsaKeyPair"_s;
    QTest::newRow("not JSON") << QByteArray("echo hello") << u"not a JSON object"_s;
    QTest::newRow("missing fields")
        << QByteArray(R"(echo '{"mode":"AK"}')") << u"no access_key_id"_s;
    QTest::newRow("huge output") << QByteArray("head -c 300000 /dev/zero | tr '\\000' a")
                                 << u"more than 64 KiB"_s;
    QTest::newRow("slow") << QByteArray("sleep 30") << u"did not finish"_s;
    QTest::newRow("fails") << QByteArray("echo 'no session' >&2; exit 3") << u"exit code 3"_s;
    QTest::newRow("not found") << QByteArray() << u"could not be started"_s;
}

void TestCredentialSources::commands()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, expected);
    const QString command = script.isEmpty()
        ? m_dir.filePath(u"does-not-exist"_s)
        : writeScript(
            m_dir, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), script);
    ProcessCredentialSource source(command);
    source.setTimeoutMs(1500);
    const QString error = refreshOnce(source);
    if (expected.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(source.current().isComplete());
        QVERIFY(!source.expiration().isValid());
        // The secret it printed is never shown.
        QCOMPARE(redact(source.current().accessKeySecret), u"***"_s);
        return;
    }
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!source.hasCredentials());
}

void TestCredentialSources::assumeRoleRefusals_data()
{
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<QString>("sessionName");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    const QString good = QString::fromLatin1(sim::kDemoAccessKeySecret);
    QTest::newRow("bad arn") << u"role/x"_s << u"tester"_s << 900 << good
                             << u"InvalidParameter.RoleArn"_s;
    QTest::newRow("bad session") << kRoleArn << u"a b"_s << 900 << good
                                 << u"InvalidParameter.RoleSessionName"_s;
    QTest::newRow("short duration")
        << kRoleArn << u"tester"_s << 60 << good << u"InvalidParameter.DurationSeconds"_s;
    QTest::newRow("wrong secret") << kRoleArn << u"tester"_s << 900 << u"wrong-secret-value"_s
                                  << u"SignatureDoesNotMatch"_s;
}

void TestCredentialSources::assumeRoleRefusals()
{
    QFETCH(QString, roleArn);
    QFETCH(QString, sessionName);
    QFETCH(int, duration);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    sim::SimOptions options;
    options.singleEndpoint = true;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(!url.isEmpty());
    AssumeRoleRequest request { roleArn, sessionName, duration, {}, {}, url };
    AssumeRoleCredentialSource source(
        std::make_shared<StaticCredentialSource>(
            Credentials { demoKey().accessKeyId, secret, {} }, u"src"_s),
        request, &m_network);
    const QString error = refreshOnce(source);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(secret));
}

void TestCredentialSources::redaction()
{
    sim::SimOptions options;
    options.singleEndpoint = true;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(!url.isEmpty());
    Profile profile = roleProfile(url);
    profile.externalId = u"ext-1"_s;
    profile.policy
        = uR"({"Statement":[{"Action":["ecs:Describe*"],"Effect":"Allow","Resource":"*"}],"Version":"1"})"_s;
    const auto source = makeCredentialSource(profile, demoKey(), nullptr, &m_network);
    QCOMPARE(refreshOnce(*source), QString());
    const Credentials c = source->current();
    QVERIFY(c.isSts());
    for (const QString &secret : { c.accessKeySecret, c.securityToken }) {
        const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        const QStringList texts { u"echo %1 back"_s.arg(secret), u"a=b&x=%1"_s.arg(percent),
            u"{\"v\":\"%1\"}"_s.arg(secret), u"SecurityToken=%1"_s.arg(secret) };
        for (const QString &text : texts) {
            const QString shown = redact(text);
            QVERIFY2(!shown.contains(secret), qPrintable(shown));
            QVERIFY2(!shown.contains(percent), qPrintable(shown));
        }
        ApiError error = ApiError::service(400, u"X"_s, u"the token %1"_s.arg(secret));
        QVERIFY(!error.redacted().toDisplayString().contains(secret));
    }
    QVERIFY(!source->description().contains(c.accessKeySecret));
}

QTEST_GUILESS_MAIN(TestCredentialSources)
#include "tst_credentialsources.moc"
