#pragma once

#include "credentialsource.h"

#include <QUrl>

#include <memory>

namespace ecs {

/// What STS AssumeRole (2015-04-01) is asked.
struct AssumeRoleRequest
{
    QString roleArn;
    QString roleSessionName;
    int durationSeconds = 3600;
    QString externalId; ///< optional
    QString policy; ///< optional session policy
    QUrl endpoint; ///< https://sts.aliyuncs.com/ or a region's, or a loopback simulator
};

/// RamRoleArn and ChainableRamRoleArn: temporary credentials from STS AssumeRole, signed (RPC
/// v1, HMAC-SHA1, as the aliyun CLI does) with the credentials of `signer`, which may be a fixed
/// key or another source (a chain). The assumed secret and token stay in memory.
class AssumeRoleCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    AssumeRoleCredentialSource(std::shared_ptr<CredentialSource> signer, AssumeRoleRequest request,
        QNetworkAccessManager *network, QObject *parent = nullptr);

    const AssumeRoleRequest &request() const { return m_request; }
    /// The form body of one signed AssumeRole POST (exposed for tests).
    static QByteArray signedBody(const AssumeRoleRequest &request, const Credentials &signer,
        const QDateTime &now, const QString &nonce);

protected:
    void fetch() override;

private:
    void assume(bool signerRefreshed);

    std::shared_ptr<CredentialSource> m_signer;
    AssumeRoleRequest m_request;
};

/// The STS endpoint a profile's role is assumed at: its stsEndpoint, else its loopback endpoint
/// (a simulator answers STS too), else sts.<stsRegion>.aliyuncs.com or sts.aliyuncs.com.
QUrl stsEndpointFor(const QString &stsEndpoint, const QString &endpoint, const QString &stsRegion);

} // namespace ecs
