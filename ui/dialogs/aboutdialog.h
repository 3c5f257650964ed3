#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QStringList>

#include <functional>

class QLabel;

namespace ecs::ui {

/// What the console runs on, in words: versions, the TLS and keychain backends, the platform.
/// Shared by Help › About and Help › Copy diagnostics.
class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ui::Diagnostics)

public:
    static QString tlsBackend(); ///< "openssl (OpenSSL 3.0.x …)"
    /// The keychain qtkeychain uses here, from whether the Secret Service is on the bus.
    static QString keychainBackend(bool secretServiceOnBus);
    static QString platform(); ///< QSysInfo's words, with the Qt platform plugin
    static QString screens(); ///< each screen's size and DPI
    /// Everything above, plus `recentErrors`, redacted: safe to paste into a bug report.
    static QString text(
        const QString &consoleVersion, const QString &keychain, const QStringList &recentErrors);
};

/// Help › About ECS Console. Opened with open(), never exec(): no nested event loop.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &consoleVersion, QWidget *parent = nullptr);

    QString keychainText() const;
    /// Asks the bus (without waiting) whether org.freedesktop.secrets is there; `done(onBus)`.
    static void findSecretService(QObject *context, std::function<void(bool)> done);

Q_SIGNALS:
    void keychainKnown();

private:
    QLabel *m_keychain;
};

} // namespace ecs::ui
