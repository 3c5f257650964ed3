#pragma once

#include "simdefaults.h"
#include "simerror.h"
#include "simrequest.h"

#include <QDateTime>
#include <QHash>

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

private:
    SimError authenticateRpcV1(SimRequest &request, const QDateTime &nowUtc);
    SimError authenticateAcs3(SimRequest &request, const QDateTime &nowUtc);
    SimError checkKey(const QString &accessKeyId) const;
    QString secretOf(const QString &accessKeyId) const;
    SimError checkTimestamp(const QString &timestamp, const QDateTime &nowUtc) const;
    SimError checkToken(const QString &accessKeyId, const QString &token) const;
    SimError useNonce(const QString &nonce, const QDateTime &nowUtc);

    SimOptions m_options;
    QHash<QString, qint64> m_nonces; ///< nonce → when it was used (ms since epoch)
    qint64 m_lastPrune = 0;
};

/// Parses the service's timestamp format (yyyy-MM-ddTHH:mm:ssZ); invalid when it does not match.
QDateTime parseApiTimestamp(const QString &text);

} // namespace ecs::sim
