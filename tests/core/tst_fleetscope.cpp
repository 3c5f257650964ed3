// ecs::FleetScope without widgets, against two ecs-sim worlds over real loopback sockets: every
// member's instances arrive once, tagged with their profile (the same instance id in two accounts
// stays two rows), a member that cannot be opened or whose key is refused fails alone, a member
// that leaves takes its rows, and settled() waits for every member.
#include "ecsclient.h"
#include "fleet/fleetplans.h"
#include "fleet/fleetscope.h"
#include "simclient.h"
#include "simserver.h"
#include "simworld.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

/// The rows a model keyed by profile + instance id would hold, applying every change.
struct Rows
{
    explicit Rows(FleetScope *fleet)
    {
        QObject::connect(fleet, &FleetScope::changed, fleet, [this](const FleetChange &c) {
            for (const Instance &i : c.change.added + c.change.changed) {
                if (i.profileId != c.profileId)
                    ++mislabelled;
                rows[FleetScope::keyOf(c.profileId, i.instanceId)] = i;
            }
            for (const QString &id : c.change.removed)
                rows.erase(FleetScope::keyOf(c.profileId, id));
        });
    }
    int countOf(const QString &profileId) const
    {
        return int(std::count_if(rows.begin(), rows.end(),
            [&](const auto &row) { return row.second.profileId == profileId; }));
    }
    std::map<QString, Instance> rows;
    int mislabelled = 0;
};

int instancesIn(sim::SimServer &server, const QStringList &regions)
{
    int n = 0;
    for (const sim::SimInstance *i : server.world().instances())
        n += regions.isEmpty() || regions.contains(i->regionId) ? 1 : 0;
    return n;
}

} // namespace

class TestFleetScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMemberOnceWithItsProfile_data();
    void everyMemberOnceWithItsProfile();
    void failedMemberNeverBlocks_data();
    void failedMemberNeverBlocks();
    void removedMemberTakesItsRows();
    void splitByProfileKeepsOrder();

private:
    std::unique_ptr<sim::SimServer> startSim(quint64 seed, QUrl *url);
    std::unique_ptr<EcsClient> client(const QUrl &url, const QString &secret = {});

    QNetworkAccessManager m_nam;
};

std::unique_ptr<sim::SimServer> TestFleetScope::startSim(quint64 seed, QUrl *url)
{
    sim::SimOptions options;
    options.instances = 24;
    options.instanceRegions = 3;
    options.seed = seed;
    auto server = std::make_unique<sim::SimServer>(options);
    *url = startOnLoopback(*server);
    return server;
}

std::unique_ptr<EcsClient> TestFleetScope::client(const QUrl &url, const QString &secret)
{
    ClientConfig config = simClientConfig(url);
    if (!secret.isEmpty())
        config.credentials.accessKeySecret = secret;
    return std::make_unique<EcsClient>(&m_nam, config);
}

void TestFleetScope::everyMemberOnceWithItsProfile_data()
{
    QTest::addColumn<quint64>("seedB");
    QTest::addColumn<bool>("allRegions");
    QTest::addColumn<QString>("ownId"); // the first member's profileId
    QTest::newRow("two worlds, one region") << quint64(5) << false << QString();
    QTest::newRow("two worlds, all regions") << quint64(5) << true << QString();
    // The same seed makes the same instance ids in both accounts: still two rows each.
    QTest::newRow("same ids in two accounts") << quint64(1) << true << QString();
    QTest::newRow("both named") << quint64(5) << true << u"prod"_s;
}

void TestFleetScope::everyMemberOnceWithItsProfile()
{
    QFETCH(quint64, seedB);
    QFETCH(bool, allRegions);
    QFETCH(QString, ownId);
    QUrl urlA, urlB;
    auto simA = startSim(1, &urlA);
    auto simB = startSim(seedB, &urlB);
    QVERIFY(urlA.isValid() && urlB.isValid());
    auto clientA = client(urlA);
    auto clientB = client(urlB);
    FleetScope fleet;
    Rows rows(&fleet);
    fleet.addMember({ ownId, u"prod"_s, u"#d32f2f"_s }, clientA.get());
    fleet.addMember({ u"staging"_s, u"staging"_s, {} }, clientB.get());
    QCOMPARE(fleet.memberIds(), (QStringList { ownId, u"staging"_s }));
    const QStringList oneRegion { simA->world().instances().first()->regionId };
    for (const QString &id : fleet.memberIds()) {
        if (allRegions)
            fleet.setAllRegions(id);
        else
            fleet.setRegions(id, oneRegion);
    }
    QSignalSpy settled(&fleet, &FleetScope::settled);
    fleet.refresh();
    QVERIFY(fleet.isLoadingRegions());
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty() && !fleet.isLoadingRegions(), 20'000);

    const QStringList regions = allRegions ? QStringList() : oneRegion;
    const int expectedA = instancesIn(*simA, regions);
    const int expectedB = instancesIn(*simB, regions);
    QVERIFY(expectedA > 0 && expectedB > 0);
    QCOMPARE(rows.mislabelled, 0);
    QCOMPARE(rows.countOf(ownId), expectedA);
    QCOMPARE(rows.countOf(u"staging"_s), expectedB);
    QCOMPARE(int(rows.rows.size()), expectedA + expectedB);
    QCOMPARE(fleet.instanceCount(), qsizetype(expectedA + expectedB));
    QVERIFY(fleet.failures().isEmpty());
    // Each member's rows are its own account's: every id of B is one B knows.
    for (const auto &[key, instance] : rows.rows)
        if (instance.profileId == u"staging")
            QVERIFY(simB->world().instance(instance.instanceId) != nullptr);
}

void TestFleetScope::failedMemberNeverBlocks_data()
{
    QTest::addColumn<bool>("noClient"); // the secret could not be read: no client at all
    QTest::newRow("secret unreadable") << true;
    QTest::newRow("key refused") << false;
}

void TestFleetScope::failedMemberNeverBlocks()
{
    QFETCH(bool, noClient);
    QUrl urlA, urlB;
    auto simA = startSim(1, &urlA);
    auto simB = startSim(5, &urlB);
    auto clientA = client(urlA);
    auto wrong = client(urlB, u"not-the-secret"_s);
    FleetScope fleet;
    Rows rows(&fleet);
    QSignalSpy failed(&fleet, &FleetScope::loadFailed);
    fleet.addMember({ {}, u"prod"_s, {} }, clientA.get());
    const QString region = simA->world().instances().first()->regionId;
    fleet.setRegions({}, { region });
    if (noClient) {
        fleet.addFailedMember({ u"customer"_s, u"customer"_s, {} },
            ApiError::make(ApiError::Kind::Configuration, u"The keychain is locked."_s));
    } else {
        fleet.addMember({ u"customer"_s, u"customer"_s, {} }, wrong.get());
        fleet.setRegions(u"customer"_s, { region });
    }
    QSignalSpy settled(&fleet, &FleetScope::settled);
    fleet.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty() && !fleet.isLoadingRegions(), 20'000);
    QCOMPARE(rows.countOf({}), instancesIn(*simA, { region }));
    QCOMPARE(rows.countOf(u"customer"_s), 0);
    const QList<FleetScope::Failure> failures = fleet.failures();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().profileId, u"customer"_s);
    QCOMPARE(failures.first().regionId, noClient ? QString() : region);
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.last().at(0).toString(), u"customer"_s);
    if (noClient)
        QCOMPARE(fleet.memberError(u"customer"_s).message, u"The keychain is locked."_s);
    else
        QCOMPARE(failures.first().error.kind, ApiError::Kind::Service);
}

void TestFleetScope::removedMemberTakesItsRows()
{
    QUrl urlA, urlB;
    auto simA = startSim(1, &urlA);
    auto simB = startSim(1, &urlB); // the same ids: removing B must not touch A's rows
    auto clientA = client(urlA);
    auto clientB = client(urlB);
    FleetScope fleet;
    Rows rows(&fleet);
    fleet.addMember({ {}, u"prod"_s, {} }, clientA.get());
    fleet.addMember({ u"staging"_s, u"staging"_s, {} }, clientB.get());
    fleet.setAllRegions({});
    fleet.setAllRegions(u"staging"_s);
    QSignalSpy settled(&fleet, &FleetScope::settled);
    fleet.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty() && !fleet.isLoadingRegions(), 20'000);
    const int a = rows.countOf({});
    QCOMPARE(a, simA->world().instanceCount());
    QCOMPARE(rows.countOf(u"staging"_s), simB->world().instanceCount());
    fleet.removeMember(u"staging"_s);
    QCOMPARE(rows.countOf(u"staging"_s), 0);
    QCOMPARE(rows.countOf({}), a);
    QCOMPARE(fleet.memberIds(), QStringList { QString() });
    QVERIFY(!fleet.isLoading() || fleet.inventory({})->isLoading());
}

void TestFleetScope::splitByProfileKeepsOrder()
{
    const auto make = [](const QString &profile, const QString &id) {
        Instance i;
        i.profileId = profile;
        i.instanceId = id;
        return i;
    };
    const QList<Instance> selection { make(u"b"_s, u"i-1"_s), make({}, u"i-1"_s),
        make(u"b"_s, u"i-2"_s), make({}, u"i-3"_s) };
    const auto parts = splitByProfile(selection);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).first, u"b"_s);
    QCOMPARE(parts.at(0).second.size(), 2);
    QCOMPARE(parts.at(0).second.at(1).instanceId, u"i-2"_s);
    QCOMPARE(parts.at(1).first, QString());
    QCOMPARE(parts.at(1).second.size(), 2);
}

QTEST_GUILESS_MAIN(TestFleetScope)
#include "tst_fleetscope.moc"
