#pragma once

#include "retrypolicy.h"
#include "signer.h"
#include "throttle/throttlelimits.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace ecs {

class CredentialSource;

/// Everything a client needs to reach one account: who signs, how, and where to.
struct ClientConfig
{
    Credentials credentials;
    /// The aliyun CLI's indirect modes (RamRoleArn, EcsRamRole…): requests are signed with its
    /// current temporary credentials instead, renewed before they expire and once when the
    /// service says they have (credentials/credentialsource.h).
    std::shared_ptr<CredentialSource> credentialSource;
    SignatureVersion signatureVersion = SignatureVersion::Acs3;
    QByteArray httpMethod = "POST"; ///< "GET" or "POST"
    /// When set, every request goes here (the simulator, a private endpoint, a proxy); otherwise
    /// the region's endpoint is used.
    QUrl endpointOverride;
    /// With an override: region endpoints learned from DescribeRegions take over for their
    /// regions (the embedded simulator's port per region), with the override's scheme. Only
    /// loopback ones when the override is loopback, only *.aliyuncs.com ones otherwise: a server
    /// cannot send the signed requests to another host.
    bool followRegionEndpoints = false;
    /// Inactivity timeout of a transfer, and the deadline of a whole call.
    int transferTimeoutMs = 10'000;
    int deadlineMs = 60'000;
    /// Bodies beyond this are refused before parsing.
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    /// Extra trust anchors (the profile's CA file): the only way to trust a certificate the
    /// system does not.
    QList<QSslCertificate> extraCaCertificates;
    /// Retries of failed attempts; share one budget across clients to make it process-wide.
    RetryPolicy retry;
    /// Pacing of this client's attempts, adapting to the service's flow control (RequestGovernor).
    ThrottleLimits throttle;
    QString userAgent = QStringLiteral("ecs-console/0.1 (Qt)");
};

} // namespace ecs
