// The actions that ask the service first, on a selection of two profiles, as a person uses them:
// two profiles on two ecs-sim worlds, All profiles in the sidebar, one subscription of each
// account selected with Ctrl+click, Instances › Renew… / Auto-renew… / Allocate public IP from the
// menu bar; the dialog prices or names the whole selection per profile; a protected profile's name
// is typed; one operation per profile × region, each Done in its own world. And a profile whose
// credentials resolve adds its own rows only: the window's rows are neither reset, re-laid out,
// removed nor fetched again.
#include "actions/instanceactions.h"
#include "actions/selectionactions.h"
#include "assistant/runcommandoperation.h"
#include "consolelauncher.h"
#include "dialogs/instancedialogs.h"
#include "dialogs/protectedconfirmdialog.h"
#include "dialogs/runcommanddialog.h"
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

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

namespace {

template<typename T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}

} // namespace

class TestFleetActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mixedSelectionActs_data();
    void mixedSelectionActs();
    void mixedSelectionRunsCommand();
    void resolvingProfileAddsOnlyItsRows();

private:
    /// Two worlds ("alpha" on A, the window's; "bravo" on B), in each two instances made
    /// subscriptions without a public address; the window on alpha, its rows loaded.
    bool openConsole(bool bravoProtected);
    bool showAllProfiles();
    int expectedRows() const
    {
        return m_simA->world().instanceCount() + m_simB->world().instanceCount();
    }
    MainWindow *window() const { return m_launcher->mainWindow(); }
    InstancesPane *pane() const { return window()->instancesPane(); }
    sim::SimServer &worldOf(const QString &profileId)
    {
        return profileId.isEmpty() ? *m_simA : *m_simB;
    }
    void selectKeys(const QStringList &keys);
    /// Instances › `entry`, with the mouse, once it is enabled.
    bool chooseFromInstancesMenu(const QString &entry);

    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::SimServer> m_simA;
    std::unique_ptr<sim::SimServer> m_simB;
    std::unique_ptr<ConsoleLauncher> m_launcher;
    QHash<QString, QString> m_subscription; ///< profileId → an instance made a subscription
};

void TestFleetActions::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFleetActions::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
    m_launcher.reset();
    m_simA.reset();
    m_simB.reset();
    m_subscription.clear();
    QSettings().clear();
}

bool TestFleetActions::openConsole(bool bravoProtected)
{
    sim::SimOptions options;
    options.instances = 10;
    options.instanceRegions = 1;
    options.timeScale = 400;
    options.seed = 3; // the same ids in both accounts: still separate rows
    m_simA = std::make_unique<sim::SimServer>(options);
    m_simB = std::make_unique<sim::SimServer>(options);
    const QUrl a = startOnLoopback(*m_simA);
    const QUrl b = startOnLoopback(*m_simB);
    if (!a.isValid() || !b.isValid())
        return false;
    const QString region = m_simA->world().instances().first()->regionId;
    // A different running instance in each account becomes a subscription with no address.
    for (const QString &profile : { QString(), u"bravo"_s }) {
        QList<const sim::SimInstance *> in = worldOf(profile).world().instances(region);
        if (!profile.isEmpty())
            std::reverse(in.begin(), in.end());
        for (const sim::SimInstance *c : in)
            if (c->status == u"Running" && c->lockReasons.isEmpty()) {
                sim::SimInstance *i = worldOf(profile).world().instance(c->instanceId);
                i->instanceChargeType = u"PrePaid"_s;
                i->spotStrategy = u"NoSpot"_s;
                i->expiredTime = QDateTime::currentDateTimeUtc().addDays(15);
                i->autoRenewEnabled = false;
                i->publicIpAddress.clear();
                i->internetMaxBandwidthOut = 0;
                m_subscription.insert(profile, i->instanceId);
                break;
            }
    }
    if (m_subscription.size() != 2 || m_subscription.value({}) == m_subscription.value(u"bravo"_s))
        return false;
    m_launcher = fleettest::openTwoProfiles(&m_nam, a, b, region, bravoProtected);
    if (!m_launcher)
        return false;
    return QTest::qWaitFor(
        [this] {
            return pane()->model()->rowCount() == m_simA->world().instanceCount()
                && !pane()->isLoading();
        },
        15'000);
}

bool TestFleetActions::showAllProfiles()
{
    if (!pick(window()->fleetControls()->scopeBox(), 1))
        return false;
    return QTest::qWaitFor(
        [this] { return pane()->model()->rowCount() == expectedRows() && !pane()->isLoading(); },
        15'000);
}

void TestFleetActions::selectKeys(const QStringList &keys)
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

bool TestFleetActions::chooseFromInstancesMenu(const QString &entry)
{
    QMenuBar *bar = window()->menuBar();
    QAction *instances = nullptr;
    for (QAction *a : bar->actions())
        if (a->text().remove(u'&') == u"Instances")
            instances = a;
    if (!instances || !instances->menu())
        return false;
    QAction *wanted = nullptr;
    for (QAction *a : instances->menu()->actions())
        if (a->text().remove(u'&') == entry)
            wanted = a;
    if (!wanted || !QTest::qWaitFor([wanted] { return wanted->isEnabled(); }, 5'000))
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(instances).center());
    if (!QTest::qWaitFor([instances] { return instances->menu()->isVisible(); }, 5'000))
        return false;
    QMenu *menu = instances->menu();
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(wanted).center());
    return true;
}

void TestFleetActions::mixedSelectionActs_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("bravoProtected");
    QTest::newRow("renew, bravo protected") << u"Renew…"_s << true;
    QTest::newRow("auto-renew") << u"Auto-renew…"_s << false;
    QTest::newRow("allocate public IP, bravo protected") << u"Allocate public IP"_s << true;
}

void TestFleetActions::mixedSelectionActs()
{
    QFETCH(QString, action);
    QFETCH(bool, bravoProtected);
    QVERIFY(openConsole(bravoProtected));
    QVERIFY(showAllProfiles());
    const QDateTime expiryA = m_simA->world().instance(m_subscription.value({}))->expiredTime;
    const QDateTime expiryB
        = m_simB->world().instance(m_subscription.value(u"bravo"_s))->expiredTime;
    const QStringList keys { FleetScope::keyOf({}, m_subscription.value({})),
        FleetScope::keyOf(u"bravo"_s, m_subscription.value(u"bravo"_s)) };
    selectKeys(keys);
    QTRY_COMPARE(pane()->selectedInstances().size(), 2);
    pane()->view()->setFocus();
    const int before = window()->operations()->rowCount();
    QVERIFY(chooseFromInstancesMenu(action));
    InstanceActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->instanceActions()->openDialog()) && dialog->isVisible());
    // The whole selection, each profile's part named.
    const QString named = dialog->findChild<QLabel *>(u"instancesLabel"_s)->text();
    QVERIFY2(named.startsWith(u"2 instances"_s), qPrintable(named));
    if (auto *renew = qobject_cast<RenewDialog *>(dialog)) {
        QTRY_VERIFY_WITH_TIMEOUT(renew->priceLabel()->text().contains(u"Total"_s), 10'000);
        const QString price = renew->priceLabel()->text();
        QVERIFY2(price.contains(QRegularExpression(
                     u"^alpha \\(1 instance.*\\): \\$"_s, QRegularExpression::MultilineOption)),
            qPrintable(price));
        QVERIFY2(price.contains(QRegularExpression(
                     u"^bravo \\(1 instance.*\\): \\$"_s, QRegularExpression::MultilineOption)),
            qPrintable(price));
        QVERIFY2(price.contains(u"for 1 month"_s), qPrintable(price));
    } else if (auto *autoRenew = qobject_cast<AutoRenewDialog *>(dialog)) {
        QVERIFY(press(autoRenew->enabledBox()));
        QVERIFY(autoRenew->enabledBox()->isChecked());
        QVERIFY(pick(autoRenew->durationCombo(), 3));
    }
    if (const QString dir = qEnvironmentVariable("ECS_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(dialog->objectName() + u"-fleet.png"_s), "PNG");
    QVERIFY(press(dialog->confirmButton()));
    if (bravoProtected) {
        ProtectedConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = visibleTopLevel<ProtectedConfirmDialog>()) != nullptr);
        QCOMPARE(confirm->fields().size(), 1); // bravo only: alpha is not protected
        QPushButton *ok = confirm->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(window()->operations()->rowCount(), before); // nothing sent yet
        QVERIFY(typeInto(confirm->fields().first(), u"bravo"_s));
        QVERIFY(press(ok));
    }
    // One operation per profile × region (one region here), each named, each Done.
    QTRY_COMPARE(window()->operations()->rowCount(), before + 2);
    const QString region = m_simA->world().instance(m_subscription.value({}))->regionId;
    QStringList titles;
    for (int row = before; row < before + 2; ++row) {
        Operation *operation = window()->operations()->operationAt(row);
        titles << operation->title();
        QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 20'000);
        QVERIFY2(operation->state() == Operation::State::Done, qPrintable(operation->detail()));
        QVERIFY2(
            operation->title().endsWith(u"(%1)"_s.arg(region)), qPrintable(operation->title()));
    }
    QCOMPARE(std::count_if(titles.begin(), titles.end(),
                 [](const QString &t) { return t.startsWith(u"bravo: "_s); }),
        1);
    // Each acted in its own account.
    const sim::SimInstance *a = m_simA->world().instance(m_subscription.value({}));
    const sim::SimInstance *b = m_simB->world().instance(m_subscription.value(u"bravo"_s));
    if (action == u"Renew…") {
        QCOMPARE(a->expiredTime, expiryA.addMonths(1));
        QCOMPARE(b->expiredTime, expiryB.addMonths(1));
    } else if (action == u"Auto-renew…") {
        QVERIFY(a->autoRenewEnabled && b->autoRenewEnabled);
        QCOMPARE(a->autoRenewDuration, 3);
        QCOMPARE(b->autoRenewDuration, 3);
    } else {
        QVERIFY(!a->publicIpAddress.isEmpty() && !b->publicIpAddress.isEmpty());
        // The dialog stays and shows both addresses, each read from its own account.
        auto *allocate = qobject_cast<AllocatePublicIpDialog *>(dialog);
        QVERIFY(allocate);
        QTRY_VERIFY_WITH_TIMEOUT(allocate->addressesLabel()->isVisible(), 10'000);
        const QString shown = allocate->addressesLabel()->text();
        QVERIFY2(shown.contains(a->publicIpAddress) && shown.contains(b->publicIpAddress),
            qPrintable(shown));
        QVERIFY2(shown.contains(u"alpha · "_s) && shown.contains(u"bravo · "_s), qPrintable(shown));
        QCOMPARE(allocate->confirmButton()->text(), u"Close"_s);
        QVERIFY(press(allocate->confirmButton()));
    }
}

void TestFleetActions::mixedSelectionRunsCommand()
{
    QVERIFY(openConsole(true));
    window()->selectionActions()->setPollIntervals(50, 200);
    QVERIFY(showAllProfiles());
    for (const QString &profile : { QString(), u"bravo"_s }) // the agent, whatever the hash says
        worldOf(profile)
            .world()
            .instance(m_subscription.value(profile))
            ->tags.append({ u"ecs-sim:cloud-assistant"_s, u"installed"_s });
    selectKeys({ FleetScope::keyOf({}, m_subscription.value({})),
        FleetScope::keyOf(u"bravo"_s, m_subscription.value(u"bravo"_s)) });
    QTRY_COMPARE(pane()->selectedInstances().size(), 2);
    pane()->view()->setFocus();
    const int before = window()->operations()->rowCount();
    QVERIFY(chooseFromInstancesMenu(u"Run command…"_s));
    RunCommandDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->selectionActions()->runCommandDialog()) && dialog->isVisible());
    QVERIFY(typeInto(dialog->scriptEdit(), u"hostname"_s));
    QTRY_VERIFY(dialog->runButton()->isEnabled());
    QVERIFY(press(dialog->runButton()));
    // bravo is protected: its name first, nothing sent before.
    ProtectedConfirmDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = visibleTopLevel<ProtectedConfirmDialog>()) != nullptr);
    QCOMPARE(window()->operations()->rowCount(), before);
    QVERIFY(typeInto(confirm->fields().first(), u"bravo"_s));
    QVERIFY(press(confirm->buttons()->button(QDialogButtonBox::Ok)));
    // One invocation per profile (one region here), each on its own account, each Done.
    QTRY_COMPARE(window()->operations()->rowCount(), before + 2);
    QStringList titles;
    for (int row = before; row < before + 2; ++row) {
        auto *run = qobject_cast<RunCommandOperation *>(window()->operations()->operationAt(row));
        QVERIFY(run);
        titles << run->title();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20'000);
        QVERIFY2(run->state() == Operation::State::Done, qPrintable(run->detail()));
        QCOMPARE(run->rows().size(), 1);
        const RunCommandRow &result = run->rows().first();
        QCOMPARE(result.instanceId,
            m_subscription.value(run->profileName().isEmpty() ? QString() : u"bravo"_s));
        QVERIFY2(!result.failed(), qPrintable(result.result.errorCode));
        QVERIFY(!result.result.output.isEmpty());
    }
    QCOMPARE(std::count_if(titles.begin(), titles.end(),
                 [](const QString &t) { return t.startsWith(u"bravo: Run command on "_s); }),
        1);
    for (QWidget *w : QApplication::topLevelWidgets()) // the result views
        if (qobject_cast<QDialog *>(w))
            w->close();
}

void TestFleetActions::resolvingProfileAddsOnlyItsRows()
{
    QVERIFY(openConsole(false));
    InstancesModel *model = pane()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    // Any change to the window's own rows beyond the Profile column (its look) is a reload.
    int ownRowsTouched = 0;
    int ownRegionLoads = 0;
    QObject counting; // the connections below end with this function (they count its locals)
    connect(model, &QAbstractItemModel::dataChanged, &counting,
        [&](const QModelIndex &from, const QModelIndex &to) {
            if (from.column() == InstancesModel::ProfileColumn
                && to.column() == InstancesModel::ProfileColumn)
                return;
            for (int row = from.row(); row <= to.row(); ++row)
                ownRowsTouched += model->rowAt(row).profileId.isEmpty() ? 1 : 0;
        });
    // The window's own inventory: a region of it going to Loading again is a reload.
    connect(pane()->fleet(), &FleetScope::statusChanged, &counting,
        [&](const QString &profileId, const QString &regionId) {
            ownRegionLoads += profileId.isEmpty() && !regionId.isEmpty() ? 1 : 0;
        });
    QVERIFY(showAllProfiles()); // bravo resolves through the keychain, then loads
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(removed.size(), 0);
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(ownRowsTouched, 0);
    // The window's account was not asked for its instances again.
    QCOMPARE(ownRegionLoads, 0);
    QVERIFY(m_simB->requestsServed() > 0);
    int own = 0;
    for (const Instance &i : model->rows())
        own += i.profileId.isEmpty() ? 1 : 0;
    QCOMPARE(own, m_simA->world().instanceCount());
}

QTEST_MAIN(TestFleetActions)
#include "tst_fleetactions.moc"
