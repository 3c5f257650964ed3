// The spot advisor as a person uses it: the matrix shows the simulator's own market (band and
// average price per zone and type), the filters are picked and typed, a cell's detail adds the
// back-test, and "Create preemptible here…" opens the wizard with the zone, type and bid preset.
#include "desktop/appearance.h"
#include "lifecycletesthelpers.h"
#include "models/advisormodel.h"
#include "panes/advisorpane.h"
#include "widgets/monitorchart.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>

using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

class TestAdvisorPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixIsTheMarket();
    void filtersByPickingAndTyping();
    void cellDetailAndCreatePreemptible();
    void monitoringChartOfTheSelectedInstance();

private:
    static bool openAdvisor(Console &console);
    static bool clickCell(QTableView *view, const QModelIndex &index);
};

bool TestAdvisorPane::openAdvisor(Console &console)
{
    if (!console.open(5))
        return false;
    QSignalSpy loaded(console.window->advisorPane(), &ResourcePane::loaded);
    console.window->showPane(u"advisor"_s);
    return loaded.wait(15'000);
}

bool TestAdvisorPane::clickCell(QTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    if (!rect.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return view->currentIndex() == index;
}

void TestAdvisorPane::matrixIsTheMarket()
{
    Console console;
    QVERIFY(openAdvisor(console));
    AdvisorPane *pane = console.window->advisorPane();
    QAbstractItemModelTester tester(
        pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = pane->table();
    QAbstractItemModel *shown = view->model();
    QVERIFY(shown->rowCount() >= 20);
    const sim::SimWorld &world = console.server->world();
    const sim::SpotMarket &market = world.market();
    const QDateTime now = world.now();
    int cells = 0;
    for (int column = AdvisorModel::FirstZoneColumn; column < shown->columnCount(); ++column) {
        const QString zone = shown->headerData(column, Qt::Horizontal).toString();
        QVERIFY(zone.startsWith(u"cn-hangzhou-"_s));
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString type = shown->index(row, AdvisorModel::TypeColumn).data().toString();
            const QString text = shown->index(row, column).data().toString();
            if (text == u"—"_s) {
                QVERIFY(!world.offers(zone, *world.catalog().instanceType(type)));
                continue;
            }
            const double rate = market.interruptionRate(zone, type) * 100;
            const QString band = AdvisorModel::bandText(interruptBandOf(QString(), rate));
            QVERIFY2(
                text.startsWith(band + u" · "_s), qPrintable(type + u' ' + zone + u": "_s + text));
            const double average = market.averageRatio(zone, type, now.addDays(-30), now) * 100;
            const double shownAverage = text.section(u" · "_s, 1).section(u' ', 0, 0).toDouble();
            QVERIFY2(std::abs(shownAverage - average) <= 1.0, qPrintable(text));
            ++cells;
        }
    }
    QVERIFY(cells >= 40);
}

void TestAdvisorPane::filtersByPickingAndTyping()
{
    Console console;
    QVERIFY(openAdvisor(console));
    AdvisorPane *pane = console.window->advisorPane();
    QAbstractItemModel *shown = pane->table()->model();
    const sim::SimCatalog &catalog = console.server->world().catalog();
    auto typesShown = [shown] {
        QStringList types;
        for (int row = 0; row < shown->rowCount(); ++row)
            types << shown->index(row, AdvisorModel::TypeColumn).data().toString();
        return types;
    };
    QSignalSpy loaded(pane, &ResourcePane::loaded);
    QVERIFY(pick(pane->cpuCombo(), 4));
    QVERIFY(loaded.wait(15'000));
    QVERIFY(!typesShown().isEmpty());
    for (const QString &type : typesShown())
        QCOMPARE(catalog.instanceType(type)->cpu, 4);
    QVERIFY(pick(pane->memoryCombo(), 16.0));
    QVERIFY(loaded.wait(15'000));
    for (const QString &type : typesShown()) {
        QCOMPARE(catalog.instanceType(type)->cpu, 4);
        QCOMPARE(catalog.instanceType(type)->memoryGiB, 16.0);
    }
    QVERIFY(pick(pane->memoryCombo(), 0.0));
    QVERIFY(loaded.wait(15'000));
    QVERIFY(pick(pane->familyCombo(), u"ecs.c7"_s));
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(typesShown(), QStringList { u"ecs.c7.xlarge"_s });
    QVERIFY(pick(pane->cpuCombo(), 0));
    QVERIFY(loaded.wait(15'000));
    QVERIFY(typesShown().size() >= 5);
    for (const QString &type : typesShown())
        QVERIFY(type.startsWith(u"ecs.c7."_s));
    // Typed text narrows the rows on screen.
    QVERIFY(typeInto(pane->filterEdit(), u"2xlarge"_s));
    QTRY_COMPARE(typesShown(), QStringList { u"ecs.c7.2xlarge"_s });
}

void TestAdvisorPane::cellDetailAndCreatePreemptible()
{
    Console console;
    QVERIFY(openAdvisor(console));
    AdvisorPane *pane = console.window->advisorPane();
    QTableView *view = pane->table();
    QAbstractItemModel *shown = view->model();
    QModelIndex cell;
    for (int row = 0; row < shown->rowCount() && !cell.isValid(); ++row)
        if (shown->index(row, AdvisorModel::TypeColumn).data().toString() == u"ecs.g7.large"_s)
            for (int column = AdvisorModel::FirstZoneColumn; column < shown->columnCount();
                 ++column)
                if (shown->index(row, column).data().toString() != u"—"_s) {
                    cell = shown->index(row, column);
                    break;
                }
    QVERIFY(cell.isValid());
    const QString zone = shown->headerData(cell.column(), Qt::Horizontal).toString();
    QVERIFY(clickCell(view, cell));
    QVERIFY(pane->detailLabel()->text().contains(u"ecs.g7.large in "_s + zone));
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->detailLabel()->text().contains(u"would have survived"_s), 15'000);
    QVERIFY(pane->detailLabel()->text().contains(u"$"_s)); // the history's currency, USD
    QVERIFY(pane->detailLabel()->text().contains(u"Your fleet:"_s));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"would have survived"_s));

    QVERIFY(pick(pane->bidCombo(), true));
    QVERIFY(press(pane->createButton()));
    CreateInstanceWizard *wizard = console.window->createWizard();
    QVERIFY(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->zoneCombo()->currentData().toString(), zone, 15'000);
    QCOMPARE(wizard->billingCombo()->currentData().toInt(), int(Billing::Preemptible));
    QVERIFY(wizard->spotLimitRadio()->isChecked());
    QVERIFY(pressNext(wizard, CreateInstanceWizard::TypePage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->typeTree()->currentItem(), 15'000);
    QCOMPARE(wizard->typeTree()->currentItem()->text(0), u"ecs.g7.large"_s);
    QCOMPARE(wizard->spec().spotStrategy, SpotStrategy::SpotWithPriceLimit);
    screenshotIfAsked(console.window.get(), u"advisor"_s);
}

void TestAdvisorPane::monitoringChartOfTheSelectedInstance()
{
    Console console;
    QVERIFY(console.open(5));
    MonitorChart *chart = console.window->monitorChart();
    QVERIFY(chart);
    // Populated instances were created days back: the last hour has points.
    QTableView *view = console.pane()->view();
    QString running;
    for (int row = 0; row < view->model()->rowCount() && running.isEmpty(); ++row) {
        const QString id = view->model()->index(row, 0).data(KeyRole).toString();
        if (console.server->world().instance(id)->status == u"Running"_s)
            running = id;
    }
    QVERIFY(!running.isEmpty());
    QSignalSpy shown(chart, &MonitorChart::shown);
    console.select({ running });
    QTRY_COMPARE_WITH_TIMEOUT(chart->instanceId(), running, 5'000);
    QVERIFY(shown.wait(15'000));
    QVERIFY2(chart->pointCount() > 0, qPrintable(chart->statusText()));
    QVERIFY(pick(chart->metricCombo(), int(MonitorChart::Metric::Network)));
    QTRY_VERIFY(chart->pointCount() > 0);
    QVERIFY(pick(chart->rangeCombo(), int(MonitorRange::LastDay)));
    QVERIFY(shown.wait(15'000));
    if (!qEnvironmentVariableIsEmpty("ECS_SCREENSHOT_DIR")) { // for the docs: light and dark
        console.window->resize(1024, 640);
        QVERIFY(pick(chart->rangeCombo(), int(MonitorRange::LastHour)));
        QVERIFY(pick(chart->metricCombo(), int(MonitorChart::Metric::Cpu)));
        QVERIFY(shown.wait(15'000));
        screenshotIfAsked(console.window.get(), u"monitoring-light"_s);
        Appearance::instance()->setMode(Appearance::Mode::Dark, false);
        QCoreApplication::processEvents();
        screenshotIfAsked(console.window.get(), u"monitoring-dark"_s);
        Appearance::instance()->setMode(Appearance::Mode::Light, false);
    }
}

QTEST_MAIN(TestAdvisorPane)
#include "tst_advisorpane.moc"
