#pragma once

#include "simdefaults.h"
#include "simerror.h"
#include "simrequest.h"
#include "simsts.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <utility>

namespace ecs::sim {

/// Verifies a request the way the ECS gateway does: RPC signature v1 (query or form body, any
/// method) or ACS3-HMAC-SHA256, the access key, the timestamp window, the STS token and nonce
/// replay. On success it fills in the request's action, version, format, key and parameters.
class RequestAuthenticator
{
public:
    explicit RequestAuthenticator(const SimOptions &options);

    SimError authenticate(SimRequest &request, const QDateTime &nowUtc);

    int rememberedNonces() const { return int(m_nonces.size()); }
    /// Temporary keys issued by the simulator's STS: accepted with their token until they expire.
    void setStsIssuer(const StsIssuer *issuer) { m_sts = issuer; }

    /// Used nonces within the replay window, for the state file: a request replayed after a
    /// restart is refused as it would have been before.
    QHash<QString, qint64> nonces(const QDateTime &nowUtc) const;
    void restoreNonces(const QHash<QString, qint64> &nonces, const QDateTime &nowUtc);
    /// With recording on, every nonce accepted is also queued here until taken (journaling).
    void setRecordNewNonces(bool record) { m_recordNewNonces = record; }
    QList<std::pair<QString, qint64>> takeNewNonces() { return std::exchange(m_newNonces, {}); }
    bool hasNewNonces() const { return !m_newNonces.isEmpty(); }

private:
    SimError authenticateRpcV1(SimRequest &request, const QDateTime &nowUtc);
    SimError authenticateAcs3(SimRequest &request, const QDateTime &nowUtc);
    SimError checkKey(const QString &accessKeyId) const;
    QString secretOf(const QString &accessKeyId) const;
    SimError checkTimestamp(const QString &timestamp, const QDateTime &nowUtc) const;
    SimError checkToken(const QString &accessKeyId, const QString &token) const;
    SimError useNonce(const QString &nonce, const QDateTime &nowUtc);

    SimOptions m_options;
    const StsIssuer *m_sts = nullptr;
    QHash<QString, qint64> m_nonces; ///< nonce → when it was used (ms since epoch)
    qint64 m_lastPrune = 0;
    bool m_recordNewNonces = false;
    QList<std::pair<QString, qint64>> m_newNonces;
};

/// Parses the service's timestamp format (yyyy-MM-ddTHH:mm:ssZ); invalid when it does not match.
QDateTime parseApiTimestamp(const QString &text);

} // namespace ecs::sim
