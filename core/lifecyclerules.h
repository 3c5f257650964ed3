#pragma once

#include "types/instance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ecs {

/// The instance actions, and whether the service would accept each for a selection.
enum class InstanceAction {
    Start,
    Stop,
    Reboot,
    Release,
    ChangeType,
    Renew,
    AutoRenew,
    AutoRelease,
    AllocatePublicIp,
};

struct ActionCheck
{
    bool allowed = false;
    QString reason; ///< why not, in words, naming an instance that blocks it
};

/// What the service allows, as the console decides it before asking (ecs-api.md §4).
class LifecycleRules
{
    Q_DECLARE_TR_FUNCTIONS(ecs::LifecycleRules)

public:
    /// Whether `action` is allowed for every instance of `selection`, by state, charge type and
    /// locks. A read-only profile allows nothing that mutates.
    static ActionCheck check(
        InstanceAction action, const QList<Instance> &selection, bool readOnly = false);
    static QString actionName(InstanceAction action);
    /// Whether changing the type of `instance` this way needs it stopped first: a pay-as-you-go
    /// change always does, a subscription upgrade may run, a downgrade may not.
    static bool needsStopFirst(const Instance &instance, SpecChange change);
};

inline ActionCheck checkInstanceAction(
    InstanceAction action, const QList<Instance> &selection, bool readOnly = false)
{
    return LifecycleRules::check(action, selection, readOnly);
}

inline QString instanceActionName(InstanceAction action)
{
    return LifecycleRules::actionName(action);
}

} // namespace ecs
