// The instance lifecycle, driving the real widgets offscreen against ecs-sim over loopback:
// create three → Running → stop → change type → start → release; a subscription renewed and set
// to auto-renew; actions enabled only when the service would allow them, with the reason; failures
// with code, RequestId and a hint; copy as command.
#include "actions/instanceactions.h"
#include "dialogs/instancedialogs.h"
#include "lifecycle/operation.h"
#include "lifecycletesthelpers.h"
#include "operations/operationsmodel.h"
#include "operations/operationspanel.h"
#include "panes/regionspane.h"
#include "types/lifecycle.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

namespace {

Instance make(const QString &status, const QString &charge = u"PostPaid"_s,
    const QStringList &locks = {}, const QString &spot = u"NoSpot"_s)
{
    Instance i;
    i.instanceId = u"i-test"_s;
    i.regionId = u"cn-hangzhou"_s;
    i.status = fromWireOr(status, InstanceStatus::Unknown);
    i.chargeType = fromWireOr(charge, ChargeType::Unknown);
    i.lockReasons = locks;
    i.spotStrategy = fromWireOr(spot, SpotStrategy::Unknown);
    if (charge == u"PrePaid")
        i.expiredTime = QDateTime::currentDateTimeUtc().addMonths(1);
    return i;
}

bool waitDone(Operation *operation, int timeoutMs = 30'000)
{
    return operation && QTest::qWaitFor([&] { return operation->isFinished(); }, timeoutMs);
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void autoReleaseBounds_data();
    void autoReleaseBounds();
    void createStopChangeTypeStartRelease();
    void subscriptionRenewAndAutoRenew();
    void renewDisabledForPayAsYouGo();
    void readOnlyDisablesEveryMutation();
    void failureShowsCodeRequestIdAndHint();
    void copyAsCommand();
    void cancelStopsWaiting();
};

void TestLifecycle::rules_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QList<Instance>>("selection");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonContains");
    const int start = int(InstanceAction::Start), stop = int(InstanceAction::Stop),
              release = int(InstanceAction::Release), change = int(InstanceAction::ChangeType),
              renew = int(InstanceAction::Renew), ip = int(InstanceAction::AllocatePublicIp),
              autoRelease = int(InstanceAction::AutoRelease);
    QTest::newRow("start stopped") << start << QList { make(u"Stopped"_s) } << true << QString();
    QTest::newRow("start running")
        << start << QList { make(u"Running"_s) } << false << u"needs Stopped"_s;
    QTest::newRow("start mixed") << start << QList { make(u"Stopped"_s), make(u"Running"_s) }
                                 << false << u"is Running"_s;
    QTest::newRow("stop locked") << stop
                                 << QList { make(u"Running"_s, u"PostPaid"_s, { u"financial"_s }) }
                                 << false << u"locked"_s;
    QTest::newRow("stop starting")
        << stop << QList { make(u"Starting"_s) } << false << u"is Starting"_s;
    QTest::newRow("release running")
        << release << QList { make(u"Running"_s) } << true << QString();
    QTest::newRow("release pending")
        << release << QList { make(u"Pending"_s) } << false << u"is Pending"_s;
    QTest::newRow("release unexpired subscription")
        << release << QList { make(u"Stopped"_s, u"PrePaid"_s) } << false << u"subscription"_s;
    QTest::newRow("change type of two")
        << change << QList { make(u"Stopped"_s), make(u"Stopped"_s) } << false << u"one instance"_s;
    QTest::newRow("change type of spot")
        << change << QList { make(u"Stopped"_s, u"PostPaid"_s, {}, u"SpotAsPriceGo"_s) } << false
        << u"preemptible"_s;
    QTest::newRow("renew postpaid")
        << renew << QList { make(u"Running"_s) } << false << u"pay-as-you-go"_s;
    QTest::newRow("renew prepaid")
        << renew << QList { make(u"Running"_s, u"PrePaid"_s) } << true << QString();
    QTest::newRow("auto-release prepaid")
        << autoRelease << QList { make(u"Running"_s, u"PrePaid"_s) } << false << u"subscription"_s;
    QTest::newRow("ip when recycling")
        << ip << QList { make(u"Running"_s, u"PostPaid"_s, { u"Recycling"_s }) } << false
        << u"Recycling"_s;
    QTest::newRow("nothing selected") << start << QList<Instance> {} << false << u"Select"_s;
}

void TestLifecycle::rules()
{
    QFETCH(int, action);
    QFETCH(QList<Instance>, selection);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonContains);
    const ActionCheck check = checkInstanceAction(InstanceAction(action), selection);
    QCOMPARE(check.allowed, allowed);
    QVERIFY2(check.reason.contains(reasonContains), qPrintable(check.reason));
    QCOMPARE(checkInstanceAction(InstanceAction(action), selection, true).allowed, false);
}

void TestLifecycle::autoReleaseBounds_data()
{
    QTest::addColumn<qint64>("aheadSecs");
    QTest::addColumn<bool>("ok");
    QTest::newRow("10 minutes") << qint64(600) << false;
    QTest::newRow("29 minutes") << qint64(29 * 60) << false;
    QTest::newRow("31 minutes") << qint64(31 * 60 + 30) << true;
    QTest::newRow("a year") << qint64(365) * 86400 << true;
    QTest::newRow("4 years") << qint64(4 * 365) * 86400 << false;
}

void TestLifecycle::autoReleaseBounds()
{
    QFETCH(qint64, aheadSecs);
    QFETCH(bool, ok);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(ops::ModifyInstanceAutoReleaseTime::check(now.addSecs(aheadSecs), now).isEmpty(), ok);
    // Seconds are truncated on the wire.
    QVERIFY(ops::ModifyInstanceAutoReleaseTime::format(now.addSecs(aheadSecs)).endsWith(u":00Z"_s));
}

void TestLifecycle::createStopChangeTypeStartRelease()
{
    Console console;
    QVERIFY(console.open());
    QAbstractItemModelTester tester(
        console.window->operations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    InstanceActions *actions = console.window->instanceActions();

    // Create three through the wizard.
    CreateInstanceWizard *wizard = console.window->openCreateWizard();
    QVERIFY(wizard);
    wizard->setWaitIntervals(50, 200);
    const QString problem
        = walkToReview(wizard, { u"PostPaid"_s, u"lifecycle-web"_s, 3, u"ecs.g7.large"_s });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(wizard->reviewText().contains(u"Dry run passed"_s), qPrintable(wizard->reviewText()));
    QVERIFY2(wizard->reviewText().contains(u"Price:"_s), qPrintable(wizard->reviewText()));
    console.screenshot(wizard, u"wizard-review"_s);
    QSignalSpy created(wizard, &CreateInstanceWizard::created);
    QVERIFY(press(wizard->button(QWizard::FinishButton)));
    QVERIFY2(created.wait(15'000), qPrintable(wizard->errorText()));
    const QStringList ids = created.first().at(1).toStringList();
    QCOMPARE(ids.size(), 3);
    QTRY_VERIFY(!console.window->createWizard()); // closed

    // They appear at once, then reach Running live.
    QTRY_VERIFY_WITH_TIMEOUT(console.pane()->model()->rowOf(ids.last()) >= 0, 10'000);
    Operation *createOp = console.window->operations()->operationAt(0);
    QVERIFY(createOp);
    console.screenshot(console.window.get(), u"operations-mid-flight"_s);
    QVERIFY(waitDone(createOp));
    QCOMPARE(createOp->state(), Operation::State::Done);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                 [&](const QString &id) {
                                     return console.instance(id).status == InstanceStatus::Running;
                                 }),
        10'000);

    // Stop all three.
    console.select(ids);
    QTRY_COMPARE(console.pane()->selectedInstances().size(), 3);
    QAction *stop = actions->action(InstanceAction::Stop);
    QVERIFY(stop->isEnabled());
    QVERIFY(!actions->action(InstanceAction::Start)->isEnabled());
    QVERIFY(actions->action(InstanceAction::Start)->toolTip().contains(u"Running"_s));
    stop->trigger();
    auto *stopDialog = qobject_cast<StopDialog *>(actions->openDialog());
    QVERIFY(stopDialog);
    QVERIFY(press(stopDialog->confirmButton()));
    QVERIFY(waitDone(actions->lastOperation()));
    QCOMPARE(actions->lastOperation()->state(), Operation::State::Done);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                 [&](const QString &id) {
                                     return console.instance(id).status == InstanceStatus::Stopped;
                                 }),
        10'000);

    // Change the type of one.
    console.select({ ids.first() });
    QTRY_VERIFY(actions->action(InstanceAction::ChangeType)->isEnabled());
    actions->action(InstanceAction::ChangeType)->trigger();
    auto *change = qobject_cast<ChangeTypeDialog *>(actions->openDialog());
    QVERIFY(change);
    QSignalSpy choices(change, &ChangeTypeDialog::choicesLoaded);
    QVERIFY(choices.wait(10'000));
    QVERIFY(change->typeList()->count() > 0);
    change->typeList()->setCurrentRow(0);
    const QString newType = change->chosenType();
    QVERIFY(!change->restartBox()->isVisible()); // it is stopped already
    QVERIFY(press(change->confirmButton()));
    QVERIFY(waitDone(actions->lastOperation()));
    QCOMPARE(actions->lastOperation()->state(), Operation::State::Done);
    QTRY_COMPARE(console.instance(ids.first()).instanceType, newType);
    QCOMPARE(console.server->world().instance(ids.first())->instanceType, newType);

    // Start all three.
    console.select(ids);
    QTRY_VERIFY(actions->action(InstanceAction::Start)->isEnabled());
    actions->action(InstanceAction::Start)->trigger();
    QVERIFY(waitDone(actions->lastOperation()));
    QCOMPARE(actions->lastOperation()->state(), Operation::State::Done);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                 [&](const QString &id) {
                                     return console.instance(id).status == InstanceStatus::Running;
                                 }),
        10'000);

    // Release: running instances need the word typed.
    console.select(ids);
    QTRY_VERIFY(actions->action(InstanceAction::Release)->isEnabled());
    actions->action(InstanceAction::Release)->trigger();
    auto *release = qobject_cast<ReleaseDialog *>(actions->openDialog());
    QVERIFY(release);
    QVERIFY(release->needsTypedConfirmation());
    QVERIFY(!release->confirmButton()->isEnabled());
    QTest::keyClicks(release->confirmationEdit(), u"releas"_s);
    QVERIFY(!release->confirmButton()->isEnabled());
    QTest::keyClicks(release->confirmationEdit(), u"e"_s);
    QVERIFY(release->confirmButton()->isEnabled());
    QVERIFY(press(release->confirmButton()));
    QVERIFY(waitDone(actions->lastOperation()));
    QCOMPARE(actions->lastOperation()->state(), Operation::State::Done);
    QTRY_VERIFY_WITH_TIMEOUT(console.pane()->model()->rowOf(ids.first()) < 0, 10'000);
    for (const QString &id : ids) {
        QVERIFY(!console.server->world().instance(id));
        QTRY_VERIFY(console.pane()->model()->rowOf(id) < 0);
    }
    QCOMPARE(console.window->operations()->runningCount(), 0);
}

void TestLifecycle::subscriptionRenewAndAutoRenew()
{
    Console console;
    QVERIFY(console.open());
    InstanceActions *actions = console.window->instanceActions();
    RunInstancesSpec spec;
    spec.regionId = u"cn-hangzhou"_s;
    spec.instanceType = u"ecs.g7.large"_s;
    spec.chargeType = ChargeType::PrePaid;
    spec.period = 1;
    spec.instanceName = u"lifecycle-prepaid"_s;
    spec.clientToken = ApiRequest::newClientToken();
    // Zone, image, vSwitch and group the same way the wizard would find them.
    CreateInstanceWizard *wizard = console.window->openCreateWizard();
    wizard->setWaitIntervals(50, 200);
    const QString problem
        = walkToReview(wizard, { u"PrePaid"_s, u"lifecycle-prepaid"_s, 1, u"ecs.g7.large"_s });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QSignalSpy created(wizard, &CreateInstanceWizard::created);
    QVERIFY(press(wizard->button(QWizard::FinishButton)));
    QVERIFY(created.wait(15'000));
    const QString id = created.first().at(1).toStringList().value(0);
    QTRY_VERIFY_WITH_TIMEOUT(console.instance(id).status == InstanceStatus::Running, 10'000);
    const Instance before = console.instance(id);
    QCOMPARE(before.chargeType, ChargeType::PrePaid);
    QVERIFY(before.expiredTime.isValid());

    console.select({ id });
    QTRY_VERIFY(actions->action(InstanceAction::Renew)->isEnabled());
    actions->action(InstanceAction::Renew)->trigger();
    auto *renew = qobject_cast<RenewDialog *>(actions->openDialog());
    QVERIFY(renew);
    renew->periodSpin()->setValue(1);
    QVERIFY(press(renew->confirmButton()));
    QVERIFY(waitDone(actions->lastOperation()));
    QCOMPARE(actions->lastOperation()->state(), Operation::State::Done);
    // The expiry moves a month.
    QTRY_COMPARE(console.instance(id).expiredTime.date(), before.expiredTime.addMonths(1).date());

    actions->action(InstanceAction::AutoRenew)->trigger();
    auto *autoRenew = qobject_cast<AutoRenewDialog *>(actions->openDialog());
    QVERIFY(autoRenew);
    QSignalSpy read(autoRenew, &AutoRenewDialog::attributesLoaded);
    QVERIFY(read.wait(10'000));
    QVERIFY(!autoRenew->enabledBox()->isChecked());
    autoRenew->enabledBox()->setChecked(true);
    autoRenew->durationCombo()->setCurrentIndex(autoRenew->durationCombo()->findData(3));
    QVERIFY(press(autoRenew->confirmButton()));
    QVERIFY(waitDone(actions->lastOperation()));
    QCOMPARE(actions->lastOperation()->state(), Operation::State::Done);
    Result<QList<AutoRenewAttribute>> attributes = ApiError {};
    bool answered = false;
    console.client->call<ops::DescribeInstanceAutoRenewAttribute>(
        ops::DescribeInstanceAutoRenewAttribute::request(u"cn-hangzhou"_s, { id }), this,
        [&](const Result<QList<AutoRenewAttribute>> &r) {
            attributes = r;
            answered = true;
        });
    QTRY_VERIFY(answered);
    QVERIFY(attributes.ok());
    QCOMPARE(attributes->size(), 1);
    QVERIFY(attributes->first().enabled);
    QCOMPARE(attributes->first().duration, 3);
}

void TestLifecycle::renewDisabledForPayAsYouGo()
{
    Console console;
    QVERIFY(console.open());
    QString postPaid;
    for (const Instance &i : console.pane()->model()->rows())
        if (i.chargeType == ChargeType::PostPaid)
            postPaid = i.instanceId;
    QVERIFY(!postPaid.isEmpty());
    console.select({ postPaid });
    QAction *renew = console.window->instanceActions()->action(InstanceAction::Renew);
    QTRY_VERIFY(!console.pane()->selectedInstances().isEmpty());
    QVERIFY(!renew->isEnabled());
    QVERIFY2(renew->toolTip().contains(u"pay-as-you-go"_s), qPrintable(renew->toolTip()));
    // The disabled action's reason is in the context menu too (same QAction).
    QVERIFY(console.pane()->view()->actions().contains(renew));
}

void TestLifecycle::readOnlyDisablesEveryMutation()
{
    Console console;
    QVERIFY(console.open());
    console.window->setReadOnly(true);
    console.select({ console.pane()->model()->rowAt(0).instanceId });
    QTRY_VERIFY(!console.pane()->selectedInstances().isEmpty());
    for (QAction *action : console.window->instanceActions()->actions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(action->toolTip().contains(u"read-only"_s));
    }
    QVERIFY(!console.window->instanceActions()->createAction()->isEnabled());
    QVERIFY(!console.window->openCreateWizard());
    // A shortcut on a disabled action does nothing either.
    console.window->instanceActions()->action(InstanceAction::Release)->trigger();
    QVERIFY(!console.window->instanceActions()->openDialog());
}

void TestLifecycle::failureShowsCodeRequestIdAndHint()
{
    Console console;
    QVERIFY(console.open());
    Instance running;
    for (const Instance &i : console.pane()->model()->rows())
        if (i.status == InstanceStatus::Running && i.lockReasons.isEmpty())
            running = i;
    QVERIFY(!running.instanceId.isEmpty());
    // Start on a running instance: what happens when the state changed after the click.
    Operation *operation = console.window->instanceActions()->start({ running });
    QVERIFY(waitDone(operation));
    QCOMPARE(operation->state(), Operation::State::Failed);
    QCOMPARE(operation->error().code, u"IncorrectInstanceStatus"_s);
    QVERIFY(!operation->error().requestId.isEmpty());
    QVERIFY2(operation->detail().contains(u"IncorrectInstanceStatus"_s),
        qPrintable(operation->detail()));
    QVERIFY(operation->detail().contains(operation->error().requestId));
    QVERIFY(operation->hint().contains(u"changed state"_s));
    // The panel shows it; the tooltip carries the RequestId.
    OperationsModel *model = console.window->operations();
    QCOMPARE(model->index(0, OperationsModel::StateColumn).data().toString(), u"Failed"_s);
    QVERIFY(
        model->index(0, 0).data(Qt::ToolTipRole).toString().contains(operation->error().requestId));
}

void TestLifecycle::copyAsCommand()
{
    Console console;
    QVERIFY(console.open());
    Instance running;
    for (const Instance &i : console.pane()->model()->rows())
        if (i.status == InstanceStatus::Running)
            running = i;
    StopDialog dialog({ running });
    dialog.forceBox()->setChecked(true);
    dialog.modeCombo()->setCurrentIndex(dialog.modeCombo()->findData(u"StopCharging"_s));
    const QString command = dialog.commandText();
    QCOMPARE(command,
        u"ecs-console call StopInstances --region cn-hangzhou BatchOptimization=SuccessFirst "
        "ForceStop=true InstanceId.1=%1 StoppedMode=StopCharging"_s.arg(running.instanceId));
    QVERIFY(!command.contains(QString::fromLatin1(sim::kDemoAccessKeySecret)));
    // The operations panel copies what an operation sent.
    Operation *operation = console.window->instanceActions()->start({ running });
    QVERIFY(waitDone(operation));
    QVERIFY(operation->commandLines().first().startsWith(u"ecs-console call StartInstances"_s));
}

void TestLifecycle::cancelStopsWaiting()
{
    Console console;
    QVERIFY(console.open());
    Instance stopped;
    for (const Instance &i : console.pane()->model()->rows())
        if (i.status == InstanceStatus::Stopped && i.lockReasons.isEmpty())
            stopped = i;
    QVERIFY(!stopped.instanceId.isEmpty());
    console.window->instanceActions()->setWaitIntervals(60'000, 60'000); // it would wait long
    Operation *operation = console.window->instanceActions()->start({ stopped });
    QTRY_COMPARE(operation->state(), Operation::State::Waiting);
    OperationsPanel *panel = console.window->operationsPanel();
    panel->view()->selectRow(0);
    QCOMPARE(panel->currentOperation(), operation);
    auto *cancel = panel->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    QVERIFY(cancel->isEnabled());
    QVERIFY(press(cancel));
    QCOMPARE(operation->state(), Operation::State::Cancelled);
    QVERIFY(!cancel->isEnabled());
    // What the service accepted stays done: the instance still starts.
    QTRY_VERIFY_WITH_TIMEOUT(
        console.server->world().instance(stopped.instanceId)->status == u"Running", 10'000);
    // Region switches leave operations alone.
    console.window->setCurrentRegion(u"cn-shanghai"_s);
    QCOMPARE(console.window->operations()->operationAt(0), operation);
}

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
