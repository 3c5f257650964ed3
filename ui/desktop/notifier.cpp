#include "notifier.h"

#include "lifecycle/operation.h"
#include "operations/operationsmodel.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
constexpr int kExpireDefault = -1; ///< the server's own timeout
} // namespace

Notifier::Notifier(QObject *parent)
    : Notifier(QDBusConnection::sessionBus(), parent)
{ }

Notifier::Notifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    // From any sender: naming the service would make Qt ask the bus for its owner, and wait.
    // The ids tell ours apart.
    m_bus.connect(QString(), kPath, kInterface, u"ActionInvoked"_s, this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), kPath, kInterface, u"NotificationClosed"_s, this,
        SLOT(onNotificationClosed(uint, uint)));
}

Notifier::~Notifier()
{
    delete m_tray;
}

QString Notifier::appName()
{
    return u"ECS Console"_s;
}

QString Notifier::iconName()
{
    return u"ecs-console"_s;
}

void Notifier::notify(const QString &summary, const QString &body, Urgency urgency)
{
    if (!m_bus.isConnected()) {
        showInTray(summary, body, urgency);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(urgency)));
    hints.insert(u"desktop-entry"_s, iconName());
    // Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as, hints a{sv},
    // expire_timeout i) → id u
    call << appName() << uint(0) << iconName() << summary << body << QStringList() << hints
         << qint32(kExpireDefault);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body, urgency] {
            watcher->deleteLater();
            const QDBusPendingReply<uint> reply = *watcher;
            if (reply.isError()) {
                // No notification service (or it refused): the tray is the next best place.
                showInTray(summary, body, urgency);
                return;
            }
            m_ids << reply.value();
            Q_EMIT shown(reply.value(), summary);
        });
}

void Notifier::close(uint id)
{
    if (!m_ids.contains(id) || !m_bus.isConnected())
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"CloseNotification"_s);
    call << id;
    m_bus.asyncCall(call); // the answer is the NotificationClosed signal
}

void Notifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (m_ids.contains(id))
        Q_EMIT actionInvoked(id, actionKey);
}

void Notifier::onNotificationClosed(uint id, uint reason)
{
    if (m_ids.removeAll(id) > 0)
        Q_EMIT closed(id, reason);
}

void Notifier::showInTray(const QString &summary, const QString &body, Urgency urgency)
{
    ++m_trayMessages;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon::fromTheme(iconName(), qApp->windowIcon()));
        m_tray->setToolTip(appName());
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
        m_tray->showMessage(summary, body,
            urgency == Urgency::Critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    Q_EMIT shownInTray(summary, body);
}

OperationNotices::OperationNotices(
    OperationsModel *operations, QWidget *window, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notifier(notifier)
{
    const QSettings settings;
    const int seconds = settings.value(u"notifications/minimumSeconds"_s, 10).toInt();
    m_minimumMs = std::clamp(seconds, 0, 24 * 3600) * 1000;
    connect(operations, &OperationsModel::operationFinished, this,
        &OperationNotices::operationFinished);
}

std::pair<QString, QString> OperationNotices::describe(const ecs::Operation *operation)
{
    const QString where = operation->regionId();
    if (operation->state() == ecs::Operation::State::Failed) {
        const ecs::ApiError error = operation->error();
        const QString code = error.code.isEmpty() ? error.title() : error.code;
        return { tr("Failed: %1").arg(operation->title()),
            tr("%1 in %2: %3").arg(code, where, operation->detail()) };
    }
    if (operation->state() == ecs::Operation::State::Cancelled)
        return { tr("Cancelled: %1").arg(operation->title()), tr("in %1").arg(where) };
    return { tr("Done: %1").arg(operation->title()),
        tr("in %1 after %n second(s)", "", int(operation->elapsedMs() / 1000)).arg(where) };
}

void OperationNotices::operationFinished(ecs::Operation *operation)
{
    // While the window has the focus, the operations dock shows the outcome already.
    if (!operation || !m_window || m_window->isActiveWindow()
        || operation->elapsedMs() < m_minimumMs)
        return;
    const auto [summary, body] = describe(operation);
    m_notifier->notify(summary, body,
        operation->state() == ecs::Operation::State::Failed ? Notifier::Urgency::Critical
                                                            : Notifier::Urgency::Normal);
}

} // namespace ecs::ui
