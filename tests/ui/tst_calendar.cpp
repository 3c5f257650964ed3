// The Calendar pane as a person meets it, at an accelerated time scale: a subscription expiring
// in 3 days and a spot reclaim each show in the calendar and raise a desktop notification (seen
// by a notification service on the test's own session bus); Renew due… shows the price first and
// renews exactly the instances due; Turn auto-renew on… turns it on for those without.
#include "desktop/notifier.h"
#include "dialogs/calendardialogs.h"
#include "ecsclient.h"
#include "models/calendarmodel.h"
#include "operations/operationsmodel.h"
#include "panes/calendarpane.h"
#include "simserver.h"
#include "widgets/eventmonth.h"

#include "../support/simclient.h"

#include <QAbstractItemModelTester>
#include <QDBusConnection>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

/// What a notification server receives (the spec's Notify(susssasa{sv}i) → u).
class NotificationListener : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList received; ///< "summary | body"

    bool anyWith(const QString &summary, const QString &text) const
    {
        for (const QString &r : received)
            if (r.startsWith(summary) && r.contains(text))
                return true;
        return false;
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        received.append(summary + u" | "_s + body);
        return uint(received.size());
    }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);
};

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void expiryAndReclaimNotifyAndRenewAllDue();

private:
    NotificationListener m_listener;
};

void TestCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("needs a session bus (run under dbus-run-session)");
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_listener,
        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));
}

void TestCalendar::cleanupTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(u"org.freedesktop.Notifications"_s);
    bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
}

void TestCalendar::expiryAndReclaimNotifyAndRenewAllDue()
{
    sim::SimOptions options;
    options.timeScale = 400; // a reclaim notice of 5 minutes lasts under a second
    options.seed = 21;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(url.isValid());
    sim::SimWorld &world = server.world();
    world.timings().reclaimNoticeMs = 4'000'000; // 10 s at this scale: seen by a poll or two
    const QString region = u"cn-hangzhou"_s;
    const QString zone = u"cn-hangzhou-h"_s;
    const QString type = u"ecs.g7.large"_s;
    const auto add = [&](const QString &name, int expiresInDays, double spotLimit) {
        sim::SimInstance i;
        i.regionId = region;
        i.zoneId = zone;
        i.instanceType = type;
        i.imageId = u"ubuntu_22_04_x64_20G_alibase_20240926.vhd"_s;
        i.instanceName = name;
        if (expiresInDays > 0) {
            i.instanceChargeType = u"PrePaid"_s;
            i.expiredTime = world.now().addDays(expiresInDays).addSecs(-60);
        }
        if (spotLimit > 0) {
            i.spotStrategy = u"SpotWithPriceLimit"_s;
            i.spotPriceLimit = spotLimit;
        }
        return world.addInstance(i, true).instanceId;
    };
    const double onDemand
        = world.catalog().onDemandPrice(region, *world.catalog().instanceType(type));
    const QString due = add(u"due-in-3-days"_s, 3, 0);
    const QString later = add(u"due-in-20-days"_s, 20, 0);
    const QString spot = add(u"spot-worker"_s, 0, onDemand * 0.9);

    QNetworkAccessManager nam;
    EcsClient client(&nam, simClientConfig(url));
    OperationsModel operations;
    Notifier notifier;
    CalendarPane pane(&client, u"test"_s);
    QAbstractItemModelTester tester(pane.model());
    pane.setOperations(&operations);
    pane.setNotifier(&notifier);
    pane.setPollIntervals(200, 1'000);
    pane.resize(1000, 600);
    pane.show();
    pane.setAllRegions({ region });
    pane.refresh();

    // The subscription due in 3 days: in the list, on its day, and told on the desktop.
    const auto rowOf = [&pane](const QString &id, CalendarEventKind kind) {
        for (int row = 0; row < pane.model()->rowCount(); ++row) {
            const CalendarEvent &e = pane.model()->rowAt(row);
            if (e.instanceId == id && e.kind == kind)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(due, CalendarEventKind::Expiry) >= 0, 10'000);
    QVERIFY(rowOf(later, CalendarEventKind::Expiry) >= 0);
    const QDate dueDay = world.instance(due)->expiredTime.toLocalTime().date();
    QVERIFY(pane.monthView()->countOn(dueDay) >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_listener.anyWith(u"Subscription expires soon"_s, u"due-in-3-days"_s), 10'000);
    QVERIFY(!m_listener.anyWith(u"Subscription"_s, u"due-in-20-days"_s)); // beyond 7 days

    // The market rises above the spot limit: the reclaim shows and is told, once.
    world.market().setRatioOverride(zone, type, 0.95, world.now());
    world.housekeeping();
    QCOMPARE(world.instance(spot)->lockReasons, QStringList { u"Recycling"_s });
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(spot, CalendarEventKind::RecyclingLock) >= 0
            || rowOf(spot, CalendarEventKind::Interruption) >= 0,
        15'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_listener.anyWith(u"Preemptible instance reclaimed"_s, u"spot-worker"_s), 10'000);
    // Once released, its interruption stays in the calendar, and is not told again.
    QTRY_VERIFY_WITH_TIMEOUT(world.instance(spot) == nullptr, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(spot, CalendarEventKind::Interruption) >= 0, 15'000);
    QCOMPARE(m_listener.received.filter(u"Preemptible instance reclaimed"_s).size(), 1);
    QCOMPARE(m_listener.received.filter(u"due-in-3-days"_s).size(), 1);

    // Renew due…: the price first, then OK renews exactly what is due.
    const QDateTime dueBefore = world.instance(due)->expiredTime;
    const QDateTime laterBefore = world.instance(later)->expiredTime;
    QVERIFY(pane.renewButton()->isEnabled());
    QTest::mouseClick(pane.renewButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<RenewDueDialog *>(pane.openDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->renewButton()->isEnabled(), 10'000);
    auto *prices = dialog->findChild<QTableWidget *>(u"renewPrices"_s);
    QVERIFY(prices);
    QCOMPARE(prices->rowCount(), 1);
    QVERIFY(prices->item(0, 0)->text().contains(due));
    QVERIFY(prices->item(0, 3)->text().startsWith(u"USD"_s));
    auto *total = dialog->findChild<QLabel *>(u"renewTotal"_s);
    QVERIFY(total->text().contains(u"USD"_s));
    QCOMPARE(world.instance(due)->expiredTime, dueBefore); // nothing happened yet
    QTest::mouseClick(dialog->renewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(world.instance(due)->expiredTime, dueBefore.addMonths(1), 10'000);
    QCOMPARE(world.instance(later)->expiredTime, laterBefore);
    QTRY_COMPARE(operations.rowCount(), 1);

    // Turn auto-renew on…: for the subscriptions without it.
    QTRY_VERIFY(pane.autoRenewButton()->isEnabled());
    QTest::mouseClick(pane.autoRenewButton(), Qt::LeftButton);
    auto *autoRenew = qobject_cast<AutoRenewOnDialog *>(pane.openDialog());
    QVERIFY(autoRenew);
    QCOMPARE(autoRenew->targets().size(), 2);
    const QList<QPushButton *> buttons = autoRenew->findChildren<QPushButton *>();
    QPushButton *turnOn = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == AutoRenewOnDialog::tr("Turn on"))
            turnOn = b;
    QVERIFY(turnOn && turnOn->isEnabled());
    QTest::mouseClick(turnOn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(world.instance(later)->renewalStatus, u"AutoRenewal"_s, 10'000);
    QCOMPARE(world.instance(due)->renewalStatus, u"AutoRenewal"_s);
}

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
