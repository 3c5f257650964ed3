#include "secretstore.h"

#include "logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

SecretResult fromJob(const QKeychain::Job &job)
{
    SecretResult r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.message = SecretStore::tr("No secret is stored in the keychain for this profile.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = SecretResult::Status::Denied;
        r.message = SecretStore::tr("The keychain refused access: %1").arg(job.errorString());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // libsecret reports a missing Secret Service as OtherError (a locked one is found out
        // by SecretStore::amendIfLocked).
        r.status = SecretResult::Status::Unavailable;
        r.message = SecretStore::unavailableExplanation(job.errorString());
        return r;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    r.status = SecretResult::Status::Failed;
    r.message = SecretStore::tr("The keychain failed: %1").arg(job.errorString());
    return r;
}

// The Secret Service's own view of an entry: qtkeychain's libsecret backend (0.13) reports an
// item in a locked collection as "not found" (the unlock prompt cannot be shown, or is dismissed)
// and a delete that removed nothing as done, so ask the service itself.
struct Presence
{
    bool answered = false; ///< false: no Secret Service on the session bus (KWallet, macOS…)
    bool unlocked = false; ///< an unlocked item of this profile exists
    bool locked = false; ///< a locked item of this profile exists
    bool defaultCollectionLocked = false; ///< where a new item would go is locked
};

const QString kSecretService = u"org.freedesktop.secrets"_s;
const QString kSecretPath = u"/org/freedesktop/secrets"_s;
const QString kServiceInterface = u"org.freedesktop.Secret.Service"_s;
constexpr int kProbeTimeoutMs = 5000;

using StringMap = QMap<QString, QString>;

QDBusPendingCall asyncSecretCall(
    const QString &path, const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kSecretService, path, interface, method);
    call.setArguments(args);
    return QDBusConnection::sessionBus().asyncCall(call, kProbeTimeoutMs);
}

// Calls `done(reply)` in `context` when the pending call finishes.
void whenFinished(QDBusPendingCall pending, QObject *context,
    std::function<void(const QDBusPendingCallWatcher &)> done)
{
    auto *watcher = new QDBusPendingCallWatcher(pending, context);
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            done(*watcher);
        });
}

void probeEntry(const QString &profile, bool withCollection, QObject *context,
    std::function<void(const Presence &)> done)
{
    static const bool registered = [] {
        qDBusRegisterMetaType<StringMap>();
        qDBusRegisterMetaType<QList<QDBusObjectPath>>();
        return true;
    }();
    Q_UNUSED(registered);
    if (!QDBusConnection::sessionBus().isConnected()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    // qtkeychain's schema: "server" is the service name, "user" the key.
    const StringMap attributes { { u"server"_s, SecretStore::serviceName() },
        { u"user"_s, profile } };
    whenFinished(asyncSecretCall(kSecretPath, kServiceInterface, u"SearchItems"_s,
                     { QVariant::fromValue(attributes) }),
        context, [context, withCollection, done](const QDBusPendingCallWatcher &watcher) {
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = watcher;
            Presence presence;
            if (reply.isError())
                return done(presence);
            presence.answered = true;
            presence.unlocked = !reply.argumentAt<0>().isEmpty();
            presence.locked = !reply.argumentAt<1>().isEmpty();
            if (!withCollection)
                return done(presence);
            whenFinished(
                asyncSecretCall(kSecretPath, kServiceInterface, u"ReadAlias"_s, { u"default"_s }),
                context, [context, presence, done](const QDBusPendingCallWatcher &aliasWatcher) {
                    const QDBusPendingReply<QDBusObjectPath> alias = aliasWatcher;
                    if (alias.isError() || alias.value().path() == u"/")
                        return done(presence);
                    whenFinished(
                        asyncSecretCall(alias.value().path(), u"org.freedesktop.DBus.Properties"_s,
                            u"Get"_s, { u"org.freedesktop.Secret.Collection"_s, u"Locked"_s }),
                        context, [presence, done](const QDBusPendingCallWatcher &lockedWatcher) {
                            const QDBusPendingReply<QDBusVariant> locked = lockedWatcher;
                            Presence p = presence;
                            p.defaultCollectionLocked
                                = !locked.isError() && locked.value().variant().toBool();
                            done(p);
                        });
                });
        });
}

SecretResult lockedResult()
{
    SecretResult r;
    r.status = SecretResult::Status::Locked;
    r.message = SecretStore::lockedExplanation();
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
    return tr("The OS keychain cannot be used (%1). ECS Console keeps secrets only in the "
              "keychain and never in a plain file. Start or unlock your keyring (GNOME Keyring, "
              "KWallet or another Secret Service).")
        .arg(keychainMessage.isEmpty() ? tr("no Secret Service answered") : keychainMessage);
}

QString SecretStore::lockedExplanation()
{
    return tr("The keychain is locked. Unlock your keyring (for example the \"login\" keyring in "
              "GNOME Keyring or KWallet) and try again; nothing was read, written or deleted.");
}

void SecretStore::amendIfLocked(
    const QString &profile, bool forWrite, SecretResult result, QObject *context, Callback done)
{
    probeEntry(profile, forWrite, context,
        [result = std::move(result), done = std::move(done)](const Presence &presence) {
            if (presence.locked || presence.defaultCollectionLocked)
                return done(lockedResult());
            done(result);
        });
}

void SecretStore::finishLater(QObject *context, Callback done, SecretResult result)
{
    QTimer::singleShot(
        0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void SecretStore::keepForSession(const QString &profile, const Secret &secret)
{
    registerSecretValue(secret.accessKeySecret);
    registerSecretValue(secret.securityToken);
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
    connect(job, &QKeychain::Job::finished, context,
        [this, profile, context, job, done = std::move(done)] {
            SecretResult r = fromJob(*job);
            if (r.ok() && !Secret::deserialize(job->binaryData(), &r.secret)) {
                r.status = SecretResult::Status::Failed;
                r.message = tr("The keychain entry for this profile is not one ECS Console wrote.");
            }
            qCDebug(lcEcsCredentials) << "keychain read finished, status" << int(r.status);
            if (!r.ok())
                return amendIfLocked(profile, false, r, context, done);
            registerSecretValue(r.secret.accessKeySecret);
            registerSecretValue(r.secret.securityToken);
            done(r);
        });
    job->start();
}

void SecretStore::write(
    const QString &profile, const Secret &secret, QObject *context, Callback done)
{
    registerSecretValue(secret.accessKeySecret);
    registerSecretValue(secret.securityToken);
    if (m_backend == Backend::SessionMemory) {
        keepForSession(profile, secret);
        finishLater(context, std::move(done), {});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(profile);
    job->setBinaryData(secret.serialize());
    connect(job, &QKeychain::Job::finished, context,
        [this, profile, context, job, done = std::move(done)] {
            const SecretResult r = fromJob(*job);
            qCDebug(lcEcsCredentials) << "keychain write finished, status" << int(r.status);
            if (!r.ok())
                return amendIfLocked(profile, true, r, context, done);
            m_session.remove(profile); // the keychain is the source of truth again
            done(r);
        });
    job->start();
}

void SecretStore::remove(const QString &profile, QObject *context, Callback done)
{
    if (m_backend == Backend::SessionMemory) {
        m_session.remove(profile);
        finishLater(context, std::move(done), {});
        return;
    }
    // A locked entry cannot be deleted, and a delete that cannot reach it still "succeeds": look
    // first, and refuse rather than orphan the secret.
    probeEntry(profile, false, context,
        [this, profile, context, done = std::move(done)](const Presence &presence) {
            if (presence.locked)
                return done(lockedResult());
            m_session.remove(profile);
            removeFromKeychain(profile, context, done);
        });
}

void SecretStore::removeFromKeychain(const QString &profile, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, context, [profile, context, job, done] {
        SecretResult r = fromJob(*job);
        if (r.status == SecretResult::Status::NotFound)
            r = {}; // already gone is what was asked for
        // Done only when the service no longer has it (it may have been locked meanwhile).
        probeEntry(profile, false, context, [r, done](const Presence &presence) {
            if (presence.locked)
                return done(lockedResult());
            if (r.ok() && presence.unlocked) {
                SecretResult stillThere;
                stillThere.status = SecretResult::Status::Failed;
                stillThere.message = tr("The keychain did not delete the secret of this profile.");
                return done(stillThere);
            }
            done(r);
        });
    });
    job->start();
}

} // namespace ecs
