// What a person sees in the Resources, Spot prices and Images panes (issue 11, items 13, 17 and
// 18): the cell label and Create follow the filters and the stock, types in their natural order,
// the chart's palette, readout and ticks, titled exports confirmed in the status bar, token search.
// Offscreen, against a simulator in this thread over a real loopback socket.
#include "charts/spotchart.h"
#include "columnfit.h"
#include "ecsclient.h"
#include "mainwindow.h"
#include "models/imagesmodel.h"
#include "models/resourcematrixmodel.h"
#include "models/spotpointsmodel.h"
#include "panes/imagespane.h"
#include "panes/regionspane.h"
#include "panes/resourcespane.h"
#include "panes/spotpricepane.h"
#include "simserver.h"
#include "types/instancetypeorder.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

/// The button a person (or a screen reader) knows by this text or accessible name.
QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *candidate : parent->findChildren<QPushButton *>())
        if (candidate->text() == text || candidate->accessibleName() == text)
            return candidate;
    return nullptr;
}

QLabel *countLabel(QWidget *pane)
{
    return pane->findChild<QLabel *>(u"paneCount"_s);
}

/// Clicks a cell as a person would: scrolled into view first.
bool clickCell(QTableView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    if (!rect.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return view->selectionModel()->isSelected(index);
}

/// Accepts the file name the save dialog suggests, with its Save button, as a person would.
QString saveThroughDialog(QWidget *pane)
{
    QFileDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = pane->findChild<QFileDialog *>()) && dialog->isVisible(); },
            5'000))
        return {};
    auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QPushButton *save = buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
    if (!name || !save || !save->isEnabled())
        return {};
    const QString suggested = name->text();
    QTest::mouseClick(save, Qt::LeftButton);
    if (!QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5'000))
        return {};
    return suggested;
}

} // namespace

class TestPanePolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void resourcesTypesInNaturalOrder();
    void resourcesColumnsAreNotCutOff();
    void resourcesLabelAndCreateFollowTheFilter();
    void resourcesCreateDisabledOnSoldOutCells();
    void spotTypeListInNaturalOrder_data();
    void spotTypeListInNaturalOrder();
    void spotChartPaletteTicksAndReadout();
    void spotCountFollowsTheZoneFilter();
    void spotExportsAreTitledSortedAndConfirmed();
    void imagesFilterIsTokenBased();
    void panesAtTheSmallScreenSize_data();
    void panesAtTheSmallScreenSize();

private:
    std::unique_ptr<EcsClient> client();
    /// A pane loaded for cn-hangzhou.
    template<typename Pane> bool load(Pane &pane);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    QUrl m_url;
};

void TestPanePolish::init()
{
    sim::SimOptions options;
    options.instances = 20;
    options.seed = 3;
    m_server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(m_server.get(), &sim::SimServer::listening);
    m_server->start(QHostAddress::LocalHost, 0);
    QCOMPARE(listening.size(), 1);
    m_url = listening.first().first().toUrl();
}

std::unique_ptr<EcsClient> TestPanePolish::client()
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = m_url;
    config.retry.maxAttempts = 1;
    return std::make_unique<EcsClient>(&m_nam, config);
}

template<typename Pane> bool TestPanePolish::load(Pane &pane)
{
    QSignalSpy loaded(&pane, &ResourcePane::loaded);
    pane.setRegion(u"cn-hangzhou"_s);
    return loaded.wait(15'000);
}

void TestPanePolish::resourcesTypesInNaturalOrder()
{
    auto c = client();
    ResourcesPane pane(c.get());
    pane.resize(1100, 600);
    pane.show();
    QAbstractItemModelTester tester(
        pane.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(pane));
    QAbstractItemModel *shown = pane.view()->model();
    QStringList types;
    for (int row = 0; row < shown->rowCount(); ++row)
        types << shown->index(row, ResourceMatrixModel::TypeColumn).data().toString();
    QVERIFY(types.size() >= 50);
    QVERIFY2(std::is_sorted(types.begin(), types.end(), ecs::instanceTypeLess),
        qPrintable(types.mid(0, 12).join(u", "_s)));
    // large before xlarge before 2xlarge before 16xlarge, as on screen.
    const qsizetype large = types.indexOf(u"ecs.g7.large"_s);
    const qsizetype x2 = types.indexOf(u"ecs.g7.2xlarge"_s);
    const qsizetype x16 = types.indexOf(u"ecs.g7.16xlarge"_s);
    QVERIFY(large >= 0 && x2 > large && x16 > x2);
}

void TestPanePolish::resourcesColumnsAreNotCutOff()
{
    auto c = client();
    ResourcesPane pane(c.get());
    pane.resize(1100, 600);
    pane.show();
    QVERIFY(load(pane));
    const QStringList cut = columnfit::truncatedColumns(pane.view());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
}

void TestPanePolish::resourcesLabelAndCreateFollowTheFilter()
{
    auto c = client();
    ResourcesPane pane(c.get());
    pane.resize(1100, 600);
    pane.show();
    QVERIFY(load(pane));
    QPushButton *create = button(&pane, u"Create instance here…"_s);
    QVERIFY(create);
    QLabel *label = nullptr;
    for (QLabel *candidate : pane.findChildren<QLabel *>())
        if (candidate->text().startsWith(u"Select a cell"_s))
            label = candidate;
    QVERIFY(label);
    // An in-stock cell of the first type, in the middle of the list so that it has neighbours.
    QAbstractItemModel *shown = pane.view()->model();
    QModelIndex chosen;
    for (int row = 5; row < shown->rowCount() && !chosen.isValid(); ++row)
        for (int column = ResourceMatrixModel::FirstZoneColumn; column < shown->columnCount();
             ++column)
            if (shown->index(row, column).data(ResourceMatrixModel::StockRole) == u"WithStock"_s) {
                chosen = shown->index(row, column);
                break;
            }
    const QString type = chosen.data(KeyRole).toString();
    const QString zone = shown->headerData(chosen.column(), Qt::Horizontal).toString();
    QVERIFY(clickCell(pane.view(), chosen));
    QVERIFY2(label->text().startsWith(u"%1 in %2"_s.arg(type, zone)), qPrintable(label->text()));
    QVERIFY(create->isEnabled());
    // A filter that hides the chosen row: nothing may point at a cell that is not on screen.
    const QString family
        = chosen.siblingAtColumn(ResourceMatrixModel::FamilyColumn).data().toString();
    QString otherFamily;
    for (int row = 0; row < shown->rowCount() && otherFamily.isEmpty(); ++row)
        if (const QString f
            = shown->index(row, ResourceMatrixModel::FamilyColumn).data().toString();
            f != family)
            otherFamily = f;
    QTest::keyClicks(pane.filterEdit(), otherFamily + u"."_s);
    QVERIFY(pane.view()->model()->rowCount() > 0);
    QVERIFY2(!label->text().contains(u" in cn-hangzhou-"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"hidden by the filters"_s));
    QVERIFY(!create->isEnabled());
    QVERIFY(!button(&pane, u"Price history…"_s)->isEnabled());
    QSignalSpy requested(&pane, &ResourcesPane::createRequested);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(requested.size(), 0);
    // Clearing the filter brings the chosen cell back, selected and in view.
    pane.filterEdit()->selectAll();
    QTest::keyClick(pane.filterEdit(), Qt::Key_Backspace);
    QVERIFY2(label->text().startsWith(u"%1 in %2"_s.arg(type, zone)), qPrintable(label->text()));
    const QModelIndexList selected = pane.view()->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(KeyRole).toString(), type);
    QVERIFY(pane.view()->viewport()->rect().intersects(pane.view()->visualRect(selected.first())));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), type);
    QCOMPARE(requested.first().at(1).toString(), zone);
}

void TestPanePolish::resourcesCreateDisabledOnSoldOutCells()
{
    auto c = client();
    ResourcesPane pane(c.get());
    pane.resize(1100, 600);
    pane.show();
    QVERIFY(load(pane));
    QPushButton *create = button(&pane, u"Create instance here…"_s);
    QAbstractItemModel *shown = pane.view()->model();
    QModelIndex soldOut;
    for (int row = 0; row < shown->rowCount() && !soldOut.isValid(); ++row)
        for (int column = ResourceMatrixModel::FirstZoneColumn; column < shown->columnCount();
             ++column)
            if (shown->index(row, column).data(ResourceMatrixModel::StockRole)
                == u"WithoutStock"_s) {
                soldOut = shown->index(row, column);
                break;
            }
    QVERIFY(soldOut.isValid());
    QVERIFY(clickCell(pane.view(), soldOut));
    // Disabled, and the reason where the pointer and the eye go.
    QVERIFY(!create->isEnabled());
    QVERIFY2(create->toolTip().contains(u"sold out"_s), qPrintable(create->toolTip()));
    QVERIFY2(create->toolTip().contains(soldOut.data(KeyRole).toString()),
        qPrintable(create->toolTip()));
    QSignalSpy requested(&pane, &ResourcesPane::createRequested);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(requested.size(), 0);
    // Its price history is still there to look at.
    QVERIFY(button(&pane, u"Price history…"_s)->isEnabled());
    // The raw StatusCategory never shows.
    for (QLabel *label : pane.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"WithoutStock"_s), qPrintable(label->text()));
}

void TestPanePolish::spotTypeListInNaturalOrder_data()
{
    QTest::addColumn<QString>("added");
    QTest::newRow("a bigger size") << u"ecs.g7.16xlarge"_s;
    QTest::newRow("a medium size") << u"ecs.g7.2xlarge"_s;
    QTest::newRow("a new family") << u"ecs.g10.large"_s;
}

void TestPanePolish::spotTypeListInNaturalOrder()
{
    QFETCH(QString, added);
    auto c = client();
    SpotPricePane pane(c.get());
    QStringList types = pane.instanceTypes();
    QVERIFY(types.size() >= 5);
    QVERIFY2(std::is_sorted(types.begin(), types.end(), ecs::instanceTypeLess),
        qPrintable(types.join(u", "_s)));
    pane.setInstanceType(added);
    types = pane.instanceTypes();
    QVERIFY(types.contains(added));
    QVERIFY2(std::is_sorted(types.begin(), types.end(), ecs::instanceTypeLess),
        qPrintable(types.join(u", "_s)));
    auto *combo = pane.findChild<QComboBox *>();
    QCOMPARE(combo->currentText(), added);
}

void TestPanePolish::spotChartPaletteTicksAndReadout()
{
    auto c = client();
    SpotPricePane pane(c.get());
    pane.resize(1100, 800);
    pane.show();
    pane.setInstanceType(u"ecs.g7.large"_s);
    QVERIFY(load(pane));
    SpotChart *chart = pane.chart();
    // Zones in the colour-blind-safe palette, each its own colour.
    QSet<QString> zoneIds;
    for (const SpotPricePoint &p : pane.pointsModel()->rows())
        zoneIds.insert(p.zoneId);
    QStringList zones;
    QList<QRgb> colours;
    for (QAbstractSeries *series : chart->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || !zoneIds.contains(line->name()))
            continue; // the on-demand and limit levels
        zones << line->name();
        QCOMPARE(line->pen().color(), SpotChart::zoneColor(int(zones.size() - 1)));
        QVERIFY(!colours.contains(line->pen().color().rgb()));
        colours << line->pen().color().rgb();
    }
    QVERIFY(zones.size() >= 3);
    QCOMPARE(SpotChart::zoneColor(0), QColor(0x00, 0x72, 0xb2)); // Okabe–Ito blue
    // Round ticks: the top is a whole number of steps of 1, 2, 2.5 or 5 × 10^k.
    QValueAxis *prices = nullptr;
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
        prices = qobject_cast<QValueAxis *>(axis);
    QVERIFY(prices);
    QCOMPARE(prices->min(), 0.0);
    const double step = prices->max() / (prices->tickCount() - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / magnitude;
    QVERIFY2(std::abs(mantissa - std::round(mantissa * 2) / 2) < 1e-6,
        qPrintable(QString::number(step)));
    QVERIFY(!prices->labelFormat().contains(u"%.3f"_s) || step < 0.01);
    // The crosshair readout: time, then every zone with its price, on a card of its own.
    const QRectF plot = chart->chart()->plotArea();
    const QPoint inside = chart->mapFromScene(plot.center());
    QTest::mouseMove(chart->viewport(), inside);
    QTRY_VERIFY(chart->isReadoutVisible());
    const QString readout = chart->readoutText();
    for (const QString &zone : std::as_const(zones))
        QVERIFY2(readout.contains(zone), qPrintable(readout));
    QVERIFY2(readout.contains(u"$0."_s), qPrintable(readout));
    QTest::mouseMove(chart->viewport(), QPoint(2, 2));
    QTRY_VERIFY(!chart->isReadoutVisible());
}

void TestPanePolish::spotCountFollowsTheZoneFilter()
{
    auto c = client();
    SpotPricePane pane(c.get());
    pane.resize(1100, 800);
    pane.show();
    pane.setInstanceType(u"ecs.g7.large"_s);
    QVERIFY(load(pane));
    QLabel *count = countLabel(&pane);
    QVERIFY(count);
    const int total = pane.pointsModel()->rowCount();
    QVERIFY2(count->text().startsWith(QString::number(total) + u" price change"_s),
        qPrintable(count->text()));
    const QString zone = pane.pointsModel()->rowAt(0).zoneId;
    QTest::keyClicks(pane.filterEdit(), zone);
    int inZone = 0;
    for (const SpotPricePoint &p : pane.pointsModel()->rows())
        inZone += p.zoneId == zone;
    QVERIFY(inZone > 0 && inZone < total);
    // The English plural forms are installed: "1 zone", not "1 zone(s)".
    QCOMPARE(count->text(), u"%1 of %2 price changes in 1 zone"_s.arg(inZone).arg(total));
}

void TestPanePolish::spotExportsAreTitledSortedAndConfirmed()
{
    auto c = client();
    QMainWindow window;
    window.statusBar()->show(); // where the confirmations go, as in the console's window
    auto *pane = new SpotPricePane(c.get());
    window.setCentralWidget(pane);
    window.resize(1100, 800);
    window.show();
    pane->setInstanceType(u"ecs.g7.large"_s);
    QVERIFY(load(*pane));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The save dialogs open in the working directory.
    QVERIFY(QDir::setCurrent(dir.path()));
    QPushButton *exportPng = button(pane, u"Export PNG"_s);
    QVERIFY(exportPng && exportPng->isEnabled());
    QTest::mouseClick(exportPng, Qt::LeftButton);
    const QString pngName = saveThroughDialog(pane);
    // The suggested name says what it is, too.
    QCOMPARE(pngName,
        u"spot-ecs.g7.large-cn-hangzhou-%1.png"_s.arg(
            QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s)));
    const QString png = dir.filePath(pngName);
    QTRY_VERIFY(QFile::exists(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Titled with the type, region, range and dates, in the picture and its PNG text.
    const QString title = image.text(u"Title"_s);
    QCOMPARE(title, pane->exportTitle());
    QVERIFY2(title.contains(u"ecs.g7.large"_s) && title.contains(u"cn-hangzhou"_s)
            && title.contains(u"Last 7 days"_s),
        qPrintable(title));
    QVERIFY2(title.contains(QString::number(QDate::currentDate().year())), qPrintable(title));
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(pngName),
        qPrintable(window.statusBar()->currentMessage()));
    // The chart on screen keeps its own title.
    QVERIFY(pane->chart()->chart()->title() != title);

    QTest::mouseClick(button(pane, u"Export CSV"_s), Qt::LeftButton);
    const QString csvName = saveThroughDialog(pane);
    QVERIFY(csvName.endsWith(u".csv"_s));
    const QString csv = dir.filePath(csvName);
    QTRY_VERIFY(QFile::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), pane->pointsModel()->rowCount() + 1);
    for (qsizetype n = 2; n < lines.size(); ++n) {
        const QList<QByteArray> a = lines.at(n - 1).split(',');
        const QList<QByteArray> b = lines.at(n).split(',');
        QVERIFY2(a.at(0) < b.at(0) || (a.at(0) == b.at(0) && a.at(1) <= b.at(1)),
            lines.at(n).constData());
    }
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(csvName),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(
        QString::number(pane->pointsModel()->rowCount())));
}

void TestPanePolish::imagesFilterIsTokenBased()
{
    auto c = client();
    ImagesPane pane(c.get());
    pane.show();
    QVERIFY(load(pane));
    // The service's names have double spaces ("Ubuntu  22.04 64位"); people type one.
    QTest::keyClicks(pane.filterEdit(), u"ubuntu 22"_s);
    QAbstractItemModel *shown = pane.view()->model();
    QStringList names;
    for (int row = 0; row < shown->rowCount(); ++row)
        names << shown->index(row, ImagesModel::NameColumn).data().toString();
    QVERIFY2(names.contains(u"Ubuntu  22.04 64位"_s), qPrintable(names.join(u" | "_s)));
    for (const QString &name : std::as_const(names))
        QVERIFY2(name.contains(u"22"_s), qPrintable(name));
}

void TestPanePolish::panesAtTheSmallScreenSize_data()
{
    QTest::addColumn<QString>("pane");
    QTest::newRow("resources") << u"resources"_s;
    QTest::newRow("spot") << u"spot"_s;
}

void TestPanePolish::panesAtTheSmallScreenSize()
{
    QFETCH(QString, pane);
    auto c = client();
    MainWindow window(c.get(), u"Demo"_s);
    window.resize(1024, 640);
    window.show();
    QSignalSpy regions(window.regionsPane(), &RegionsPane::loaded);
    window.regionsPane()->refresh();
    QVERIFY(regions.wait(15'000));
    window.setCurrentRegion(u"cn-hangzhou"_s);
    auto *shown = pane == u"spot" ? static_cast<ResourcePane *>(window.spotPricePane())
                                  : static_cast<ResourcePane *>(window.resourcesPane());
    QSignalSpy loaded(shown, &ResourcePane::loaded);
    QVERIFY(window.showPane(pane));
    QVERIFY(loaded.wait(15'000));
    // No value and no header cut off ("1 Dec 2026 0…" under Since, "vCPU" elided).
    QStringList cut;
    for (QTableView *table : shown->findChildren<QTableView *>())
        if (table->isVisible())
            cut += columnfit::truncatedColumns(table);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    if (pane == u"spot") {
        // The legend names the zones' colours: on screen, whole, even at this size.
        QChart *chart = window.spotPricePane()->chart()->chart();
        const QRectF legend = chart->legend()->geometry();
        QVERIFY2(
            chart->legend()->isVisible() && legend.height() > 20 && chart->rect().contains(legend),
            qPrintable(u"legend %1×%2 at %3,%4"_s.arg(legend.width())
                           .arg(legend.height())
                           .arg(legend.x())
                           .arg(legend.y())));
    }
    if (const QString dir = qEnvironmentVariable("ECS_UI_SHOTS"); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // the legend lays out its markers a turn later
        window.grab().save(dir + u"/%1-1024.png"_s.arg(pane));
    }
}

QTEST_MAIN(TestPanePolish)
#include "tst_panepolish.moc"
