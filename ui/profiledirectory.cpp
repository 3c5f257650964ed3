#include "profiledirectory.h"

#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ProfileDirectory::ProfileDirectory(
    QNetworkAccessManager *network, QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

void ProfileDirectory::setDemoEndpoint(std::unique_ptr<DemoEndpoint> demo)
{
    m_demo = std::move(demo);
    m_demoUrl.clear();
    m_demoError.clear();
    m_demoStarting = false;
    if (!m_demo)
        return;
    // The directory keeps the answer: later resolves of Demo get it at once.
    connect(m_demo.get(), &DemoEndpoint::ready, this, [this](const QUrl &url) { m_demoUrl = url; });
    connect(m_demo.get(), &DemoEndpoint::failed, this,
        [this](const QString &reason) { m_demoError = reason; });
}

QString ProfileDirectory::demoName()
{
    return u"Demo"_s;
}

QString ProfileDirectory::environmentName()
{
    return u"Environment"_s;
}

QStringList ProfileDirectory::names() const
{
    QStringList out { demoName() };
    if (environmentProfile(nullptr))
        out << environmentName();
    QStringList stored;
    for (const Profile &p : store().profiles())
        if (p.name != demoName() && p.name != environmentName())
            stored << p.name;
    stored.sort(Qt::CaseInsensitive);
    return out + stored;
}

bool ProfileDirectory::isStored(const QString &name) const
{
    return name != demoName() && name != environmentName() && store().profile(name).has_value();
}

QString ProfileDirectory::describe(const QString &name) const
{
    if (name == demoName())
        return tr("The embedded simulator on this computer; no account, no secret");
    std::optional<Profile> profile;
    if (name == environmentName())
        profile = environmentProfile(nullptr);
    else
        profile = store().profile(name);
    if (!profile)
        return {};
    QStringList parts { Profile::kindName(profile->kind), profile->credentialSummary(),
        profile->signatureVersion == SignatureVersion::RpcV1
            ? tr("signature v1 (HMAC-SHA1)")
            : tr("signature v3 (ACS3-HMAC-SHA256)"),
        profile->endpoint.isEmpty() ? tr("region endpoints") : profile->endpoint };
    if (name == environmentName())
        parts << tr("from ALIBABA_CLOUD_* variables");
    if (profile->readOnly || name == environmentName())
        parts << tr("read-only");
    return parts.join(u" · "_s);
}

QString ProfileDirectory::initialProfileName() const
{
    const QString last = store().currentProfileName();
    return names().contains(last) ? last : demoName();
}

void ProfileDirectory::setCurrentProfileName(const QString &name)
{
    ProfileStore(m_settings).setCurrentProfileName(name);
}

void ProfileDirectory::resolve(
    const QString &name, QObject *context, std::function<void(const ResolvedProfile &)> done)
{
    if (name == demoName())
        return resolveDemo(context, std::move(done));
    resolveProfile(
        store(), m_secrets, name, context,
        [done = std::move(done), environment = name == environmentName()](
            const ResolvedProfile &resolved) {
            ResolvedProfile r = resolved;
            if (environment)
                r.profile.readOnly = true; // the variables own it; and it may be a CI's key
            done(r);
        },
        m_network);
}

ResolvedProfile ProfileDirectory::demoProfile() const
{
    ResolvedProfile r;
    r.profile.name = demoName();
    r.profile.source = Profile::Source::Demo;
    if (!m_demo) {
        r.error = tr("This program has no Demo endpoint.");
        return r;
    }
    r.config.credentials = m_demo->credentials();
    r.profile.accessKeyId = r.config.credentials.accessKeyId;
    r.profile.endpoint = m_demoUrl.toString();
    r.config.signatureVersion = SignatureVersion::Acs3;
    r.config.httpMethod = "POST";
    r.config.endpointOverride = m_demoUrl;
    r.config.followRegionEndpoints = true; // the embedded simulator's port per region
    if (!m_demoError.isEmpty())
        r.error = tr("The embedded simulator did not start: %1").arg(m_demoError);
    return r;
}

void ProfileDirectory::resolveDemo(
    QObject *context, std::function<void(const ResolvedProfile &)> done)
{
    if (!m_demo || m_demoUrl.isValid() || !m_demoError.isEmpty()) {
        QTimer::singleShot(0, context, [this, done = std::move(done)] { done(demoProfile()); });
        return;
    }
    // Started on first use: a console that opens a cloud profile never runs it. The directory's
    // own connections (made first) have stored the answer by the time these run.
    const auto answer = [this, done] { done(demoProfile()); };
    connect(m_demo.get(), &DemoEndpoint::ready, context, answer, Qt::SingleShotConnection);
    connect(m_demo.get(), &DemoEndpoint::failed, context, answer, Qt::SingleShotConnection);
    if (!m_demoStarting) {
        m_demoStarting = true;
        m_demo->start();
    }
}

} // namespace ecs::ui
