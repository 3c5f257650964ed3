// The Instances table's CPU usage column: the model reads core's sparkline cache (one cell
// changes per answer, unknown is "—" and never 0, sorted by the latest value), the delegate draws
// the series in the palette's colours, and the pane as a person sees it: the cell shows the last
// hour's CPU, with the figures as its tooltip and accessible text, and hiding the column stops
// the asking.
#include "desktop/appearance.h"
#include "fleet/fleetscope.h"
#include "insight/cpusparklines.h"
#include "lifecycletesthelpers.h"
#include "models/instancesmodel.h"
#include "widgets/sparklinedelegate.h"

#include "../support/simclient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

namespace {

const QRegularExpression kPercent(u"^\\d{1,3} %$"_s);
const QRegularExpression kFigures(u"^CPU \\d{1,3} % \\(last hour, max \\d{1,3} %\\)$"_s);

/// Pixels of `image` near `colour` (antialiased edges aside).
int pixelsLike(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 40;
        }
    return n;
}

} // namespace

class TestCpuSparklines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelShowsTheCacheCellByCell();
    void delegateDrawsKnownSeriesOnly();
    void instancesPaneShowsTheLastHour();
};

void TestCpuSparklines::modelShowsTheCacheCellByCell()
{
    sim::SimOptions options;
    options.timeScale = 400;
    sim::SimServer server(options);
    const QUrl endpoint = startOnLoopback(server);
    QVERIFY(endpoint.isValid());
    QStringList ids;
    for (int n = 0; n < 3; ++n) {
        sim::SimInstance spec;
        spec.regionId = u"cn-hangzhou"_s;
        spec.zoneId = u"cn-hangzhou-h"_s;
        spec.instanceType = u"ecs.g7.large"_s;
        ids.append(server.world().addInstance(spec, true).instanceId);
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.world().instance(ids.last())->status == u"Running", 10'000);
    server.world().advanceClock(2 * 3'600'000);
    QNetworkAccessManager network;
    EcsClient client(&network, simClientConfig(endpoint));
    FleetScope fleet;
    fleet.addMember({}, &client);

    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InventoryChange change;
    change.regionId = u"cn-hangzhou"_s;
    for (const QString &id : ids + QStringList { u"i-not-there"_s }) {
        Instance i;
        i.instanceId = id;
        i.instanceName = id;
        i.regionId = u"cn-hangzhou"_s;
        i.status = InstanceStatus::Running;
        change.added.append(i);
    }
    model.apply(change);
    QCOMPARE(model.rowCount(), 4);
    auto cell = [&model](const QString &id) {
        return model.index(model.rowOf(id), InstancesModel::CpuUsageColumn);
    };
    // Before any answer: unknown, never 0, and sorted after every known value.
    QCOMPARE(cell(ids.first()).data().toString(), u"\u2014"_s);
    QVERIFY(!cell(ids.first()).data(SortRole).isValid());
    QVERIFY(cell(ids.first()).data(Qt::ToolTipRole).toString().contains(u"not known yet"_s));

    CpuSparklines sparklines(&fleet);
    sparklines.setNow([&server] { return server.world().now(); });
    model.setCpuSparklines(&sparklines);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy updated(&sparklines, &CpuSparklines::updated);
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    sparklines.setInstances(QList<SparklineTarget> { { {}, u"cn-hangzhou"_s, ids.at(0) },
        { {}, u"cn-hangzhou"_s, ids.at(1) }, { {}, u"cn-hangzhou"_s, u"i-not-there"_s } });
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 3, 10'000);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(reset.size(), 0);
    for (const QList<QVariant> &signal : changed) { // one cell each, in the CPU usage column
        const auto from = signal.at(0).value<QModelIndex>(), to = signal.at(1).value<QModelIndex>();
        QCOMPARE(from, to);
        QCOMPARE(from.column(), int(InstancesModel::CpuUsageColumn));
    }
    for (const QString &id : ids.mid(0, 2)) {
        const QString text = cell(id).data().toString();
        QVERIFY2(kPercent.match(text).hasMatch(), qPrintable(text));
        const QString figures = cell(id).data(Qt::ToolTipRole).toString();
        QVERIFY2(kFigures.match(figures).hasMatch(), qPrintable(figures));
        QCOMPARE(cell(id).data(Qt::AccessibleTextRole).toString(), figures);
        QCOMPARE(qRound(cell(id).data(SortRole).toDouble()), text.chopped(2).toInt());
        QVERIFY(cell(id).data(InstancesModel::CpuSeriesRole).value<QList<float>>().size() >= 59);
    }
    // Not on screen: not asked. Asked and refused: unknown, with why.
    QCOMPARE(cell(ids.at(2)).data().toString(), u"\u2014"_s);
    QCOMPARE(cell(u"i-not-there"_s).data().toString(), u"\u2014"_s);
    QVERIFY(!cell(u"i-not-there"_s).data(SortRole).isValid());
    const QString why = cell(u"i-not-there"_s).data(Qt::ToolTipRole).toString();
    QVERIFY2(why.startsWith(u"CPU unknown"_s) && why.contains(u"NotFound"_s), qPrintable(why));
    // The CPU usage column sorts by the latest value; unknown rows come last.
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(SortRole);
    sorted.sort(InstancesModel::CpuUsageColumn, Qt::AscendingOrder);
    const double first = sorted.index(0, InstancesModel::CpuUsageColumn).data(SortRole).toDouble();
    const double second = sorted.index(1, InstancesModel::CpuUsageColumn).data(SortRole).toDouble();
    QVERIFY(first <= second);
    QVERIFY(!sorted.index(2, InstancesModel::CpuUsageColumn).data(SortRole).isValid());
    QVERIFY(!sorted.index(3, InstancesModel::CpuUsageColumn).data(SortRole).isValid());
    // A row that leaves takes its cell with it; a late answer for it changes nothing.
    model.apply(InventoryChange { u"cn-hangzhou"_s, {}, {}, { ids.at(0) } });
    changed.clear();
    Q_EMIT sparklines.updated(ids.at(0));
    QCOMPARE(changed.size(), 0);
}

void TestCpuSparklines::delegateDrawsKnownSeriesOnly()
{
    QStandardItemModel model(2, 1);
    QList<float> series;
    for (int n = 0; n < 60; ++n)
        series.append(n % 10 == 9 ? std::numeric_limits<float>::quiet_NaN() : float(20 + n));
    model.setData(model.index(0, 0), u"79 %"_s);
    model.setData(model.index(0, 0), QVariant::fromValue(series), InstancesModel::CpuSeriesRole);
    model.setData(model.index(1, 0), u"\u2014"_s); // unknown: no series at all
    SparklineDelegate delegate(InstancesModel::CpuSeriesRole);
    QStyleOptionViewItem option;
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    const QSize hint = delegate.sizeHint(option, model.index(0, 0));
    QVERIFY(hint.width() >= QFontMetrics(option.font).horizontalAdvance(u"100 %"_s) + 40);
    option.rect = QRect(0, 0, std::max(hint.width(), 140), 24);
    const QColor line = option.palette.color(QPalette::Active, QPalette::Highlight);
    for (int row = 0; row < 2; ++row) {
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(row, 0));
        painter.end();
        if (row == 0)
            QVERIFY2(pixelsLike(image, line) >= 30, "the known series is drawn");
        else
            QCOMPARE(pixelsLike(image, line), 0); // no line pretends to be 0 %
    }
}

void TestCpuSparklines::instancesPaneShowsTheLastHour()
{
    Console console;
    QVERIFY(console.open(8));
    console.window->resize(1024, 640);
    QTableView *view = console.pane()->view();
    QHeaderView *header = view->horizontalHeader();
    // The column a person sees next to the name, by its title, in sight at 1024 x 640.
    const int name = header->visualIndex(InstancesModel::NameColumn);
    const int column = header->logicalIndex(name + 1);
    QCOMPARE(view->model()->headerData(column, Qt::Horizontal).toString(), u"CPU usage"_s);
    QVERIFY(!view->isColumnHidden(column));
    QTRY_VERIFY(view->columnViewportPosition(column) + view->columnWidth(column)
        <= view->viewport()->width());
    // Populated instances were created days back: running ones have a last hour to show.
    QString running;
    int row = 0;
    for (; row < view->model()->rowCount() && running.isEmpty(); ++row) {
        const QString id = view->model()->index(row, 0).data(KeyRole).toString();
        if (console.server->world().instance(id)->status == u"Running"_s)
            running = id;
    }
    QVERIFY(!running.isEmpty());
    const QModelIndex cpu = view->model()->index(row - 1, column);
    QTRY_VERIFY2_WITH_TIMEOUT(kPercent.match(cpu.data().toString()).hasMatch(),
        qPrintable(cpu.data(Qt::ToolTipRole).toString()), 15'000);
    const QString tip = cpu.data(Qt::ToolTipRole).toString();
    QVERIFY2(kFigures.match(tip).hasMatch(), qPrintable(tip));
    QCOMPARE(cpu.data(Qt::AccessibleTextRole).toString(), tip);
    screenshotIfAsked(console.window.get(), u"sparklines-light"_s);
    if (!qEnvironmentVariableIsEmpty("ECS_SCREENSHOT_DIR")) {
        Appearance::instance()->setMode(Appearance::Mode::Dark, false);
        QCoreApplication::processEvents();
        screenshotIfAsked(console.window.get(), u"sparklines-dark"_s);
        Appearance::instance()->setMode(Appearance::Mode::Light, false);
    }

    // The header's menu hides it, as any column: then nothing more is asked.
    auto *feed = console.pane()->findChild<CpuSparklineColumn *>();
    QVERIFY(feed);
    QVERIFY(!feed->sparklines()->instances().isEmpty());
    const QPoint at(header->sectionViewportPosition(column) + 4, header->height() / 2);
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, header->mapToGlobal(at));
    QCoreApplication::sendEvent(header->viewport(), &menuEvent); // as a right click
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = console.pane()->findChild<QMenu *>(u"columnsMenu"_s)) && menu->isVisible());
    QAction *untick = nullptr;
    for (QAction *action : menu->actions())
        if (action->text() == u"CPU usage"_s)
            untick = action;
    QVERIFY(untick && untick->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(untick).center());
    QVERIFY(view->isColumnHidden(column));
    QTRY_VERIFY(feed->sparklines()->instances().isEmpty());
    QCOMPARE(feed->sparklines()->inFlight(), 0);
}

QTEST_MAIN(TestCpuSparklines)
#include "tst_cpusparklines.moc"
