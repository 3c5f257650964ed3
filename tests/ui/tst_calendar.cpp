// The Calendar pane as a person meets it, at an accelerated time scale: a subscription expiring
// in 3 days and a spot reclaim each show in the calendar and raise a desktop notification (seen
// by a notification service on the test's own session bus: a dbus-daemon it starts itself);
// Renew due… shows the price first and renews exactly the instances due; Turn auto-renew on…
// turns it on for those without. Across two profiles (two simulated accounts) in the fleet
// scope: events of both, a Profile column and filter, the week agenda, and Renew due… as one
// operation per profile × region, each on its profile's own account.
#include "desktop/notifier.h"
#include "dialogs/calendardialogs.h"
#include "ecsclient.h"
#include "fleet/fleetscope.h"
#include "models/calendarmodel.h"
#include "operations/operationsmodel.h"
#include "panes/calendarpane.h"
#include "simserver.h"
#include "types/money.h"
#include "widgets/eventmonth.h"
#include "widgets/eventweek.h"

#include "../support/simclient.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusError>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

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

const QString kRegion = u"cn-hangzhou"_s;
const QString kZone = u"cn-hangzhou-h"_s;
const QString kType = u"ecs.g7.large"_s;

/// An instance in kZone: a subscription expiring in `expiresInDays` (a minute short) when that is
/// positive, preemptible with `spotLimit` when that is.
QString addInstance(sim::SimWorld &world, const QString &name, int expiresInDays, double spotLimit)
{
    sim::SimInstance i;
    i.regionId = kRegion;
    i.zoneId = kZone;
    i.instanceType = kType;
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
}

/// The rows the list shows: each as "profile | instance name | kind".
QStringList shownRows(const QTableView *view)
{
    QStringList out;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << QStringList { model->index(row, CalendarModel::ProfileColumn).data().toString(),
            model->index(row, CalendarModel::InstanceColumn).data().toString(),
            model->index(row, CalendarModel::KindColumn).data().toString() }
                   .join(u" | "_s);
    return out;
}

QComboBox *comboNamed(QWidget *pane, const QString &accessibleName)
{
    for (QComboBox *combo : pane->findChildren<QComboBox *>())
        if (combo->accessibleName() == accessibleName)
            return combo;
    return nullptr;
}

/// What a person does: presses a visible, enabled button; picks from a list by keyboard.
bool press(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool pick(QComboBox *combo, const QVariant &data)
{
    const int want = combo ? combo->findData(data) : -1;
    if (want < 0 || !combo->isVisible() || !combo->isEnabled())
        return false;
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int n = 0; n < want && combo->currentIndex() != want; ++n)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == want;
}

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void expiryAndReclaimNotifyAndRenewAllDue();
    void profilesInScopeRenewedEachOnItsOwn();

private:
    NotificationListener m_listener;
    QProcess m_daemon; ///< the test's own session bus
    QDBusConnection m_bus { QString() };
};

void TestCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A session bus of the test's own: no desktop's notification service answers in its place,
    // and the test runs (never skips) with or without a session around it.
    m_daemon.start(u"dbus-daemon"_s,
        { u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s });
    QTRY_VERIFY_WITH_TIMEOUT(
        m_daemon.canReadLine() || m_daemon.state() == QProcess::NotRunning, 10'000);
    QVERIFY2(m_daemon.canReadLine(), "dbus-daemon (package dbus) did not start");
    const QString address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    m_bus = QDBusConnection::connectToBus(address, u"calendar-test"_s);
    QVERIFY2(m_bus.isConnected(), qPrintable(m_bus.lastError().message()));
    QVERIFY(m_bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_listener,
        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
}

void TestCalendar::cleanupTestCase()
{
    m_bus.unregisterService(u"org.freedesktop.Notifications"_s);
    m_bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    QDBusConnection::disconnectFromBus(u"calendar-test"_s);
    m_daemon.kill();
    QTRY_COMPARE(m_daemon.state(), QProcess::NotRunning);
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
    const QString region = kRegion;
    const QString zone = kZone;
    const QString type = kType;
    const auto add = [&world](const QString &name, int expiresInDays, double spotLimit) {
        return addInstance(world, name, expiresInDays, spotLimit);
    };
    const double onDemand
        = world.catalog().onDemandPrice(region, *world.catalog().instanceType(type));
    const QString due = add(u"due-in-3-days"_s, 3, 0);
    const QString later = add(u"due-in-20-days"_s, 20, 0);
    const QString spot = add(u"spot-worker"_s, 0, onDemand * 0.9);

    QNetworkAccessManager nam;
    EcsClient client(&nam, simClientConfig(url));
    OperationsModel operations;
    Notifier notifier(m_bus);
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
    // In the locale's way with the answer's currency ("$12.34"), as every price in the console.
    QVERIFY2(prices->item(0, 3)->text().startsWith(currencySymbol(u"USD"_s)),
        qPrintable(prices->item(0, 3)->text()));
    QVERIFY(!prices->item(0, 3)->text().contains(u"USD"_s));
    auto *total = dialog->findChild<QLabel *>(u"renewTotal"_s);
    QVERIFY2(total->text().contains(prices->item(0, 3)->text()), qPrintable(total->text()));
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

void TestCalendar::profilesInScopeRenewedEachOnItsOwn()
{
    // Two accounts, each a simulator of its own: "prod" (the window's profile) and "staging".
    std::unique_ptr<sim::SimServer> servers[2];
    QUrl urls[2];
    QString due[2];
    QString later[2];
    for (int n = 0; n < 2; ++n) {
        sim::SimOptions options;
        options.seed = 30 + n;
        options.timeScale = 20;
        servers[n] = std::make_unique<sim::SimServer>(options);
        urls[n] = startOnLoopback(*servers[n]);
        QVERIFY(urls[n].isValid());
        due[n] = addInstance(servers[n]->world(), u"due-%1"_s.arg(n), 2, 0);
        later[n] = addInstance(servers[n]->world(), u"later-%1"_s.arg(n), 30, 0);
    }
    QNetworkAccessManager nam;
    EcsClient prod(&nam, simClientConfig(urls[0]));
    EcsClient staging(&nam, simClientConfig(urls[1]));
    FleetScope fleet; // the Instances pane's scope: this profile and one more
    fleet.addMember({ {}, u"prod"_s, {} }, &prod);
    fleet.addMember({ u"staging"_s, u"staging"_s, {} }, &staging);
    OperationsModel operations;
    CalendarPane pane(&prod, u"prod"_s);
    QAbstractItemModelTester tester(pane.model());
    pane.setOperations(&operations);
    pane.followScope(&fleet);
    pane.setPollIntervals(500, 5'000);
    pane.resize(1000, 600);
    pane.show();
    pane.setAllRegions({ kRegion });
    pane.refresh();

    // Each profile's subscriptions, under its profile, with the Profile column shown.
    const QString expires = LifecycleCalendar::kindText(CalendarEventKind::Expiry);
    QTRY_VERIFY_WITH_TIMEOUT(shownRows(pane.view()).contains(u"staging | due-1 | "_s + expires)
            && shownRows(pane.view()).contains(u"prod | due-0 | "_s + expires),
        20'000);
    QVERIFY(shownRows(pane.view()).contains(u"staging | later-1 | "_s + expires));
    QVERIFY(!pane.view()->isColumnHidden(CalendarModel::ProfileColumn));
    QComboBox *profiles = comboNamed(&pane, u"Events of profile"_s);
    QVERIFY(profiles);
    QCOMPARE(profiles->count(), 3); // All profiles, prod, staging
    QVERIFY(pick(profiles, u"staging"_s));
    QTRY_VERIFY(!shownRows(pane.view()).isEmpty());
    for (const QString &row : shownRows(pane.view()))
        QVERIFY2(row.startsWith(u"staging | "_s), qPrintable(row));
    QVERIFY(pick(profiles, QString()));

    // The week agenda: switched to by its tab, walked to the week of each expiry.
    QTabBar *tabs = pane.views()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QTRY_VERIFY(pane.weekView()->isVisible());
    EventWeek *week = pane.weekView();
    QVERIFY(!week->agenda()->accessibleName().isEmpty());
    auto *next = week->findChild<QToolButton *>(u"weekNext"_s);
    QVERIFY(next && !next->accessibleName().isEmpty());
    for (int n = 0; n < 2; ++n) {
        const QDate day = servers[n]->world().instance(due[n])->expiredTime.toLocalTime().date();
        press(week->findChild<QToolButton *>(u"weekToday"_s));
        for (int tries = 0; tries < 2 && week->firstDay().daysTo(day) > 6; ++tries)
            QVERIFY(press(next));
        QTreeWidgetItem *dayItem = week->agenda()->topLevelItem(int(week->firstDay().daysTo(day)));
        QVERIFY(dayItem);
        QStringList listed;
        for (int child = 0; child < dayItem->childCount(); ++child)
            listed << dayItem->child(child)->text(1) + u" "_s + dayItem->child(child)->text(2);
        QVERIFY2(listed.contains(expires + u" due-%1"_s.arg(n)), qPrintable(listed.join(u", ")));
    }

    // Renew due…: the price of both profiles' due subscriptions first, then one operation per
    // profile × region, each renewing exactly its own account's due instance.
    const QDateTime before[2] = { servers[0]->world().instance(due[0])->expiredTime,
        servers[1]->world().instance(due[1])->expiredTime };
    const QDateTime laterBefore[2] = { servers[0]->world().instance(later[0])->expiredTime,
        servers[1]->world().instance(later[1])->expiredTime };
    QVERIFY(press(pane.renewButton()));
    auto *dialog = qobject_cast<RenewDueDialog *>(pane.openDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->renewButton()->isEnabled(), 10'000);
    auto *prices = dialog->findChild<QTableWidget *>(u"renewPrices"_s);
    QCOMPARE(prices->rowCount(), 2);
    QStringList names { prices->item(0, 0)->text(), prices->item(1, 0)->text() };
    QVERIFY(names.first().contains(u"due-"_s) && names.last().contains(u"due-"_s));
    QVERIFY(names.first() != names.last());
    for (int row = 0; row < 2; ++row)
        QVERIFY(prices->item(row, 3)->text().startsWith(currencySymbol(u"USD"_s)));
    QCOMPARE(servers[0]->world().instance(due[0])->expiredTime, before[0]); // nothing yet
    QVERIFY(press(dialog->renewButton()));
    for (int n = 0; n < 2; ++n)
        QTRY_COMPARE_WITH_TIMEOUT(
            servers[n]->world().instance(due[n])->expiredTime, before[n].addMonths(1), 10'000);
    for (int n = 0; n < 2; ++n)
        QCOMPARE(servers[n]->world().instance(later[n])->expiredTime, laterBefore[n]);
    QCOMPARE(operations.rowCount(), 2);
}

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
