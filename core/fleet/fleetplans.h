#pragma once

#include "lifecycle/plans.h"
#include "types/instance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

// A selection of several profiles' instances planned apart: each profile's part is planned with
// its own instances and run on its own profile's client, one tracked operation per profile ×
// region. The dialogs collect one set of options for the whole selection.
namespace ecs {

/// A selection of instances split by the profile they belong to (Instance::profileId), profiles
/// in the order they first appear, instances in selection order: each part is planned and run
/// with its own profile's client, one operation per profile × region.
QList<std::pair<QString, QList<Instance>>> splitByProfile(const QList<Instance> &selection);

/// One profile's part of a fleet plan.
struct ProfilePlan
{
    QString profileId; ///< empty: the window's own profile
    ActionPlan plan;
};

/// A plan per profile of `selection` (in splitByProfile()'s order), each made by `planOf` from
/// that profile's instances alone.
QList<ProfilePlan> planPerProfile(const QList<Instance> &selection,
    const std::function<ActionPlan(const QList<Instance> &)> &planOf);

/// Renewal of a mixed selection: each instance keeps the client token the options gave it (one
/// per instance of the whole selection, in its order), whichever profile's part it lands in.
QList<ProfilePlan> planFleetRenew(const QList<Instance> &selection, const RenewOptions &options);
QList<ProfilePlan> planFleetAutoRenew(
    const QList<Instance> &selection, const AutoRenewOptions &options);
QList<ProfilePlan> planFleetAllocatePublicIp(const QList<Instance> &selection);

/// The operations a fleet plan becomes: one per profile × region.
int operationCount(const QList<ProfilePlan> &plans);

/// The words of fleet plans (translation context ecs::FleetPlan).
class FleetPlanTexts
{
    Q_DECLARE_TR_FUNCTIONS(ecs::FleetPlan)

public:
    /// The title of one operation of a fleet plan in the Operations dock. Another profile's is
    /// "profile: title"; when the submission spans several profiles (`fleet`) or the plan several
    /// regions, the region follows: "profile: title (region)". The window's own profile keeps its
    /// bare title (the window's title names it).
    static QString operationTitle(const QString &profileId, const QString &profileName,
        const ActionPlan &plan, const RegionPlan &region, bool fleet);
};

} // namespace ecs
