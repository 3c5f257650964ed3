// Reading the aliyun CLI's config.json: AK, StsToken and the indirect modes (RamRoleArn,
// ChainableRamRoleArn, EcsRamRole, CredentialsURI, External) come across with the CLI's field
// names, other modes and unusable fields are listed with the reason they are skipped, broken files
// give a clear error.
#include "aliyuncliconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestAliyunImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleConfig();
    void modes_data();
    void modes();
    void brokenFiles_data();
    void brokenFiles();
};

void TestAliyunImport::sampleConfig()
{
    const QByteArray json = R"({
      "current": "work",
      "profiles": [
        {"name": "work", "mode": "AK", "access_key_id": "LTAIwork", "access_key_secret": "work-secret",
         "region_id": "cn-shanghai", "output_format": "json", "language": "en"},
        {"name": "temp", "mode": "StsToken", "access_key_id": "STS.tmp", "access_key_secret": "tmp-secret",
         "sts_token": "token-xyz", "region_id": "eu-central-1"},
        {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIrole", "access_key_secret": "s",
         "ram_role_arn": "acs:ram::1:role/x", "region_id": "cn-hangzhou"}
      ]})";
    const CliConfig config = parseAliyunCliConfig(json);
    QVERIFY2(config.error.isEmpty(), qPrintable(config.error));
    QCOMPARE(config.current, u"work"_s);
    QCOMPARE(config.profiles.size(), 3);
    const CliProfile &work = config.profiles.at(0);
    QCOMPARE(work.profile.name, u"work"_s);
    QCOMPARE(work.profile.accessKeyId, u"LTAIwork"_s);
    QCOMPARE(work.profile.defaultRegion, u"cn-shanghai"_s);
    QCOMPARE(work.profile.kind, Profile::Kind::AccessKey);
    QCOMPARE(work.secret.accessKeySecret, u"work-secret"_s);
    QVERIFY(work.skippedReason.isEmpty());
    const CliProfile &temp = config.profiles.at(1);
    QCOMPARE(temp.profile.kind, Profile::Kind::Sts);
    QCOMPARE(temp.secret.securityToken, u"token-xyz"_s);
    const CliProfile &role = config.profiles.at(2);
    QVERIFY2(role.skippedReason.isEmpty(), qPrintable(role.skippedReason));
    QCOMPARE(role.profile.kind, Profile::Kind::RamRoleArn);
    QCOMPARE(role.profile.roleArn, u"acs:ram::1:role/x"_s);
    QCOMPARE(role.profile.roleSessionName, u"ecs-console"_s); // the CLI's field was empty
    QCOMPARE(role.profile.durationSeconds, 3600);
    QCOMPARE(role.secret.accessKeySecret, u"s"_s); // the source key goes to the keychain
}

void TestAliyunImport::modes_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field"); // "name=value" checked on the imported profile
    QTest::addColumn<bool>("hasSecret");

    QTest::newRow("RamRoleArn") << QByteArray(
        R"({"name":"r","mode":"RamRoleArn","access_key_id":"LTAIsrc","access_key_secret":"src-secret",
           "ram_role_arn":"acs:ram::123:role/ops","ram_session_name":"alice","expired_seconds":900,
           "external_id":"ext-1","sts_region":"cn-shanghai"})")
                                << true << int(Profile::Kind::RamRoleArn) << u"externalId=ext-1"_s
                                << true;
    QTest::newRow("RamRoleArn duration")
        << QByteArray(
               R"({"name":"r","mode":"RamRoleArn","access_key_id":"LTAIsrc","access_key_secret":"x",
           "ram_role_arn":"acs:ram::123:role/ops","ram_session_name":"alice","expired_seconds":900,"sts_region":"cn-shanghai"})")
        << true << int(Profile::Kind::RamRoleArn) << u"durationSeconds=900"_s << true;
    QTest::newRow("RamRoleArn sts region")
        << QByteArray(
               R"({"name":"r","mode":"RamRoleArn","access_key_id":"LTAIsrc","access_key_secret":"x",
           "ram_role_arn":"acs:ram::123:role/ops","ram_session_name":"alice","sts_region":"cn-shanghai"})")
        << true << int(Profile::Kind::RamRoleArn) << u"stsRegion=cn-shanghai"_s << true;
    QTest::newRow("RamRoleArn without a key")
        << QByteArray(R"({"name":"r","mode":"RamRoleArn","ram_role_arn":"acs:ram::1:role/x"})")
        << false << 0 << QString() << false;
    QTest::newRow("RamRoleArn bad arn") << QByteArray(
        R"({"name":"r","mode":"RamRoleArn","access_key_id":"a","access_key_secret":"b","ram_role_arn":"role/x"})")
                                        << false << 0 << QString() << false;
    QTest::newRow("RamRoleArn duration out of range") << QByteArray(
        R"({"name":"r","mode":"RamRoleArn","access_key_id":"a","access_key_secret":"b",
           "ram_role_arn":"acs:ram::1:role/x","expired_seconds":100})")
                                                      << false << 0 << QString() << false;
    QTest::newRow("ChainableRamRoleArn")
        << QByteArray(
               R"({"name":"chain","mode":"ChainableRamRoleArn","source_profile":"my src",
           "ram_role_arn":"acs:ram::1:role/x","ram_session_name":"bob","access_key_id":"ignored","access_key_secret":"ignored"})")
        << true << int(Profile::Kind::ChainableRamRoleArn) << u"sourceProfile=my-src"_s << false;
    QTest::newRow("ChainableRamRoleArn without source") << QByteArray(
        R"({"name":"chain","mode":"ChainableRamRoleArn","ram_role_arn":"acs:ram::1:role/x"})")
                                                        << false << 0 << QString() << false;
    QTest::newRow("EcsRamRole") << QByteArray(
        R"({"name":"ecs","mode":"EcsRamRole","ram_role_name":"EcsRole"})")
                                << true << int(Profile::Kind::EcsRamRole)
                                << u"ramRoleName=EcsRole"_s << false;
    QTest::newRow("CredentialsURI") << QByteArray(
        R"({"name":"uri","mode":"CredentialsURI","credentials_uri":"http://127.0.0.1:9/creds"})")
                                    << true << int(Profile::Kind::CredentialsUri)
                                    << u"credentialsUri=http://127.0.0.1:9/creds"_s << false;
    QTest::newRow("CredentialsURI not a URL")
        << QByteArray(R"({"name":"uri","mode":"CredentialsURI","credentials_uri":"not a url"})")
        << false << 0 << QString() << false;
    QTest::newRow("External") << QByteArray(
        R"({"name":"ext","mode":"External","process_command":"/usr/bin/get-creds --json"})")
                              << true << int(Profile::Kind::External)
                              << u"processCommand=/usr/bin/get-creds --json"_s << false;
    QTest::newRow("External without command")
        << QByteArray(R"({"name":"ext","mode":"External"})") << false << 0 << QString() << false;
    QTest::newRow("OIDC") << QByteArray(R"({"name":"o","mode":"OIDC","oidc_provider_arn":"x"})")
                          << false << 0 << QString() << false;
    QTest::newRow("CloudSSO") << QByteArray(R"({"name":"c","mode":"CloudSSO"})") << false << 0
                              << QString() << false;
}

void TestAliyunImport::modes()
{
    QFETCH(QByteArray, profile);
    QFETCH(bool, imported);
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(bool, hasSecret);
    const CliConfig config
        = parseAliyunCliConfig(R"({"current":"x","profiles":[)" + profile + "]}");
    QVERIFY2(config.error.isEmpty(), qPrintable(config.error));
    QCOMPARE(config.profiles.size(), 1);
    const CliProfile &p = config.profiles.first();
    if (!imported) {
        QVERIFY(!p.skippedReason.isEmpty());
        return;
    }
    QVERIFY2(p.skippedReason.isEmpty(), qPrintable(p.skippedReason));
    QCOMPARE(int(p.profile.kind), kind);
    QCOMPARE(p.profile.usesStoredSecret(), hasSecret);
    QCOMPARE(!p.secret.accessKeySecret.isEmpty(), hasSecret);
    if (!hasSecret)
        QVERIFY(p.profile.accessKeyId.isEmpty());
    const QString name = field.section(u'=', 0, 0);
    const QString value = field.section(u'=', 1);
    const QMap<QString, QString> fields {
        { u"externalId"_s, p.profile.externalId },
        { u"durationSeconds"_s, QString::number(p.profile.durationSeconds) },
        { u"stsRegion"_s, p.profile.stsRegion },
        { u"sourceProfile"_s, p.profile.sourceProfile },
        { u"ramRoleName"_s, p.profile.ramRoleName },
        { u"credentialsUri"_s, p.profile.credentialsUri },
        { u"processCommand"_s, p.profile.processCommand },
    };
    QVERIFY(fields.contains(name));
    QCOMPARE(fields.value(name), value);
}

void TestAliyunImport::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{ profiles: ");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
}

void TestAliyunImport::brokenFiles()
{
    QFETCH(QByteArray, json);
    const CliConfig config = parseAliyunCliConfig(json);
    QVERIFY(!config.error.isEmpty());
    QVERIFY(config.profiles.isEmpty());
}

QTEST_GUILESS_MAIN(TestAliyunImport)
#include "tst_aliyunimport.moc"
