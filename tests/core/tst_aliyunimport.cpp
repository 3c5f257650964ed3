// Reading the aliyun CLI's config.json: AK and StsToken profiles come across, other modes are
// listed with the reason they are skipped, broken files give a clear error.
#include "aliyuncliconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestAliyunImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleConfig();
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
    QVERIFY(!config.profiles.at(2).skippedReason.isEmpty());
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
