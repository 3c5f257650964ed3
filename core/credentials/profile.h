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
/// The kinds are the aliyun CLI's credential modes; the temporary credentials the indirect ones
/// obtain (STS, metadata, a URI, a command) live in memory only (credentialsource.h).
struct Profile
{
    enum class Kind {
        AccessKey, ///< CLI "AK"
        Sts, ///< CLI "StsToken": a fixed temporary key pair and token
        RamRoleArn, ///< STS AssumeRole signed with this profile's own AccessKey
        ChainableRamRoleArn, ///< STS AssumeRole signed with sourceProfile's credentials
        EcsRamRole, ///< the instance metadata service of the ECS instance we run on
        CredentialsUri, ///< a URL that answers temporary credentials
        External, ///< a command that prints credentials
    };
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
    QString colour; ///< #rrggbb: the band and swatch that tell this account apart; empty: none
    /// Mutating actions ask for the profile's name to be typed first (production accounts).
    bool isProtected = false;

    // RamRoleArn and ChainableRamRoleArn (the CLI's ram_role_arn, ram_session_name,
    // expired_seconds, external_id, sts_region, source_profile).
    QString roleArn;
    QString roleSessionName;
    int durationSeconds = 3600; ///< AssumeRole's DurationSeconds, 900–43200
    QString externalId;
    QString policy; ///< optional session policy (JSON)
    QString stsRegion; ///< sts.<region>.aliyuncs.com; empty: sts.aliyuncs.com
    QString stsEndpoint; ///< optional override of the STS endpoint URL (a simulator)
    QString sourceProfile; ///< ChainableRamRoleArn: whose credentials assume the role
    // EcsRamRole (ram_role_name; the base URL is ours: the CLI always asks 100.100.100.200).
    QString ramRoleName; ///< empty: the metadata service names the instance's role
    QString metadataBaseUrl; ///< empty: http://100.100.100.200
    QString credentialsUri; ///< CredentialsURI (credentials_uri)
    QString processCommand; ///< External (process_command)

    /// Problems with the fields, in words; empty when the profile can be used.
    QString validate() const;
    static bool isValidName(const QString &name);
    /// The CLI's mode names ("AK", "StsToken", "RamRoleArn"…) for people and files; kindName()
    /// is what the settings keep ("AccessKey", "STS", then the CLI's names).
    static QString kindName(Kind kind);
    static QString modeName(Kind kind);
    /// Reads either spelling, case-insensitively; false on anything else.
    static bool parseKind(const QString &text, Kind *out);
    static QList<Kind> kinds();
    /// True when the keychain holds a secret for this profile (AK, StsToken, RamRoleArn).
    bool usesStoredSecret() const;
    /// True when its credentials are obtained by a CredentialSource at run time.
    bool isIndirect() const;
    /// Where its credentials come from, for lists and tooltips: the AccessKey ID, the role and
    /// what assumes it, the metadata service, the URI or the command; never a secret.
    QString credentialSummary() const;

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
