// Desktop notifications as the desktop sees them: a fake org.freedesktop.Notifications service on
// the test's own session bus receives what the Notifier sends; without a service the tray takes
// over; a finished operation notifies once, only while the window is inactive.
#include "desktop/notifier.h"
#include "lifecycle/operation.h"
#include "operations/operationsmodel.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

/// What a notification server would receive; the spec's Notify(susssasa{sv}i) → u.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        QString appName, icon, summary, body;
        QVariantMap hints;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        received.append({ appName, appIcon, summary, body, hints });
        return uint(received.size()); // ids start at 1
    }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }
    void invoke(uint id) { Q_EMIT ActionInvoked(id, u"default"_s); }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);
};

class TestNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void notifySendsSummaryBodyAppAndIcon();
    void closeAndActionsComeBack();
    void fallsBackToTrayWithoutService();
    void operationEndingWhileInactiveNotifiesOnce();
    void operationEndingWhileActiveIsSilent();
    void shortOperationIsSilent();

private:
    bool registerServer();
    std::unique_ptr<FakeNotificationServer> m_server;
};

void TestNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("needs a session bus (run under dbus-run-session)");
}

bool TestNotifier::registerServer()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_server = std::make_unique<FakeNotificationServer>();
    return bus.registerObject(u"/org/freedesktop/Notifications"_s, m_server.get(),
               QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        && bus.registerService(u"org.freedesktop.Notifications"_s);
}

void TestNotifier::cleanup()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(u"org.freedesktop.Notifications"_s);
    bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    m_server.reset();
}

void TestNotifier::notifySendsSummaryBodyAppAndIcon()
{
    QVERIFY(registerServer());
    Notifier notifier;
    QSignalSpy shown(&notifier, &Notifier::shown);
    notifier.notify(u"Done: Stop 3 instances"_s, u"in cn-hangzhou"_s, Notifier::Urgency::Critical);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toUInt(), 1u);
    QCOMPARE(m_server->received.size(), 1);
    const auto &got = m_server->received.at(0);
    QCOMPARE(got.appName, u"ECS Console"_s);
    QCOMPARE(got.icon, u"ecs-console"_s);
    QCOMPARE(got.summary, u"Done: Stop 3 instances"_s);
    QCOMPARE(got.body, u"in cn-hangzhou"_s);
    QCOMPARE(got.hints.value(u"urgency"_s).toInt(), 2);
    QCOMPARE(notifier.trayMessageCount(), 0);
}

void TestNotifier::closeAndActionsComeBack()
{
    QVERIFY(registerServer());
    Notifier notifier;
    QSignalSpy shown(&notifier, &Notifier::shown);
    QSignalSpy closed(&notifier, &Notifier::closed);
    QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
    notifier.notify(u"Summary"_s, u"Body"_s);
    QTRY_COMPARE(shown.size(), 1);
    const uint id = shown.at(0).at(0).toUInt();
    m_server->invoke(id);
    QTRY_COMPARE(invoked.size(), 1);
    QCOMPARE(invoked.at(0).at(1).toString(), u"default"_s);
    notifier.close(id);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).toUInt(), id);
    m_server->invoke(id + 100); // another client's notification: not ours
    m_server->CloseNotification(id + 100);
    QTest::qWait(100); // let any wrongly forwarded signal arrive
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(closed.size(), 1);
}

void TestNotifier::fallsBackToTrayWithoutService()
{
    if (QDBusConnection::sessionBus().interface()->isServiceRegistered(
            u"org.freedesktop.Notifications"_s))
        QSKIP("a notification service runs on this bus");
    Notifier notifier;
    QSignalSpy inTray(&notifier, &Notifier::shownInTray);
    QSignalSpy shown(&notifier, &Notifier::shown);
    notifier.notify(u"Summary"_s, u"Body"_s);
    QTRY_COMPARE(inTray.size(), 1);
    QCOMPARE(inTray.at(0).at(0).toString(), u"Summary"_s);
    QCOMPARE(inTray.at(0).at(1).toString(), u"Body"_s);
    QCOMPARE(shown.size(), 0);
    QCOMPARE(notifier.trayMessageCount(), 1);
}

namespace {
/// An operation with nothing to send: it is done as soon as it starts.
Operation *emptyOperation()
{
    return new Operation(
        nullptr, u"Stop 3 instances"_s, u"cn-hangzhou"_s, { u"i-1"_s, u"i-2"_s, u"i-3"_s }, {});
}
} // namespace

void TestNotifier::operationEndingWhileInactiveNotifiesOnce()
{
    QVERIFY(registerServer());
    OperationsModel operations;
    QWidget window; // never shown: not the active window
    Notifier notifier;
    OperationNotices notices(&operations, &window, &notifier);
    notices.setMinimumDuration(0);
    QSignalSpy shown(&notifier, &Notifier::shown);
    QSignalSpy finished(&operations, &OperationsModel::operationFinished);
    operations.submit(emptyOperation());
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(shown.size(), 1);
    QTest::qWait(100);
    QCOMPARE(m_server->received.size(), 1);
    QCOMPARE(m_server->received.at(0).summary, u"Done: Stop 3 instances"_s);
    QVERIFY(m_server->received.at(0).body.contains(u"cn-hangzhou"_s));
}

void TestNotifier::operationEndingWhileActiveIsSilent()
{
    QVERIFY(registerServer());
    OperationsModel operations;
    QWidget window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Notifier notifier;
    OperationNotices notices(&operations, &window, &notifier);
    notices.setMinimumDuration(0);
    QSignalSpy finished(&operations, &OperationsModel::operationFinished);
    operations.submit(emptyOperation());
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(100);
    QCOMPARE(m_server->received.size(), 0);
    QCOMPARE(notifier.trayMessageCount(), 0);
}

void TestNotifier::shortOperationIsSilent()
{
    QVERIFY(registerServer());
    OperationsModel operations;
    QWidget window;
    Notifier notifier;
    OperationNotices notices(&operations, &window, &notifier);
    QCOMPARE(notices.minimumDuration(), 10'000); // the default: ten seconds
    QSignalSpy finished(&operations, &OperationsModel::operationFinished);
    operations.submit(emptyOperation());
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(100);
    QCOMPARE(m_server->received.size(), 0);
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
