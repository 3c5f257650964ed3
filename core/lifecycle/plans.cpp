#include "plans.h"

#include "types/lifecycle.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

QMap<QString, QList<Instance>> byRegion(const QList<Instance> &instances)
{
    QMap<QString, QList<Instance>> out;
    for (const Instance &i : instances)
        out[i.regionId].append(i);
    return out;
}

QStringList idsOf(const QList<Instance> &instances)
{
    QStringList ids;
    ids.reserve(instances.size());
    for (const Instance &i : instances)
        ids << i.instanceId;
    return ids;
}

/// The instances in batches of at most `size`.
QList<QList<Instance>> chunks(const QList<Instance> &instances, int size)
{
    QList<QList<Instance>> out;
    for (qsizetype first = 0; first < instances.size(); first += size)
        out << instances.mid(first, size);
    return out;
}

/// A plan of one step per region: `requestsFor` makes a region's requests from its instances.
ActionPlan oneStep(const QString &title, const QList<Instance> &selection,
    const WaitTarget &waitFor,
    const std::function<QList<ApiRequest>(const QString &, const QList<Instance> &)> &requestsFor)
{
    ActionPlan plan { title, {} };
    const auto regions = byRegion(selection);
    for (auto it = regions.cbegin(); it != regions.cend(); ++it)
        plan.regions << RegionPlan { it.key(), idsOf(*it),
            { PlanStep { title, requestsFor(it.key(), *it), waitFor } } };
    return plan;
}

} // namespace

QList<ApiRequest> ActionPlan::requests() const
{
    QList<ApiRequest> out;
    for (const RegionPlan &region : regions)
        for (const PlanStep &step : region.steps)
            out << step.requests;
    return out;
}

QStringList ActionPlan::commandLines(const QString &profileName, const QUrl &endpoint) const
{
    QStringList lines;
    for (const ApiRequest &request : requests())
        lines << commandLineFor(request, profileName, endpoint);
    return lines;
}

QString ActionPlan::titleFor(const RegionPlan &region) const
{
    return regions.size() > 1 ? u"%1 (%2)"_s.arg(title, region.regionId) : title;
}

QString PlanTexts::describe(const QList<Instance> &instances)
{
    if (instances.size() == 1) {
        const Instance &i = instances.first();
        return i.instanceName.isEmpty() ? i.instanceId : i.instanceName;
    }
    return PlanTexts::tr("%1 instances").arg(instances.size());
}

ActionPlan planStart(const QList<Instance> &selection)
{
    return oneStep(PlanTexts::tr("Start %1").arg(PlanTexts::describe(selection)), selection,
        WaitTarget::reach(InstanceStatus::Running),
        [](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const QList<Instance> &batch : chunks(instances, ops::StartInstances::kMaxIds))
                out << ops::StartInstances::request(regionId, idsOf(batch));
            return out;
        });
}

ActionPlan planStop(const QList<Instance> &selection, const StopOptions &options)
{
    return oneStep(PlanTexts::tr("Stop %1").arg(PlanTexts::describe(selection)), selection,
        WaitTarget::reach(InstanceStatus::Stopped),
        [options](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const QList<Instance> &batch : chunks(instances, ops::StopInstances::kMaxIds))
                out << ops::StopInstances::request(
                    regionId, idsOf(batch), options.force, options.mode);
            return out;
        });
}

ActionPlan planReboot(const QList<Instance> &selection, const RebootOptions &options)
{
    return oneStep(PlanTexts::tr("Reboot %1").arg(PlanTexts::describe(selection)), selection,
        WaitTarget::reach(InstanceStatus::Running),
        [options](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const Instance &i : instances)
                out << ops::RebootInstance::request(i.instanceId, options.force)
                           .setEndpointRegion(regionId);
            return out;
        });
}

ActionPlan planRelease(const QList<Instance> &selection, const ReleaseOptions &options)
{
    int batchNumber = 0; // counts across regions: every batch has a token of its own
    return oneStep(PlanTexts::tr("Release %1").arg(PlanTexts::describe(selection)), selection,
        WaitTarget::gone(), [&](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const QList<Instance> &batch : chunks(instances, ops::DeleteInstances::kMaxIds)) {
                // A running instance is only released with Force (it is stopped first).
                const bool force = options.force
                    || std::any_of(batch.cbegin(), batch.cend(),
                        [](const Instance &i) { return i.status == InstanceStatus::Running; });
                const QString token = options.clientToken.isEmpty()
                    ? QString()
                    : u"%1-%2"_s.arg(options.clientToken.left(56)).arg(batchNumber);
                ++batchNumber;
                out << ops::DeleteInstances::request(regionId, idsOf(batch), force, token);
            }
            return out;
        });
}

ActionPlan planChangeType(const Instance &instance, const ChangeTypeOptions &options)
{
    const QString title = PlanTexts::tr("Change %1 to %2")
                              .arg(PlanTexts::describe({ instance }), options.instanceType);
    const QString &regionId = instance.regionId;
    const ApiRequest change = instance.chargeType == ChargeType::PrePaid
        ? ops::ModifyPrepayInstanceSpec::request(regionId, instance.instanceId,
            options.instanceType, options.change, options.clientToken)
        : ops::ModifyInstanceSpec::request(
            instance.instanceId, options.instanceType, options.clientToken)
              .setEndpointRegion(regionId);
    RegionPlan region { regionId, { instance.instanceId }, {} };
    if (options.stopChangeStart && instance.status == InstanceStatus::Running) {
        region.steps = {
            { PlanTexts::tr("Stopping"),
                { ops::StopInstances::request(regionId, { instance.instanceId }, false) },
                WaitTarget::reach(InstanceStatus::Stopped) },
            { PlanTexts::tr("Changing the type"), { change }, WaitTarget::none() },
            { PlanTexts::tr("Starting"),
                { ops::StartInstances::request(regionId, { instance.instanceId }) },
                WaitTarget::reach(InstanceStatus::Running) },
        };
    } else {
        region.steps = { { title, { change }, WaitTarget::none() } };
    }
    return { title, { region } };
}

ActionPlan planRenew(const QList<Instance> &selection, const RenewOptions &options)
{
    QHash<QString, QString> tokens;
    for (qsizetype n = 0; n < selection.size(); ++n)
        tokens.insert(selection.at(n).instanceId, options.clientTokens.value(n));
    return oneStep(PlanTexts::tr("Renew %1").arg(PlanTexts::describe(selection)), selection,
        WaitTarget::none(), [&](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const Instance &i : instances)
                out << ops::RenewInstance::request(
                    i.instanceId, options.months, PeriodUnit::Month, tokens.value(i.instanceId))
                           .setEndpointRegion(regionId);
            return out;
        });
}

ActionPlan planAutoRenew(const QList<Instance> &selection, const AutoRenewOptions &options)
{
    return oneStep(PlanTexts::tr("Set auto-renew of %1").arg(PlanTexts::describe(selection)),
        selection, WaitTarget::none(),
        [options](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const QList<Instance> &batch :
                chunks(instances, ops::ModifyInstanceAutoRenewAttribute::kMaxIds))
                out << ops::ModifyInstanceAutoRenewAttribute::request(
                    regionId, idsOf(batch), options.enabled, options.months);
            return out;
        });
}

ActionPlan planAutoRelease(const QList<Instance> &selection, const AutoReleaseOptions &options)
{
    const QString who = PlanTexts::describe(selection);
    return oneStep(options.releaseTime.isValid()
            ? PlanTexts::tr("Set the release time of %1").arg(who)
            : PlanTexts::tr("Cancel the automatic release of %1").arg(who),
        selection, WaitTarget::none(),
        [options](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const Instance &i : instances)
                out << ops::ModifyInstanceAutoReleaseTime::request(
                    regionId, i.instanceId, options.releaseTime);
            return out;
        });
}

QString autoReleaseProblem(const QDateTime &releaseTime, const QDateTime &now)
{
    return ops::ModifyInstanceAutoReleaseTime::check(releaseTime, now);
}

ActionPlan planAllocatePublicIp(const QList<Instance> &selection)
{
    return oneStep(PlanTexts::tr("Allocate a public IP to %1").arg(PlanTexts::describe(selection)),
        selection, WaitTarget::none(),
        [](const QString &regionId, const QList<Instance> &instances) {
            QList<ApiRequest> out;
            for (const Instance &i : instances)
                out << ops::AllocatePublicIpAddress::request(i.instanceId)
                           .setEndpointRegion(regionId);
            return out;
        });
}

ActionPlan planRunInstances(const RunInstancesSpec &spec, const QString &title)
{
    return { title,
        { RegionPlan { spec.regionId, {},
            { PlanStep { PlanTexts::tr("Creating"), { spec.request() },
                WaitTarget::reach(InstanceStatus::Running) } } } } };
}

} // namespace ecs
