// The Images, Instances and Spot prices panes, offscreen, against a simulator in this thread
// (so the test can change the world under them) over a real loopback socket.
#include "charts/spotchart.h"
#include "ecsclient.h"
#include "mainwindow.h"
#include "models/imagesmodel.h"
#include "models/instancesmodel.h"
#include "models/resourcematrixmodel.h"
#include "models/spotpointsmodel.h"
#include "panes/imagespane.h"
#include "panes/instancespane.h"
#include "panes/regionspane.h"
#include "panes/resourcespane.h"
#include "panes/spotpricepane.h"
#include "scriptedhttpserver.h"
#include "simserver.h"
#include "widgets/errorbanner.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAbstractSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QXYSeries>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

/// The value the details panel shows for a field, whichever group holds it.
QString detailsValue(const QTreeWidget *details, const QString &field)
{
    for (int g = 0; g < details->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = details->topLevelItem(g);
        for (int n = 0; n < group->childCount(); ++n)
            if (group->child(n)->text(0) == field)
                return group->child(n)->text(1);
    }
    return {};
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void imagesFetchEveryPageInParallel();
    void imagesServerFilters();
    void imagesRecoverByThemselves();
    void instancesLiveRefreshKeepsSelectionAndScroll();
    void instancesAllRegions();
    void instancesLeaveAllRegions_data();
    void instancesLeaveAllRegions();
    void instancesPageNumberFallback();
    void instancesBigRegionInChunks();
    void instancesErrorBanner();
    void spotChartAndBackTest();
    void resourcesMatrixAgreesWithTheSimulator();
    void mainWindowRegionSwitch();
    void layoutSurvivesRestart();

private:
    std::unique_ptr<EcsClient> client(const QString &secret = {});
    /// A world of the test's own in place of init()'s (client() then talks to it).
    void startWorld(const sim::SimOptions &options);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    QUrl m_url;
};

void TestPanes::init()
{
    // Settings go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    sim::SimOptions options;
    options.instances = 150;
    options.timeScale = 500;
    options.seed = 3;
    startWorld(options);
}

void TestPanes::startWorld(const sim::SimOptions &options)
{
    m_server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(m_server.get(), &sim::SimServer::listening);
    m_server->start(QHostAddress::LocalHost, 0);
    QCOMPARE(listening.size(), 1);
    m_url = listening.first().first().toUrl();
}

std::unique_ptr<EcsClient> TestPanes::client(const QString &secret)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        secret.isEmpty() ? QString::fromLatin1(sim::kDemoAccessKeySecret) : secret, {} };
    config.endpointOverride = m_url;
    config.retry.maxAttempts = 1;
    return std::make_unique<EcsClient>(&m_nam, config);
}

void TestPanes::imagesFetchEveryPageInParallel()
{
    auto c = client();
    ImagesPane pane(c.get());
    pane.setPageSize(7);
    pane.show();
    QSignalSpy started(c.get(), &EcsClient::callStarted);
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    int maxInFlight = 0;
    connect(c.get(), &EcsClient::callStarted, this,
        [&] { maxInFlight = std::max(maxInFlight, c->callsInFlight()); });
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(loaded.wait(15'000));
    const int total = pane.model()->rowCount();
    QVERIFY2(total >= 40, qPrintable(QString::number(total)));
    QCOMPARE(int(started.size()), (total + 6) / 7);
    QVERIFY2(maxInFlight >= 3, "pages after the first go out together");
    QVERIFY(!pane.isLoading());
}

// A transient failure (the endpoint down, throttled, 5xx) is retried by itself with a growing
// pause, so the view comes back with the endpoint; a refusal (a wrong secret) is not.
void TestPanes::imagesRecoverByThemselves()
{
    auto c = client();
    ImagesPane pane(c.get());
    pane.show();
    m_server->setFaultRate(1.0); // every answer a fault: throttling, 5xx, dropped, cut off
    QSignalSpy failed(&pane, &ResourcePane::loadFailed);
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(failed.wait(15'000));
    QVERIFY(!pane.errorBanner()->isHidden());
    QVERIFY2(pane.errorBanner()->text().contains(u"Trying again by itself in 2 second"_s),
        qPrintable(pane.errorBanner()->text()));
    QVERIFY(failed.wait(15'000)); // tried again unasked, and failed again
    QVERIFY2(pane.errorBanner()->text().contains(u"in 4 second"_s),
        qPrintable(pane.errorBanner()->text())); // the pause grows
    m_server->setFaultRate(0);
    QVERIFY(loaded.wait(15'000)); // nobody pressed Retry
    QVERIFY(pane.errorBanner()->isHidden());
    QVERIFY(pane.model()->rowCount() > 0);

    auto refused = client(u"wrong-secret"_s);
    ImagesPane other(refused.get());
    QSignalSpy otherFailed(&other, &ResourcePane::loadFailed);
    other.setRegion(u"cn-hangzhou"_s);
    QVERIFY(otherFailed.wait(15'000));
    QVERIFY(other.errorBanner()->text().contains(u"SignatureDoesNotMatch"_s));
    QVERIFY(!other.errorBanner()->text().contains(u"Trying again"_s));
}

void TestPanes::imagesServerFilters()
{
    auto c = client();
    ImagesPane pane(c.get());
    pane.show();
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(loaded.wait(15'000));
    const QList<QComboBox *> combos = pane.findChildren<QComboBox *>();
    QComboBox *architecture = nullptr;
    for (QComboBox *combo : combos)
        if (combo->accessibleName() == u"Architecture")
            architecture = combo;
    QVERIFY(architecture);
    loaded.clear();
    architecture->setCurrentIndex(architecture->findData(u"arm64"_s));
    QVERIFY(loaded.wait(15'000));
    QVERIFY(pane.model()->rowCount() > 0);
    for (const Image &image : pane.model()->rows())
        QCOMPARE(image.architecture, u"arm64"_s);
}

void TestPanes::instancesLiveRefreshKeepsSelectionAndScroll()
{
    auto c = client();
    InstancesPane pane(c.get());
    pane.setPollIntervals(50, 60'000);
    pane.resize(1000, 300);
    pane.show();
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(loaded.wait(15'000));
    QVERIFY(pane.model()->rowCount() > 20);
    QVERIFY(pane.details()->topLevelItemCount() > 0); // the first row is shown in detail

    // Pick a running instance down the list and scroll to it.
    QString target;
    for (const Instance &i : pane.model()->rows())
        if (i.status == InstanceStatus::Running)
            target = i.instanceId;
    QVERIFY(!target.isEmpty());
    QTableView *view = pane.view();
    const QModelIndex source = pane.model()->index(pane.model()->rowOf(target), 0);
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    const QModelIndex shown = proxy->mapFromSource(source);
    view->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(shown, QAbstractItemView::PositionAtTop);
    const int scroll = view->verticalScrollBar()->value();
    QSignalSpy resets(pane.model(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(pane.model(), &QAbstractItemModel::rowsRemoved);

    // Someone stops it behind the pane's back; a refresh notices, polling follows it to Stopped.
    m_server->world().stop(target, u"KeepCharging"_s);
    pane.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        pane.model()->rowAt(pane.model()->rowOf(target)).status, InstanceStatus::Stopped, 15'000);
    QCOMPARE(view->currentIndex().data(KeyRole).toString(), target);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0);
    QTRY_COMPARE(detailsValue(pane.details(), u"Status"_s), u"Stopped"_s);
}

void TestPanes::instancesAllRegions()
{
    auto c = client();
    InstancesPane pane(c.get());
    QStringList regions;
    for (const sim::SimRegion &region : m_server->world().regions().regions())
        regions << region.regionId;
    pane.setAllRegions(regions);
    pane.show();
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(loaded.wait(15'000));
    const int oneRegion = pane.model()->rowCount();
    loaded.clear();
    pane.setAllRegionsMode(true);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(pane.model()->rowCount(), m_server->world().instanceCount());
    QVERIFY(pane.model()->rowCount() > oneRegion);
}

void TestPanes::instancesLeaveAllRegions_data()
{
    QTest::addColumn<int>("instances");
    QTest::addColumn<bool>("byKeyboard"); // unticked with Space, the box focused, or clicked
    // The other regions' rows leave range by range, or (many) hidden first in one layout change.
    QTest::newRow("150 instances, clicked") << 150 << false;
    QTest::newRow("1,500 instances, clicked") << 1'500 << false;
    QTest::newRow("1,500 instances, Space") << 1'500 << true;
}

void TestPanes::instancesLeaveAllRegions()
{
    // A person ticks All regions, selects a row of the home region and one of another, and
    // unticks it: only the home region's rows stay, in the order they had, the home row still
    // selected and in the details panel.
    QFETCH(int, instances);
    QFETCH(bool, byKeyboard);
    sim::SimOptions options;
    options.instances = instances;
    options.instanceRegions = 4;
    options.seed = 7;
    startWorld(options);
    auto c = client();
    InstancesPane pane(c.get());
    QStringList regions;
    for (const sim::SimRegion &region : m_server->world().regions().regions())
        regions << region.regionId;
    const QString home = regions.first();
    const int homeCount = int(m_server->world().instances(home).size());
    QVERIFY(homeCount > 0 && homeCount < instances);
    pane.setAllRegions(regions);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(home);
    QVERIFY(loaded.wait(15'000));
    QCheckBox *allRegions = nullptr;
    for (QCheckBox *box : pane.findChildren<QCheckBox *>())
        if (box->text() == u"All regions")
            allRegions = box;
    QVERIFY(allRegions && allRegions->isEnabled());
    loaded.clear();
    QTest::mouseClick(allRegions, Qt::LeftButton);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(pane.model()->rowCount(), instances);

    QTableView *view = pane.view();
    QAbstractItemModel *shown = view->model();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto regionOf = [&](int row) {
        const int source = pane.model()->rowOf(shown->index(row, 0).data(KeyRole).toString());
        return pane.model()->rowAt(source).regionId;
    };
    QStringList homeOrder;
    int homeRow = -1;
    int otherRow = -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (regionOf(row) == home) {
            homeOrder << shown->index(row, 0).data(KeyRole).toString();
            if (homeRow < 0)
                homeRow = row;
        } else if (otherRow < 0) {
            otherRow = row;
        }
    }
    QCOMPARE(homeOrder.size(), homeCount);
    QVERIFY(homeRow >= 0 && otherRow >= 0);
    const auto click = [&](int row, Qt::KeyboardModifiers modifiers) {
        const QModelIndex at = shown->index(row, InstancesModel::NameColumn);
        view->scrollTo(at);
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, modifiers, view->visualRect(at).center());
    };
    click(homeRow, Qt::NoModifier);
    click(otherRow, Qt::ControlModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    const QString homeKey = homeOrder.first();

    loaded.clear();
    QVERIFY(allRegions->isEnabled());
    if (byKeyboard) {
        allRegions->setFocus(Qt::TabFocusReason); // as Shift+Tab from the table gets there
        QVERIFY(allRegions->hasFocus());
        QTest::keyClick(allRegions, Qt::Key_Space);
    } else {
        QTest::mouseClick(allRegions, Qt::LeftButton);
    }
    QVERIFY(!allRegions->isChecked());
    // The rows left with the click (the home region then loads again): checked at once, and
    // once the load is in.
    const auto checkHomeRows = [&] {
        QCOMPARE(pane.model()->rowCount(), homeCount);
        QStringList order;
        for (int row = 0; row < shown->rowCount(); ++row) {
            QCOMPARE(regionOf(row), home);
            order << shown->index(row, 0).data(KeyRole).toString();
        }
        QCOMPARE(order, homeOrder);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(KeyRole).toString(), homeKey);
    };
    checkHomeRows();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(loaded.wait(15'000));
    checkHomeRows();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(detailsValue(pane.details(), u"Instance ID"_s), homeKey);
}

void TestPanes::instancesPageNumberFallback()
{
    // An endpoint that pages only by PageNumber (no NextToken in its answers): page 1 tells the
    // total, pages 2 and 3 then go out together, sized as we asked (2), not as the server says.
    ScriptedHttpServer server;
    QVERIFY(server.start());
    auto page = [](int first, int count) {
        QByteArray items;
        for (int n = first; n < first + count; ++n)
            items += (n > first ? "," : "") + QByteArray(R"({"InstanceId":"i-)")
                + QByteArray::number(n) + R"(","RegionId":"cn-hangzhou","Status":"Running"})";
        return ScriptedHttpServer::json(200,
            R"({"RequestId":"R","TotalCount":5,"PageSize":1,"Instances":{"Instance":[)" + items
                + "]}}");
    };
    server.queueReplies({ page(1, 2), page(3, 2), page(5, 1) });
    ClientConfig config;
    config.credentials = { u"id"_s, u"secret"_s, {} };
    config.endpointOverride = server.url();
    EcsClient scripted(&m_nam, config);
    InstancesPane pane(&scripted);
    pane.setPageSize(2);
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(pane.model()->rowCount(), 5);
    QCOMPARE(server.requestCount(), 3);
    QVERIFY(server.requests().at(0).url.query().contains(u"PageNumber=1"_s));
    QStringList rest { server.requests().at(1).url.query(), server.requests().at(2).url.query() };
    QVERIFY(rest.join(u' ').contains(u"PageNumber=2"_s));
    QVERIFY(rest.join(u' ').contains(u"PageNumber=3"_s));
    QVERIFY(rest.join(u' ').contains(u"PageSize=2"_s));
}

void TestPanes::instancesBigRegionInChunks()
{
    // 1,100 instances in one region: 11 pages fetched together, then shown in chunks across
    // event-loop turns; loaded() comes once every row is in.
    sim::SimOptions options;
    options.instances = 1'100;
    options.instanceRegions = 1;
    options.seed = 5;
    startWorld(options);
    const QString region = m_server->world().regions().regions().first().regionId;
    auto c = client();
    InstancesPane pane(c.get());
    QAbstractItemModelTester tester(
        pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy started(c.get(), &EcsClient::callStarted);
    QSignalSpy inserted(pane.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(region);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(pane.model()->rowCount(), 1'100);
    QCOMPARE(started.size(), 11);
    QVERIFY(inserted.size() >= 3); // in chunks, not one batch
    // A refresh merges in place: the selection stays.
    pane.view()->selectRow(5);
    const QString selected = pane.selectedInstances().value(0).instanceId;
    QVERIFY(!selected.isEmpty());
    loaded.clear();
    inserted.clear();
    pane.refresh();
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(pane.model()->rowCount(), 1'100);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(pane.selectedInstances().value(0).instanceId, selected);
}

void TestPanes::instancesErrorBanner()
{
    auto c = client(u"wrong-secret"_s);
    InstancesPane pane(c.get());
    pane.show();
    QSignalSpy failed(&pane, &ResourcePane::loadFailed);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(failed.wait(15'000));
    QVERIFY(!pane.errorBanner()->isHidden());
    QVERIFY(pane.errorBanner()->text().contains(u"SignatureDoesNotMatch"_s));
    QVERIFY(pane.errorBanner()->text().contains(u"RequestId"_s));
    // Its icons are read at its first error: they are there when it shows.
    const QList<QLabel *> labels = pane.errorBanner()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](const QLabel *label) { return !label->pixmap().isNull(); }));
    const QList<QPushButton *> buttons = pane.errorBanner()->findChildren<QPushButton *>();
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
        return button->accessibleName() == u"Dismiss error" && !button->icon().isNull();
    }));
}

void TestPanes::spotChartAndBackTest()
{
    auto c = client();
    SpotPricePane pane(c.get());
    pane.resize(1200, 900);
    pane.show();
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setInstanceType(u"ecs.g7.large"_s);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(loaded.wait(15'000));
    const int zones = int(m_server->world().regions().region(u"cn-hangzhou"_s)->zones.size());
    QCOMPARE(pane.statsTable()->rowCount(), zones);
    QVERIFY(pane.pointsModel()->rowCount() > 100);
    // Downsampled to about two points a pixel per zone, plus the two reference lines.
    QVERIFY(pane.chart()->seriesPointCount() > 0);
    QVERIFY(pane.chart()->seriesPointCount() <= zones * (2 * 1200 + 4) + 4);
    // Loaded means drawn: every zone's line holds its points (they go in after the lines).
    int zoneLines = 0;
    int zonePoints = 0;
    for (QAbstractSeries *series : pane.chart()->chart()->series()) {
        auto *line = qobject_cast<QXYSeries *>(series);
        QVERIFY(line);
        if (!line->name().startsWith(u"cn-hangzhou-"_s))
            continue; // a level (the limit, the on-demand price)
        ++zoneLines;
        QVERIFY2(line->count() > 0, qPrintable(line->name()));
        zonePoints += line->count();
    }
    QCOMPARE(zoneLines, zones);
    QCOMPARE(zonePoints, pane.chart()->seriesPointCount());
    // A zone clicked off in the legend leaves the chart, not the data.
    const int allZones = pane.chart()->seriesPointCount();
    const QString first = pane.pointsModel()->rowAt(0).zoneId;
    pane.chart()->setZoneVisible(first, false);
    QVERIFY(pane.chart()->hiddenZones().contains(first));
    QVERIFY(pane.chart()->seriesPointCount() == allZones); // hidden series keep their points
    const auto lines = pane.chart()->chart()->series();
    const auto hidden = std::count_if(lines.begin(), lines.end(),
        [&](QAbstractSeries *series) { return series->name() == first && !series->isVisible(); });
    QCOMPARE(int(hidden), 1);
    pane.setPriceLimit(100.0);
    QCOMPARE(pane.statsTable()->item(0, 6)->text(), u"100.0%"_s);
    pane.setPriceLimit(0.001);
    QCOMPARE(pane.statsTable()->item(0, 6)->text(), u"0.0%"_s);
}

void TestPanes::resourcesMatrixAgreesWithTheSimulator()
{
    auto c = client();
    ResourcesPane pane(c.get());
    pane.show();
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(u"cn-hangzhou"_s);
    QVERIFY(loaded.wait(15'000));
    ResourceMatrixModel *model = pane.model();
    const sim::SimWorld &world = m_server->world();
    QCOMPARE(model->zones().size(), world.regions().region(u"cn-hangzhou"_s)->zones.size());
    QVERIFY(model->rowCount() >= 100);
    // Every cell says what the simulator's stock says.
    int soldOut = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString type = model->rowAt(row).type.instanceTypeId;
        for (int column = ResourceMatrixModel::FirstZoneColumn; column < model->columnCount();
             ++column) {
            const QString zone = model->zoneAt(column);
            const bool inStock = world.remainingStock(zone, type) > 0;
            const QString shown
                = model->index(row, column).data(ResourceMatrixModel::StockRole).toString();
            // A type the zone does not offer at all has no stock category.
            QVERIFY2(shown == (inStock ? u"WithStock"_s : u"WithoutStock"_s)
                    || (!inStock && shown.isEmpty()),
                qPrintable(u"%1 in %2: %3"_s.arg(type, zone, shown)));
            soldOut += inStock ? 0 : 1;
        }
    }
    QVERIFY(soldOut > 0);
    // Choosing a cell leads to its price history.
    QSignalSpy history(&pane, &ResourcesPane::priceHistoryRequested);
    pane.view()->setCurrentIndex(
        pane.view()->model()->index(0, ResourceMatrixModel::FirstZoneColumn));
    QPushButton *button = nullptr;
    for (QPushButton *candidate : pane.findChildren<QPushButton *>())
        if (candidate->text() == u"Price history…")
            button = candidate;
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().at(1).toString(), model->zones().first());
    // Subscription billing asks again.
    loaded.clear();
    pane.setBilling(Billing::Subscription);
    QVERIFY(loaded.wait(15'000));
}

void TestPanes::mainWindowRegionSwitch()
{
    auto c = client();
    MainWindow window(c.get(), u"Demo"_s);
    window.show();
    QSignalSpy regionsLoaded(window.regionsPane(), &RegionsPane::loaded);
    window.regionsPane()->refresh();
    QVERIFY(regionsLoaded.wait(15'000));
    QCOMPARE(window.currentRegion(), u"cn-hangzhou"_s);
    QSignalSpy instancesLoaded(window.instancesPane(), &ResourcePane::loaded);
    QVERIFY(window.showPane(u"instances"_s));
    QVERIFY(instancesLoaded.wait(15'000));
    for (const Instance &i : window.instancesPane()->model()->rows())
        QCOMPARE(i.regionId, u"cn-hangzhou"_s);
    instancesLoaded.clear();
    window.setCurrentRegion(u"eu-central-1"_s);
    QVERIFY(instancesLoaded.wait(15'000));
    for (const Instance &i : window.instancesPane()->model()->rows())
        QCOMPARE(i.regionId, u"eu-central-1"_s);
    QVERIFY(!window.showPane(u"unicorns"_s));
}

void TestPanes::layoutSurvivesRestart()
{
    QSettings().remove(u"layout"_s);
    auto c = client();
    int width = 0;
    {
        MainWindow window(c.get(), u"Demo"_s);
        window.show();
        QSignalSpy regionsLoaded(window.regionsPane(), &RegionsPane::loaded);
        window.regionsPane()->refresh();
        QVERIFY(regionsLoaded.wait(15'000));
        window.setCurrentRegion(u"us-west-1"_s);
        QSignalSpy instancesLoaded(window.instancesPane(), &ResourcePane::loaded);
        window.showPane(u"instances"_s);
        QVERIFY(instancesLoaded.wait(15'000));
        width = window.instancesPane()->view()->columnWidth(InstancesModel::TagsColumn) + 37;
        window.instancesPane()->view()->setColumnWidth(InstancesModel::TagsColumn, width);
        QHeaderView *header = window.instancesPane()->view()->horizontalHeader();
        header->moveSection(header->visualIndex(InstancesModel::ZoneColumn), 0); // visual indices
        window.close();
    }
    MainWindow again(c.get(), u"Demo"_s);
    QCOMPARE(again.restoreLayout(), u"instances"_s);
    QCOMPARE(again.instancesPane()->view()->columnWidth(InstancesModel::TagsColumn), width);
    QCOMPARE(
        again.instancesPane()->view()->horizontalHeader()->visualIndex(InstancesModel::ZoneColumn),
        0);
    QSignalSpy regionsLoaded(again.regionsPane(), &RegionsPane::loaded);
    again.regionsPane()->refresh();
    QVERIFY(regionsLoaded.wait(15'000));
    QCOMPARE(again.currentRegion(), u"us-west-1"_s);
}

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
