#include "secretstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecs::SecretStore", text);
}

SecretResult fromJob(const QKeychain::Job &job)
{
    SecretResult r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.message = tr("No secret is stored in the keychain for this profile.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretResult::Status::Denied;
        r.message = tr("The keychain refused access: %1").arg(job.errorString());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // libsecret reports a missing or locked Secret Service as OtherError.
        r.status = SecretResult::Status::Unavailable;
        r.message = SecretStore::unavailableExplanation(job.errorString());
        return r;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    r.status = SecretResult::Status::Failed;
    r.message = tr("The keychain failed: %1").arg(job.errorString());
    return r;
}

} // namespace

QByteArray Secret::serialize() const
{
    QJsonObject o { { u"AccessKeySecret"_s, accessKeySecret } };
    if (!securityToken.isEmpty())
        o.insert(u"SecurityToken"_s, securityToken);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool Secret::deserialize(const QByteArray &data, Secret *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return false;
    out->accessKeySecret = doc[u"AccessKeySecret"_s].toString();
    out->securityToken = doc[u"SecurityToken"_s].toString();
    return !out->accessKeySecret.isEmpty();
}

SecretStore::SecretStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{ }

QString SecretStore::serviceName()
{
    return u"ecs-console"_s;
}

QString SecretStore::unavailableExplanation(const QString &keychainMessage)
{
    return tr(
        "The OS keychain cannot be used (%1). ECS Console keeps secrets only in the "
        "keychain and never in a plain file. Start or unlock your keyring (GNOME Keyring, "
        "KWallet or another Secret Service), or keep the secret in memory for this session only.")
        .arg(keychainMessage.isEmpty() ? tr("no Secret Service answered") : keychainMessage);
}

void SecretStore::finishLater(QObject *context, Callback done, SecretResult result)
{
    QTimer::singleShot(
        0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void SecretStore::keepForSession(const QString &profile, const Secret &secret)
{
    m_session.insert(profile, secret);
}

void SecretStore::read(const QString &profile, QObject *context, Callback done)
{
    if (m_session.contains(profile) || m_backend == Backend::SessionMemory) {
        SecretResult r;
        if (m_session.contains(profile)) {
            r.secret = m_session.value(profile);
        } else {
            r.status = SecretResult::Status::NotFound;
            r.message = tr("No secret is kept for this profile in this session.");
        }
        finishLater(context, std::move(done), r);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        SecretResult r = fromJob(*job);
        if (r.ok() && !Secret::deserialize(job->binaryData(), &r.secret)) {
            r.status = SecretResult::Status::Failed;
            r.message = tr("The keychain entry for this profile is not one ECS Console wrote.");
        }
        qCDebug(lcEcsCredentials) << "keychain read finished, status" << int(r.status);
        done(r);
    });
    job->start();
}

void SecretStore::write(
    const QString &profile, const Secret &secret, QObject *context, Callback done)
{
    if (m_backend == Backend::SessionMemory) {
        keepForSession(profile, secret);
        finishLater(context, std::move(done), {});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(profile);
    job->setBinaryData(secret.serialize());
    connect(job, &QKeychain::Job::finished, context, [this, profile, job, done = std::move(done)] {
        const SecretResult r = fromJob(*job);
        if (r.ok())
            m_session.remove(profile); // the keychain is the source of truth again
        qCDebug(lcEcsCredentials) << "keychain write finished, status" << int(r.status);
        done(r);
    });
    job->start();
}

void SecretStore::remove(const QString &profile, QObject *context, Callback done)
{
    m_session.remove(profile);
    if (m_backend == Backend::SessionMemory) {
        finishLater(context, std::move(done), {});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        SecretResult r = fromJob(*job);
        if (r.status == SecretResult::Status::NotFound)
            r = {}; // already gone is what was asked for
        done(r);
    });
    job->start();
}

} // namespace ecs
