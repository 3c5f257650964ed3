// The Instances filter and sort over many rows: a filter change is one layout change (never a
// removal per range of rows), the sort on cached keys gives SortRole's locale-aware order, the
// selection follows its rows, and a load appends its batches unsorted and sorts once at its end.
#include "models/instancesfilter.h"
#include "models/instancesmodel.h"
#include "panes/sortfreeze.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

/// Names, states, sizes and times that repeat (ties keep the source order) and mix case,
/// accents and digits (the locale's order, not code points).
Instance instance(int n)
{
    static const QString names[] = { u"web-prod"_s, u"Web-prod"_s, u"db"_s, u"étoile"_s,
        u"etoile"_s, u"cache-10"_s, u"cache-9"_s, u"zeta"_s, u""_s, u"Ärger"_s, u"api"_s };
    static const char *const states[] = { "Running", "Stopped", "Starting", "Pending" };
    Instance i;
    i.instanceId = u"i-%1"_s.arg(n, 6, 10, QChar(u'0'));
    i.instanceName = names[n % std::size(names)] + (n % 3 == 0 ? u" %1"_s.arg(n % 7) : QString());
    i.regionId = u"cn-hangzhou"_s;
    i.zoneId = n % 2 ? u"cn-hangzhou-h"_s : u"cn-hangzhou-i"_s;
    i.status = fromWireOr(QString::fromLatin1(states[n % 4]), InstanceStatus::Unknown);
    i.instanceType = u"ecs.g7.large"_s;
    i.cpu = 1 << (n % 4);
    i.memoryMiB = 1024 * (n % 5);
    i.publicIps = { u"47.1.%1.%2"_s.arg(n / 250).arg(n % 250) };
    if (n % 6)
        i.creationTime = QDateTime::fromSecsSinceEpoch(1'700'000'000 + 3600 * (n % 9), Qt::UTC);
    i.tags = { { u"env"_s, n % 2 ? u"prod"_s : u"dev"_s } };
    return i;
}

QList<Instance> instances(int count, int from = 0)
{
    QList<Instance> out;
    for (int n = from; n < from + count; ++n)
        out << instance(n);
    return out;
}

InventoryChange added(const QList<Instance> &rows)
{
    InventoryChange change;
    change.regionId = u"cn-hangzhou"_s;
    change.added = rows;
    return change;
}

/// The order QSortFilterProxyModel gives by SortRole (its own lessThan over QVariants).
QStringList expectedOrder(const InstancesModel &model, int column, Qt::SortOrder order)
{
    QSortFilterProxyModel reference;
    reference.setSourceModel(const_cast<InstancesModel *>(&model));
    reference.setSortRole(SortRole);
    reference.setSortLocaleAware(true);
    reference.sort(column, order);
    QStringList keys;
    for (int row = 0; row < reference.rowCount(); ++row)
        keys << reference.index(row, 0).data(KeyRole).toString();
    return keys;
}

/// QSortFilterProxyModel's own comparison of SortRole, for checking an order.
class ReferenceOrder : public QSortFilterProxyModel
{
public:
    ReferenceOrder()
    {
        setSortRole(SortRole);
        setSortLocaleAware(true);
    }
    using QSortFilterProxyModel::lessThan;
};

/// Sorted by SortRole (ties in any order: the live sort puts a new row before its equals).
bool isSorted(const QSortFilterProxyModel &proxy, int column, Qt::SortOrder order)
{
    ReferenceOrder reference;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QModelIndex before = proxy.mapToSource(proxy.index(row - 1, column));
        const QModelIndex after = proxy.mapToSource(proxy.index(row, column));
        if (order == Qt::AscendingOrder ? reference.lessThan(after, before)
                                        : reference.lessThan(before, after)) {
            qWarning() << "rows" << row - 1 << row << "out of order:" << before.data(SortRole)
                       << after.data(SortRole);
            return false;
        }
    }
    return true;
}

QStringList shownOrder(const QAbstractItemModel &proxy)
{
    QStringList keys;
    for (int row = 0; row < proxy.rowCount(); ++row)
        keys << proxy.index(row, 0).data(KeyRole).toString();
    return keys;
}

} // namespace

class TestInstancesFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterIsOneLayoutChange_data();
    void filterIsOneLayoutChange();
    void sortIsSortRoleOrder_data();
    void sortIsSortRoleOrder();
    void sortKeysFollowChanges();
    void selectionFollowsFilter();
    void rowsLeavingAreHiddenFirst();
    void loadAppendsThenSortsOnce();
};

void TestInstancesFilter::filterIsOneLayoutChange_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("shown");
    QTest::newRow("one letter, scattered") << 3000 << u"w"_s << 546; // web-/Web-, 2 in 11
    QTest::newRow("no match") << 3000 << u"nothing-like-it"_s << 0;
    QTest::newRow("tag term") << 3000 << u"tag:env=prod"_s << 1500;
    QTest::newRow("tag and text") << 2000 << u"tag:env=dev db"_s << 91;
    QTest::newRow("cleared") << 3000 << u""_s << 3000;
}

void TestInstancesFilter::filterIsOneLayoutChange()
{
    QFETCH(int, rows);
    QFETCH(QString, typed);
    QFETCH(int, shown);
    InstancesModel model;
    InstancesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(InstancesModel::NameColumn);
    model.apply(added(instances(rows)));
    proxy.setFilterText(u"api"_s); // from a filter to another, as typing does
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelAboutToBeReset);
    proxy.setFilterText(typed);
    QCOMPARE(proxy.rowCount(), shown);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(resets.size(), 0);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        QVERIFY(source.isValid());
        if (!typed.startsWith(u"tag:"_s))
            QVERIFY(source.data(SearchRole).toString().contains(typed, Qt::CaseInsensitive));
    }
    // The shown rows stay in their sorted order (the filter sorted them once).
    QStringList sorted = shownOrder(proxy);
    const QStringList all = expectedOrder(model, InstancesModel::NameColumn, Qt::AscendingOrder);
    QStringList expected;
    for (const QString &key : all)
        if (sorted.contains(key))
            expected << key;
    QCOMPARE(sorted, expected);
    // The same text again changes nothing.
    proxy.setFilterText(typed + u"  "_s);
    QCOMPARE(layouts.size(), 1);
}

void TestInstancesFilter::sortIsSortRoleOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const int column :
        { int(InstancesModel::NameColumn), int(InstancesModel::InstanceIdColumn),
            int(InstancesModel::StatusColumn), int(InstancesModel::ZoneColumn),
            int(InstancesModel::CpuColumn), int(InstancesModel::MemoryColumn),
            int(InstancesModel::PublicIpColumn), int(InstancesModel::CreatedColumn),
            int(InstancesModel::ExpiresColumn), int(InstancesModel::TagsColumn) }) {
        const QString name = InstancesModel().headerData(column, Qt::Horizontal).toString();
        QTest::newRow(qPrintable(name + u" ascending"_s)) << column << Qt::AscendingOrder;
        QTest::newRow(qPrintable(name + u" descending"_s)) << column << Qt::DescendingOrder;
    }
}

void TestInstancesFilter::sortIsSortRoleOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    InstancesModel model;
    InstancesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.apply(added(instances(400)));
    proxy.sort(column, order);
    QCOMPARE(shownOrder(proxy), expectedOrder(model, column, order));
    // Rows added while sorted take their places one by one (the live sort's binary search).
    model.apply(added(instances(57, 400)));
    QCOMPARE(proxy.rowCount(), 457);
    QVERIFY(isSorted(proxy, column, order));
}

void TestInstancesFilter::sortKeysFollowChanges()
{
    InstancesModel model;
    QAbstractItemModelTester modelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InstancesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(InstancesModel::NameColumn);
    model.apply(added(instances(300)));
    // Renamed, removed and added in one change: the keys move with their rows.
    InventoryChange change;
    change.regionId = u"cn-hangzhou"_s;
    for (int n = 0; n < 300; n += 7) {
        Instance renamed = instance(n);
        renamed.instanceName = u"renamed %1"_s.arg(299 - n);
        change.changed << renamed;
    }
    for (int n = 3; n < 300; n += 11)
        if (n % 7)
            change.removed << instance(n).instanceId;
    change.added = instances(40, 300);
    model.apply(change);
    QCOMPARE(proxy.rowCount(), 300 - 23 + 40);
    QVERIFY(isSorted(proxy, InstancesModel::NameColumn, Qt::AscendingOrder));
    // Another sort column, then back: made again from the rows as they are now.
    proxy.sort(InstancesModel::StatusColumn, Qt::DescendingOrder);
    QVERIFY(isSorted(proxy, InstancesModel::StatusColumn, Qt::DescendingOrder));
    model.setRows(instances(120, 200));
    QVERIFY(isSorted(proxy, InstancesModel::StatusColumn, Qt::DescendingOrder));
    proxy.sort(InstancesModel::NameColumn);
    QVERIFY(isSorted(proxy, InstancesModel::NameColumn, Qt::AscendingOrder));
    proxy.setFilterText(u"web"_s); // filtered again: sorted once, as a fresh sort is
    QVERIFY(proxy.rowCount() > 0);
    QVERIFY(isSorted(proxy, InstancesModel::NameColumn, Qt::AscendingOrder));
}

void TestInstancesFilter::selectionFollowsFilter()
{
    InstancesModel model;
    auto *proxy = new InstancesFilterProxy(&model);
    proxy->setSourceModel(&model);
    QTableView view;
    view.setModel(proxy);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setSortingEnabled(true);
    view.sortByColumn(InstancesModel::NameColumn, Qt::AscendingOrder);
    model.apply(added(instances(2000)));
    const auto rowOfKey = [proxy](const QString &key) {
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (proxy->index(row, 0).data(KeyRole).toString() == key)
                return row;
        return -1;
    };
    const QString api = InstancesModel::keyFor(instance(10)); // "api"
    const QString db = InstancesModel::keyFor(instance(2)); // "db"
    view.selectionModel()->select(
        proxy->index(rowOfKey(api), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(
        proxy->index(rowOfKey(db), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->setCurrentIndex(
        proxy->index(rowOfKey(api), 0), QItemSelectionModel::NoUpdate);
    proxy->setFilterText(u"api"_s); // "api" stays, "db" goes
    QStringList selected;
    for (const QModelIndex &row : view.selectionModel()->selectedRows())
        selected << row.data(KeyRole).toString();
    QCOMPARE(selected, QStringList { api });
    QCOMPARE(view.currentIndex().data(KeyRole).toString(), api);
    proxy->setFilterText(QString());
    QCOMPARE(proxy->rowCount(), 2000);
    QCOMPARE(view.currentIndex().data(KeyRole).toString(), api);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
}

void TestInstancesFilter::rowsLeavingAreHiddenFirst()
{
    // Every third row leaves at once, scattered over the sorted table, with a filter on: hidden
    // in one layout change, so that their removal removes nothing from the proxy; the rows
    // that stay keep their order and what the filter said of them.
    InstancesModel model;
    InstancesFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(InstancesModel::NameColumn);
    model.apply(added(instances(3000)));
    proxy.setFilterText(u"prod"_s);
    const QStringList before = shownOrder(proxy);
    QVERIFY(before.size() > 100 && before.size() < 3000);
    InventoryChange leaving;
    QStringList expected;
    for (int n = 0; n < 3000; ++n)
        if (n % 3 == 0)
            leaving.removed << instance(n).instanceId;
    for (const QString &key : before)
        if (!leaving.removed.contains(key))
            expected << key;
    const FleetChange change { {}, leaving };
    const QList<int> rows = model.rowsRemovedBy(change);
    QCOMPARE(rows.size(), 1000);

    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.hideSourceRows(rows);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(shownOrder(proxy), expected);
    model.apply(change);
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(shownOrder(proxy), expected);
    // The filter still answers as before: cleared, every row that stayed is shown.
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 2000);
}

void TestInstancesFilter::loadAppendsThenSortsOnce()
{
    InstancesModel model;
    auto *proxy = new InstancesFilterProxy(&model);
    proxy->setSourceModel(&model);
    QTableView view;
    view.setModel(proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(InstancesModel::NameColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SortFreeze freeze(&view, proxy, nullptr);
    model.apply(added(instances(100)));
    freeze.setLoading(true);
    QVERIFY(!proxy->dynamicSortFilter());
    QSignalSpy inserted(proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(proxy, &QAbstractItemModel::layoutChanged);
    for (int batch = 0; batch < 4; ++batch)
        model.apply(added(instances(500, 100 + 500 * batch)));
    // One insertion per batch, at the end: no row placed one at a time.
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(inserted.at(0).at(1).toInt(), 100);
    QCOMPARE(layouts.size(), 0);
    // A renamed row keeps its place while loading.
    InventoryChange renamed;
    Instance first = instance(0);
    first.instanceName = u"zzz last"_s;
    renamed.changed << first;
    model.apply(renamed);
    QCOMPARE(layouts.size(), 0);
    freeze.setLoading(false);
    // Ranked on a worker, then sorted here once.
    QTRY_VERIFY(proxy->dynamicSortFilter());
    QCOMPARE(layouts.size(), 1); // sorted once
    QCOMPARE(
        shownOrder(*proxy), expectedOrder(model, InstancesModel::NameColumn, Qt::AscendingOrder));
    QCOMPARE(proxy->rowCount(), 2100);
}

QTEST_MAIN(TestInstancesFilter)
#include "tst_instancesfilter.moc"
