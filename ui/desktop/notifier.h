#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace ecs {
class Operation;
}

namespace ecs::ui {

class OperationsModel;

/// Desktop notifications through the freedesktop org.freedesktop.Notifications service on the
/// session bus; when no such service answers, a tray balloon (QSystemTrayIcon::showMessage).
/// Every call is asynchronous: nothing here waits for the bus.
class Notifier : public QObject
{
    Q_OBJECT

public:
    /// The hint "urgency" of the specification.
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

    explicit Notifier(QObject *parent = nullptr);
    /// On this bus (tests use their own service on it).
    explicit Notifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~Notifier() override;

    static QString appName(); ///< "ECS Console"
    static QString iconName(); ///< "ecs-console", the freedesktop icon name

    /// Shows a notification. `shown` tells the id the service gave it, or `shownInTray` when
    /// the tray took it instead.
    void notify(const QString &summary, const QString &body, Urgency urgency = Urgency::Normal);
    /// Withdraws a notification the service still shows.
    void close(uint id);
    int trayMessageCount() const { return m_trayMessages; }

Q_SIGNALS:
    void shown(uint id, const QString &summary);
    void shownInTray(const QString &summary, const QString &body);
    void actionInvoked(uint id, const QString &actionKey);
    void closed(uint id, uint reason);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void showInTray(const QString &summary, const QString &body, Urgency urgency);

    QDBusConnection m_bus;
    QPointer<QSystemTrayIcon> m_tray;
    QList<uint> m_ids; ///< ours, still on screen: the service's signals concern every client
    int m_trayMessages = 0;
};

/// Tells, through a Notifier, when a long operation ends while `window` is not the active
/// window: the person has turned to something else and would otherwise not see it.
class OperationNotices : public QObject
{
    Q_OBJECT

public:
    OperationNotices(OperationsModel *operations, QWidget *window, Notifier *notifier,
        QObject *parent = nullptr);

    /// Operations shorter than this end without a notification (default 10 s; QSettings
    /// "notifications/minimumSeconds" overrides it).
    void setMinimumDuration(int ms) { m_minimumMs = ms; }
    int minimumDuration() const { return m_minimumMs; }

    /// The words of the notification for a finished operation (summary, body).
    static std::pair<QString, QString> describe(const ecs::Operation *operation);

private:
    void operationFinished(ecs::Operation *operation);

    QPointer<QWidget> m_window;
    Notifier *m_notifier;
    int m_minimumMs = 10'000;
};

} // namespace ecs::ui
