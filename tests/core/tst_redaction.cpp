// Secrets never reach a log line or an error dialog.
#include "apierror.h"
#include "logging.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data();
    void redact();
    void errorDisplayIsRedacted();
    void secretNames();
};

void TestRedaction::redact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::newRow("query signature")
        << u"https://e/?Action=A&Signature=abc%2Bdef%3D&SignatureNonce=n1"_s << u"abc%2Bdef"_s
        << u"SignatureNonce=n1"_s;
    QTest::newRow("security token")
        << u"AccessKeyId=id&SecurityToken=tok123&X=1"_s << u"tok123"_s << u"AccessKeyId=id"_s;
    QTest::newRow("json secret") << uR"({"AccessKeySecret": "s3cr3t", "Mode":"AK"})"_s
                                 << u"s3cr3t"_s << u"Mode"_s;
    QTest::newRow("authorization header")
        << u"Authorization: ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ffee\nHost: h"_s
        << u"ffee"_s << u"Host: h"_s;
    QTest::newRow("sts header") << u"x-acs-security-token: tkn-9\r\nx-acs-date: d"_s << u"tkn-9"_s
                                << u"x-acs-date: d"_s;
    QTest::newRow("case insensitive") << u"securitytoken=lower"_s << u"lower"_s << QString();
}

void TestRedaction::redact()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = ecs::redact(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(u"***"_s), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestRedaction::errorDisplayIsRedacted()
{
    auto error = ecs::ApiError::make(ecs::ApiError::Kind::Network, u"failed"_s,
        u"GET https://h/?Signature=SIGVALUE&SecurityToken=TOKVALUE"_s);
    const QString shown = error.toDisplayString();
    QVERIFY(!shown.contains(u"SIGVALUE"_s));
    QVERIFY(!shown.contains(u"TOKVALUE"_s));
}

void TestRedaction::secretNames()
{
    QVERIFY(ecs::isSecretName(u"signature"));
    QVERIFY(ecs::isSecretName(u"X-Acs-Security-Token"));
    QVERIFY(!ecs::isSecretName(u"SignatureNonce"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
