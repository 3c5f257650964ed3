// The image, instance and spot point models under QAbstractItemModelTester through refreshes.
#include "models/imagesmodel.h"
#include "models/instancesmodel.h"
#include "models/resourcematrixmodel.h"
#include "models/spotpointsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
    i.status = status;
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
    void resourceMatrixColumnsFollowZones();
    void resourceFilters();
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
    QCOMPARE(model.rowAt(model.rowOf(u"i-1"_s)).status, u"Stopping"_s);
    QCOMPARE(model.rowOf(u"i-2"_s), -1);
    QCOMPARE(model.rowAt(model.rowOf(u"i-3"_s)).status, u"Pending"_s);
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
                   "z-b,2026-11-01T00:00:00Z,0.0300,0.1000\n"
                   "z-a,2026-11-01T01:00:00Z,0.0250,0.1000\n"));
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

QTEST_MAIN(TestResourceModels)
#include "tst_resourcemodels.moc"
