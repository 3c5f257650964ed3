// ecs::LifecycleCalendar (events from records and system events), ecs::CalendarAlerts (each
// once, on a fake clock), ecs::RenewalQuote and the renewal plans, against ecs-sim.
#include "calendar/calendaralerts.h"
#include "calendar/calendarwatch.h"
#include "calendar/lifecyclecalendar.h"
#include "calendar/renewalquote.h"
#include "ecsclient.h"
#include "fleet/fleetscope.h"
#include "inventory/instanceinventory.h"
#include "lifecycle/operation.h"
#include "simserver.h"
#include "types/money.h"

#include "../support/simclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

Instance instanceWith(ChargeType charge, SpotStrategy spot, const QString &expired,
    const QString &autoRelease, const QStringList &locks)
{
    Instance i;
    i.instanceId = u"i-test"_s;
    i.instanceName = u"web-1"_s;
    i.regionId = u"cn-hangzhou"_s;
    i.chargeType = charge;
    i.spotStrategy = spot;
    // The way the parser reads the record: ExpiredTime only for subscriptions.
    QJsonObject record { { u"InstanceId"_s, i.instanceId },
        { u"InstanceChargeType"_s, toWire(charge) }, { u"ExpiredTime"_s, expired } };
    const auto parsed = ops::DescribeInstances::parse(QJsonObject {
        { u"Instances"_s, QJsonObject { { u"Instance"_s, QJsonArray { record } } } } });
    if (parsed.ok() && !parsed.value().instances.isEmpty())
        i.expiredTime = parsed.value().instances.first().expiredTime;
    i.autoReleaseTime = QDateTime::fromString(autoRelease, Qt::ISODate);
    i.lockReasons = locks;
    return i;
}

} // namespace

class TestLifecycleCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsOfARecord_data();
    void eventsOfARecord();
    void systemEventsParsed();
    void alertsOnce_data();
    void alertsOnce();
    void alertKeysSurviveARestart();
    void calendarOverTheSimulator();
    void watchFollowsTheProfilesInScope_data();
    void watchFollowsTheProfilesInScope();
};

void TestLifecycleCalendar::eventsOfARecord_data()
{
    QTest::addColumn<int>("charge");
    QTest::addColumn<int>("spot");
    QTest::addColumn<QString>("expired");
    QTest::addColumn<QString>("autoRelease");
    QTest::addColumn<QStringList>("locks");
    QTest::addColumn<QStringList>("kinds");
    const int prePaid = int(ChargeType::PrePaid);
    const int postPaid = int(ChargeType::PostPaid);
    const int noSpot = int(SpotStrategy::NoSpot);
    const int spot = int(SpotStrategy::SpotAsPriceGo);
    QTest::newRow("pay-as-you-go placeholder") << postPaid << noSpot << u"2099-12-31T15:59Z"_s
                                               << QString() << QStringList() << QStringList();
    QTest::newRow("placeholder on a subscription record")
        << prePaid << noSpot << u"2099-12-31T15:59Z"_s << QString() << QStringList()
        << QStringList();
    QTest::newRow("subscription") << prePaid << noSpot << u"2026-12-04T16:00Z"_s << QString()
                                  << QStringList() << QStringList { u"expiry"_s };
    QTest::newRow("auto-release") << postPaid << noSpot << u"2099-12-31T15:59Z"_s
                                  << u"2026-12-01T12:30:00Z"_s << QStringList()
                                  << QStringList { u"release"_s };
    QTest::newRow("reclaimed") << postPaid << spot << u"2099-12-31T15:59Z"_s << QString()
                               << QStringList { u"Recycling"_s } << QStringList { u"recycling"_s };
    QTest::newRow("financial lock is no event")
        << prePaid << noSpot << u"2026-11-30T16:00Z"_s << QString()
        << QStringList { u"financial"_s } << QStringList { u"expiry"_s };
    QTest::newRow("everything") << prePaid << spot << u"2027-01-01T00:00Z"_s
                                << u"2026-12-02T00:00:00Z"_s << QStringList { u"Recycling"_s }
                                << QStringList { u"expiry"_s, u"release"_s, u"recycling"_s };
}

void TestLifecycleCalendar::eventsOfARecord()
{
    QFETCH(int, charge);
    QFETCH(int, spot);
    QFETCH(QString, expired);
    QFETCH(QString, autoRelease);
    QFETCH(QStringList, locks);
    QFETCH(QStringList, kinds);
    const Instance i
        = instanceWith(ChargeType(charge), SpotStrategy(spot), expired, autoRelease, locks);
    const QList<CalendarEvent> events
        = LifecycleCalendar::eventsOf(i, u"work"_s, AutoRenewState::Off, kNow);
    QStringList got;
    for (const CalendarEvent &e : events) {
        QCOMPARE(e.profile, u"work"_s);
        QCOMPARE(e.instanceId, u"i-test"_s);
        QCOMPARE(e.regionId, u"cn-hangzhou"_s);
        QVERIFY(e.time.isValid());
        QVERIFY(e.time.date().year() < 2099);
        got << e.key().section(u'/', 0, 0);
    }
    QCOMPARE(got, kinds);
}

void TestLifecycleCalendar::systemEventsParsed()
{
    const QJsonObject body { { u"TotalCount"_s, 2 },
        { u"InstanceSystemEventSet"_s,
            QJsonObject { { u"InstanceSystemEventType"_s,
                QJsonArray {
                    QJsonObject { { u"EventId"_s, u"e-1"_s }, { u"InstanceId"_s, u"i-a"_s },
                        { u"EventType"_s,
                            QJsonObject {
                                { u"Name"_s, u"SystemMaintenance.Reboot"_s }, { u"Code"_s, 1 } } },
                        { u"EventCycleStatus"_s, QJsonObject { { u"Name"_s, u"Scheduled"_s } } },
                        { u"EventPublishTime"_s, u"2026-11-30T10:00:00Z"_s },
                        { u"NotBefore"_s, u"2026-12-03T10:00:00Z"_s } },
                    QJsonObject { { u"EventId"_s, u"e-2"_s }, { u"InstanceId"_s, u"i-b"_s },
                        { u"EventType"_s,
                            QJsonObject {
                                { u"Name"_s, u"Instance:PreemptibleInstanceInterruption"_s } } },
                        { u"EventCycleStatus"_s, QJsonObject { { u"Name"_s, u"Executed"_s } } },
                        { u"EventPublishTime"_s, u"2026-12-01T11:00:00Z"_s } },
                } } } } };
    const auto parsed = ops::DescribeInstanceHistoryEvents::parse(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().totalCount, 2);
    const QList<SystemEvent> &events = parsed.value().events;
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, SystemEventKind::Maintenance);
    QCOMPARE(events.at(0).state, SystemEventState::Scheduled);
    QVERIFY(events.at(0).isOpen());
    QCOMPARE(events.at(1).kind, SystemEventKind::Interruption);
    QVERIFY(!events.at(1).isOpen());
    const CalendarEvent maintenance
        = LifecycleCalendar::eventOf(events.at(0), u"p"_s, u"cn-hangzhou"_s, nullptr);
    QCOMPARE(maintenance.kind, CalendarEventKind::Maintenance);
    QCOMPARE(maintenance.time, QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC));
    // Without NotBefore, the publication time places it.
    const CalendarEvent interruption
        = LifecycleCalendar::eventOf(events.at(1), u"p"_s, u"cn-hangzhou"_s, nullptr);
    QCOMPARE(interruption.time, events.at(1).publishTime);
    QVERIFY(interruption.preemptible);
    // A malformed list is an error, not an empty calendar.
    QVERIFY(!ops::DescribeInstanceHistoryEvents::parse(
        QJsonObject { { u"InstanceSystemEventSet"_s,
            QJsonObject { { u"InstanceSystemEventType"_s, u"oops"_s } } } })
                 .ok());
}

void TestLifecycleCalendar::alertsOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("offsetMinutes"); ///< the event's time from now
    QTest::addColumn<int>("autoRenew");
    QTest::addColumn<bool>("preemptible");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("alerts");
    const int expiry = int(CalendarEventKind::Expiry);
    const int release = int(CalendarEventKind::AutoRelease);
    const int recycling = int(CalendarEventKind::RecyclingLock);
    const int maintenance = int(CalendarEventKind::Maintenance);
    const int off = int(AutoRenewState::Off);
    const int on = int(AutoRenewState::On);
    const int unknown = int(AutoRenewState::Unknown);
    const int none = int(SystemEventState::Unknown);
    const int day = 24 * 60;
    QTest::newRow("expiry in 3 days") << expiry << 3 * day << off << false << none << true;
    QTest::newRow("expiry in 3 days, auto-renew unknown")
        << expiry << 3 * day << unknown << false << none << true;
    QTest::newRow("expiry in 3 days, auto-renew on")
        << expiry << 3 * day << on << false << none << false;
    QTest::newRow("expiry in 8 days") << expiry << 8 * day << off << false << none << false;
    QTest::newRow("expired yesterday") << expiry << -day / 2 << off << false << none << true;
    QTest::newRow("expired a month ago") << expiry << -30 * day << off << false << none << false;
    QTest::newRow("release in 40 minutes") << release << 40 << off << false << none << true;
    QTest::newRow("release in 2 hours") << release << 120 << off << false << none << false;
    QTest::newRow("release past") << release << -5 << off << false << none << false;
    QTest::newRow("recycling preemptible") << recycling << 0 << off << true << none << true;
    QTest::newRow("recycling other") << recycling << 0 << off << false << none << false;
    QTest::newRow("maintenance scheduled")
        << maintenance << 2 * day << off << false << int(SystemEventState::Scheduled) << true;
    QTest::newRow("maintenance done")
        << maintenance << -2 * day << off << false << int(SystemEventState::Executed) << false;
}

void TestLifecycleCalendar::alertsOnce()
{
    QFETCH(int, kind);
    QFETCH(int, offsetMinutes);
    QFETCH(int, autoRenew);
    QFETCH(bool, preemptible);
    QFETCH(int, state);
    QFETCH(bool, alerts);
    CalendarEvent e;
    e.kind = CalendarEventKind(kind);
    e.time = kNow.addSecs(qint64(offsetMinutes) * 60);
    e.profile = u"work"_s;
    e.regionId = u"cn-hangzhou"_s;
    e.instanceId = u"i-a"_s;
    e.autoRenew = AutoRenewState(autoRenew);
    e.preemptible = preemptible;
    e.state = SystemEventState(state);
    e.eventId = u"e-1"_s;
    CalendarAlerts policy;
    policy.setExpiryNoticeDays(7);
    QDateTime clock = kNow;
    const QList<CalendarAlert> first = policy.take({ e }, clock);
    QCOMPARE(first.size(), alerts ? 1 : 0);
    if (alerts) {
        QVERIFY(!first.first().summary.isEmpty());
        QVERIFY(first.first().body.contains(u"i-a"_s));
    }
    // The next refreshes (the clock moving on a little) raise nothing again.
    clock = clock.addSecs(60);
    QVERIFY(policy.take({ e, e }, clock).isEmpty());
    // A moved time is another event: a renewed subscription alerts again when due again.
    if (e.kind == CalendarEventKind::Expiry && alerts) {
        CalendarEvent renewed = e;
        renewed.time = e.time.addDays(30);
        QVERIFY(policy.take({ renewed }, clock).isEmpty()); // not due yet
        QCOMPARE(policy.take({ renewed }, clock.addDays(30)).size(), 1);
    }
}

void TestLifecycleCalendar::alertKeysSurviveARestart()
{
    CalendarEvent reclaimLock;
    reclaimLock.kind = CalendarEventKind::RecyclingLock;
    reclaimLock.preemptible = true;
    reclaimLock.profile = u"p"_s;
    reclaimLock.instanceId = u"i-s"_s;
    reclaimLock.time = kNow;
    CalendarEvent reclaimEvent = reclaimLock;
    reclaimEvent.kind = CalendarEventKind::Interruption;
    reclaimEvent.eventId = u"e-9"_s;
    reclaimEvent.publishTime = kNow;
    CalendarAlerts before;
    // The lock and the interruption event are one reclaim: one alert.
    QCOMPARE(before.take({ reclaimLock, reclaimEvent }, kNow).size(), 1);
    CalendarAlerts after;
    after.restoreRaisedKeys(before.raisedKeys());
    QVERIFY(after.take({ reclaimEvent }, kNow.addSecs(10)).isEmpty());
}

void TestLifecycleCalendar::calendarOverTheSimulator()
{
    sim::SimOptions options;
    options.timeScale = 400;
    options.seed = 11;
    sim::SimServer server(options);
    const QUrl url = startOnLoopback(server);
    QVERIFY(url.isValid());
    QNetworkAccessManager nam;
    EcsClient client(&nam, simClientConfig(url));
    sim::SimWorld &world = server.world();
    const QString region = u"cn-hangzhou"_s;

    // Three subscriptions (due in 3 and 20 days, and one in 2 days with auto-renew on), a
    // pay-as-you-go instance with a maintenance reboot, a preemptible one that is reclaimed.
    const auto add = [&](const QString &name, bool subscription, int expiresInDays) {
        sim::SimInstance i;
        i.regionId = region;
        i.zoneId = u"cn-hangzhou-h"_s;
        i.instanceType = u"ecs.g7.large"_s;
        i.imageId = u"ubuntu_22_04_x64_20G_alibase_20240926.vhd"_s;
        i.instanceName = name;
        if (subscription) {
            i.instanceChargeType = u"PrePaid"_s;
            i.expiredTime = world.now().addDays(expiresInDays);
        }
        return world.addInstance(i, true).instanceId;
    };
    const QString due = add(u"due-3"_s, true, 3);
    const QString later = add(u"later-20"_s, true, 20);
    const QString renewing = add(u"renewing-2"_s, true, 2);
    world.instance(renewing)->renewalStatus = u"AutoRenewal"_s;
    world.instance(renewing)->autoRenewEnabled = true;
    const QString plain = add(u"plain"_s, false, 0);
    const QString maintenanceId = world.scheduleMaintenance(plain, 2LL * 24 * 3'600'000).eventId;

    InstanceInventory inventory(&client);
    inventory.setScope({ region });
    QSignalSpy settled(&inventory, &InstanceInventory::settled);
    inventory.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10'000);

    LifecycleCalendar calendar;
    calendar.setSources({ { u"work"_s, &inventory } });
    calendar.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!calendar.isLoading(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!calendar.events().isEmpty(), 5'000);
    const auto kindsOf = [&calendar](const QString &id) {
        QList<CalendarEventKind> kinds;
        for (const CalendarEvent &e : calendar.events())
            if (e.instanceId == id)
                kinds << e.kind;
        return kinds;
    };
    QCOMPARE(kindsOf(due), QList<CalendarEventKind> { CalendarEventKind::Expiry });
    QCOMPARE(kindsOf(plain), QList<CalendarEventKind> { CalendarEventKind::Maintenance });
    for (const CalendarEvent &e : calendar.events()) {
        QVERIFY(e.time.isValid());
        if (e.instanceId == renewing)
            QCOMPARE(e.autoRenew, AutoRenewState::On);
        if (e.instanceId == due)
            QCOMPARE(e.autoRenew, AutoRenewState::Off);
        if (e.kind == CalendarEventKind::Maintenance)
            QCOMPARE(e.eventId, maintenanceId);
    }
    QVERIFY(calendar.failures().isEmpty());

    // Due within 7 days: exactly the two; their price, then the plan renews those two only.
    const QList<ProfileInstance> dueSoon = calendar.dueForRenewal(7);
    QStringList dueIds;
    for (const ProfileInstance &p : dueSoon)
        dueIds << p.instance.instanceId;
    QCOMPARE(dueIds, (QStringList { renewing, due }));
    QCOMPARE(calendar.withoutAutoRenew().size(), 2); // due and later

    RenewalQuote quote;
    QSignalSpy quoted(&quote, &RenewalQuote::finished);
    quote.ask(&calendar, dueSoon, 1);
    QVERIFY(!quote.isFinished());
    QTRY_COMPARE_WITH_TIMEOUT(quoted.size(), 1, 10'000);
    QCOMPARE(quote.lines().size(), 2);
    QVERIFY(quote.total() > 0);
    QCOMPARE(quote.currency(), u"USD"_s);
    // As every price in the console: the locale's way with the answer's currency ("$12.34").
    QCOMPARE(quote.totalText(), formatMoney(quote.total(), u"USD"_s, 2));
    QVERIFY(!quote.totalText().contains(u"USD"_s));

    const QDateTime dueBefore = world.instance(due)->expiredTime;
    const QDateTime laterBefore = world.instance(later)->expiredTime;
    const auto plans = planRenewals(dueSoon, 1);
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().first, u"work"_s);
    const QList<Operation *> operations = Operation::fromPlan(&client, plans.first().second, this);
    QCOMPARE(operations.size(), 1);
    QSignalSpy done(operations.first(), &Operation::finished);
    operations.first()->start();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10'000);
    QCOMPARE(operations.first()->state(), Operation::State::Done);
    QCOMPARE(world.instance(due)->expiredTime, dueBefore.addMonths(1));
    QCOMPARE(world.instance(later)->expiredTime, laterBefore);
    qDeleteAll(operations);
}

void TestLifecycleCalendar::watchFollowsTheProfilesInScope_data()
{
    QTest::addColumn<int>("stagingExpiresInDays");
    QTest::addColumn<int>("operations"); // one per profile x region with something due
    QTest::newRow("both profiles due") << 2 << 2;
    QTest::newRow("only this profile due") << 30 << 1;
}

void TestLifecycleCalendar::watchFollowsTheProfilesInScope()
{
    QFETCH(int, stagingExpiresInDays);
    QFETCH(int, operations);
    const QString region = u"cn-hangzhou"_s;
    std::unique_ptr<sim::SimServer> servers[2];
    QUrl urls[2];
    QString subscription[2];
    for (int n = 0; n < 2; ++n) {
        sim::SimOptions options;
        options.seed = 40 + n;
        servers[n] = std::make_unique<sim::SimServer>(options);
        urls[n] = startOnLoopback(*servers[n]);
        QVERIFY(urls[n].isValid());
        sim::SimWorld &world = servers[n]->world();
        sim::SimInstance i;
        i.regionId = region;
        i.zoneId = u"cn-hangzhou-h"_s;
        i.instanceType = u"ecs.g7.large"_s;
        i.imageId = u"ubuntu_22_04_x64_20G_alibase_20240926.vhd"_s;
        i.instanceName = u"sub-%1"_s.arg(n);
        i.instanceChargeType = u"PrePaid"_s;
        i.expiredTime = world.now().addDays(n == 0 ? 2 : stagingExpiresInDays);
        subscription[n] = world.addInstance(i, true).instanceId;
    }
    QNetworkAccessManager nam;
    EcsClient prod(&nam, simClientConfig(urls[0]));
    EcsClient staging(&nam, simClientConfig(urls[1]));
    FleetScope scope; // the Instances pane's
    scope.addMember({ {}, u"prod"_s, {} }, &prod);

    CalendarWatch watch(&prod, u"prod"_s);
    watch.setOwnRegions({ region });
    watch.followScope(&scope);
    QCOMPARE(watch.profiles(), QStringList { u"prod"_s });
    // A profile joining the Instances pane's scope joins the calendar, on its own client, over
    // every region of its own account.
    scope.addMember({ u"staging"_s, u"staging"_s, {} }, &staging);
    QCOMPARE(watch.profiles(), (QStringList { u"prod"_s, u"staging"_s }));
    QCOMPARE(watch.fleet()->client(u"staging"_s), &staging);
    watch.refresh();
    const auto profileOf = [&watch](const QString &name) {
        for (const CalendarEvent &e : watch.calendar()->events())
            if (e.instanceName == name && e.kind == CalendarEventKind::Expiry)
                return e.profile;
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(profileOf(u"sub-1"_s), u"staging"_s, 20'000);
    QCOMPARE(profileOf(u"sub-0"_s), u"prod"_s);
    QVERIFY(watch.fleet()->inventory(u"staging"_s)->scope().size() > 1); // all its regions
    QTRY_VERIFY_WITH_TIMEOUT(!watch.isLoading(), 20'000);
    QVERIFY2(watch.failures().isEmpty(), qPrintable(watch.failures().join(u"; ")));

    // Renew what is due within 7 days: one operation per profile x region, each on its client.
    const QList<ProfileInstance> due = watch.calendar()->dueForRenewal(7);
    QCOMPARE(due.size(), operations);
    const QDateTime before[2] = { servers[0]->world().instance(subscription[0])->expiredTime,
        servers[1]->world().instance(subscription[1])->expiredTime };
    const QList<Operation *> renewals = watch.renewals(due, 1);
    QCOMPARE(renewals.size(), operations);
    for (Operation *operation : renewals) {
        operation->setParent(this);
        QCOMPARE(operation->regionId(), region);
        operation->start();
    }
    for (Operation *operation : renewals)
        QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10'000);
    for (Operation *operation : renewals)
        QCOMPARE(operation->state(), Operation::State::Done);
    QCOMPARE(servers[0]->world().instance(subscription[0])->expiredTime, before[0].addMonths(1));
    QCOMPARE(servers[1]->world().instance(subscription[1])->expiredTime,
        operations == 2 ? before[1].addMonths(1) : before[1]);
    qDeleteAll(renewals);

    // Leaving the Instances pane's scope, a profile leaves the calendar with its events.
    scope.removeMember(u"staging"_s);
    QCOMPARE(watch.profiles(), QStringList { u"prod"_s });
    QVERIFY(!watch.fleet()->contains(u"staging"_s));
    QTRY_VERIFY(profileOf(u"sub-1"_s).isEmpty());
    QCOMPARE(profileOf(u"sub-0"_s), u"prod"_s);
}

QTEST_GUILESS_MAIN(TestLifecycleCalendar)
#include "tst_lifecyclecalendar.moc"
