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
{
    m_demoOptions.instances = 120;
    m_demoOptions.seed = 42;
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
    QStringList parts { Profile::kindName(profile->kind), profile->accessKeyId,
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
    resolveProfile(store(), m_secrets, name, context,
        [done = std::move(done), environment = name == environmentName()](
            const ResolvedProfile &resolved) {
            ResolvedProfile r = resolved;
            if (environment)
                r.profile.readOnly = true; // the variables own it; and it may be a CI's key
            done(r);
        });
}

ResolvedProfile ProfileDirectory::demoProfile() const
{
    ResolvedProfile r;
    r.profile.name = demoName();
    r.profile.source = Profile::Source::Demo;
    r.profile.accessKeyId = m_demoOptions.accessKeyId;
    r.profile.endpoint = m_simulator.url().toString();
    r.config.credentials = { m_demoOptions.accessKeyId, m_demoOptions.accessKeySecret, {} };
    r.config.signatureVersion = SignatureVersion::Acs3;
    r.config.httpMethod = "POST";
    r.config.endpointOverride = m_simulator.url();
    if (!m_simulatorError.isEmpty())
        r.error = tr("The embedded simulator did not start: %1").arg(m_simulatorError);
    return r;
}

void ProfileDirectory::resolveDemo(
    QObject *context, std::function<void(const ResolvedProfile &)> done)
{
    if (m_simulator.isRunning() || !m_simulatorError.isEmpty()) {
        QTimer::singleShot(0, context, [this, done = std::move(done)] { done(demoProfile()); });
        return;
    }
    // Started on first use: a console that opens a cloud profile never runs it.
    const auto answer = [this, done](const QUrl &) { done(demoProfile()); };
    connect(
        &m_simulator, &sim::EmbeddedSimulator::ready, context, answer, Qt::SingleShotConnection);
    connect(
        &m_simulator, &sim::EmbeddedSimulator::failed, context,
        [this, done](const QString &reason) {
            m_simulatorError = reason;
            done(demoProfile());
        },
        Qt::SingleShotConnection);
    if (!m_simulatorStarting) {
        m_simulatorStarting = true;
        m_simulator.start(m_demoOptions, QHostAddress(QHostAddress::LocalHost), 0);
    }
}

} // namespace ecs::ui
