#pragma once
// A Secret Service of the test's own: a private D-Bus session bus with a gnome-keyring-daemon
// whose "login" collection has a known password, so that a test can lock it (the Secret
// Service's Lock method, as a screen locker does) and unlock it again with the password. Nothing
// of the developer's own keyring is touched.
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The Secret Service's Secret struct (oayays), for gnome-keyring's unlock call.
struct KeyringSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(KeyringSecret)

inline QDBusArgument &operator<<(QDBusArgument &out, const KeyringSecret &secret)
{
    out.beginStructure();
    out << secret.session << secret.parameters << secret.value << secret.contentType;
    out.endStructure();
    return out;
}

inline const QDBusArgument &operator>>(const QDBusArgument &in, KeyringSecret &secret)
{
    in.beginStructure();
    in >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    in.endStructure();
    return in;
}

class PrivateKeyring
{
public:
    static constexpr const char *kLogin = "/org/freedesktop/secrets/collection/login";

    ~PrivateKeyring() { stop(); }

    /// Empty when it runs; else why not (the tools are missing, say).
    QString start()
    {
        for (const char *tool : { "dbus-daemon", "gnome-keyring-daemon" })
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                return QStringLiteral("%1 is not installed").arg(QString::fromLatin1(tool));
        if (!m_root.isValid())
            return QStringLiteral("no temporary directory");
        QDir(m_root.path()).mkpath(QStringLiteral("home"));
        QDir(m_root.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(m_root.filePath(QStringLiteral("run")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // No service directories: nothing may be activated behind the test's back (the
        // system's gnome-keyring service file would start a daemon without the password).
        QFile config(m_root.filePath(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the bus configuration");
        config.write(QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
            "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                         .arg(m_root.filePath(QStringLiteral("run")))
                         .toUtf8());
        config.close();
        m_bus.setProcessEnvironment(daemonEnvironment());
        m_bus.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1") });
        if (!m_bus.waitForReadyRead(10'000))
            return QStringLiteral("dbus-daemon did not start: %1")
                .arg(QString::fromUtf8(m_bus.readAllStandardError()));
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        m_connection = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(m_address, QStringLiteral("private-keyring")));
        if (!m_connection->isConnected())
            return QStringLiteral("cannot connect to the private bus");
        return startKeyring();
    }

    void stop()
    {
        stopKeyring();
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.terminate();
            m_bus.waitForFinished(5000);
        }
        if (m_connection) {
            QDBusConnection::disconnectFromBus(QStringLiteral("private-keyring"));
            m_connection.reset();
        }
    }

    QString busAddress() const { return m_address; }

    /// `base` with this keyring's session bus.
    QProcessEnvironment environment(
        QProcessEnvironment base = QProcessEnvironment::systemEnvironment()) const
    {
        base.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        return base;
    }

    bool isLocked() const
    {
        QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
            QString::fromLatin1(kLogin), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        const QDBusReply<QDBusVariant> reply = m_connection->call(get);
        return reply.isValid() && reply.value().variant().toBool();
    }

    /// Locks the login collection, as a screen locker or `Lock` in Passwords and Keys does.
    bool lock()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        call << QVariant::fromValue(
            QList<QDBusObjectPath> { QDBusObjectPath(QString::fromLatin1(kLogin)) });
        const QDBusMessage reply = m_connection->call(call);
        return reply.type() == QDBusMessage::ReplyMessage && isLocked();
    }

    /// Unlocks it with the password, as the login screen does (gnome-keyring's own interface:
    /// the standard Unlock needs a prompt, and restarting the daemon would strand the clients'
    /// sessions).
    QString unlock()
    {
        qDBusRegisterMetaType<KeyringSecret>();
        QDBusMessage open = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
        open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
        const QDBusMessage opened = m_connection->call(open);
        if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
            return QStringLiteral("OpenSession failed: %1").arg(opened.errorMessage());
        const KeyringSecret password { opened.arguments().at(1).value<QDBusObjectPath>(), {},
            QByteArrayLiteral("private-keyring-pw"), QStringLiteral("text/plain") };
        QDBusMessage unlock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
            QStringLiteral("UnlockWithMasterPassword"));
        unlock << QVariant::fromValue(QDBusObjectPath(QString::fromLatin1(kLogin)))
               << QVariant::fromValue(password);
        const QDBusMessage reply = m_connection->call(unlock);
        if (reply.type() != QDBusMessage::ReplyMessage)
            return QStringLiteral("UnlockWithMasterPassword failed: %1").arg(reply.errorMessage());
        return isLocked() ? QStringLiteral("still locked") : QString();
    }

    /// How many items ECS Console has for `profile`: unlocked and locked.
    std::pair<int, int> items(const QString &profile) const
    {
        using StringMap = QMap<QString, QString>;
        qDBusRegisterMetaType<StringMap>();
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
        call << QVariant::fromValue(
            StringMap { { QStringLiteral("server"), QStringLiteral("ecs-console") },
                { QStringLiteral("user"), profile } });
        const QDBusMessage reply = m_connection->call(call);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return { -1, -1 };
        return { int(qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0)).size()),
            int(qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).size()) };
    }

private:
    QProcessEnvironment daemonEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("run")));
        env.insert(
            QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("home/.local/share")));
        env.remove(QStringLiteral("DISPLAY")); // no unlock prompt can appear
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (!m_address.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        return env;
    }

    QString startKeyring()
    {
        m_keyring = std::make_unique<QProcess>();
        m_keyring->setProcessEnvironment(daemonEnvironment());
        m_keyring->start(QStringLiteral("gnome-keyring-daemon"),
            { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                QStringLiteral("--components=secrets") });
        if (!m_keyring->waitForStarted(10'000))
            return QStringLiteral("gnome-keyring-daemon did not start");
        m_keyring->write("private-keyring-pw");
        m_keyring->closeWriteChannel();
        const bool ready = QTest::qWaitFor(
            [this] {
                QDBusMessage alias = QDBusMessage::createMethodCall(
                    QStringLiteral("org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
                alias << QStringLiteral("default");
                const QDBusReply<QDBusObjectPath> reply = m_connection->call(alias);
                return reply.isValid() && reply.value().path() == QString::fromLatin1(kLogin)
                    && !isLocked();
            },
            10'000);
        return ready ? QString()
                     : QStringLiteral("the keyring did not come up unlocked: %1")
                           .arg(QString::fromUtf8(m_keyring->readAllStandardError()));
    }

    void stopKeyring()
    {
        if (m_keyring && m_keyring->state() != QProcess::NotRunning) {
            m_keyring->terminate();
            m_keyring->waitForFinished(5000);
        }
        m_keyring.reset();
    }

    QTemporaryDir m_root;
    QProcess m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_address;
    std::unique_ptr<QDBusConnection> m_connection;
};
