// Changing what an instance is and how it is paid for: specs, renewal, auto-renew, auto-release,
// public IP.
#include "simops.h"

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

// A type change: the new type must exist, run the instance's image and be in stock in its zone.
SimError checkNewType(SimWorld &world, const SimInstance &instance, const QString &typeId)
{
    const InstanceTypeSpec *type = world.catalog().instanceType(typeId);
    if (!type)
        return errors::notFound(u"InstanceType"_s, typeId);
    if (typeId == instance.instanceType)
        return errors::invalidParameter(u"InstanceType"_s, typeId + u" (unchanged)"_s);
    const ImageSpec *image = world.catalog().image(instance.imageId);
    if (image && (type->architecture == u"ARM") != (image->architecture == u"arm64"))
        return errors::operationDenied(u"InvalidInstanceType.NotSupportImage"_s,
            u"The specified instance type does not support the image's architecture."_s);
    if (world.remainingStock(instance.zoneId, typeId) <= 0)
        return errors::noStock();
    return {};
}

Outcome modifyInstanceSpec(SimContext &c)
{
    SimInstance *instance = requireInstance(c);
    const QString typeId = c.params.string(u"InstanceType"_s);
    const qint64 bandwidth = c.params.integer(u"InternetMaxBandwidthOut"_s, -1, 0, 100);
    c.params.integer(u"InternetMaxBandwidthIn"_s, -1, 1, 10'000);
    c.params.boolean(u"AllowMigrateAcrossZone"_s, false);
    c.params.boolean(u"Async"_s, false);
    const bool dryRun = c.params.boolean(u"DryRun"_s, false);
    if (c.params.ok() && typeId.isEmpty() && bandwidth < 0)
        c.params.fail(errors::missingParameter(u"InstanceType"_s));
    if (!c.params.ok())
        return fail(c.params.error());
    if (instance->isSubscription())
        return fail(errors::chargeTypeViolation());
    if (instance->isLocked())
        return fail(errors::instanceLocked(instance->lockReasons.first()));
    if (!typeId.isEmpty()) {
        if (instance->status != u"Stopped")
            return fail(errors::incorrectInstanceStatus(instance->status));
        if (SimError e = checkNewType(c.world, *instance, typeId); e.isError())
            return fail(e);
    }
    if (dryRun)
        return fail(errors::dryRunOperation());
    if (!typeId.isEmpty())
        instance->instanceType = typeId;
    if (bandwidth >= 0)
        instance->internetMaxBandwidthOut = int(bandwidth);
    Q_EMIT c.world.instanceChanged(instance->instanceId);
    return ok();
}

Outcome modifyPrepayInstanceSpec(SimContext &c)
{
    requireRegion(c);
    SimInstance *instance = requireInstance(c);
    const QString typeId = c.params.required(u"InstanceType"_s);
    const QString operatorType
        = c.params.oneOf(u"OperatorType"_s, { u"upgrade"_s, u"downgrade"_s }, u"upgrade"_s);
    c.params.boolean(u"AutoPay"_s, true);
    c.params.boolean(u"MigrateAcrossZone"_s, false);
    c.params.boolean(u"RebootWhenFinished"_s, false);
    if (!c.params.ok())
        return fail(c.params.error());
    if (!instance->isSubscription())
        return fail(errors::chargeTypeViolation());
    if (instance->isLocked())
        return fail(errors::instanceLocked(instance->lockReasons.first()));
    const bool allowed = operatorType == u"upgrade"
        ? (instance->status == u"Running" || instance->status == u"Stopped")
        : instance->status == u"Stopped";
    if (!allowed)
        return fail(errors::incorrectInstanceStatus(instance->status));
    if (SimError e = checkNewType(c.world, *instance, typeId); e.isError())
        return fail(e);
    const InstanceTypeSpec *from = c.world.catalog().instanceType(instance->instanceType);
    const InstanceTypeSpec *to = c.world.catalog().instanceType(typeId);
    const bool bigger = from && to && to->cpu >= from->cpu && to->memoryGiB >= from->memoryGiB;
    if ((operatorType == u"upgrade") != bigger)
        return fail(errors::operationDenied(u"InvalidInstanceType.ValueNotSupported"_s,
            u"The specified instance type is not a valid %1 of the current one."_s.arg(
                operatorType)));
    instance->instanceType = typeId;
    Q_EMIT c.world.instanceChanged(instance->instanceId);
    return ok({ { u"OrderId"_s, c.world.newOrderId() } });
}

Outcome renewInstance(SimContext &c)
{
    SimInstance *instance = requireInstance(c);
    const qint64 period = c.params.integer(u"Period"_s, 0, 1, 60);
    if (c.params.ok() && !c.params.has(u"Period"_s))
        c.params.fail(errors::missingParameter(u"Period"_s));
    const QString unit = c.params.oneOf(u"PeriodUnit"_s, { u"Month"_s, u"Week"_s }, u"Month"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    if (!instance->isSubscription())
        return fail(errors::chargeTypeViolation());
    const QDateTime base = std::max(instance->expiredTime, c.world.now());
    instance->expiredTime
        = unit == u"Week" ? base.addDays(7 * period) : base.addMonths(int(period));
    instance->lockReasons.removeAll(u"financial"_s);
    Q_EMIT c.world.instanceChanged(instance->instanceId);
    return ok({ { u"OrderId"_s, c.world.newOrderId() } });
}

Outcome modifyInstanceAutoRenewAttribute(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QStringList ids = c.params.commaList(u"InstanceId"_s);
    if (c.params.ok() && ids.isEmpty())
        c.params.fail(errors::missingParameter(u"InstanceId"_s));
    if (ids.size() > 100)
        c.params.fail(errors::invalidParameter(u"InstanceId"_s, u"more than 100 ids"_s));
    const bool autoRenew = c.params.boolean(u"AutoRenew"_s, false);
    const qint64 duration = c.params.integer(u"Duration"_s, 1, 1, 60);
    if (c.params.ok() && !QList<qint64> { 1, 2, 3, 6, 12 }.contains(duration))
        c.params.fail(errors::invalidParameter(u"Duration"_s, QString::number(duration)));
    const QString unit
        = c.params.oneOf(u"PeriodUnit"_s, { u"Month"_s, u"Week"_s, u"Year"_s }, u"Month"_s);
    // RenewalStatus wins over AutoRenew when both are given.
    const QString status
        = c.params.oneOf(u"RenewalStatus"_s, { u"AutoRenewal"_s, u"Normal"_s, u"NotRenewal"_s },
            autoRenew ? u"AutoRenewal"_s : u"Normal"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    QList<SimInstance *> instances;
    if (SimError e = instancesIn(c.world, region->regionId, ids, &instances); e.isError())
        return fail(e);
    for (const SimInstance *instance : instances) {
        if (!instance->isSubscription())
            return fail(errors::chargeTypeViolation());
    }
    for (SimInstance *instance : instances) {
        instance->renewalStatus = status;
        instance->autoRenewEnabled = status == u"AutoRenewal";
        instance->autoRenewDuration = int(duration);
        instance->periodUnit = unit;
        Q_EMIT c.world.instanceChanged(instance->instanceId);
    }
    return ok();
}

Outcome modifyInstanceAutoReleaseTime(SimContext &c)
{
    SimInstance *instance = requireInstance(c);
    QDateTime when = c.params.time(u"AutoReleaseTime"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    if (instance->isSubscription())
        return fail(errors::chargeTypeViolation());
    if (when.isValid()) {
        when.setTime(QTime(when.time().hour(), when.time().minute())); // the service keeps minutes
        const QDateTime now = c.world.now();
        if (when < now.addSecs(30 * 60) || when > now.addYears(3))
            return fail(errors::invalidParameter(u"AutoReleaseTime"_s, secondTime(when)));
    }
    instance->autoReleaseTime = when; // omitted: cancelled
    Q_EMIT c.world.instanceChanged(instance->instanceId);
    return ok();
}

Outcome allocatePublicIpAddress(SimContext &c)
{
    SimInstance *instance = requireInstance(c);
    c.params.string(u"IpAddress"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    if (instance->isLocked())
        return fail(errors::instanceLocked(instance->lockReasons.first()));
    if (instance->status != u"Running" && instance->status != u"Stopped")
        return fail(errors::incorrectInstanceStatus(instance->status));
    const QString ip = c.world.allocatePublicIp(instance->instanceId);
    Q_EMIT c.world.instanceChanged(instance->instanceId);
    return ok({ { u"IpAddress"_s, ip } });
}

} // namespace

void addBillingOperations(SimService &service)
{
    service.add(kEcsVersion, u"ModifyInstanceSpec"_s, modifyInstanceSpec, true);
    service.add(kEcsVersion, u"ModifyPrepayInstanceSpec"_s, modifyPrepayInstanceSpec, true);
    service.add(kEcsVersion, u"RenewInstance"_s, renewInstance, true);
    service.add(
        kEcsVersion, u"ModifyInstanceAutoRenewAttribute"_s, modifyInstanceAutoRenewAttribute);
    service.add(kEcsVersion, u"ModifyInstanceAutoReleaseTime"_s, modifyInstanceAutoReleaseTime);
    service.add(kEcsVersion, u"AllocatePublicIpAddress"_s, allocatePublicIpAddress);
}

} // namespace ecs::sim
