#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ecs::sim {

/// A self-signed certificate made at start (OpenSSL, EC P-256), for `ecs-sim --tls`. Clients trust
/// it by its PEM, written with --cert-out; nothing else trusts it.
struct SelfSignedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString error; ///< empty on success

    bool ok() const { return error.isEmpty() && !certificatePem.isEmpty(); }
};

/// `hosts` become subjectAltNames: IP addresses as iPAddress, names as dNSName.
SelfSignedCertificate makeSelfSignedCertificate(const QStringList &hosts, int validDays = 30);

} // namespace ecs::sim
