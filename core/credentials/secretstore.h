#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace ecs {

/// The secret half of a profile.
struct Secret
{
    QString accessKeySecret;
    QString securityToken;

    QByteArray serialize() const;
    static bool deserialize(const QByteArray &data, Secret *out);
};

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, ///< nothing stored under that profile
        Unavailable, ///< no keychain: no Secret Service or no backend at all
        Locked, ///< the entry (or the collection it goes to) is in a locked keychain
        Denied, ///< the user or the keychain refused access
        Failed, ///< anything else, with the keychain's words in message
    };
    Status status = Status::Ok;
    Secret secret;
    QString message; ///< for people; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

/// Where secrets live: the OS keychain, through qtkeychain's asynchronous jobs (one entry per
/// profile under one fixed service name), or, when the user chooses so because there is no
/// keychain, this process's memory for the session. Never a plain file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    enum class Backend { Keychain, SessionMemory };
    explicit SecretStore(Backend backend = Backend::Keychain, QObject *parent = nullptr);

    static QString serviceName();
    Backend backend() const { return m_backend; }

    /// Each calls `done` once, in `context`'s thread, unless `context` is gone by then.
    void read(const QString &profile, QObject *context, Callback done);
    void write(const QString &profile, const Secret &secret, QObject *context, Callback done);
    void remove(const QString &profile, QObject *context, Callback done);

    /// Keeps a secret in memory for this session only (the no-keychain fallback).
    void keepForSession(const QString &profile, const Secret &secret);
    bool hasSessionSecret(const QString &profile) const { return m_session.contains(profile); }

    /// The explanation shown when the keychain cannot be used; it offers nothing, since what
    /// can be done instead depends on the front end (the GUI can keep a secret for the session).
    static QString unavailableExplanation(const QString &keychainMessage);
    /// The explanation shown when the keychain is locked.
    static QString lockedExplanation();

private:
    void finishLater(QObject *context, Callback done, SecretResult result);
    /// When a keychain job failed or found nothing, asks the Secret Service whether the entry is
    /// there but locked (qtkeychain reports that as "not found") and amends `result`.
    void amendIfLocked(const QString &profile, bool forWrite, SecretResult result, QObject *context,
        Callback done);
    void removeFromKeychain(const QString &profile, QObject *context, Callback done);

    Backend m_backend;
    QHash<QString, Secret> m_session;
};

} // namespace ecs
