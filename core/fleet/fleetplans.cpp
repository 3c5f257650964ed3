#include "fleetplans.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

QList<std::pair<QString, QList<Instance>>> splitByProfile(const QList<Instance> &selection)
{
    QList<std::pair<QString, QList<Instance>>> out;
    for (const Instance &i : selection) {
        auto it = std::find_if(
            out.begin(), out.end(), [&](const auto &part) { return part.first == i.profileId; });
        if (it == out.end())
            out.append({ i.profileId, { i } });
        else
            it->second.append(i);
    }
    return out;
}

QList<ProfilePlan> planPerProfile(const QList<Instance> &selection,
    const std::function<ActionPlan(const QList<Instance> &)> &planOf)
{
    QList<ProfilePlan> out;
    for (const auto &[profileId, instances] : splitByProfile(selection))
        if (ActionPlan plan = planOf(instances); !plan.isEmpty())
            out.append({ profileId, std::move(plan) });
    return out;
}

QList<ProfilePlan> planFleetRenew(const QList<Instance> &selection, const RenewOptions &options)
{
    // Keyed by profile and id: the same instance id may be in two accounts.
    QHash<QString, QString> tokens;
    for (qsizetype n = 0; n < selection.size(); ++n)
        tokens.insert(selection.at(n).profileId + u'/' + selection.at(n).instanceId,
            options.clientTokens.value(n));
    return planPerProfile(selection, [&](const QList<Instance> &part) {
        RenewOptions own { options.months, {} };
        for (const Instance &i : part)
            own.clientTokens << tokens.value(i.profileId + u'/' + i.instanceId);
        return planRenew(part, own);
    });
}

QList<ProfilePlan> planFleetAutoRenew(
    const QList<Instance> &selection, const AutoRenewOptions &options)
{
    return planPerProfile(
        selection, [&](const QList<Instance> &part) { return planAutoRenew(part, options); });
}

QList<ProfilePlan> planFleetAllocatePublicIp(const QList<Instance> &selection)
{
    return planPerProfile(selection, &planAllocatePublicIp);
}

int operationCount(const QList<ProfilePlan> &plans)
{
    int n = 0;
    for (const ProfilePlan &p : plans)
        n += int(p.plan.regions.size());
    return n;
}

QString FleetPlanTexts::operationTitle(const QString &profileId, const QString &profileName,
    const ActionPlan &plan, const RegionPlan &region, bool fleet)
{
    const QString title = fleet && plan.regions.size() == 1
        ? u"%1 (%2)"_s.arg(plan.title, region.regionId)
        : plan.titleFor(region);
    return profileId.isEmpty()
        ? title
        : FleetPlanTexts::tr("%1: %2", "profile: operation").arg(profileName, title);
}

} // namespace ecs
