#include "lifecyclerules.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

QString label(const Instance &i)
{
    return i.instanceName.isEmpty() ? i.instanceId : u"%1 (%2)"_s.arg(i.instanceName, i.instanceId);
}

/// The first instance for which `why` answers something, named in the reason.
ActionCheck every(
    const QList<Instance> &selection, const std::function<QString(const Instance &)> &why)
{
    for (const Instance &i : selection) {
        const QString reason = why(i);
        if (!reason.isEmpty())
            return { false, u"%1: %2"_s.arg(label(i), reason) };
    }
    return { true, {} };
}

QString lockedReason(const Instance &i)
{
    return i.lockReasons.isEmpty()
        ? QString()
        : LifecycleRules::tr("locked (%1)").arg(i.lockReasons.join(u", "_s));
}

QString needsStatus(const Instance &i, const QList<InstanceStatus> &allowed)
{
    if (allowed.contains(i.status))
        return {};
    QStringList names;
    for (InstanceStatus s : allowed)
        names.append(Vocabulary::statusName(s));
    return LifecycleRules::tr("is %1; this needs %2")
        .arg(Vocabulary::statusName(i.status), names.join(LifecycleRules::tr(" or ")));
}

} // namespace

QString LifecycleRules::actionName(InstanceAction action)
{
    switch (action) {
    case InstanceAction::Start:
        return tr("Start");
    case InstanceAction::Stop:
        return tr("Stop");
    case InstanceAction::Reboot:
        return tr("Reboot");
    case InstanceAction::Release:
        return tr("Release");
    case InstanceAction::ChangeType:
        return tr("Change instance type");
    case InstanceAction::Renew:
        return tr("Renew");
    case InstanceAction::AutoRenew:
        return tr("Auto-renew");
    case InstanceAction::AutoRelease:
        return tr("Auto-release time");
    case InstanceAction::AllocatePublicIp:
        return tr("Allocate public IP");
    }
    return {};
}

ActionCheck LifecycleRules::check(
    InstanceAction action, const QList<Instance> &selection, bool readOnly)
{
    if (readOnly)
        return { false, tr("This profile is read-only.") };
    if (selection.isEmpty())
        return { false, tr("Select one or more instances.") };
    const bool single = selection.size() == 1;
    switch (action) {
    case InstanceAction::Start:
        return every(selection, [](const Instance &i) {
            if (QString locked = lockedReason(i); !locked.isEmpty())
                return locked;
            return needsStatus(i, { InstanceStatus::Stopped });
        });
    case InstanceAction::Stop:
    case InstanceAction::Reboot:
        return every(selection, [](const Instance &i) {
            if (QString locked = lockedReason(i); !locked.isEmpty())
                return locked;
            return needsStatus(i, { InstanceStatus::Running });
        });
    case InstanceAction::Release:
        return every(selection, [](const Instance &i) {
            if (i.chargeType == ChargeType::PrePaid
                && i.expiredTime > QDateTime::currentDateTimeUtc())
                return tr("is a subscription that has not expired");
            return needsStatus(i, { InstanceStatus::Running, InstanceStatus::Stopped });
        });
    case InstanceAction::ChangeType:
        if (!single)
            return { false, tr("Change the type of one instance at a time.") };
        return every(selection, [](const Instance &i) {
            if (QString locked = lockedReason(i); !locked.isEmpty())
                return locked;
            if (i.spotStrategy != SpotStrategy::NoSpot && i.spotStrategy != SpotStrategy::Unknown)
                return tr("is preemptible; its type cannot change");
            return needsStatus(i, { InstanceStatus::Running, InstanceStatus::Stopped });
        });
    case InstanceAction::Renew:
    case InstanceAction::AutoRenew:
        return every(selection, [](const Instance &i) {
            if (i.chargeType != ChargeType::PrePaid)
                return tr("is pay-as-you-go; only subscription instances are renewed");
            return QString();
        });
    case InstanceAction::AutoRelease:
        return every(selection, [](const Instance &i) {
            if (i.chargeType == ChargeType::PrePaid)
                return tr("is a subscription; it is released when it expires");
            return QString();
        });
    case InstanceAction::AllocatePublicIp:
        return every(selection, [](const Instance &i) {
            if (QString locked = lockedReason(i); !locked.isEmpty())
                return locked;
            if (!i.publicIps.isEmpty())
                return tr("has a public IP already");
            return needsStatus(i, { InstanceStatus::Running, InstanceStatus::Stopped });
        });
    }
    return { false, {} };
}

bool LifecycleRules::needsStopFirst(const Instance &instance, SpecChange change)
{
    if (instance.status != InstanceStatus::Running)
        return false;
    return instance.chargeType != ChargeType::PrePaid || change == SpecChange::Downgrade;
}

} // namespace ecs
