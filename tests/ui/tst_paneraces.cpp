// One test per former race in the panes: a person switches region A → B → A (or billing) quicker
// than the answers come, under latency jitter that lets answers overtake each other. Only the
// last choice's answer may show, not even for a moment after the switch. Each round uses a new
// client, so its catalogue is empty and every answer really travels.
#include "ecsclient.h"
#include "embeddedsimulator.h"
#include "inventory/catalogue.h"
#include "inventory/stockmatrix.h"
#include "lifecycletesthelpers.h"
#include "mainwindow.h"
#include "models/imagesmodel.h"
#include "models/regionsmodel.h"
#include "models/resourcematrixmodel.h"
#include "models/spotpointsmodel.h"
#include "panes/imagespane.h"
#include "panes/regionspane.h"
#include "panes/resourcespane.h"
#include "panes/spotpricepane.h"
#include "simdefaults.h"

#include <QComboBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;
using lifecycletest::pick;

namespace {

constexpr int kRounds = 3;
const QString kRegionA = u"cn-beijing"_s;
const QString kRegionB = u"eu-central-1"_s;

/// Calls `record(model, first, last)` for every row a model takes in from now on.
template<typename Model, typename Record> void recordInserted(Model *model, Record record)
{
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
        [model, record](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                record(model->rowAt(row));
        });
    QObject::connect(model, &QAbstractItemModel::dataChanged, model,
        [model, record](const QModelIndex &from, const QModelIndex &to) {
            for (int row = from.row(); row <= to.row(); ++row)
                record(model->rowAt(row));
        });
}

/// Clicks the row of `key` in a table, as a person does.
bool clickRow(QTableView *view, const QString &key)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(KeyRole).toString() != key)
            continue;
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        if (!rect.isValid())
            return false;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        return view->selectionModel()->currentIndex().data(KeyRole).toString() == key;
    }
    return false;
}

} // namespace

class TestPaneRaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regionsZonesABA();
    void imagesRegionABA();
    void spotRegionABA();
    void resourcesRegionABA();
    void resourcesBillingABA();

private:
    std::unique_ptr<EcsClient> client();
    /// A main window on a new client, its regions in the switcher, showing `pane`.
    std::unique_ptr<MainWindow> window(EcsClient *client, const QString &pane);
    /// The toolbar's region switcher.
    static QComboBox *regionSwitcher(MainWindow *window);
    /// Picks A, then B, then A in the switcher, with no pause between (the keyboard passes over
    /// the regions in between, each a choice of its own).
    static bool switchABA(QComboBox *switcher);

    QNetworkAccessManager m_nam;
    sim::EmbeddedSimulator m_sim;
};

void TestPaneRaces::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSignalSpy ready(&m_sim, &sim::EmbeddedSimulator::ready);
    sim::SimOptions options;
    options.latencyMs = 5;
    options.latencyJitterMs = 80; // later questions are often answered first
    m_sim.start(options);
    QVERIFY(ready.wait(10'000));
}

std::unique_ptr<EcsClient> TestPaneRaces::client()
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = m_sim.url();
    config.retry.maxAttempts = 1;
    return std::make_unique<EcsClient>(&m_nam, config);
}

std::unique_ptr<MainWindow> TestPaneRaces::window(EcsClient *client, const QString &pane)
{
    auto w = std::make_unique<MainWindow>(client, u"Demo"_s);
    w->show();
    QSignalSpy regions(w->regionsPane(), &RegionsPane::loaded);
    w->refreshCurrentPane();
    if (!regions.wait(15'000) || !regionSwitcher(w.get())->isEnabled())
        return nullptr;
    w->showPane(pane);
    return w;
}

QComboBox *TestPaneRaces::regionSwitcher(MainWindow *window)
{
    for (QComboBox *combo : window->findChildren<QComboBox *>())
        if (combo->accessibleName() == u"Region")
            return combo;
    return nullptr;
}

bool TestPaneRaces::switchABA(QComboBox *switcher)
{
    return pick(switcher, kRegionA) && pick(switcher, kRegionB) && pick(switcher, kRegionA);
}

void TestPaneRaces::regionsZonesABA()
{
    for (int round = 0; round < kRounds; ++round) {
        auto c = client();
        RegionsPane pane(c.get());
        pane.setPreferredRegion(u"cn-hangzhou"_s);
        pane.resize(1200, 700);
        pane.show();
        QSignalSpy loaded(&pane, &RegionsPane::loaded);
        pane.refresh();
        QVERIFY(loaded.wait(15'000));
        QStringList shown;
        recordInserted(pane.zonesModel(), [&shown](const Zone &z) { shown << z.zoneId; });
        QVERIFY(clickRow(pane.regionsView(), kRegionA));
        QVERIFY(clickRow(pane.regionsView(), kRegionB));
        QVERIFY(clickRow(pane.regionsView(), kRegionA));
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading() && c->callsInFlight() == 0, 15'000);
        QCoreApplication::processEvents();
        QVERIFY(pane.zonesModel()->rowCount() > 0);
        for (const Zone &z : pane.zonesModel()->rows())
            QVERIFY2(z.zoneId.startsWith(kRegionA), qPrintable(z.zoneId));
        for (const QString &zone : std::as_const(shown))
            QVERIFY2(zone.startsWith(kRegionA), qPrintable(u"shown for a moment: "_s + zone));
    }
}

void TestPaneRaces::imagesRegionABA()
{
    for (int round = 0; round < kRounds; ++round) {
        // What A's images are, from a client of its own.
        auto reference = client();
        std::optional<QSet<QString>> expected;
        Catalogue::of(reference.get())
            ->images(kRegionA, {}, reference.get(), [&](const Result<QList<Image>> &images) {
                QSet<QString> ids;
                for (const Image &i : images.value())
                    ids.insert(i.imageId);
                expected = ids;
            });
        QTRY_VERIFY_WITH_TIMEOUT(expected.has_value(), 15'000);

        auto c = client();
        auto w = window(c.get(), u"images"_s);
        QVERIFY(w);
        ImagesPane *pane = w->imagesPane();
        QSet<QString> shown;
        QVERIFY(switchABA(regionSwitcher(w.get())));
        recordInserted(pane->model(), [&shown](const Image &i) { shown.insert(i.imageId); });
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading() && c->callsInFlight() == 0, 15'000);
        QCoreApplication::processEvents();
        QCOMPARE(pane->regionId(), kRegionA);
        QSet<QString> now;
        for (const Image &i : pane->model()->rows())
            now.insert(i.imageId);
        QCOMPARE(now, *expected);
        QVERIFY(shown.isEmpty() || shown.subtract(*expected).isEmpty());
    }
}

void TestPaneRaces::spotRegionABA()
{
    for (int round = 0; round < kRounds; ++round) {
        auto c = client();
        auto w = window(c.get(), u"spot"_s);
        QVERIFY(w);
        SpotPricePane *pane = w->spotPricePane();
        QStringList shown;
        QVERIFY(switchABA(regionSwitcher(w.get())));
        recordInserted(
            pane->pointsModel(), [&shown](const SpotPricePoint &p) { shown << p.zoneId; });
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading() && c->callsInFlight() == 0, 15'000);
        QCoreApplication::processEvents();
        QCOMPARE(pane->regionId(), kRegionA);
        QVERIFY(pane->pointsModel()->rowCount() > 0);
        for (const SpotPricePoint &p : pane->pointsModel()->rows())
            QVERIFY2(p.zoneId.startsWith(kRegionA), qPrintable(p.zoneId));
        for (const QString &zone : std::as_const(shown))
            QVERIFY2(zone.startsWith(kRegionA), qPrintable(u"shown for a moment: "_s + zone));
        QVERIFY(pane->exportTitle().contains(kRegionA));
    }
}

void TestPaneRaces::resourcesRegionABA()
{
    for (int round = 0; round < kRounds; ++round) {
        auto c = client();
        auto w = window(c.get(), u"resources"_s);
        QVERIFY(w);
        ResourcesPane *pane = w->resourcesPane();
        QStringList shownZones;
        connect(pane->model(), &QAbstractItemModel::columnsInserted, this,
            [&] { shownZones += pane->model()->zones(); });
        QVERIFY(switchABA(regionSwitcher(w.get())));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading() && c->callsInFlight() == 0, 15'000);
        QCoreApplication::processEvents();
        QVERIFY(!pane->model()->zones().isEmpty());
        for (const QString &zone : pane->model()->zones())
            QVERIFY2(zone.startsWith(kRegionA), qPrintable(zone));
        for (const QString &zone : std::as_const(shownZones))
            QVERIFY2(zone.startsWith(kRegionA), qPrintable(u"shown for a moment: "_s + zone));
    }
}

void TestPaneRaces::resourcesBillingABA()
{
    for (int round = 0; round < kRounds; ++round) {
        // What pay-as-you-go offers in A, from a client of its own.
        auto reference = client();
        Catalogue *catalogue = Catalogue::of(reference.get());
        std::optional<QList<InstanceTypeInfo>> types;
        std::optional<QList<ZoneStock>> stock;
        catalogue->instanceTypes(
            reference.get(), [&](const Result<QList<InstanceTypeInfo>> &r) { types = r.value(); });
        catalogue->availableResources(kRegionA, ChargeType::PostPaid, SpotStrategy::NoSpot,
            reference.get(), [&](const Result<QList<ZoneStock>> &r) { stock = r.value(); });
        QTRY_VERIFY_WITH_TIMEOUT(types && stock, 15'000);
        const StockMatrix expected = joinStock(*types, *stock);

        auto c = client();
        auto w = window(c.get(), u"resources"_s);
        QVERIFY(w);
        QVERIFY(pick(regionSwitcher(w.get()), kRegionA));
        ResourcesPane *pane = w->resourcesPane();
        QComboBox *billing = nullptr;
        for (QComboBox *combo : pane->findChildren<QComboBox *>())
            if (combo->accessibleName() == u"Billing")
                billing = combo;
        QVERIFY(billing);
        // Pay-as-you-go → preemptible with a limit (past the choices between) → pay-as-you-go.
        billing->setFocus(Qt::TabFocusReason);
        QTest::keyClick(billing, Qt::Key_End);
        QTest::keyClick(billing, Qt::Key_Home);
        QCOMPARE(billing->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading() && c->callsInFlight() == 0, 15'000);
        QCoreApplication::processEvents();
        QCOMPARE(pane->model()->zones(), expected.zones);
        QCOMPARE(pane->model()->rowCount(), int(expected.rows.size()));
        for (const StockRow &row : expected.rows) {
            const int at = pane->model()->rowOf(row.type.instanceTypeId);
            QVERIFY2(at >= 0, qPrintable(row.type.instanceTypeId));
            QCOMPARE(pane->model()->rowAt(at).stock, row.stock);
        }
    }
}

QTEST_MAIN(TestPaneRaces)
#include "tst_paneraces.moc"
