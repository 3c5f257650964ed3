// The keyed merge behind every resource model, under QAbstractItemModelTester: refreshes never
// reset, persistent indexes survive, only changed rows are reported.
#include "models/regionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

Region region(const QString &id, const QString &name = {}, const QString &status = u"available"_s)
{
    return { id, name.isEmpty() ? u"Name of "_s + id : name, u"ecs."_s + id + u".aliyuncs.com"_s,
        status };
}

QList<Region> regions(const QStringList &ids)
{
    QList<Region> list;
    for (const QString &id : ids)
        list.append(region(id));
    return list;
}

QStringList idsIn(const RegionsModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(KeyRole).toString());
    return ids;
}

} // namespace

class TestRegionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merges_data();
    void merges();
    void mergeSequence();
    void changedRows_data();
    void changedRows();
    void repeatedKeys();
    void persistentIndexSurvivesRefresh();
    void onlyChangedRowsAreReported();
    void zonesModel();
    void dataRoles();
    void zoneWords_data();
    void zoneWords();
    void zoneTypesInNaturalOrder();
};

void TestRegionsModel::merges_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty to some") << QStringList {} << QStringList { u"a"_s, u"b"_s, u"c"_s }
                                   << QStringList { u"a"_s, u"b"_s, u"c"_s };
    QTest::newRow("same") << QStringList { u"a"_s, u"b"_s } << QStringList { u"a"_s, u"b"_s }
                          << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("middle removed")
        << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s } << QStringList { u"a"_s, u"d"_s }
        << QStringList { u"a"_s, u"d"_s };
    QTest::newRow("runs removed") << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s }
                                  << QStringList { u"c"_s } << QStringList { u"c"_s };
    QTest::newRow("added at the end")
        << QStringList { u"a"_s } << QStringList { u"x"_s, u"a"_s, u"y"_s }
        << QStringList { u"a"_s, u"x"_s, u"y"_s };
    QTest::newRow("removed and added")
        << QStringList { u"a"_s, u"b"_s } << QStringList { u"b"_s, u"c"_s }
        << QStringList { u"b"_s, u"c"_s };
    QTest::newRow("all gone") << QStringList { u"a"_s, u"b"_s } << QStringList {} << QStringList {};
}

void TestRegionsModel::merges()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, expected);
    RegionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    model.setRows(regions(before));
    model.setRows(regions(after));
    QCOMPARE(idsIn(model), expected);
    QCOMPARE(resets.size(), 0);
    for (const QString &id : expected)
        QCOMPARE(model.rowOf(id), int(expected.indexOf(id)));
}

void TestRegionsModel::mergeSequence()
{
    // One model through a session's worth of refreshes, the tester watching every step.
    RegionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    const QStringList ids { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s };
    model.setRegions(regions(ids));
    QCOMPARE(idsIn(model), ids);
    QList<Region> changed = regions(ids);
    changed[1].status = u"soldOut"_s;
    changed[3].localName = u"Renamed"_s;
    model.setRegions(changed);
    QCOMPARE(model.index(1, RegionsModel::StatusColumn).data().toString(), u"Sold out"_s);
    QCOMPARE(model.index(3, RegionsModel::NameColumn).data().toString(), u"Renamed"_s);
    model.setRegions(regions({ u"a"_s, u"b"_s, u"e"_s }));
    QCOMPARE(idsIn(model), (QStringList { u"a"_s, u"b"_s, u"e"_s }));
    model.setRegions(regions({ u"f"_s, u"a"_s, u"b"_s, u"g"_s, u"e"_s }));
    QCOMPARE(idsIn(model), (QStringList { u"a"_s, u"b"_s, u"e"_s, u"f"_s, u"g"_s }));
    model.setRegions({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestRegionsModel::changedRows_data()
{
    QTest::addColumn<QList<int>>("changed");
    QTest::newRow("none") << QList<int> {};
    QTest::newRow("first") << QList<int> { 0 };
    QTest::newRow("last") << QList<int> { 5 };
    QTest::newRow("two apart") << QList<int> { 1, 4 };
    QTest::newRow("all") << QList<int> { 0, 1, 2, 3, 4, 5 };
}

void TestRegionsModel::changedRows()
{
    QFETCH(QList<int>, changed);
    RegionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Region> list = regions({ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s });
    model.setRegions(list);
    for (int row : changed)
        list[row].regionEndpoint = u"ecs-internal.example"_s;
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setRegions(list);
    QList<int> reported;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.row(), bottomRight.row()); // one row per signal
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), RegionsModel::ColumnCount - 1);
        reported.append(topLeft.row());
    }
    QCOMPARE(reported, changed);
}

void TestRegionsModel::repeatedKeys()
{
    // An answer that names a region twice must not leave two rows for one key.
    RegionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegions({ region(u"a"_s), region(u"b"_s, u"First"_s), region(u"b"_s, u"Second"_s) });
    QCOMPARE(idsIn(model), (QStringList { u"a"_s, u"b"_s }));
    QCOMPARE(model.index(1, RegionsModel::NameColumn).data().toString(), u"Second"_s);
    QCOMPARE(model.rowOf(u"b"_s), 1);
    model.setRegions({ region(u"b"_s, u"Second"_s), region(u"b"_s, u"Second"_s) });
    QCOMPARE(idsIn(model), QStringList { u"b"_s });
}

void TestRegionsModel::persistentIndexSurvivesRefresh()
{
    RegionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(regions({ u"a"_s, u"b"_s, u"c"_s, u"d"_s }));
    const QPersistentModelIndex selected = model.index(2, 1); // "c", as a selection would hold it
    model.setRows({ region(u"b"_s), region(u"c"_s, u"Renamed"_s), region(u"d"_s), region(u"e"_s) });
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(KeyRole).toString(), u"c"_s);
    QCOMPARE(selected.data().toString(), u"Renamed"_s);
    QCOMPARE(selected.row(), 1);
}

void TestRegionsModel::onlyChangedRowsAreReported()
{
    RegionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(regions({ u"a"_s, u"b"_s, u"c"_s }));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setRows(regions({ u"a"_s, u"b"_s, u"c"_s }));
    QCOMPARE(changed.size(), 0);
    model.setRows({ region(u"a"_s), region(u"b"_s, QString(), u"soldOut"_s), region(u"c"_s) });
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(bottomRight.column(), RegionsModel::ColumnCount - 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    // New rows arrive as one batch.
    model.setRows(regions({ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s }));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 5);
}

void TestRegionsModel::zonesModel()
{
    ZonesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    Zone b { u"cn-hangzhou-b"_s, u"Hangzhou Zone B"_s, u"AvailabilityZone"_s, {},
        { u"cloud_essd"_s }, { u"ecs.g7.large"_s, u"ecs.c7.large"_s } };
    Zone g = b;
    g.zoneId = u"cn-hangzhou-g"_s;
    model.setZones({ b, g });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ZonesModel::InstanceTypesColumn).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, ZonesModel::InstanceTypesColumn).data(SortRole).toInt(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestRegionsModel::dataRoles()
{
    RegionsModel model;
    model.setRows({ region(u"cn-hangzhou"_s, u"China (Hangzhou)"_s) });
    QCOMPARE(
        model.headerData(RegionsModel::RegionIdColumn, Qt::Horizontal).toString(), u"Region ID"_s);
    QCOMPARE(model.index(0, RegionsModel::NameColumn).data().toString(), u"China (Hangzhou)"_s);
    QCOMPARE(model.index(0, RegionsModel::StatusColumn).data().toString(), u"Available"_s);
    QVERIFY(!model.index(0, RegionsModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.index(0, RegionsModel::EndpointColumn).data(RegionsModel::RawRole).toString(),
        u"cn-hangzhou"_s);
    QVERIFY(!model.index(0, RegionsModel::RegionIdColumn)
                 .data(Qt::FontRole)
                 .isNull()); // ids in monospace
    QVERIFY(model.index(0, RegionsModel::NameColumn).data(Qt::FontRole).isNull());
    QVERIFY(model.index(0, RegionsModel::EndpointColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"cn-hangzhou"_s));
}

void TestRegionsModel::zoneWords_data()
{
    QTest::addColumn<QString>("kind"); // zone, resource or disk
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("words");
    QTest::newRow("availability zone")
        << u"zone"_s << u"AvailabilityZone"_s << u"Availability zone"_s;
    QTest::newRow("unknown zone kind") << u"zone"_s << u"MoonZone"_s << u"MoonZone"_s;
    QTest::newRow("vSwitch") << u"resource"_s << u"VSwitch"_s << u"vSwitches"_s;
    QTest::newRow("I/O optimized")
        << u"resource"_s << u"IoOptimized"_s << u"I/O optimized instances"_s;
    QTest::newRow("dedicated host") << u"resource"_s << u"DedicatedHost"_s << u"dedicated hosts"_s;
    QTest::newRow("ESSD") << u"disk"_s << u"cloud_essd"_s << u"ESSD (cloud_essd)"_s;
    QTest::newRow("ultra disk") << u"disk"_s << u"cloud_efficiency"_s
                                << u"ultra disk (cloud_efficiency)"_s;
    QTest::newRow("unknown disk") << u"disk"_s << u"cloud_future"_s << u"cloud_future"_s;
}

void TestRegionsModel::zoneWords()
{
    QFETCH(QString, kind);
    QFETCH(QString, api);
    QFETCH(QString, words);
    if (kind == u"zone") {
        QCOMPARE(ZonesModel::zoneTypeText(api), words);
        // The table shows the words, too.
        ZonesModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setZones({ Zone { u"z-a"_s, u"Zone A"_s, api, {}, {}, {} } });
        QCOMPARE(model.index(0, ZonesModel::TypeColumn).data().toString(), words);
    } else if (kind == u"resource") {
        QCOMPARE(ZonesModel::resourceText(api), words);
    } else {
        QCOMPARE(ZonesModel::diskCategoryText(api), words);
    }
}

void TestRegionsModel::zoneTypesInNaturalOrder()
{
    ZonesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Zone zone { u"z-a"_s, u"Zone A"_s, u"AvailabilityZone"_s, { u"Instance"_s, u"VSwitch"_s }, {},
        { u"ecs.g7.16xlarge"_s, u"ecs.g7.xlarge"_s, u"ecs.c7.large"_s, u"ecs.g7.2xlarge"_s,
            u"ecs.g7.large"_s } };
    const QStringList natural { u"ecs.c7.large"_s, u"ecs.g7.large"_s, u"ecs.g7.xlarge"_s,
        u"ecs.g7.2xlarge"_s, u"ecs.g7.16xlarge"_s };
    QCOMPARE(ZonesModel::sortedTypes(zone), natural);
    model.setZones({ zone });
    QCOMPARE(model.index(0, ZonesModel::InstanceTypesColumn).data(Qt::ToolTipRole).toString(),
        natural.join(u", "_s));
    QCOMPARE(model.index(0, ZonesModel::NameColumn).data(Qt::ToolTipRole).toString(),
        u"Can create: instances, vSwitches"_s);
}

QTEST_MAIN(TestRegionsModel)
#include "tst_regionsmodel.moc"
