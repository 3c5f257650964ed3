// One fleet across accounts in the window, as a person uses it: two profiles on two ecs-sim
// worlds, All profiles picked in the sidebar lists every instance once with its profile; a mixed
// selection's Stop (the real button and dialog) runs one operation per profile × region and all
// reach Stopped; a protected profile's confirmation holds until its name is typed; a saved view
// brings back scope, filter, columns and sort after the window is opened again; File › Export
// selected rows writes the visible columns.
#include "actions/instanceactions.h"
#include "consolelauncher.h"
#include "dialogs/protectedconfirmdialog.h"
#include "ecsclient.h"
#include "fleettesthelpers.h"
#include "lifecycle/operation.h"
#include "lifecycletesthelpers.h"
#include "mainwindow.h"
#include "models/instancesmodel.h"
#include "operations/operationsmodel.h"
#include "panes/instancespane.h"
#include "profile.h"
#include "secretstore.h"
#include "simclient.h"
#include "simserver.h"
#include "simworld.h"
#include "widgets/fleetcontrols.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

namespace {

template<typename T> T *visibleTopLevel(const QString &objectName = {})
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w);
            t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    return nullptr;
}

/// Clicks the entry named `text` of a menu that is open.
bool clickMenuEntry(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text().remove(u'&') == text && action->isEnabled()) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    return false;
}

} // namespace

class TestFleetView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void allProfilesListsEveryInstanceOnce();
    void mixedStopRunsOneOperationPerProfileAndRegion();
    void protectedProfileWaitsForItsName();
    void savedViewComesBackAfterRestart();
    void exportSelectionHasVisibleColumns();

private:
    /// Two worlds, two stored profiles ("prod" on A, "bravo" on B), the window on prod.
    bool openConsole(bool stagingProtected = false);
    /// Picks All profiles in the sidebar and waits for both worlds' rows.
    bool showAllProfiles();
    int expectedRows() const
    {
        return m_simA->world().instanceCount() + m_simB->world().instanceCount();
    }
    MainWindow *window() const { return m_launcher->mainWindow(); }
    InstancesPane *pane() const { return window()->instancesPane(); }
    /// Selects the rows (shown) whose key is in `keys`, with the mouse (Ctrl+click).
    void selectKeys(const QStringList &keys);
    /// The window at 1024×640 as PNG when ECS_SCREENSHOT_DIR is set (to look at; never needed).
    void saveScreenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("ECS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        window()->resize(1024, 640);
        window()->grab().save(QDir(dir).filePath(name + u".png"_s), "PNG");
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::SimServer> m_simA;
    std::unique_ptr<sim::SimServer> m_simB;
    std::unique_ptr<ConsoleLauncher> m_launcher;
    QString m_region;
};

void TestFleetView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFleetView::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
    m_launcher.reset();
    m_simA.reset();
    m_simB.reset();
    QSettings().clear();
}

bool TestFleetView::openConsole(bool stagingProtected)
{
    sim::SimOptions options;
    options.instances = 10;
    options.instanceRegions = 1;
    options.timeScale = 400;
    options.seed = 3;
    m_simA = std::make_unique<sim::SimServer>(options);
    options.seed = 3; // the same ids in the other account: still separate rows
    options.instances = 7;
    m_simB = std::make_unique<sim::SimServer>(options);
    const QUrl a = startOnLoopback(*m_simA);
    const QUrl b = startOnLoopback(*m_simB);
    if (!a.isValid() || !b.isValid())
        return false;
    m_region = m_simA->world().instances().first()->regionId;
    m_launcher = fleettest::openTwoProfiles(&m_nam, a, b, m_region, stagingProtected);
    if (!m_launcher)
        return false;
    return QTest::qWaitFor(
        [this] { return pane()->model()->rowCount() == m_simA->world().instanceCount(); }, 15'000);
}

bool TestFleetView::showAllProfiles()
{
    QComboBox *scope = window()->fleetControls()->scopeBox();
    if (!pick(scope, 1))
        return false;
    return QTest::qWaitFor(
        [this] { return pane()->model()->rowCount() == expectedRows() && !pane()->isLoading(); },
        15'000);
}

void TestFleetView::selectKeys(const QStringList &keys)
{
    QTableView *view = pane()->view();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, InstancesModel::NameColumn);
        if (!keys.contains(index.data(KeyRole).toString()))
            continue;
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
            view->visualRect(index).center());
    }
}

void TestFleetView::allProfilesListsEveryInstanceOnce()
{
    QVERIFY(openConsole());
    QTableView *view = pane()->view();
    QVERIFY(view->isColumnHidden(InstancesModel::ProfileColumn)); // one profile: no column
    QVERIFY(showAllProfiles());
    QVERIFY(!view->isColumnHidden(InstancesModel::ProfileColumn));
    QCOMPARE(view->horizontalHeader()->visualIndex(InstancesModel::ProfileColumn), 0);
    QHash<QString, int> perProfile;
    QSet<QString> keys;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex profile = view->model()->index(row, InstancesModel::ProfileColumn);
        const QString key = profile.data(KeyRole).toString();
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        const QString name = profile.data().toString();
        ++perProfile[name];
        QVERIFY(!profile.data(Qt::DecorationRole).value<QIcon>().isNull()); // the colour swatch
        const QString id
            = view->model()->index(row, InstancesModel::InstanceIdColumn).data().toString();
        sim::SimServer &world = name == u"bravo" ? *m_simB : *m_simA;
        QVERIFY2(world.world().instance(id), qPrintable(name + u' ' + id));
    }
    QCOMPARE(perProfile.value(u"alpha"_s), m_simA->world().instanceCount());
    QCOMPARE(perProfile.value(u"bravo"_s), m_simB->world().instanceCount());
    saveScreenshot(u"fleet-all-profiles"_s);
    // Typing the profile's name filters by it; a tag term picks rows of both accounts.
    QVERIFY(typeInto(pane()->filterEdit(), u"bravo"_s));
    QTRY_COMPARE(view->model()->rowCount(), m_simB->world().instanceCount());
    std::pair<QString, QString> tag;
    for (const Instance &i : pane()->model()->rows())
        if (!i.tags.isEmpty())
            tag = i.tags.first();
    QVERIFY(!tag.first.isEmpty());
    int tagged = 0;
    int taggedKey = 0;
    for (const Instance &i : pane()->model()->rows()) {
        tagged += i.tags.contains(tag) ? 1 : 0;
        taggedKey += std::any_of(i.tags.begin(), i.tags.end(),
                         [&](const auto &t) { return t.first == tag.first; })
            ? 1
            : 0;
    }
    QVERIFY(typeInto(pane()->filterEdit(), u"tag:%1=%2"_s.arg(tag.first, tag.second)));
    QTRY_COMPARE(view->model()->rowCount(), tagged);
    QVERIFY(typeInto(pane()->filterEdit(), u"tag:%1"_s.arg(tag.first)));
    QTRY_COMPARE(view->model()->rowCount(), taggedKey);
    // Back to this profile: the other account's rows go, ours stay.
    QVERIFY(typeInto(pane()->filterEdit(), QString()));
    QVERIFY(pick(window()->fleetControls()->scopeBox(), 0));
    QTRY_COMPARE(pane()->model()->rowCount(), m_simA->world().instanceCount());
    QTRY_VERIFY(view->isColumnHidden(InstancesModel::ProfileColumn));
}

void TestFleetView::mixedStopRunsOneOperationPerProfileAndRegion()
{
    QVERIFY(openConsole());
    QVERIFY(showAllProfiles());
    // A running instance of each account.
    QStringList keys;
    QStringList ids;
    for (const QString &profile : { QString(), u"bravo"_s }) {
        for (const Instance &i : pane()->model()->rows())
            if (i.profileId == profile && i.status == InstanceStatus::Running) {
                keys << InstancesModel::keyFor(i);
                ids << i.instanceId;
                break;
            }
    }
    QCOMPARE(keys.size(), 2);
    selectKeys(keys);
    QTRY_COMPARE(pane()->selectedInstances().size(), 2);
    auto *bar = pane()->findChild<QToolBar *>(u"instanceActionsBar"_s);
    QAction *stop = window()->instanceActions()->action(InstanceAction::Stop);
    auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(stop));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    const int before = window()->operations()->rowCount();
    QVERIFY(press(button));
    InstanceActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->instanceActions()->openDialog()) && dialog->isVisible());
    QVERIFY(press(dialog->confirmButton()));
    QTRY_COMPARE(window()->operations()->rowCount(), before + 2);
    QStringList titles;
    for (int row = before; row < before + 2; ++row)
        titles << window()->operations()->operationAt(row)->title();
    QVERIFY2(std::count_if(titles.begin(), titles.end(),
                 [](const QString &t) { return t.startsWith(u"bravo: "_s); })
            == 1,
        qPrintable(titles.join(u" | "_s)));
    for (int row = before; row < before + 2; ++row) {
        Operation *operation = window()->operations()->operationAt(row);
        QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 20'000);
        QCOMPARE(operation->state(), Operation::State::Done);
    }
    // Each stopped in its own account, and so shown.
    QCOMPARE(m_simA->world().instance(ids.at(0))->status, u"Stopped"_s);
    QCOMPARE(m_simB->world().instance(ids.at(1))->status, u"Stopped"_s);
    for (const QString &key : keys)
        QTRY_COMPARE(
            pane()->model()->rowAt(pane()->model()->rowOf(key)).status, InstanceStatus::Stopped);
}

void TestFleetView::protectedProfileWaitsForItsName()
{
    QVERIFY(openConsole(true));
    QVERIFY(showAllProfiles());
    QString key;
    QString id;
    for (const Instance &i : pane()->model()->rows())
        if (i.profileId == u"bravo" && i.status == InstanceStatus::Running) {
            key = InstancesModel::keyFor(i);
            id = i.instanceId;
            break;
        }
    QVERIFY(!key.isEmpty());
    selectKeys({ key });
    QTRY_COMPARE(pane()->selectedInstances().size(), 1);
    auto *bar = pane()->findChild<QToolBar *>(u"instanceActionsBar"_s);
    auto *button = qobject_cast<QToolButton *>(
        bar->widgetForAction(window()->instanceActions()->action(InstanceAction::Stop)));
    QTRY_VERIFY(button->isEnabled());
    const int before = window()->operations()->rowCount();
    QVERIFY(press(button));
    InstanceActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->instanceActions()->openDialog()) && dialog->isVisible());
    QVERIFY(press(dialog->confirmButton()));
    ProtectedConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = visibleTopLevel<ProtectedConfirmDialog>()) != nullptr);
    QPushButton *ok = confirm->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(confirm->fields().size(), 1);
    QVERIFY(typeInto(confirm->fields().first(), u"stagin"_s));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(window()->operations()->rowCount(), before); // nothing was sent
    QCOMPARE(m_simB->world().instance(id)->status, u"Running"_s);
    QVERIFY(typeInto(confirm->fields().first(), u"bravo"_s));
    QVERIFY(ok->isEnabled());
    QVERIFY(press(ok));
    QTRY_COMPARE(window()->operations()->rowCount(), before + 1);
    Operation *operation = window()->operations()->operationAt(before);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 20'000);
    QCOMPARE(m_simB->world().instance(id)->status, u"Stopped"_s);
}

void TestFleetView::savedViewComesBackAfterRestart()
{
    QVERIFY(openConsole());
    QVERIFY(showAllProfiles());
    QTableView *view = pane()->view();
    QVERIFY(typeInto(pane()->filterEdit(), u"bravo"_s));
    // Hide the Zone column through the header's menu, sort by Type descending (two clicks).
    QHeaderView *header = view->horizontalHeader();
    const QPoint zone(
        header->sectionViewportPosition(InstancesModel::ZoneColumn) + 4, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::RightButton, {}, zone);
    // (A right click sends no context menu event offscreen: the person's menu key does.)
    QContextMenuEvent event(QContextMenuEvent::Keyboard, zone, header->mapToGlobal(zone));
    QApplication::sendEvent(header, &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = visibleTopLevel<QMenu>(u"columnsMenu"_s)) != nullptr);
    QVERIFY(clickMenuEntry(
        menu, InstancesModel().headerData(InstancesModel::ZoneColumn, Qt::Horizontal).toString()));
    QTRY_VERIFY(view->isColumnHidden(InstancesModel::ZoneColumn));
    const QPoint type(
        header->sectionViewportPosition(InstancesModel::TypeColumn) + 4, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, type);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, type);
    QCOMPARE(header->sortIndicatorSection(), int(InstancesModel::TypeColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    auto *save = window()->fleetControls()->findChild<QPushButton *>(u"saveViewButton"_s);
    QVERIFY(press(save));
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = visibleTopLevel<QInputDialog>(u"saveViewDialog"_s)) != nullptr);
    QVERIFY(typeInto(ask->findChild<QLineEdit *>(), u"bravo by type"_s));
    QTest::keyClick(ask->findChild<QLineEdit *>(), Qt::Key_Return);
    QTRY_COMPARE(window()->fleetControls()->viewList()->count(), 1);

    // Close the window and open the console again: the last view is back.
    window()->close();
    m_launcher.reset();
    m_launcher = std::make_unique<ConsoleLauncher>(
        &m_nam, std::unique_ptr<DemoEndpoint>(), SecretStore::Backend::SessionMemory);
    for (const QString &name : { u"alpha"_s, u"bravo"_s })
        m_launcher->secrets()->keepForSession(
            name, { QString::fromLatin1(sim::kDemoAccessKeySecret), {} });
    QSignalSpy opened(m_launcher.get(), &ConsoleLauncher::profileOpened);
    m_launcher->start({});
    QVERIFY(opened.wait(15'000));
    QCOMPARE(window()->fleetControls()->scopeBox()->currentIndex(), 1);
    QCOMPARE(pane()->filterEdit()->text(), u"bravo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), expectedRows(), 15'000);
    QTRY_COMPARE(pane()->view()->model()->rowCount(), m_simB->world().instanceCount());
    QVERIFY(pane()->view()->isColumnHidden(InstancesModel::ZoneColumn));
    QCOMPARE(pane()->view()->horizontalHeader()->sortIndicatorSection(),
        int(InstancesModel::TypeColumn));
    QCOMPARE(pane()->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(window()->fleetControls()->viewList()->item(0)->text(), u"bravo by type"_s);
    saveScreenshot(u"fleet-saved-view"_s);
}

void TestFleetView::exportSelectionHasVisibleColumns()
{
    QVERIFY(openConsole());
    QVERIFY(showAllProfiles());
    QTableView *view = pane()->view();
    // Two rows of different accounts.
    QStringList keys;
    for (const QString &profile : { QString(), u"bravo"_s })
        for (const Instance &i : pane()->model()->rows())
            if (i.profileId == profile) {
                keys << InstancesModel::keyFor(i);
                break;
            }
    selectKeys(keys);
    QTRY_COMPARE(pane()->selectedInstances().size(), 2);
    view->setFocus();
    // File › Export selected rows…, with the mouse.
    QMenuBar *bar = window()->menuBar();
    QAction *fileAction = nullptr;
    for (QAction *a : bar->actions())
        if (a->text().remove(u'&') == u"File")
            fileAction = a;
    QVERIFY(fileAction && fileAction->menu());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(fileAction).center());
    QTRY_VERIFY(fileAction->menu()->isVisible());
    QVERIFY(clickMenuEntry(fileAction->menu(), u"Export selected rows…"_s));
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<QFileDialog>(u"exportTableDialog"_s)) != nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fleet.csv"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    QVERIFY(typeInto(name, path));
    // Enter saves (a first Enter may only take the completer's suggestion).
    QTest::keyClick(name, Qt::Key_Return);
    if (dialog->isVisible())
        QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QFile file2(path);
    QVERIFY(file2.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file2.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and the two selected rows
    QStringList visible;
    QHeaderView *header = view->horizontalHeader();
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v)))
            visible
                << view->model()->headerData(header->logicalIndex(v), Qt::Horizontal).toString();
    QCOMPARE(lines.first(), visible.join(u','));
    QVERIFY(lines.first().startsWith(u"Profile,"_s));
    QVERIFY(lines.at(1).startsWith(u"alpha,"_s) || lines.at(2).startsWith(u"alpha,"_s));
    QVERIFY(lines.at(1).startsWith(u"bravo,"_s) || lines.at(2).startsWith(u"bravo,"_s));
}

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
