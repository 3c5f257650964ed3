// The action plans, without a widget: which requests each action sends, with the parameters as
// the service spells them, chunked to its limits, grouped by region, each step with what it waits
// for; and the rule that some type changes need the instance stopped first.
#include "lifecycle/plans.h"
#include "lifecyclerules.h"
#include "types/lifecycle.h"

#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

Instance instance(const QString &id, const QString &region = u"cn-hangzhou"_s,
    InstanceStatus status = InstanceStatus::Running, ChargeType charge = ChargeType::PostPaid)
{
    Instance i;
    i.instanceId = id;
    i.instanceName = u"web-"_s + id;
    i.regionId = region;
    i.zoneId = region + u"-b"_s;
    i.status = status;
    i.chargeType = charge;
    i.instanceType = u"ecs.g7.large"_s;
    return i;
}

QList<Instance> many(int count, const QString &region = u"cn-hangzhou"_s,
    InstanceStatus status = InstanceStatus::Running)
{
    QList<Instance> out;
    for (int n = 0; n < count; ++n)
        out << instance(u"i-%1-%2"_s.arg(region).arg(n), region, status);
    return out;
}

/// The plan a row of the table names.
ActionPlan planFor(const QString &which)
{
    const Instance running = instance(u"i-1"_s);
    const Instance stopped = instance(u"i-2"_s, u"cn-hangzhou"_s, InstanceStatus::Stopped);
    const Instance prepaid
        = instance(u"i-3"_s, u"cn-hangzhou"_s, InstanceStatus::Running, ChargeType::PrePaid);
    if (which == u"start")
        return planStart({ stopped });
    if (which == u"stop")
        return planStop({ running }, {});
    if (which == u"stop force, stop charging")
        return planStop({ running }, { true, StoppedMode::StopCharging });
    if (which == u"stop keep charging")
        return planStop({ running }, { false, StoppedMode::KeepCharging });
    if (which == u"reboot force")
        return planReboot({ running }, { true });
    if (which == u"release stopped")
        return planRelease({ stopped }, { false, u"tok"_s });
    if (which == u"release running")
        return planRelease({ running }, { false, u"tok"_s });
    if (which == u"change type, pay-as-you-go stopped")
        return planChangeType(stopped, { u"ecs.g7.xlarge"_s, SpecChange::None, false, u"ct"_s });
    if (which == u"change type, subscription upgrade")
        return planChangeType(prepaid, { u"ecs.g7.xlarge"_s, SpecChange::Upgrade, false, u"ct"_s });
    if (which == u"change type, subscription downgrade")
        return planChangeType(
            prepaid, { u"ecs.g7.medium"_s, SpecChange::Downgrade, true, u"ct"_s });
    if (which == u"change type, stop → change → start")
        return planChangeType(running, { u"ecs.g7.xlarge"_s, SpecChange::None, true, u"ct"_s });
    if (which == u"change type, stopped ignores stop-start")
        return planChangeType(stopped, { u"ecs.g7.xlarge"_s, SpecChange::None, true, u"ct"_s });
    if (which == u"renew")
        return planRenew({ prepaid }, { 3, { u"rt"_s } });
    if (which == u"auto-renew on")
        return planAutoRenew({ prepaid, instance(u"i-4"_s) }, { true, 6 });
    if (which == u"auto-renew off")
        return planAutoRenew({ prepaid }, { false, 6 });
    if (which == u"auto-release set")
        return planAutoRelease(
            { running }, { QDateTime(QDate(2031, 5, 4), QTime(10, 20, 33), Qt::UTC) });
    if (which == u"auto-release cancel")
        return planAutoRelease({ running }, {});
    if (which == u"public IP")
        return planAllocatePublicIp({ running });
    if (which == u"create") {
        RunInstancesSpec spec;
        spec.regionId = u"cn-shanghai"_s;
        spec.zoneId = u"cn-shanghai-b"_s;
        spec.instanceType = u"ecs.g7.large"_s;
        spec.imageId = u"img"_s;
        spec.amount = 2;
        spec.clientToken = u"run"_s;
        return planRunInstances(spec, u"Create web"_s);
    }
    qFatal("no plan named %s", qPrintable(which));
}

/// "Stopped", "none", "gone": a wait in the table.
QString waitName(const WaitTarget &target)
{
    switch (target.kind) {
    case WaitTarget::Kind::None:
        return u"none"_s;
    case WaitTarget::Kind::Gone:
        return u"gone"_s;
    case WaitTarget::Kind::Status:
        return toWire(target.status);
    }
    return {};
}

/// The steps of a one-region plan as "Action[Name=Value,…]→wait" lines, parameters as sent.
QStringList describeSteps(const ActionPlan &plan, const QStringList &shownParams)
{
    QStringList out;
    for (const PlanStep &step : plan.regions.value(0).steps) {
        QStringList calls;
        for (const ApiRequest &r : step.requests) {
            QStringList params;
            for (const QString &name : shownParams)
                if (r.params().contains(name))
                    params << name + u'=' + r.param(name);
            calls << r.action() + u'[' + params.join(u',') + u']';
        }
        out << calls.join(u' ') + u" → "_s + waitName(step.waitFor);
    }
    return out;
}

} // namespace

class TestPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAndWaits_data();
    void requestsAndWaits();
    void absentParameters_data();
    void absentParameters();
    void chunking_data();
    void chunking();
    void groupedByRegion();
    void releaseTokensPerBatch();
    void requestsWithoutRegionGoToTheirs();
    void stopFirstRule_data();
    void stopFirstRule();
    void commandLines();
};

void TestPlans::requestsAndWaits_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("start") << u"start"_s << u"Start web-i-2"_s
                           << QStringList { u"StartInstances[InstanceId.1=i-2,"
                                            "BatchOptimization=SuccessFirst] → Running"_s };
    QTest::newRow("stop") << u"stop"_s << u"Stop web-i-1"_s
                          << QStringList { u"StopInstances[InstanceId.1=i-1,ForceStop=false,"
                                           "BatchOptimization=SuccessFirst] → Stopped"_s };
    QTest::newRow("stop force") << u"stop force, stop charging"_s << u"Stop web-i-1"_s
                                << QStringList { u"StopInstances[InstanceId.1=i-1,ForceStop=true,"
                                                 "StoppedMode=StopCharging,"
                                                 "BatchOptimization=SuccessFirst] → Stopped"_s };
    QTest::newRow("stop keep") << u"stop keep charging"_s << u"Stop web-i-1"_s
                               << QStringList { u"StopInstances[InstanceId.1=i-1,ForceStop=false,"
                                                "StoppedMode=KeepCharging,"
                                                "BatchOptimization=SuccessFirst] → Stopped"_s };
    QTest::newRow("reboot") << u"reboot force"_s << u"Reboot web-i-1"_s
                            << QStringList {
                                   u"RebootInstance[InstanceId=i-1,ForceStop=true] → Running"_s
                               };
    QTest::newRow("release stopped")
        << u"release stopped"_s << u"Release web-i-2"_s
        << QStringList {
               u"DeleteInstances[InstanceId.1=i-2,Force=false,ClientToken=tok-0] → gone"_s
           };
    QTest::newRow("release running")
        << u"release running"_s << u"Release web-i-1"_s
        << QStringList {
               u"DeleteInstances[InstanceId.1=i-1,Force=true,ClientToken=tok-0] → gone"_s
           };
    QTest::newRow("change type pay-as-you-go")
        << u"change type, pay-as-you-go stopped"_s << u"Change web-i-2 to ecs.g7.xlarge"_s
        << QStringList { u"ModifyInstanceSpec[InstanceId=i-2,InstanceType=ecs.g7.xlarge,"
                         "ClientToken=ct] → none"_s };
    QTest::newRow("change type upgrade")
        << u"change type, subscription upgrade"_s << u"Change web-i-3 to ecs.g7.xlarge"_s
        << QStringList { u"ModifyPrepayInstanceSpec[InstanceId=i-3,InstanceType=ecs.g7.xlarge,"
                         "OperatorType=upgrade,AutoPay=true,ClientToken=ct] → none"_s };
    QTest::newRow("change type downgrade, stop-start")
        << u"change type, subscription downgrade"_s << u"Change web-i-3 to ecs.g7.medium"_s
        << QStringList {
               u"StopInstances[InstanceId.1=i-3,ForceStop=false,BatchOptimization=SuccessFirst] "
               "→ Stopped"_s,
               u"ModifyPrepayInstanceSpec[InstanceId=i-3,InstanceType=ecs.g7.medium,"
               "OperatorType=downgrade,AutoPay=true,ClientToken=ct] → none"_s,
               u"StartInstances[InstanceId.1=i-3,BatchOptimization=SuccessFirst] → Running"_s,
           };
    QTest::newRow("change type stop-change-start")
        << u"change type, stop → change → start"_s << u"Change web-i-1 to ecs.g7.xlarge"_s
        << QStringList {
               u"StopInstances[InstanceId.1=i-1,ForceStop=false,BatchOptimization=SuccessFirst] "
               "→ Stopped"_s,
               u"ModifyInstanceSpec[InstanceId=i-1,InstanceType=ecs.g7.xlarge,ClientToken=ct] "
               "→ none"_s,
               u"StartInstances[InstanceId.1=i-1,BatchOptimization=SuccessFirst] → Running"_s,
           };
    QTest::newRow("change type stopped: one step")
        << u"change type, stopped ignores stop-start"_s << u"Change web-i-2 to ecs.g7.xlarge"_s
        << QStringList { u"ModifyInstanceSpec[InstanceId=i-2,InstanceType=ecs.g7.xlarge,"
                         "ClientToken=ct] → none"_s };
    QTest::newRow("renew") << u"renew"_s << u"Renew web-i-3"_s
                           << QStringList { u"RenewInstance[InstanceId=i-3,Period=3,"
                                            "PeriodUnit=Month,ClientToken=rt] → none"_s };
    QTest::newRow("auto-renew on")
        << u"auto-renew on"_s << u"Set auto-renew of 2 instances"_s
        << QStringList { u"ModifyInstanceAutoRenewAttribute[InstanceId=i-3,i-4,AutoRenew=true,"
                         "RenewalStatus=AutoRenewal,Duration=6,PeriodUnit=Month] → none"_s };
    QTest::newRow("auto-renew off")
        << u"auto-renew off"_s << u"Set auto-renew of web-i-3"_s
        << QStringList { u"ModifyInstanceAutoRenewAttribute[InstanceId=i-3,AutoRenew=false,"
                         "RenewalStatus=Normal] → none"_s };
    QTest::newRow("auto-release set")
        << u"auto-release set"_s << u"Set the release time of web-i-1"_s
        << QStringList { u"ModifyInstanceAutoReleaseTime[InstanceId=i-1,"
                         "AutoReleaseTime=2031-05-04T10:20:00Z] → none"_s };
    QTest::newRow("auto-release cancel")
        << u"auto-release cancel"_s << u"Cancel the automatic release of web-i-1"_s
        << QStringList { u"ModifyInstanceAutoReleaseTime[InstanceId=i-1] → none"_s };
    QTest::newRow("public IP") << u"public IP"_s << u"Allocate a public IP to web-i-1"_s
                               << QStringList {
                                      u"AllocatePublicIpAddress[InstanceId=i-1] → none"_s
                                  };
    QTest::newRow("create") << u"create"_s << u"Create web"_s
                            << QStringList { u"RunInstances[InstanceType=ecs.g7.large,Amount=2,"
                                             "ClientToken=run] → Running"_s };
}

void TestPlans::requestsAndWaits()
{
    QFETCH(QString, which);
    QFETCH(QString, title);
    QFETCH(QStringList, steps);
    const ActionPlan plan = planFor(which);
    QCOMPARE(plan.title, title);
    QCOMPARE(plan.regions.size(), 1);
    const QStringList shown { u"InstanceId.1"_s, u"InstanceId"_s, u"InstanceType"_s, u"ForceStop"_s,
        u"Force"_s, u"StoppedMode"_s, u"OperatorType"_s, u"AutoPay"_s, u"Period"_s, u"PeriodUnit"_s,
        u"AutoRenew"_s, u"RenewalStatus"_s, u"Duration"_s, u"AutoReleaseTime"_s, u"Amount"_s,
        u"BatchOptimization"_s, u"ClientToken"_s };
    // Same calls, same parameters, same waits, whatever the order of the parameters.
    const auto normalized = [](const QString &s) {
        const qsizetype open = s.indexOf(u'['), close = s.lastIndexOf(u']');
        QStringList params;
        for (const QString &p : s.mid(open + 1, close - open - 1).split(u','))
            if (p.contains(u'=') || params.isEmpty())
                params << p;
            else
                params.last() += u',' + p; // "InstanceId=i-3,i-4" is one comma list
        params.sort();
        return s.left(open) + u'[' + params.join(u';') + u']' + s.mid(close + 1);
    };
    const QStringList actual = describeSteps(plan, shown);
    QCOMPARE(actual.size(), steps.size());
    for (qsizetype n = 0; n < actual.size(); ++n)
        QCOMPARE(normalized(actual.at(n)), normalized(steps.at(n)));
    QCOMPARE(
        plan.regions.first().regionId, which == u"create" ? u"cn-shanghai"_s : u"cn-hangzhou"_s);
}

void TestPlans::absentParameters_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("stop: default mode is not sent") << u"stop"_s << u"StoppedMode"_s;
    QTest::newRow("auto-renew off: no duration") << u"auto-renew off"_s << u"Duration"_s;
    QTest::newRow("cancel release: no time") << u"auto-release cancel"_s << u"AutoReleaseTime"_s;
    QTest::newRow("pay-as-you-go change: no OperatorType")
        << u"change type, pay-as-you-go stopped"_s << u"OperatorType"_s;
}

void TestPlans::absentParameters()
{
    QFETCH(QString, which);
    QFETCH(QString, parameter);
    for (const ApiRequest &r : planFor(which).requests())
        QVERIFY2(!r.params().contains(parameter), qPrintable(r.action()));
}

void TestPlans::chunking_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("batches");
    for (const QString &action : { u"start"_s, u"stop"_s, u"release"_s, u"auto-renew"_s }) {
        QTest::addRow("%s 1", qPrintable(action)) << action << 1 << QList<int> { 1 };
        QTest::addRow("%s 100", qPrintable(action)) << action << 100 << QList<int> { 100 };
        QTest::addRow("%s 101", qPrintable(action)) << action << 101 << QList<int> { 100, 1 };
        QTest::addRow("%s 250", qPrintable(action)) << action << 250 << QList<int> { 100, 100, 50 };
    }
    // One call per instance where the service takes one id.
    QTest::newRow("reboot 3") << u"reboot"_s << 3 << QList<int> { 1, 1, 1 };
    QTest::newRow("renew 2") << u"renew"_s << 2 << QList<int> { 1, 1 };
    QTest::newRow("public IP 2") << u"public IP"_s << 2 << QList<int> { 1, 1 };
    QTest::newRow("auto-release 2") << u"auto-release"_s << 2 << QList<int> { 1, 1 };
}

void TestPlans::chunking()
{
    QFETCH(QString, action);
    QFETCH(int, count);
    QFETCH(QList<int>, batches);
    const QList<Instance> selection = many(count);
    ActionPlan plan;
    if (action == u"start")
        plan = planStart(selection);
    else if (action == u"stop")
        plan = planStop(selection, {});
    else if (action == u"release")
        plan = planRelease(selection, { false, u"t"_s });
    else if (action == u"auto-renew")
        plan = planAutoRenew(selection, { true, 1 });
    else if (action == u"reboot")
        plan = planReboot(selection, {});
    else if (action == u"renew")
        plan = planRenew(selection, { 1, {} });
    else if (action == u"public IP")
        plan = planAllocatePublicIp(selection);
    else
        plan = planAutoRelease(selection, {});
    QCOMPARE(plan.regions.size(), 1);
    QCOMPARE(plan.regions.first().steps.size(), 1);
    QList<int> sizes;
    QStringList sent;
    for (const ApiRequest &r : plan.requests()) {
        int ids = 0;
        for (auto it = r.params().cbegin(); it != r.params().cend(); ++it) {
            if (it.key().startsWith(u"InstanceId."_s))
                ++ids;
            else if (it.key() == u"InstanceId") {
                ids += int(it.value().split(u',').size());
                sent << it.value().split(u',');
                continue;
            }
            if (it.key().startsWith(u"InstanceId"_s))
                sent << it.value();
        }
        sizes << ids;
    }
    QCOMPARE(sizes, batches);
    // Every instance once, in the selection's order.
    QStringList ids;
    for (const Instance &i : selection)
        ids << i.instanceId;
    QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()), QSet<QString>(ids.cbegin(), ids.cend()));
    QCOMPARE(sent.size(), ids.size());
    QCOMPARE(plan.regions.first().instanceIds, ids);
}

void TestPlans::groupedByRegion()
{
    // Mixed regions, in any order: one part per region, in region order, each with its own ids.
    const QList<Instance> selection { instance(u"s-1"_s, u"cn-shanghai"_s),
        instance(u"h-1"_s, u"cn-hangzhou"_s), instance(u"s-2"_s, u"cn-shanghai"_s),
        instance(u"b-1"_s, u"cn-beijing"_s) };
    const ActionPlan plan = planStop(selection, {});
    QCOMPARE(plan.regions.size(), 3);
    QCOMPARE(plan.regions.at(0).regionId, u"cn-beijing"_s);
    QCOMPARE(plan.regions.at(1).regionId, u"cn-hangzhou"_s);
    QCOMPARE(plan.regions.at(2).regionId, u"cn-shanghai"_s);
    QCOMPARE(plan.regions.at(2).instanceIds, (QStringList { u"s-1"_s, u"s-2"_s }));
    for (const RegionPlan &region : plan.regions) {
        for (const PlanStep &step : region.steps)
            for (const ApiRequest &r : step.requests)
                QCOMPARE(r.endpointRegion(), region.regionId);
        QCOMPARE(plan.titleFor(region), u"Stop 4 instances (%1)"_s.arg(region.regionId));
    }
    QCOMPARE(plan.regions.at(2).steps.first().requests.first().param(u"InstanceId.2"_s), u"s-2"_s);
    // Calls that carry no RegionId still go to their instance's region (its endpoint).
    const ActionPlan reboot = planReboot(selection, {});
    QCOMPARE(reboot.regions.size(), 3);
    QCOMPARE(reboot.regions.at(2).steps.first().requests.size(), 2);
    // One region: the title is the plan's.
    const ActionPlan one = planStart({ instance(u"h-1"_s) });
    QCOMPARE(one.titleFor(one.regions.first()), u"Start web-h-1"_s);
}

void TestPlans::releaseTokensPerBatch()
{
    // Every batch has a token of its own, derived from the dialog's: stable across retries, and
    // distinct across regions too. A batch with a running instance is forced.
    QList<Instance> selection = many(150, u"cn-hangzhou"_s, InstanceStatus::Stopped);
    selection << instance(u"s-1"_s, u"cn-shanghai"_s, InstanceStatus::Stopped);
    selection[120].status = InstanceStatus::Running;
    const QString token = QString(64, u'x');
    const ActionPlan plan = planRelease(selection, { false, token });
    const QList<ApiRequest> requests = plan.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).clientToken(), QString(56, u'x') + u"-0"_s);
    QCOMPARE(requests.at(1).clientToken(), QString(56, u'x') + u"-1"_s);
    QCOMPARE(requests.at(2).clientToken(), QString(56, u'x') + u"-2"_s);
    QCOMPARE(requests.at(0).param(u"Force"_s), u"false"_s);
    QCOMPARE(requests.at(1).param(u"Force"_s), u"true"_s);
    QCOMPARE(requests.at(2).param(u"Force"_s), u"false"_s);
    QCOMPARE(planRelease(selection, { false, token }).requests().at(1).clientToken(),
        requests.at(1).clientToken());
    // Asked for: every batch is forced.
    for (const ApiRequest &r : planRelease(selection, { true, token }).requests())
        QCOMPARE(r.param(u"Force"_s), u"true"_s);
    QCOMPARE(plan.regions.first().steps.first().waitFor, WaitTarget::gone());
}

void TestPlans::requestsWithoutRegionGoToTheirs()
{
    const Instance tokyo = instance(u"t-1"_s, u"ap-northeast-1"_s);
    for (const ActionPlan &plan : { planReboot({ tokyo }, {}), planRenew({ tokyo }, { 1, {} }),
             planAllocatePublicIp({ tokyo }),
             planChangeType(tokyo, { u"ecs.g7.xlarge"_s, SpecChange::None, true, {} }) })
        for (const ApiRequest &r : plan.requests())
            QCOMPARE(r.endpointRegion(), u"ap-northeast-1"_s);
}

void TestPlans::stopFirstRule_data()
{
    QTest::addColumn<InstanceStatus>("status");
    QTest::addColumn<ChargeType>("charge");
    QTest::addColumn<SpecChange>("change");
    QTest::addColumn<bool>("needsStop");
    QTest::newRow("running pay-as-you-go")
        << InstanceStatus::Running << ChargeType::PostPaid << SpecChange::None << true;
    QTest::newRow("running pay-as-you-go, upgrade named")
        << InstanceStatus::Running << ChargeType::PostPaid << SpecChange::Upgrade << true;
    QTest::newRow("running subscription upgrade")
        << InstanceStatus::Running << ChargeType::PrePaid << SpecChange::Upgrade << false;
    QTest::newRow("running subscription downgrade")
        << InstanceStatus::Running << ChargeType::PrePaid << SpecChange::Downgrade << true;
    QTest::newRow("stopped pay-as-you-go")
        << InstanceStatus::Stopped << ChargeType::PostPaid << SpecChange::None << false;
    QTest::newRow("stopped subscription downgrade")
        << InstanceStatus::Stopped << ChargeType::PrePaid << SpecChange::Downgrade << false;
}

void TestPlans::stopFirstRule()
{
    QFETCH(InstanceStatus, status);
    QFETCH(ChargeType, charge);
    QFETCH(SpecChange, change);
    QFETCH(bool, needsStop);
    const Instance i = instance(u"i-1"_s, u"cn-hangzhou"_s, status, charge);
    QCOMPARE(LifecycleRules::needsStopFirst(i, change), needsStop);
    // Asked to stop and start again: three steps exactly when the instance is running.
    const ActionPlan plan = planChangeType(i, { u"ecs.g7.xlarge"_s, change, true, u"t"_s });
    QCOMPARE(plan.regions.first().steps.size(), status == InstanceStatus::Running ? 3 : 1);
}

void TestPlans::commandLines()
{
    const ActionPlan plan = planStop({ instance(u"i-1"_s) }, { true, StoppedMode::StopCharging });
    QCOMPARE(plan.commandLines(),
        QStringList { u"ecs-console call StopInstances --region cn-hangzhou "
                      "BatchOptimization=SuccessFirst ForceStop=true InstanceId.1=i-1 "
                      "StoppedMode=StopCharging"_s });
    QCOMPARE(plan.commandLines(u"work"_s, QUrl(u"http://127.0.0.1:9"_s)).first(),
        u"ecs-console call StopInstances --region cn-hangzhou --profile work --endpoint "
        "http://127.0.0.1:9 BatchOptimization=SuccessFirst ForceStop=true InstanceId.1=i-1 "
        "StoppedMode=StopCharging"_s);
}

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
