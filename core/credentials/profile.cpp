#include "profile.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {
const QString kGroup = u"profiles"_s;
} // namespace

bool Profile::isValidName(const QString &name)
{
    // Names become QSettings groups and keychain keys: keep them plain.
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AccessKey:
        return u"AccessKey"_s;
    case Kind::Sts:
        return u"STS"_s;
    default:
        return modeName(kind);
    }
}

QString Profile::modeName(Kind kind)
{
    switch (kind) {
    case Kind::AccessKey:
        return u"AK"_s;
    case Kind::Sts:
        return u"StsToken"_s;
    case Kind::RamRoleArn:
        return u"RamRoleArn"_s;
    case Kind::ChainableRamRoleArn:
        return u"ChainableRamRoleArn"_s;
    case Kind::EcsRamRole:
        return u"EcsRamRole"_s;
    case Kind::CredentialsUri:
        return u"CredentialsURI"_s;
    case Kind::External:
        return u"External"_s;
    }
    return u"AK"_s;
}

QList<Profile::Kind> Profile::kinds()
{
    return { Kind::AccessKey, Kind::Sts, Kind::RamRoleArn, Kind::ChainableRamRoleArn,
        Kind::EcsRamRole, Kind::CredentialsUri, Kind::External };
}

bool Profile::parseKind(const QString &text, Kind *out)
{
    for (Kind kind : kinds()) {
        if (text.compare(kindName(kind), Qt::CaseInsensitive) == 0
            || text.compare(modeName(kind), Qt::CaseInsensitive) == 0) {
            *out = kind;
            return true;
        }
    }
    return false;
}

bool Profile::usesStoredSecret() const
{
    return kind == Kind::AccessKey || kind == Kind::Sts || kind == Kind::RamRoleArn;
}

bool Profile::isIndirect() const
{
    return kind != Kind::AccessKey && kind != Kind::Sts;
}

QString Profile::credentialSummary() const
{
    switch (kind) {
    case Kind::AccessKey:
    case Kind::Sts:
        return accessKeyId;
    case Kind::RamRoleArn:
        return tr("role %1 assumed with %2").arg(roleArn, accessKeyId);
    case Kind::ChainableRamRoleArn:
        return tr("role %1 assumed with profile %2").arg(roleArn, sourceProfile);
    case Kind::EcsRamRole:
        return ramRoleName.isEmpty() ? tr("this ECS instance's RAM role")
                                     : tr("this ECS instance's RAM role %1").arg(ramRoleName);
    case Kind::CredentialsUri:
        return tr("credentials from %1")
            .arg(QUrl(credentialsUri).toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    case Kind::External:
        return tr("credentials printed by %1")
            .arg(QUrl::fromLocalFile(processCommand.section(u' ', 0, 0)).fileName());
    }
    return accessKeyId;
}

namespace {
bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https" || url.scheme() == u"http");
}
} // namespace

QString Profile::validate() const
{
    if (!isValidName(name))
        return tr("A profile name is 1–64 letters, digits, '.', '_' or '-', starting with a letter "
                  "or digit.");
    if (source != Source::Demo && usesStoredSecret() && accessKeyId.trimmed().isEmpty())
        return tr("The AccessKey ID is missing.");
    if (kind == Kind::RamRoleArn || kind == Kind::ChainableRamRoleArn) {
        if (!roleArn.startsWith(u"acs:ram::"))
            return tr("The role ARN must look like acs:ram::<account>:role/<name>.");
        static const QRegularExpression sessionName(u"^[A-Za-z0-9._@-]{2,64}$"_s);
        if (!sessionName.match(roleSessionName).hasMatch())
            return tr("The role session name is 2–64 letters, digits, '.', '@', '_' or '-'.");
        if (durationSeconds < 900 || durationSeconds > 43200)
            return tr("The session duration is 900 to 43200 seconds.");
        if (!stsEndpoint.isEmpty() && !isHttpUrl(stsEndpoint))
            return tr("The STS endpoint must be a URL such as https://sts.aliyuncs.com.");
    }
    if (kind == Kind::ChainableRamRoleArn && (sourceProfile.isEmpty() || sourceProfile == name))
        return tr("A chained role needs a source profile other than itself.");
    if (kind == Kind::EcsRamRole && !metadataBaseUrl.isEmpty() && !isHttpUrl(metadataBaseUrl))
        return tr("The metadata service address must be a URL such as http://100.100.100.200.");
    if (kind == Kind::CredentialsUri && !isHttpUrl(credentialsUri))
        return tr("The credentials URI must be an http(s) URL.");
    if (kind == Kind::External && processCommand.trimmed().isEmpty())
        return tr("The command that prints the credentials is missing.");
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http"))
            return tr("The endpoint must be a URL such as https://ecs.cn-hangzhou.aliyuncs.com.");
    }
    if (!caCertificateFile.isEmpty() && !QFile::exists(caCertificateFile))
        return tr("The CA certificate file %1 does not exist.").arg(caCertificateFile);
    return {};
}

ClientConfig Profile::clientConfig(const Credentials &credentials, QString *error) const
{
    ClientConfig config;
    config.throttle = ThrottleLimits::conservative(); // a profile never storms (issue 16)
    config.credentials = credentials;
    config.signatureVersion = signatureVersion;
    if (!endpoint.isEmpty())
        config.endpointOverride = QUrl(endpoint, QUrl::StrictMode);
    if (!caCertificateFile.isEmpty()) {
        const QList<QSslCertificate> certificates
            = QSslCertificate::fromPath(caCertificateFile, QSsl::Pem);
        if (certificates.isEmpty() && error)
            *error = tr("No PEM certificate could be read from %1.").arg(caCertificateFile);
        config.extraCaCertificates = certificates;
    }
    return config;
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(kGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &name : names)
        if (auto p = profile(name))
            out.append(*p);
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!Profile::isValidName(name))
        return std::nullopt;
    m_settings->beginGroup(kGroup + u'/' + name);
    std::optional<Profile> out;
    if (m_settings->contains(u"accessKeyId"_s)) {
        Profile p;
        p.name = name;
        if (!Profile::parseKind(m_settings->value(u"kind"_s).toString(), &p.kind))
            p.kind = Profile::Kind::AccessKey;
        p.accessKeyId = m_settings->value(u"accessKeyId"_s).toString();
        p.defaultRegion = m_settings->value(u"defaultRegion"_s, p.defaultRegion).toString();
        parseSignatureVersion(
            m_settings->value(u"signatureVersion"_s, u"v3"_s).toString(), &p.signatureVersion);
        p.endpoint = m_settings->value(u"endpoint"_s).toString();
        p.caCertificateFile = m_settings->value(u"caCertificateFile"_s).toString();
        p.readOnly = m_settings->value(u"readOnly"_s, false).toBool();
        p.colour = m_settings->value(u"colour"_s).toString();
        p.isProtected = m_settings->value(u"protected"_s, false).toBool();
        p.roleArn = m_settings->value(u"roleArn"_s).toString();
        p.roleSessionName = m_settings->value(u"roleSessionName"_s).toString();
        p.durationSeconds = m_settings->value(u"durationSeconds"_s, p.durationSeconds).toInt();
        p.externalId = m_settings->value(u"externalId"_s).toString();
        p.policy = m_settings->value(u"policy"_s).toString();
        p.stsRegion = m_settings->value(u"stsRegion"_s).toString();
        p.stsEndpoint = m_settings->value(u"stsEndpoint"_s).toString();
        p.sourceProfile = m_settings->value(u"sourceProfile"_s).toString();
        p.ramRoleName = m_settings->value(u"ramRoleName"_s).toString();
        p.metadataBaseUrl = m_settings->value(u"metadataBaseUrl"_s).toString();
        p.credentialsUri = m_settings->value(u"credentialsUri"_s).toString();
        p.processCommand = m_settings->value(u"processCommand"_s).toString();
        out = p;
    }
    m_settings->endGroup();
    return out;
}

void ProfileStore::save(const Profile &profile)
{
    m_settings->beginGroup(kGroup + u'/' + profile.name);
    m_settings->setValue(u"kind"_s, Profile::kindName(profile.kind));
    m_settings->setValue(u"accessKeyId"_s, profile.accessKeyId);
    m_settings->setValue(u"defaultRegion"_s, profile.defaultRegion);
    m_settings->setValue(u"signatureVersion"_s, signatureVersionName(profile.signatureVersion));
    m_settings->setValue(u"endpoint"_s, profile.endpoint);
    m_settings->setValue(u"caCertificateFile"_s, profile.caCertificateFile);
    m_settings->setValue(u"readOnly"_s, profile.readOnly);
    m_settings->setValue(u"colour"_s, profile.colour);
    m_settings->setValue(u"protected"_s, profile.isProtected);
    // The fields of the indirect modes, only when set: AK profiles stay as they were.
    const auto setOrRemove = [this](const QString &key, const QString &value) {
        if (value.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, value);
    };
    setOrRemove(u"roleArn"_s, profile.roleArn);
    setOrRemove(u"roleSessionName"_s, profile.roleSessionName);
    if (profile.kind == Profile::Kind::RamRoleArn
        || profile.kind == Profile::Kind::ChainableRamRoleArn)
        m_settings->setValue(u"durationSeconds"_s, profile.durationSeconds);
    else
        m_settings->remove(u"durationSeconds"_s);
    setOrRemove(u"externalId"_s, profile.externalId);
    setOrRemove(u"policy"_s, profile.policy);
    setOrRemove(u"stsRegion"_s, profile.stsRegion);
    setOrRemove(u"stsEndpoint"_s, profile.stsEndpoint);
    setOrRemove(u"sourceProfile"_s, profile.sourceProfile);
    setOrRemove(u"ramRoleName"_s, profile.ramRoleName);
    setOrRemove(u"metadataBaseUrl"_s, profile.metadataBaseUrl);
    setOrRemove(u"credentialsUri"_s, profile.credentialsUri);
    setOrRemove(u"processCommand"_s, profile.processCommand);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    if (!Profile::isValidName(name))
        return;
    m_settings->remove(kGroup + u'/' + name);
    if (currentProfileName() == name)
        m_settings->remove(u"currentProfile"_s);
    m_settings->sync();
}

QString ProfileStore::currentProfileName() const
{
    return m_settings->value(u"currentProfile"_s).toString();
}

void ProfileStore::setCurrentProfileName(const QString &name)
{
    m_settings->setValue(u"currentProfile"_s, name);
}

std::optional<Profile> environmentProfile(Credentials *credentials)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Credentials c { env.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s),
        env.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s),
        env.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s) };
    if (!c.isComplete())
        return std::nullopt;
    Profile p;
    p.name = u"Environment"_s;
    p.source = Profile::Source::Environment;
    p.kind = c.isSts() ? Profile::Kind::Sts : Profile::Kind::AccessKey;
    p.accessKeyId = c.accessKeyId; // the profile itself cannot be edited: the variables own it
    const QString region = env.value(u"ALIBABA_CLOUD_REGION_ID"_s);
    if (!region.isEmpty())
        p.defaultRegion = region;
    if (credentials)
        *credentials = c;
    return p;
}

} // namespace ecs
