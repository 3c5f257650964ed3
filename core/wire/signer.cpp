#include "signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

namespace ecs {

QString signatureVersionName(SignatureVersion version)
{
    return version == SignatureVersion::RpcV1 ? QStringLiteral("v1") : QStringLiteral("v3");
}

bool parseSignatureVersion(const QString &text, SignatureVersion *out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"v1" || t == u"1" || t == u"rpc" || t == u"hmac-sha1") {
        *out = SignatureVersion::RpcV1;
        return true;
    }
    if (t == u"v3" || t == u"3" || t == u"acs3" || t == u"acs3-hmac-sha256") {
        *out = SignatureVersion::Acs3;
        return true;
    }
    return false;
}

QByteArray percentEncode(const QString &text)
{
    // QByteArray::toPercentEncoding keeps exactly the RFC 3986 unreserved set and writes upper-case
    // hex.
    return text.toUtf8().toPercentEncoding();
}

QByteArray canonicalQuery(const ParamMap &params)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(params.size());
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        encoded.emplace_back(percentEncode(it.key()), percentEncode(it.value()));
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

namespace RpcV1 {

QByteArray stringToSign(const QByteArray &method, const ParamMap &params)
{
    return method.toUpper() + '&' + percentEncode(QStringLiteral("/")) + '&'
        + percentEncode(QString::fromLatin1(canonicalQuery(params)));
}

QString sign(const QByteArray &method, const ParamMap &params, const QString &secret)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        stringToSign(method, params), (secret + u'&').toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(mac.toBase64());
}

} // namespace RpcV1

namespace Acs3 {

QByteArray hashPayload(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

HeaderList signedHeaders(const HeaderList &headers)
{
    HeaderList out;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower().trimmed();
        if (lower == "host" || lower == "content-type" || lower.startsWith("x-acs-"))
            out.emplace_back(lower, value.trimmed());
    }
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray signedHeaderNames(const HeaderList &signedHeaders)
{
    QByteArrayList names;
    names.reserve(signedHeaders.size());
    for (const auto &header : signedHeaders)
        names.append(header.first);
    return names.join(';');
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &path, const ParamMap &query,
    const HeaderList &signedHeaders, const QByteArray &hashedPayload)
{
    QByteArray headers;
    for (const auto &[name, value] : signedHeaders)
        headers += name + ':' + value + '\n';
    return method.toUpper() + '\n' + (path.isEmpty() ? QByteArray("/") : path) + '\n'
        + canonicalQuery(query) + '\n' + headers + '\n' + signedHeaderNames(signedHeaders) + '\n'
        + hashedPayload;
}

QByteArray stringToSign(const QByteArray &canonicalRequest)
{
    return QByteArray(kAlgorithm) + '\n'
        + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray sign(const QByteArray &stringToSign, const QString &secret)
{
    return QMessageAuthenticationCode::hash(
        stringToSign, secret.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray authorization(
    const QString &accessKeyId, const QByteArray &signedHeaderNames, const QByteArray &signature)
{
    return QByteArray(kAlgorithm) + " Credential=" + accessKeyId.toUtf8()
        + ",SignedHeaders=" + signedHeaderNames + ",Signature=" + signature;
}

ParsedAuthorization parseAuthorization(const QByteArray &header)
{
    ParsedAuthorization parsed;
    const QByteArray prefix = QByteArray(kAlgorithm) + ' ';
    if (!header.startsWith(prefix))
        return parsed;
    bool haveCredential = false, haveHeaders = false, haveSignature = false;
    for (const QByteArray &part : header.mid(prefix.size()).split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            return parsed;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "Credential") {
            parsed.accessKeyId = QString::fromUtf8(value);
            haveCredential = !value.isEmpty();
        } else if (key == "SignedHeaders") {
            parsed.signedHeaderNames = value.split(';');
            haveHeaders = !value.isEmpty();
        } else if (key == "Signature") {
            parsed.signature = value;
            haveSignature = !value.isEmpty();
        }
    }
    parsed.ok = haveCredential && haveHeaders && haveSignature;
    return parsed;
}

} // namespace Acs3

} // namespace ecs
