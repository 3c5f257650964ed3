#pragma once

#include "simerror.h"
#include "simrequest.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ecs::sim {

inline constexpr char kStsVersion[] = "2015-04-01";
/// The RAM role of the simulated instance the metadata endpoint names.
inline constexpr char kSimInstanceRoleName[] = "EcsConsoleSimRole";
/// The simulator's credentials-URI endpoint (CredentialsURI mode), on its main port.
inline constexpr char kSimCredentialsUriPath[] = "/sts/credentials";

/// Temporary credentials the simulator has issued (AssumeRole, the metadata endpoint, the
/// credentials URI): accepted on every call until they expire, InvalidSecurityToken.Expired
/// after. Kept in memory only, like the service's own, and bounded.
class StsIssuer
{
public:
    struct Issued
    {
        QString accessKeyId;
        QString accessKeySecret;
        QString securityToken;
        qint64 expiresMs = 0; ///< ms since epoch
        QString expiration; ///< yyyy-MM-ddTHH:mm:ssZ
    };

    /// Credentials living `durationSeconds` of simulated time, i.e. divided by `timeScale`.
    Issued issue(int durationSeconds, double timeScale, qint64 nowMs);
    const Issued *find(const QString &accessKeyId) const;
    bool isIssuedKey(const QString &accessKeyId) const { return m_issued.contains(accessKeyId); }
    /// Tests: every issued credential expires now.
    void expireAll(qint64 nowMs);
    int count() const { return int(m_issued.size()); }

    static constexpr int kMaxIssued = 20'000;

private:
    QHash<QString, Issued> m_issued;
    quint64 m_counter = 0;
};

/// Answers the metadata service's paths (PUT /latest/api/token, GET
/// /latest/meta-data/ram/security-credentials/[role]) and the credentials URI; `handled` is
/// false for every other request.
struct CredentialEndpointAnswer
{
    bool handled = false;
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};
CredentialEndpointAnswer answerCredentialEndpoint(
    const SimRequest &request, StsIssuer &issuer, double timeScale);

namespace errors {
SimError securityTokenExpired();
} // namespace errors

} // namespace ecs::sim
