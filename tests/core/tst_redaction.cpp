// Secrets never reach a log line or an error dialog.
#include "apierror.h"
#include "logging.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data();
    void redact();
    void errorDisplayIsRedacted();
    void secretNames();
    void everyEncodingOfANamedSecret_data();
    void everyEncodingOfANamedSecret();
    void registeredValuesInEveryEncoding_data();
    void registeredValuesInEveryEncoding();
    void redactedErrorHasNoSecretInAnyField();
    void messageHandlerRedacts();
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

namespace {

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

QString json(const QString &text)
{
    QString out = text;
    return out.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"/"_s, u"\\/"_s);
}

// The canaries: every character class a token has (base64's + / =), and a marker to search for.
const QString kNamedToken = u"CAIS.canaryNAMED-Tok3n+sts/Zz=="_s;
const QString kValueToken = u"CAIS.canaryVALUE-Tok3n+sts/Qq=="_s;
const QString kValueSecret = u"canaryVALUE-Secret+key/XY="_s;

} // namespace

void TestRedaction::everyEncodingOfANamedSecret_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kept");
    const QString t = kNamedToken;
    const QString once = percent(t), twice = percent(once);
    // The service's string to sign, as SignatureDoesNotMatch quotes it: the query once encoded.
    QTest::newRow("string to sign, %26…%3D")
        << u"server string to sign is:POST&%2F&AccessKeyId%3Did%26SecurityToken%3D"_s + twice
            + u"%26SignatureMethod%3DHMAC-SHA1"_s
        << u"SignatureMethod%3DHMAC-SHA1"_s;
    QTest::newRow("once, value once")
        << u"%26SecurityToken%3D"_s + once + u"%26X%3D1"_s << u"%26X%3D1"_s;
    QTest::newRow("twice") << u"%2526SecurityToken%253D"_s + twice + u"%2526Timestamp%253D1"_s
                           << u"Timestamp%253D1"_s;
    QTest::newRow("thrice") << u"%252526SecurityToken%25253D"_s + percent(twice) + u"%252526A"_s
                            << u"A"_s;
    QTest::newRow("lowercase hex")
        << u"%26securitytoken%3d"_s + percent(t, true) + u"%26x%3d1"_s << u"x%3d1"_s;
    QTest::newRow("lowercase twice")
        << u"%2526SecurityToken%253d"_s + percent(percent(t, true), true) + u"%2526y"_s << u"y"_s;
    QTest::newRow("raw query") << u"A=1&SecurityToken="_s + t + u"&B=2"_s << u"B=2"_s;
    QTest::newRow("json") << uR"({"SecurityToken": ")"_s + json(t) + uR"(", "Mode": "StsToken"})"_s
                          << u"Mode"_s;
    QTest::newRow("json escaped in a string")
        << uR"({"Message":"{"SecurityToken":")"_s + json(json(t)) + uR"(","k":1}"})"_s << u"k"_s;
    QTest::newRow("json unicode escapes")
        << u"a\\u0026SecurityToken\\u003d"_s + t + u"\\u0026b=1"_s << u"b=1"_s;
    QTest::newRow("header") << u"x-acs-security-token:"_s + t + u"\nx-acs-date:d"_s
                            << u"x-acs-date:d"_s;
    QTest::newRow("header percent-encoded")
        << u"x-acs-security-token%3A"_s + once + u"%0Ax-acs-date%3Ad"_s << u"x-acs-date%3Ad"_s;
    QTest::newRow("secret in json")
        << uR"({"AccessKeySecret":")"_s + json(t) + uR"("})"_s << u"AccessKeySecret"_s;
    QTest::newRow("signature encoded")
        << u"%26Signature%3D"_s + once + u"%26SignatureNonce%3Dn"_s << u"SignatureNonce%3Dn"_s;
    QTest::newRow("authorization encoded")
        << u"authorization%3AACS3-HMAC-SHA256%20Credential%3Did%2CSignature%3D"_s + once
            + u"%0Ahost%3Ah"_s
        << u"host%3Ah"_s;
}

void TestRedaction::everyEncodingOfANamedSecret()
{
    QFETCH(QString, input);
    QFETCH(QString, kept);
    const QString out = ecs::redact(input);
    QVERIFY2(!out.contains(u"canaryNAMED"_s) && !out.contains(u"Tok3n"_s), qPrintable(out));
    QVERIFY2(out.contains(u"***"_s), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestRedaction::registeredValuesInEveryEncoding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("form");
    for (const QString &value : { kValueToken, kValueSecret }) {
        const char *which = value == kValueToken ? "token" : "secret";
        QTest::addRow("%s raw", which) << value << value;
        QTest::addRow("%s percent", which) << value << percent(value);
        QTest::addRow("%s percent lower", which) << value << percent(value, true);
        QTest::addRow("%s percent twice", which) << value << percent(percent(value));
        QTest::addRow("%s percent twice lower", which)
            << value << percent(percent(value, true), true);
        QTest::addRow("%s json", which) << value << json(value);
    }
}

void TestRedaction::registeredValuesInEveryEncoding()
{
    QFETCH(QString, value);
    QFETCH(QString, form);
    ecs::registerSecretValue(kValueToken);
    ecs::registerSecretValue(kValueSecret);
    // Without any name before it: a service may echo a value anywhere.
    const QString out = ecs::redact(u"the service saw ["_s + form + u"] and gave up"_s);
    QVERIFY2(!out.contains(u"canaryVALUE"_s), qPrintable(out));
    QCOMPARE(out, u"the service saw [***] and gave up"_s);
    // Short values are not registered: they would mask ordinary words.
    ecs::registerSecretValue(u"gave"_s);
    QVERIFY(ecs::redact(u"gave up"_s) == u"gave up"_s);
}

void TestRedaction::redactedErrorHasNoSecretInAnyField()
{
    ecs::registerSecretValue(kValueToken);
    ecs::ApiError e = ecs::ApiError::service(400, u"SignatureDoesNotMatch"_s,
        u"string to sign is: %26SecurityToken%3D"_s + percent(percent(kNamedToken)) + u"%26"_s,
        u"req-1"_s);
    e.recommend = u"https://api.aliyun.com/troubleshoot?q="_s + percent(kValueToken);
    e.hostId = kValueToken;
    const ecs::ApiError r = e.redacted();
    for (const QString &field : { r.code, r.message, r.requestId, r.hostId, r.recommend, r.detail,
             r.title(), r.toDisplayString(), e.toDisplayString(), e.title() })
        QVERIFY2(!field.contains(u"canary"_s), qPrintable(field));
    QCOMPARE(r.code, u"SignatureDoesNotMatch"_s);
    QCOMPARE(r.requestId, u"req-1"_s);
}

namespace {
QStringList g_logged;
QtMessageHandler g_chained = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged << message;
    Q_UNUSED(type);
    Q_UNUSED(context);
}
} // namespace

void TestRedaction::messageHandlerRedacts()
{
    g_chained = qInstallMessageHandler(capture);
    ecs::installRedactingMessageHandler(); // in front of capture, as ecs-console does
    qWarning().noquote() << u"leaked %2526SecurityToken%253D"_s + percent(percent(kNamedToken));
    qWarning().noquote() << u"echo "_s + percent(kValueToken, true);
    qInstallMessageHandler(g_chained);
    QCOMPARE(g_logged.size(), 2);
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(u"canary"_s) && line.contains(u"***"_s), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
