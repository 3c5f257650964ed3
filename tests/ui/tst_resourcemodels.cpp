// The image, instance and spot point models under QAbstractItemModelTester through refreshes.
#include "models/imagesmodel.h"
#include "models/instancesmodel.h"
#include "models/resourcematrixmodel.h"
#include "models/spotpointsmodel.h"
#include "types/instancetypeorder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

Instance instance(const QString &id, const QString &status)
{
    Instance i;
    i.instanceId = id;
    i.instanceName = u"web-"_s + id;
    i.regionId = u"cn-hangzhou"_s;
    i.status = fromWireOr(status, InstanceStatus::Unknown);
    i.cpu = 2;
    i.memoryMiB = 8192;
    i.publicIps = { u"47.1.2.3"_s };
    i.tags = { { u"env"_s, u"prod"_s } };
    return i;
}

} // namespace

class TestResourceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instancesUpdateInPlace();
    void instancesSearchAndSort();
    void instancesMergeOneRegion();
    void images();
    void spotPoints();
    void spotPointsProxySortsAsSortRole_data();
    void spotPointsProxySortsAsSortRole();
    void mergeTakesARepeatedKeyOnceWithItsLastValue();
    void resourceMatrixColumnsFollowZones();
    void resourceFilters();
    void resourceTypesSortNaturally();
    void resourceStockInWords_data();
    void resourceStockInWords();
    void resourceTextFilterIsTokenBased();
    void spotCsvSortedByZoneThenTime();
    void textQueryProxy_data();
    void textQueryProxy();
};

void TestResourceModels::instancesUpdateInPlace()
{
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    model.setRows({ instance(u"i-1"_s, u"Running"_s), instance(u"i-2"_s, u"Starting"_s),
        instance(u"i-3"_s, u"Stopped"_s) });
    const QPersistentModelIndex second = model.index(1, InstancesModel::StatusColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows({ instance(u"i-1"_s, u"Running"_s), instance(u"i-2"_s, u"Running"_s),
        instance(u"i-3"_s, u"Stopped"_s) });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(second.data().toString(), u"Running"_s);
    QCOMPARE(second.row(), 1);
    model.setRows({ instance(u"i-2"_s, u"Running"_s) });
    QCOMPARE(second.row(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestResourceModels::instancesMergeOneRegion()
{
    // One region's answer changes that region only: the other region's rows are neither removed,
    // nor compared, nor overwritten.
    InstancesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Instance remote = instance(u"i-sh"_s, u"Running"_s);
    remote.regionId = u"cn-shanghai"_s;
    model.setRows({ instance(u"i-1"_s, u"Running"_s), remote, instance(u"i-2"_s, u"Stopped"_s) });
    const auto inHangzhou = [](const Instance &i) { return i.regionId == u"cn-hangzhou"; };
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // i-1 changes, i-2 is released, i-3 is new; i-sh is out of scope.
    model.mergeRows(
        QList { instance(u"i-3"_s, u"Pending"_s), instance(u"i-1"_s, u"Stopping"_s) }, inHangzhou);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowAt(model.rowOf(u"i-sh"_s)), remote);
    QCOMPARE(model.rowAt(model.rowOf(u"i-1"_s)).status, InstanceStatus::Stopping);
    QCOMPARE(model.rowOf(u"i-2"_s), -1);
    QCOMPARE(model.rowAt(model.rowOf(u"i-3"_s)).status, InstanceStatus::Pending);
    // Every key once.
    QSet<QString> keys;
    for (const Instance &i : model.rows())
        keys.insert(i.instanceId);
    QCOMPARE(keys.size(), model.rowCount());
}

void TestResourceModels::instancesSearchAndSort()
{
    InstancesModel model;
    Instance locked = instance(u"i-9"_s, u"Running"_s);
    locked.lockReasons = { u"Recycling"_s };
    model.setRows({ instance(u"i-1"_s, u"Stopping"_s), locked });
    const QString search = model.index(0, 0).data(SearchRole).toString();
    QVERIFY(search.contains(u"47.1.2.3"_s));
    QVERIFY(search.contains(u"env=prod"_s));
    QCOMPARE(model.index(0, InstancesModel::MemoryColumn).data(SortRole).toInt(), 8192);
    QCOMPARE(model.index(1, InstancesModel::StatusColumn).data().toString(), u"Running (locked)"_s);
    QVERIFY(!model.index(0, InstancesModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QCOMPARE(model.headerData(InstancesModel::TagsColumn, Qt::Horizontal).toString(), u"Tags"_s);
}

void TestResourceModels::images()
{
    ImagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Image a { u"img-a"_s, u"Ubuntu"_s, u"linux"_s, u"Ubuntu 22.04 64 bit"_s, u"Ubuntu"_s,
        u"x86_64"_s, u"system"_s, u"Available"_s, 20,
        QDateTime(QDate(2024, 9, 26), QTime(1, 0), Qt::UTC), {} };
    Image b = a;
    b.imageId = u"img-b"_s;
    b.sizeGiB = 40;
    model.setRows({ a, b });
    QCOMPARE(model.index(1, ImagesModel::SizeColumn).data(SortRole).toInt(), 40);
    QCOMPARE(model.index(1, ImagesModel::SizeColumn).data().toString(), u"40 GiB"_s);
    model.setRows({ b });
    QCOMPARE(model.rowCount(), 1);
}

void TestResourceModels::spotPoints()
{
    SpotPointsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    model.setRows({ { u"z-a"_s, t, 0.02, 0.1 }, { u"z-b"_s, t, 0.03, 0.1 },
        { u"z-a"_s, t.addSecs(3600), 0.025, 0.1 } });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, SpotPointsModel::DiscountColumn).data().toString(), u"80%"_s);
    QCOMPARE(model.toCsv(),
        QByteArray("zone,timestamp_utc,spot_price,on_demand_price\n"
                   "z-a,2026-11-01T00:00:00Z,0.0200,0.1000\n"
                   "z-a,2026-11-01T01:00:00Z,0.0250,0.1000\n"
                   "z-b,2026-11-01T00:00:00Z,0.0300,0.1000\n"));
}

void TestResourceModels::spotPointsProxySortsAsSortRole_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < SpotPointsModel::ColumnCount; ++column)
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder })
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "up" : "down")
                << column << order;
}

void TestResourceModels::spotPointsProxySortsAsSortRole()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    SpotPointsModel model;
    const QDateTime t = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QList<ecs::SpotPricePoint> points;
    const QStringList zones { u"cn-hangzhou-k"_s, u"cn-hangzhou-b"_s, u"cn-hangzhou-i"_s };
    for (int n = 0; n < 60; ++n) // distinct times, prices and discounts in no order
        points.append({ zones.at(n % 3), t.addSecs(3600 * ((n * 37) % 60)),
            0.01 + 0.001 * ((n * 13) % 17), 0.1 + 0.01 * (n % 5) });
    model.setRows(points);

    // What every pane's proxy does (QSortFilterProxyModel on SortRole, the locale's order)…
    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(SortRole);
    reference.setSortLocaleAware(true);
    reference.sort(column, order);
    // …and the one that compares fields: the same rows in the same order, filled and refilled.
    SpotPointsProxy typed(&model);
    QAbstractItemModelTester tester(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    typed.sort(column, order);
    const auto sameOrder = [&] {
        QCOMPARE(typed.rowCount(), reference.rowCount());
        for (int row = 0; row < typed.rowCount(); ++row)
            QCOMPARE(typed.index(row, column).data(SortRole),
                reference.index(row, column).data(SortRole));
    };
    sameOrder();
    model.clear();
    model.setRows(points); // as a new answer arrives: placed by the typed compare
    sameOrder();
}

void TestResourceModels::mergeTakesARepeatedKeyOnceWithItsLastValue()
{
    SpotPointsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    model.setRows({ { u"z-a"_s, t, 0.02, 0.1 }, { u"z-b"_s, t, 0.03, 0.1 },
        { u"z-a"_s, t, 0.04, 0.1 } }); // z-a at t twice: once, with 0.04, where it came first
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0).zoneId, u"z-a"_s);
    QCOMPARE(model.rowAt(0).spotPrice, 0.04);
    QCOMPARE(model.rowAt(1).zoneId, u"z-b"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows({ { u"z-b"_s, t, 0.05, 0.1 }, { u"z-a"_s, t, 0.01, 0.1 },
        { u"z-b"_s, t, 0.06, 0.1 }, { u"z-c"_s, t, 0.07, 0.1 } });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowAt(model.rowOf(u"z-b@%1"_s.arg(t.toMSecsSinceEpoch()))).spotPrice, 0.06);
    QCOMPARE(model.rowAt(model.rowOf(u"z-a@%1"_s.arg(t.toMSecsSinceEpoch()))).spotPrice, 0.01);
    QCOMPARE(model.rowAt(2).zoneId, u"z-c"_s);
    QCOMPARE(changed.size(), 2); // each existing row once, with its last value
}

namespace {

MatrixRow matrixRow(const QString &type, const QString &family, int cpu, double memory,
    const QHash<QString, QString> &stock)
{
    return { { type, family, cpu, memory, 0, {}, u"X86"_s }, stock };
}

} // namespace

void TestResourceModels::resourceMatrixColumnsFollowZones()
{
    ResourceMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    model.setZones({ u"z-a"_s, u"z-b"_s });
    model.setRows({ matrixRow(u"ecs.g7.large"_s, u"ecs.g7"_s, 2, 8,
        { { u"z-a"_s, u"WithStock"_s }, { u"z-b"_s, u"WithoutStock"_s } }) });
    QCOMPARE(model.columnCount(), ResourceMatrixModel::FirstZoneColumn + 2);
    const int za = ResourceMatrixModel::FirstZoneColumn;
    QCOMPARE(model.index(0, za).data().toString(), u"In stock"_s);
    QCOMPARE(model.index(0, za + 1).data().toString(), u"Sold out"_s);
    QCOMPARE(
        model.index(0, za + 1).data(ResourceMatrixModel::StockRole).toString(), u"WithoutStock"_s);
    QCOMPARE(model.headerData(za + 1, Qt::Horizontal).toString(), u"z-b"_s);
    // Another region: other zones, some rows gone, one not offered in a zone.
    model.setZones({ u"y-a"_s, u"y-b"_s, u"y-c"_s });
    model.setRows({ matrixRow(
        u"ecs.c7.large"_s, u"ecs.c7"_s, 2, 4, { { u"y-c"_s, u"ClosedWithStock"_s } }) });
    QCOMPARE(model.columnCount(), ResourceMatrixModel::FirstZoneColumn + 3);
    QCOMPARE(model.index(0, za).data().toString(), u"—"_s);
    QCOMPARE(model.index(0, za + 2).data().toString(), u"In stock"_s);
    QCOMPARE(resets.size(), 0);
}

void TestResourceModels::resourceFilters()
{
    ResourceMatrixModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setZones({ u"z"_s });
    model.setRows({ matrixRow(u"ecs.g7.large"_s, u"ecs.g7"_s, 2, 8, {}),
        matrixRow(u"ecs.g7.4xlarge"_s, u"ecs.g7"_s, 16, 64, {}),
        matrixRow(u"ecs.c7.large"_s, u"ecs.c7"_s, 2, 4, {}) });
    proxy.setFamily(u"ecs.g7"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setCpuRange(4, 64);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFamily({});
    proxy.setCpuRange(0, 64);
    proxy.setMemoryRange(5, 10);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"ecs.g7.large"_s);
}

void TestResourceModels::resourceTypesSortNaturally()
{
    ResourceMatrixModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setZones({ u"z"_s });
    const QStringList natural { u"ecs.g7.large"_s, u"ecs.g7.xlarge"_s, u"ecs.g7.2xlarge"_s,
        u"ecs.g7.16xlarge"_s, u"ecs.g7a.large"_s, u"ecs.g8i.xlarge"_s, u"ecs.g10.large"_s };
    QList<MatrixRow> rows;
    for (const QString &type :
        { natural[3], natural[6], natural[1], natural[0], natural[5], natural[2], natural[4] })
        rows << matrixRow(type, type.section(u'.', 0, 1), 2, 8, {});
    model.setRows(rows);
    auto order = [&proxy] {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out << proxy.index(row, ResourceMatrixModel::TypeColumn).data().toString();
        return out;
    };
    proxy.sort(ResourceMatrixModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(order(), natural);
    proxy.sort(ResourceMatrixModel::TypeColumn, Qt::DescendingOrder);
    QStringList reversed = natural;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(order(), reversed);
    // By family, numbers as numbers and sizes in order inside a family.
    proxy.sort(ResourceMatrixModel::FamilyColumn, Qt::AscendingOrder);
    QCOMPARE(order(), natural);
}

void TestResourceModels::resourceStockInWords_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("canCreate");
    QTest::newRow("with stock") << u"WithStock"_s << u"In stock"_s << u"In stock"_s << true;
    QTest::newRow("closed with stock")
        << u"ClosedWithStock"_s << u"In stock"_s << u"In stock, running low"_s << true;
    QTest::newRow("without stock")
        << u"WithoutStock"_s << u"Sold out"_s << u"Sold out, to be restocked"_s << false;
    QTest::newRow("closed without stock")
        << u"ClosedWithoutStock"_s << u"Sold out"_s << u"Sold out, not restocked"_s << false;
    QTest::newRow("not offered") << QString() << u"—"_s << u"Not offered"_s << false;
}

void TestResourceModels::resourceStockInWords()
{
    QFETCH(QString, category);
    QFETCH(QString, cell);
    QFETCH(QString, words);
    QFETCH(bool, canCreate);
    ResourceMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setZones({ u"z-a"_s });
    QHash<QString, QString> stock;
    if (!category.isEmpty())
        stock.insert(u"z-a"_s, category);
    model.setRows({ matrixRow(u"ecs.g7.large"_s, u"ecs.g7"_s, 2, 8, stock) });
    const QModelIndex index = model.index(0, ResourceMatrixModel::FirstZoneColumn);
    QCOMPARE(index.data().toString(), cell);
    QCOMPARE(ResourceMatrixModel::stockText(category), words);
    QCOMPARE(ResourceMatrixModel::canCreate(category), canCreate);
    // What people read never shows the service's identifiers.
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(!category.isEmpty() ? tip.contains(words) : tip.contains(u"not offered"_s),
        qPrintable(tip));
    QVERIFY2(!tip.contains(u"Stock"_s), qPrintable(tip));
}

void TestResourceModels::resourceTextFilterIsTokenBased()
{
    ResourceMatrixModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(SearchRole);
    model.setZones({ u"z"_s });
    model.setRows({ matrixRow(u"ecs.g7.2xlarge"_s, u"ecs.g7"_s, 8, 32, {}),
        matrixRow(u"ecs.c7.2xlarge"_s, u"ecs.c7"_s, 8, 16, {}),
        matrixRow(u"ecs.g7.large"_s, u"ecs.g7"_s, 2, 8, {}) });
    proxy.setQuery(u"  2xlarge   g7 "_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"ecs.g7.2xlarge"_s);
}

void TestResourceModels::spotCsvSortedByZoneThenTime()
{
    SpotPointsModel model;
    const QDateTime t = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    // As the service pages them: newest first, zones interleaved.
    model.setRows({ { u"z-b"_s, t.addSecs(7200), 0.031, 0.1 },
        { u"z-a"_s, t.addSecs(3600), 0.021, 0.1 }, { u"z-b"_s, t, 0.030, 0.1 },
        { u"z-a"_s, t.addSecs(7200), 0.022, 0.1 }, { u"z-a"_s, t, 0.020, 0.1 } });
    const QList<QByteArray> lines = model.toCsv().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(1), QByteArray("z-a,2026-11-01T00:00:00Z,0.0200,0.1000"));
    QCOMPARE(lines.at(2), QByteArray("z-a,2026-11-01T01:00:00Z,0.0210,0.1000"));
    QCOMPARE(lines.at(3), QByteArray("z-a,2026-11-01T02:00:00Z,0.0220,0.1000"));
    QCOMPARE(lines.at(4), QByteArray("z-b,2026-11-01T00:00:00Z,0.0300,0.1000"));
    QCOMPARE(lines.at(5), QByteArray("z-b,2026-11-01T02:00:00Z,0.0310,0.1000"));
}

void TestResourceModels::textQueryProxy_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("double space in the name") << u"ubuntu 22"_s << QStringList { u"u22"_s };
    QTest::newRow("words in any order") << u"64 bit windows"_s << QStringList { u"w22"_s };
    QTest::newRow("runs of spaces typed") << u"  ubuntu   24  "_s << QStringList { u"u24"_s };
    QTest::newRow("case") << u"WINDOWS SERVER"_s << QStringList { u"w22"_s };
    QTest::newRow("nothing typed") << QString() << QStringList { u"u22"_s, u"u24"_s, u"w22"_s };
    QTest::newRow("no match") << u"debian"_s << QStringList {};
}

void TestResourceModels::textQueryProxy()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    ImagesModel model;
    std::unique_ptr<QSortFilterProxyModel> owned(ResourcePane::makeProxy(&model, nullptr));
    auto *proxy = qobject_cast<TextQueryProxy *>(owned.get());
    QVERIFY(proxy);
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto image = [](const QString &id, const QString &name) {
        Image i;
        i.imageId = id;
        i.imageName = name;
        return i;
    };
    model.setRows(
        { image(u"u22"_s, u"Ubuntu  22.04 64位"_s), image(u"u24"_s, u"Ubuntu  24.04 64位"_s),
            image(u"w22"_s, u"Windows Server  2022 Datacenter 64 bit"_s) });
    ResourcePane::setTextQuery(proxy, typed);
    QStringList ids;
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, 0).data(KeyRole).toString();
    ids.sort();
    QCOMPARE(ids, found);
}

QTEST_MAIN(TestResourceModels)
#include "tst_resourcemodels.moc"
