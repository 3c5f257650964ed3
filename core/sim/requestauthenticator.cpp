#include "requestauthenticator.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

// Parameters that belong to the v1 signature, not to the operation.
const QStringList kRpcV1Common = { u"AccessKeyId"_s, u"Signature"_s, u"SignatureMethod"_s,
    u"SignatureVersion"_s, u"SignatureNonce"_s, u"SignatureType"_s, u"Timestamp"_s, u"Format"_s,
    u"SecurityToken"_s, u"Action"_s, u"Version"_s };

ParamMap merged(const SimRequest &request)
{
    ParamMap all = request.query;
    for (auto it = request.form.cbegin(); it != request.form.cend(); ++it)
        all.insert(it.key(), it.value());
    return all;
}

ParamMap withoutCommon(ParamMap params, const QStringList &common)
{
    for (const QString &name : common)
        params.remove(name);
    return params;
}

// Constant-time comparison, so that timing does not leak how much of a signature was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QDateTime parseApiTimestamp(const QString &text)
{
    static const QRegularExpression pattern(uR"re(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)re"_s);
    if (!pattern.match(text).hasMatch())
        return {};
    // Read as UTC from the start: QDateTime::fromString() reads local time, which costs tzset()
    // calls (each a stat of /etc/localtime) on every request.
    const auto field = [&text](qsizetype from, qsizetype size) {
        return QStringView(text).mid(from, size).toInt();
    };
    const QDate date(field(0, 4), field(5, 2), field(8, 2));
    const QTime time(field(11, 2), field(14, 2), field(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

RequestAuthenticator::RequestAuthenticator(const SimOptions &options)
    : m_options(options)
{ }

SimError RequestAuthenticator::authenticate(SimRequest &request, const QDateTime &nowUtc)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty()) {
        request.acs3 = true;
        return authenticateAcs3(request, nowUtc);
    }
    request.acs3 = false;
    return authenticateRpcV1(request, nowUtc);
}

SimError RequestAuthenticator::authenticateRpcV1(SimRequest &request, const QDateTime &nowUtc)
{
    const ParamMap all = merged(request);
    for (const QString &required : { u"AccessKeyId"_s, u"Signature"_s, u"Timestamp"_s,
             u"SignatureNonce"_s, u"Action"_s, u"Version"_s }) {
        if (all.value(required).isEmpty())
            return errors::missingParameter(required);
    }
    const QString method = all.value(u"SignatureMethod"_s, u"HMAC-SHA1"_s);
    if (method != u"HMAC-SHA1")
        return errors::unsupportedSignatureMethod(method);
    const QString version = all.value(u"SignatureVersion"_s, u"1.0"_s);
    if (version != u"1.0")
        return errors::incompleteSignature(
            u"SignatureVersion \"%1\" is not supported."_s.arg(version));

    request.accessKeyId = all.value(u"AccessKeyId"_s);
    if (SimError e = checkKey(request.accessKeyId); e.isError())
        return e;
    if (SimError e = checkTimestamp(all.value(u"Timestamp"_s), nowUtc); e.isError())
        return e;

    ParamMap signedParams = all;
    const QString signature = signedParams.take(u"Signature"_s);
    const QByteArray stringToSign = RpcV1::stringToSign(request.method, signedParams);
    const QString expected
        = RpcV1::sign(request.method, signedParams, secretOf(request.accessKeyId));
    if (!sameBytes(expected.toLatin1(), signature.toLatin1()))
        return errors::signatureDoesNotMatch(stringToSign);

    if (SimError e = checkToken(request.accessKeyId, all.value(u"SecurityToken"_s)); e.isError())
        return e;
    if (SimError e = useNonce(all.value(u"SignatureNonce"_s), nowUtc); e.isError())
        return e;

    request.action = all.value(u"Action"_s);
    request.version = all.value(u"Version"_s);
    request.format = all.value(u"Format"_s, u"XML"_s).toUpper(); // the service's default is XML
    request.params = withoutCommon(all, kRpcV1Common);
    return {};
}

SimError RequestAuthenticator::authenticateAcs3(SimRequest &request, const QDateTime &nowUtc)
{
    const Acs3::ParsedAuthorization auth
        = Acs3::parseAuthorization(request.header("authorization"));
    if (!auth.ok)
        return errors::incompleteSignature(
            u"The Authorization header is not an ACS3-HMAC-SHA256 header."_s);
    for (const char *required : { "x-acs-action", "x-acs-version", "x-acs-date",
             "x-acs-signature-nonce", "x-acs-content-sha256" }) {
        if (request.header(required).isEmpty())
            return errors::missingParameter(QString::fromLatin1(required));
    }
    // Everything that identifies the call must be covered by the signature.
    for (const char *mustSign : { "host", "x-acs-action", "x-acs-version", "x-acs-date",
             "x-acs-signature-nonce", "x-acs-content-sha256" }) {
        if (!auth.signedHeaderNames.contains(QByteArray(mustSign)))
            return errors::incompleteSignature(
                u"The header \"%1\" must be signed."_s.arg(QString::fromLatin1(mustSign)));
    }
    if (request.headers.contains("x-acs-security-token")
        && !auth.signedHeaderNames.contains(QByteArrayLiteral("x-acs-security-token")))
        return errors::incompleteSignature(
            u"The header \"x-acs-security-token\" must be signed."_s);

    request.accessKeyId = auth.accessKeyId;
    if (SimError e = checkKey(request.accessKeyId); e.isError())
        return e;
    const QString date = QString::fromLatin1(request.header("x-acs-date"));
    if (SimError e = checkTimestamp(date, nowUtc); e.isError())
        return e;

    const QByteArray claimedHash = request.header("x-acs-content-sha256");
    const QByteArray actualHash = Acs3::hashPayload(request.body);
    if (claimedHash != "UNSIGNED-PAYLOAD" && claimedHash.toLower() != actualHash)
        return errors::incompleteSignature(
            u"x-acs-content-sha256 does not match the request body."_s);

    Acs3::HeaderList signedHeaders;
    for (const QByteArray &name : auth.signedHeaderNames)
        signedHeaders.append({ name, request.header(name).trimmed() });
    const QByteArray canonical = Acs3::canonicalRequest(
        request.method, request.path, request.query, signedHeaders, claimedHash);
    const QByteArray stringToSign = Acs3::stringToSign(canonical);
    const QByteArray expected = Acs3::sign(stringToSign, secretOf(request.accessKeyId));
    if (!sameBytes(expected, auth.signature.toLower()))
        return errors::signatureDoesNotMatch(stringToSign);

    if (SimError e = checkToken(
            request.accessKeyId, QString::fromUtf8(request.header("x-acs-security-token")));
        e.isError())
        return e;
    if (SimError e = useNonce(QString::fromUtf8(request.header("x-acs-signature-nonce")), nowUtc);
        e.isError())
        return e;

    request.action = QString::fromUtf8(request.header("x-acs-action"));
    request.version = QString::fromUtf8(request.header("x-acs-version"));
    request.format = u"JSON"_s;
    request.params = merged(request);
    return {};
}

QString RequestAuthenticator::secretOf(const QString &accessKeyId) const
{
    if (const StsIssuer::Issued *issued = m_sts ? m_sts->find(accessKeyId) : nullptr)
        return issued->accessKeySecret;
    if (accessKeyId == m_options.accessKeyId)
        return m_options.accessKeySecret;
    for (const SimKey &key : m_options.extraKeys)
        if (key.accessKeyId == accessKeyId)
            return key.accessKeySecret;
    return {};
}

SimError RequestAuthenticator::checkKey(const QString &accessKeyId) const
{
    if (m_sts && m_sts->isIssuedKey(accessKeyId))
        return {}; // its token and expiry are checked with the signature (checkToken)
    if (accessKeyId == m_options.accessKeyId)
        return {};
    for (const SimKey &key : m_options.extraKeys) {
        if (key.accessKeyId != accessKeyId)
            continue;
        if (key.disabled)
            return errors::operationDenied(
                u"Forbidden.AccessKeyDisabled"_s, u"The Access Key is disabled."_s);
        return {};
    }
    return errors::invalidAccessKeyId();
}

SimError RequestAuthenticator::checkTimestamp(
    const QString &timestamp, const QDateTime &nowUtc) const
{
    const QDateTime when = parseApiTimestamp(timestamp);
    if (!when.isValid())
        return errors::invalidTimeStampFormat(timestamp);
    if (qAbs(when.msecsTo(nowUtc)) > kTimestampToleranceMs)
        return errors::invalidTimeStampExpired(timestamp);
    return {};
}

SimError RequestAuthenticator::checkToken(const QString &accessKeyId, const QString &token) const
{
    if (const StsIssuer::Issued *issued = m_sts ? m_sts->find(accessKeyId) : nullptr) {
        if (token != issued->securityToken)
            return errors::invalidSecurityToken();
        if (issued->expiresMs <= QDateTime::currentMSecsSinceEpoch())
            return errors::securityTokenExpired();
        return {};
    }
    if (token.isEmpty())
        return {};
    const auto known = m_options.stsTokens.constFind(accessKeyId);
    if (known == m_options.stsTokens.cend() || *known != token)
        return errors::invalidSecurityToken();
    return {};
}

SimError RequestAuthenticator::useNonce(const QString &nonce, const QDateTime &nowUtc)
{
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    // Forget nonces once they are older than the timestamp window: a replay of such a request
    // fails the timestamp check instead. Pruning at most once a minute keeps this O(1) amortised.
    if (now - m_lastPrune > 60'000) {
        m_lastPrune = now;
        m_nonces.removeIf(
            [now](const auto &it) { return now - it.value() > 2 * kTimestampToleranceMs; });
    }
    if (m_options.allowNonceReplay)
        return {};
    if (m_nonces.contains(nonce))
        return errors::signatureNonceUsed(nonce);
    m_nonces.insert(nonce, now);
    if (m_recordNewNonces)
        m_newNonces.append({ nonce, now });
    return {};
}

QHash<QString, qint64> RequestAuthenticator::nonces(const QDateTime &nowUtc) const
{
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    QHash<QString, qint64> live;
    for (auto it = m_nonces.cbegin(); it != m_nonces.cend(); ++it)
        if (now - it.value() <= 2 * kTimestampToleranceMs)
            live.insert(it.key(), it.value());
    return live;
}

void RequestAuthenticator::restoreNonces(
    const QHash<QString, qint64> &nonces, const QDateTime &nowUtc)
{
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    for (auto it = nonces.cbegin(); it != nonces.cend(); ++it)
        if (!it.key().isEmpty() && now - it.value() <= 2 * kTimestampToleranceMs)
            m_nonces.insert(it.key(), it.value());
}

} // namespace ecs::sim
