#pragma once

#include "demoendpoint.h"
#include "profile.h"
#include "profileresolver.h"
#include "secretstore.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace ecs::ui {

/// Every profile the console can open: the Demo profile on the endpoint the application hands in
/// (always listed, started on first use), the read-only Environment profile when its variables are
/// set, and the stored ones, whose secrets live in the keychain.
class ProfileDirectory : public QObject
{
    Q_OBJECT

public:
    ProfileDirectory(QNetworkAccessManager *network, QSettings *settings, SecretStore *secrets,
        QObject *parent = nullptr);

    static QString demoName();
    static QString environmentName();

    /// Demo first, then Environment (when set), then the stored profiles by name.
    QStringList names() const;
    /// A short description for lists and tooltips: kind, key id, endpoint; never a secret.
    QString describe(const QString &name) const;
    bool isStored(const QString &name) const;
    /// The profile the console opens with: the last one used, when it still exists; else Demo.
    QString initialProfileName() const;
    void setCurrentProfileName(const QString &name);

    /// Turns a name into a ready client configuration, asynchronously (the keychain may prompt;
    /// Demo may have to start the simulator). `done` runs in `context`'s thread, unless it is gone.
    void resolve(
        const QString &name, QObject *context, std::function<void(const ResolvedProfile &)> done);

    ProfileStore store() const { return ProfileStore(m_settings); }
    QSettings *settings() const { return m_settings; }
    SecretStore *secrets() const { return m_secrets; }
    QNetworkAccessManager *network() const { return m_network; }
    /// Where the Demo profile goes (the application's embedded simulator); set before the first
    /// resolve. Without one, opening Demo fails with a reason.
    void setDemoEndpoint(std::unique_ptr<DemoEndpoint> demo);

    /// Call after adding, editing or removing a stored profile.
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    void resolveDemo(QObject *context, std::function<void(const ResolvedProfile &)> done);
    ResolvedProfile demoProfile() const;

    QNetworkAccessManager *m_network;
    QSettings *m_settings;
    SecretStore *m_secrets;
    std::unique_ptr<DemoEndpoint> m_demo;
    QUrl m_demoUrl;
    QString m_demoError;
    bool m_demoStarting = false;
};

} // namespace ecs::ui
