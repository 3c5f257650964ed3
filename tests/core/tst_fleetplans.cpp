// Actions on a selection of two profiles (two ecs-sim worlds over real loopback sockets), without
// widgets: a mixed renew, auto-renew or allocate-IP plan becomes one operation per profile ×
// region, each run on its own profile's client, and every one succeeds in its own world (the
// worlds share instance ids, so a part sent to the wrong account would act on the wrong one);
// the renewal quote is priced per profile; titles name the profile and the region.
#include "ecsclient.h"
#include "fleet/fleetplans.h"
#include "fleet/fleetquotes.h"
#include "fleet/fleetscope.h"
#include "lifecycle/operation.h"
#include "simclient.h"
#include "simserver.h"
#include "simworld.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <QCoro/QCoroTask>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

const QString kBravo = u"bravo"_s;

/// Runs `task` to its end without a nested event loop in product code (the test waits).
template<typename T> std::optional<T> await(QCoro::Task<T> task)
{
    std::optional<T> out;
    task.then([&out](T value) { out = std::move(value); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20'000);
    return out;
}

} // namespace

class TestFleetPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokensFollowTheirInstances();
    void titlesNameProfileAndRegion_data();
    void titlesNameProfileAndRegion();
    void mixedPlanRunsPerProfileAndRegion_data();
    void mixedPlanRunsPerProfileAndRegion();
    void renewQuoteIsPricedPerProfile();

private:
    /// Two worlds with the same ids; in each, two instances of each of two regions are made
    /// subscriptions without a public address. The fleet holds both, loaded.
    bool startFleet();
    /// Two instances of each region of each profile, as the fleet shows them.
    QList<Instance> mixedSelection() const;
    sim::SimServer &worldOf(const QString &profileId) { return profileId.isEmpty() ? *m_a : *m_b; }

    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::SimServer> m_a;
    std::unique_ptr<sim::SimServer> m_b;
    std::unique_ptr<EcsClient> m_clientA;
    std::unique_ptr<EcsClient> m_clientB;
    std::unique_ptr<FleetScope> m_fleet;
    QStringList m_regions;
    QHash<QString, QStringList> m_picked; ///< profileId → the instance ids made subscriptions
};

void TestFleetPlans::init()
{
    QVERIFY(startFleet());
}

void TestFleetPlans::cleanup()
{
    m_fleet.reset();
    m_clientA.reset();
    m_clientB.reset();
    m_a.reset();
    m_b.reset();
    m_regions.clear();
    m_picked.clear();
}

bool TestFleetPlans::startFleet()
{
    sim::SimOptions options;
    options.instances = 30;
    options.instanceRegions = 2;
    options.seed = 11; // both worlds: the same ids in two accounts
    m_a = std::make_unique<sim::SimServer>(options);
    m_b = std::make_unique<sim::SimServer>(options);
    const QUrl a = startOnLoopback(*m_a);
    const QUrl b = startOnLoopback(*m_b);
    if (!a.isValid() || !b.isValid())
        return false;
    for (const sim::SimInstance *i : m_a->world().instances())
        if (!m_regions.contains(i->regionId))
            m_regions << i->regionId;
    if (m_regions.size() != 2)
        return false;
    // Different instances in each account: A's first two per region, B's last two.
    for (const QString &profile : { QString(), kBravo }) {
        sim::SimServer &server = worldOf(profile);
        for (const QString &region : std::as_const(m_regions)) {
            QList<const sim::SimInstance *> in = server.world().instances(region);
            if (profile == kBravo)
                std::reverse(in.begin(), in.end());
            int n = 0;
            for (const sim::SimInstance *c : in) {
                if (n == 2 || !c->lockReasons.isEmpty()
                    || (c->status != u"Running" && c->status != u"Stopped"))
                    continue;
                sim::SimInstance *i = server.world().instance(c->instanceId);
                i->instanceChargeType = u"PrePaid"_s;
                i->spotStrategy = u"NoSpot"_s;
                i->expiredTime = QDateTime::currentDateTimeUtc().addDays(20);
                i->autoRenewEnabled = false;
                i->publicIpAddress.clear();
                i->internetMaxBandwidthOut = 0;
                m_picked[profile] << i->instanceId;
                ++n;
            }
        }
    }
    for (const QString &id : m_picked.value({}))
        if (m_picked.value(kBravo).contains(id))
            return false; // the two parts must differ
    m_clientA = std::make_unique<EcsClient>(&m_nam, simClientConfig(a));
    m_clientB = std::make_unique<EcsClient>(&m_nam, simClientConfig(b));
    m_fleet = std::make_unique<FleetScope>();
    m_fleet->addMember({ {}, u"alpha"_s, {} }, m_clientA.get());
    m_fleet->addMember({ kBravo, kBravo, {} }, m_clientB.get());
    for (const QString &id : m_fleet->memberIds())
        m_fleet->setRegions(id, m_regions);
    m_fleet->refresh();
    return QTest::qWaitFor([this] { return !m_fleet->isLoading(); }, 20'000)
        && m_fleet->instanceCount() == m_a->world().instanceCount() * 2;
}

QList<Instance> TestFleetPlans::mixedSelection() const
{
    // Interleaved, as a person's Ctrl+clicks in a table sorted by name would be.
    QList<Instance> a, b;
    for (const QString &profile : { QString(), kBravo })
        for (const QString &region : m_regions)
            for (Instance i : m_fleet->inventory(profile)->instances(region))
                if (m_picked.value(profile).contains(i.instanceId)) {
                    i.profileId = profile;
                    (profile.isEmpty() ? a : b) << i;
                }
    QList<Instance> out;
    for (qsizetype n = 0; n < std::max(a.size(), b.size()); ++n) {
        if (n < a.size())
            out << a.at(n);
        if (n < b.size())
            out << b.at(n);
    }
    return out;
}

void TestFleetPlans::tokensFollowTheirInstances()
{
    // The same id in both accounts keeps each its own token.
    Instance a;
    a.instanceId = u"i-same"_s;
    a.regionId = u"cn-hangzhou"_s;
    Instance b = a;
    b.profileId = kBravo;
    Instance c = a;
    c.instanceId = u"i-other"_s;
    const RenewOptions options { 2, { u"t-a"_s, u"t-b"_s, u"t-c"_s } };
    const QList<ProfilePlan> plans = planFleetRenew({ a, b, c }, options);
    QCOMPARE(plans.size(), 2);
    QCOMPARE(plans.at(0).profileId, QString());
    QCOMPARE(plans.at(1).profileId, kBravo);
    QStringList tokens;
    for (const ProfilePlan &p : plans)
        for (const ApiRequest &r : p.plan.requests())
            tokens << r.params().value(u"ClientToken"_s);
    QCOMPARE(tokens, (QStringList { u"t-a"_s, u"t-c"_s, u"t-b"_s }));
}

void TestFleetPlans::titlesNameProfileAndRegion_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<bool>("fleet");
    QTest::addColumn<QString>("title");
    QTest::newRow("own, alone") << QString() << false << u"Renew web-1"_s;
    QTest::newRow("own, in a fleet") << QString() << true << u"Renew web-1 (cn-hangzhou)"_s;
    QTest::newRow("other, alone") << kBravo << false << u"bravo: Renew web-1"_s;
    QTest::newRow("other, in a fleet") << kBravo << true << u"bravo: Renew web-1 (cn-hangzhou)"_s;
}

void TestFleetPlans::titlesNameProfileAndRegion()
{
    QFETCH(QString, profileId);
    QFETCH(bool, fleet);
    QFETCH(QString, title);
    Instance i;
    i.instanceId = u"i-1"_s;
    i.instanceName = u"web-1"_s;
    i.regionId = u"cn-hangzhou"_s;
    const ActionPlan plan = planRenew({ i }, { 1, {} });
    QCOMPARE(FleetPlanTexts::operationTitle(profileId, kBravo, plan, plan.regions.first(), fleet),
        title);
}

void TestFleetPlans::mixedPlanRunsPerProfileAndRegion_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("renew") << u"renew"_s;
    QTest::newRow("auto-renew") << u"auto-renew"_s;
    QTest::newRow("allocate public IP") << u"allocate"_s;
}

void TestFleetPlans::mixedPlanRunsPerProfileAndRegion()
{
    QFETCH(QString, action);
    const QList<Instance> selection = mixedSelection();
    QCOMPARE(selection.size(), 8); // 2 profiles × 2 regions × 2 instances
    // What each world holds of every picked id before (the other account's same id included).
    struct Before
    {
        QDateTime expiry;
        bool autoRenew = false;
        QString publicIp;
    };
    QHash<QString, Before> before;
    for (const QString &world : { QString(), kBravo })
        for (const QString &profile : { QString(), kBravo })
            for (const QString &id : m_picked.value(profile)) {
                const sim::SimInstance *i = worldOf(world).world().instance(id);
                QVERIFY(i);
                before.insert(
                    world + u'/' + id, { i->expiredTime, i->autoRenewEnabled, i->publicIpAddress });
            }
    QList<ProfilePlan> plans;
    if (action == u"renew") {
        QStringList tokens;
        for (qsizetype n = 0; n < selection.size(); ++n)
            tokens << newClientToken();
        plans = planFleetRenew(selection, { 3, tokens });
    } else if (action == u"auto-renew") {
        plans = planFleetAutoRenew(selection, { true, 6 });
    } else {
        plans = planFleetAllocatePublicIp(selection);
    }
    QCOMPARE(plans.size(), 2);
    QCOMPARE(operationCount(plans), 4);
    std::vector<std::unique_ptr<Operation>> operations;
    for (const ProfilePlan &part : plans) {
        QCOMPARE(part.plan.regions.size(), 2);
        for (const RegionPlan &region : part.plan.regions) {
            QCOMPARE(region.instanceIds.size(), 2);
            for (const QString &id : region.instanceIds)
                QVERIFY2(m_picked.value(part.profileId).contains(id), qPrintable(id));
        }
        for (Operation *operation : Operation::fromPlan(m_fleet->client(part.profileId), part.plan))
            operations.emplace_back(operation);
    }
    QCOMPARE(operations.size(), size_t(4));
    for (const auto &operation : operations)
        operation->start();
    for (const auto &operation : operations) {
        QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 20'000);
        QVERIFY2(operation->state() == Operation::State::Done, qPrintable(operation->detail()));
    }
    // Each part acted in its own world, and only there.
    for (const QString &profile : { QString(), kBravo }) {
        const QString other = profile.isEmpty() ? kBravo : QString();
        for (const QString &id : m_picked.value(profile)) {
            const sim::SimInstance *mine = worldOf(profile).world().instance(id);
            const sim::SimInstance *theirs = worldOf(other).world().instance(id);
            const Before was = before.value(profile + u'/' + id);
            const Before theirsWas = before.value(other + u'/' + id);
            if (action == u"renew") {
                QCOMPARE(mine->expiredTime, was.expiry.addMonths(3));
                QCOMPARE(theirs->expiredTime, theirsWas.expiry);
            } else if (action == u"auto-renew") {
                QVERIFY(mine->autoRenewEnabled);
                QCOMPARE(mine->autoRenewDuration, 6);
                QCOMPARE(theirs->autoRenewEnabled, theirsWas.autoRenew);
            } else {
                QVERIFY2(!mine->publicIpAddress.isEmpty(), qPrintable(id));
                QCOMPARE(theirs->publicIpAddress, theirsWas.publicIp);
            }
        }
    }
}

void TestFleetPlans::renewQuoteIsPricedPerProfile()
{
    const QList<Instance> selection = mixedSelection();
    CallScope scope(this);
    const QList<quotes::ProfileClient> profiles { { {}, u"alpha"_s, m_clientA.get() },
        { kBravo, kBravo, m_clientB.get() } };
    const auto parts = await(quotes::fleetRenewPrice(scope, profiles, selection, 2));
    QVERIFY(parts && parts->ok());
    QCOMPARE(parts->value().size(), 2);
    double sum = 0;
    for (const quotes::ProfilePrice &p : parts->value()) {
        QVERIFY2(p.known(), qPrintable(p.error.toDisplayString()));
        QCOMPARE(p.instances, 4);
        QCOMPARE(p.price.currency, u"USD"_s);
        QVERIFY(p.price.tradePrice > 0);
        sum += p.price.tradePrice;
    }
    QCOMPARE(parts->value().at(0).name, u"alpha"_s);
    QCOMPARE(parts->value().at(1).name, kBravo);
    const std::optional<Price> total = quotes::totalOf(parts->value());
    QVERIFY(total);
    QCOMPARE(total->tradePrice, sum);
    // A profile that is not open: its part is unknown, never zero, and there is no total.
    const auto partial = await(quotes::fleetRenewPrice(
        scope, { profiles.first(), { kBravo, kBravo, nullptr } }, selection, 2));
    QVERIFY(partial && partial->ok());
    QVERIFY(partial->value().at(0).known());
    QVERIFY(!partial->value().at(1).known());
    QVERIFY(!quotes::totalOf(partial->value()));
}

QTEST_GUILESS_MAIN(TestFleetPlans)
#include "tst_fleetplans.moc"
