#pragma once

#include "clientconfig.h"
#include "signer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace ecs {

/// A named account to work with. Everything here is non-secret and lives in QSettings; the
/// secret half (AccessKey secret, STS token) lives only in the OS keychain, under the same name.
struct Profile
{
    enum class Kind { AccessKey, Sts };
    enum class Source { Stored, Environment, Demo };

    QString name;
    Kind kind = Kind::AccessKey;
    Source source = Source::Stored;
    QString accessKeyId;
    QString defaultRegion = QStringLiteral("cn-hangzhou");
    SignatureVersion signatureVersion = SignatureVersion::Acs3;
    QString endpoint; ///< optional override (private endpoint, proxy, simulator)
    QString caCertificateFile; ///< optional extra trust anchor, PEM
    bool readOnly = false;

    /// Problems with the fields, in words; empty when the profile can be used.
    QString validate() const;
    static bool isValidName(const QString &name);
    static QString kindName(Kind kind);

    /// The client configuration for this profile with the given credentials; `error` explains a
    /// CA file that cannot be read or an endpoint that is not a URL.
    ClientConfig clientConfig(const Credentials &credentials, QString *error) const;

    Q_DECLARE_TR_FUNCTIONS(ecs::Profile)
};

/// The non-secret halves of stored profiles, in QSettings under "profiles/<name>/…".
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    QString currentProfileName() const;
    void setCurrentProfileName(const QString &name);

private:
    QSettings *m_settings;
};

/// The read-only "Environment" profile from ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET /
/// _SECURITY_TOKEN, when they are set; the credentials come back through `credentials`.
std::optional<Profile> environmentProfile(Credentials *credentials);

} // namespace ecs
