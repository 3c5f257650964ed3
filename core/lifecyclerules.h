#pragma once

#include "types/instance.h"

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

/// Whether `action` is allowed for every instance of `selection`, by state, charge type and
/// locks, as the service decides (ecs-api.md §4). A read-only profile allows nothing that mutates.
ActionCheck checkInstanceAction(
    InstanceAction action, const QList<Instance> &selection, bool readOnly = false);

QString instanceActionName(InstanceAction action);

} // namespace ecs
