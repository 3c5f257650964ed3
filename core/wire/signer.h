#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace ecs {

/// Request parameters by wire name. Signing sorts by encoded name, so the map's own order is moot.
using ParamMap = QMap<QString, QString>;

/// An access key pair, with the STS token when the credentials are temporary.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken;

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }
};

enum class SignatureVersion { RpcV1, Acs3 };

QString signatureVersionName(SignatureVersion version);
/// Parses "v1"/"v3" (also "1"/"3", "rpc", "acs3"); returns false on anything else.
bool parseSignatureVersion(const QString &text, SignatureVersion *out);

/// RFC 3986 encoding as both signature versions want it: only A-Z a-z 0-9 - _ . ~ stay literal,
/// space becomes %20 and '*' becomes %2A.
QByteArray percentEncode(const QString &text);

/// Encoded `name=value` pairs sorted by encoded name and joined with '&'.
QByteArray canonicalQuery(const ParamMap &params);

/// RPC signature v1 (HMAC-SHA1), as the classic SDKs, the CLI and pop-core send it.
namespace RpcV1 {
QByteArray stringToSign(const QByteArray &method, const ParamMap &params);
/// Base64 signature (not yet percent-encoded). `params` must not contain "Signature".
QString sign(const QByteArray &method, const ParamMap &params, const QString &secret);
} // namespace RpcV1

/// ACS3-HMAC-SHA256, what current official SDKs send by default.
namespace Acs3 {
inline constexpr char kAlgorithm[] = "ACS3-HMAC-SHA256";

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// Hex SHA-256 of a body, the value of x-acs-content-sha256.
QByteArray hashPayload(const QByteArray &body);

/// The headers that take part in the signature: host, content-type and every x-acs-*, lower-case
/// names, trimmed values, sorted by name.
HeaderList signedHeaders(const HeaderList &headers);
QByteArray signedHeaderNames(const HeaderList &signedHeaders);

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &path, const ParamMap &query,
    const HeaderList &signedHeaders, const QByteArray &hashedPayload);
QByteArray stringToSign(const QByteArray &canonicalRequest);
/// Hex HMAC-SHA256 of the string to sign, keyed with the secret itself.
QByteArray sign(const QByteArray &stringToSign, const QString &secret);
QByteArray authorization(
    const QString &accessKeyId, const QByteArray &signedHeaderNames, const QByteArray &signature);

/// The parts of an Authorization header; ok is false when it is not an ACS3 header.
struct ParsedAuthorization
{
    bool ok = false;
    QString accessKeyId;
    QList<QByteArray> signedHeaderNames;
    QByteArray signature;
};
ParsedAuthorization parseAuthorization(const QByteArray &header);
} // namespace Acs3

} // namespace ecs
