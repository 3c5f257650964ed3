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
    return kind == Kind::Sts ? u"STS"_s : u"AccessKey"_s;
}

QString Profile::validate() const
{
    if (!isValidName(name))
        return tr("A profile name is 1–64 letters, digits, '.', '_' or '-', starting with a letter "
                  "or digit.");
    if (source != Source::Demo && accessKeyId.trimmed().isEmpty())
        return tr("The AccessKey ID is missing.");
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
        p.kind = m_settings->value(u"kind"_s).toString() == u"STS" ? Profile::Kind::Sts
                                                                   : Profile::Kind::AccessKey;
        p.accessKeyId = m_settings->value(u"accessKeyId"_s).toString();
        p.defaultRegion = m_settings->value(u"defaultRegion"_s, p.defaultRegion).toString();
        parseSignatureVersion(
            m_settings->value(u"signatureVersion"_s, u"v3"_s).toString(), &p.signatureVersion);
        p.endpoint = m_settings->value(u"endpoint"_s).toString();
        p.caCertificateFile = m_settings->value(u"caCertificateFile"_s).toString();
        p.readOnly = m_settings->value(u"readOnly"_s, false).toBool();
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
