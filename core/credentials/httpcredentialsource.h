#pragma once

#include "credentialsource.h"

#include <QUrl>

namespace ecs {

/// EcsRamRole: the credentials of the RAM role attached to the ECS instance this program runs
/// on, from the instance metadata service ({base}/latest/meta-data/ram/security-credentials/,
/// then …/{role}). With an empty role name the service is asked which role the instance has.
/// An IMDSv2 session token is asked first and sent when the service gives one (optional there).
class MetadataCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    MetadataCredentialSource(
        QUrl baseUrl, QString roleName, QNetworkAccessManager *network, QObject *parent = nullptr);

    static QUrl defaultBaseUrl();

protected:
    void fetch() override;

private:
    void askRole();
    void askCredentials(const QString &role);
    QNetworkRequest requestFor(const QString &path) const;

    QUrl m_base;
    QString m_roleName;
    QByteArray m_sessionToken;
};

/// CredentialsURI: a URL that answers {Code: "Success", AccessKeyId, AccessKeySecret,
/// SecurityToken, Expiration} (a sidecar, a credentials broker).
class UriCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    UriCredentialSource(QUrl uri, QNetworkAccessManager *network, QObject *parent = nullptr);

protected:
    void fetch() override;

private:
    QUrl m_uri;
};

} // namespace ecs
