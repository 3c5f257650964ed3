// Creating, starting, stopping, rebooting and releasing instances.
#include "simops.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

const QStringList kSpotStrategies = { u"NoSpot"_s, u"SpotWithPriceLimit"_s, u"SpotAsPriceGo"_s };
const QStringList kDiskCategories = { u"cloud_essd"_s, u"cloud_auto"_s, u"cloud_efficiency"_s,
    u"cloud_ssd"_s, u"cloud_essd_entry"_s };

/// Everything CreateInstance and RunInstances share, validated as the service does.
struct CreationRequest
{
    SimInstance prototype;
    int amount = 1;
    int minAmount = 1;
    QStringList hostNames;
    bool uniqueSuffix = false;
    bool dryRun = false;
    double hourlyPrice = 0;
};

Outcome parseCreation(SimContext &c, bool run, CreationRequest *out)
{
    const SimRegion *region = requireRegion(c);
    const QString imageId = c.params.required(u"ImageId"_s);
    const QString typeId = c.params.required(u"InstanceType"_s);
    QString zoneId = c.params.string(u"ZoneId"_s);
    const QString vSwitchId = c.params.string(u"VSwitchId"_s);
    QStringList groupIds = run ? c.params.repeatList(u"SecurityGroupIds"_s, 5) : QStringList();
    if (groupIds.isEmpty() && c.params.has(u"SecurityGroupId"_s))
        groupIds = { c.params.string(u"SecurityGroupId"_s) };
    SimInstance &i = out->prototype;
    i.instanceName = c.params.string(u"InstanceName"_s);
    i.hostName = c.params.string(u"HostName"_s);
    i.description = c.params.string(u"Description"_s);
    i.internetChargeType = c.params.oneOf(
        u"InternetChargeType"_s, { u"PayByTraffic"_s, u"PayByBandwidth"_s }, u"PayByTraffic"_s);
    i.internetMaxBandwidthOut = int(c.params.integer(u"InternetMaxBandwidthOut"_s, 0, 0, 100));
    i.instanceChargeType
        = c.params.oneOf(u"InstanceChargeType"_s, { u"PrePaid"_s, u"PostPaid"_s }, u"PostPaid"_s);
    const int period = int(c.params.integer(u"Period"_s, 1, 1, 60));
    const QString periodUnit
        = c.params.oneOf(u"PeriodUnit"_s, { u"Month"_s, u"Week"_s }, u"Month"_s);
    const bool autoRenew = c.params.boolean(u"AutoRenew"_s, false);
    const int autoRenewPeriod = int(c.params.integer(u"AutoRenewPeriod"_s, 1, 1, 12));
    i.spotStrategy = c.params.oneOf(u"SpotStrategy"_s, kSpotStrategies, u"NoSpot"_s);
    const QString limitText = c.params.string(u"SpotPriceLimit"_s);
    i.spotPriceLimit = c.params.number(u"SpotPriceLimit"_s, 0, 0, 1e6);
    i.spotDuration = int(c.params.integer(u"SpotDuration"_s, 1, 0, 6));
    i.systemDiskCategory
        = c.params.oneOf(u"SystemDisk.Category"_s, kDiskCategories, u"cloud_essd"_s);
    i.systemDiskSize = int(c.params.integer(u"SystemDisk.Size"_s, 40, 20, 2048));
    i.deletionProtection = c.params.boolean(u"DeletionProtection"_s, false);
    const QList<ParamMap> dataDisks = c.params.structList(u"DataDisk"_s, 16);
    i.tags = c.params.tags(20);
    out->dryRun = c.params.boolean(u"DryRun"_s, false);
    if (run) {
        out->amount = int(c.params.integer(u"Amount"_s, 1, 1, 100));
        out->minAmount = int(c.params.integer(u"MinAmount"_s, out->amount, 1, 100));
        out->hostNames = c.params.repeatList(u"HostNames"_s, 1000);
        out->uniqueSuffix = c.params.boolean(u"UniqueSuffix"_s, false);
        i.autoReleaseTime = c.params.time(u"AutoReleaseTime"_s);
    }
    if (!c.params.ok())
        return fail(c.params.error());

    for (const ParamMap &disk : dataDisks) {
        bool ok = false;
        const int size = disk.value(u"Size"_s).toInt(&ok);
        if (!ok || size < 20 || size > 32768)
            return fail(errors::invalidParameter(u"DataDisk.N.Size"_s, disk.value(u"Size"_s)));
        if (disk.contains(u"Category"_s) && !kDiskCategories.contains(disk.value(u"Category"_s)))
            return fail(
                errors::invalidParameter(u"DataDisk.N.Category"_s, disk.value(u"Category"_s)));
    }
    for (const auto &[key, value] : i.tags) {
        if (key.startsWith(u"aliyun"_s) || key.startsWith(u"acs:"_s) || key.size() > 128)
            return fail({ 400, u"InvalidTagKey.Malformed"_s,
                u"The specified Tag.n.Key is not valid: \"%1\"."_s.arg(key) });
        if (value.size() > 128)
            return fail({ 400, u"InvalidTagValue.Malformed"_s,
                u"The specified Tag.n.Value is not valid."_s });
    }
    if (out->minAmount > out->amount)
        return fail(errors::invalidParameter(u"MinAmount"_s, QString::number(out->minAmount)));

    const ImageSpec *image = c.world.catalog().image(imageId);
    if (!image)
        return fail(errors::notFound(u"ImageId"_s, imageId));
    const InstanceTypeSpec *type = c.world.catalog().instanceType(typeId);
    if (!type)
        return fail(errors::notFound(u"InstanceType"_s, typeId));
    if ((type->architecture == u"ARM") != (image->architecture == u"arm64"))
        return fail(errors::operationDenied(u"InvalidInstanceType.NotSupportImage"_s,
            u"The specified instance type does not support the image's architecture."_s));
    if (i.systemDiskSize < image->sizeGiB)
        return fail(
            errors::invalidParameter(u"SystemDisk.Size"_s, QString::number(i.systemDiskSize)));

    if (!vSwitchId.isEmpty()) {
        const SimVSwitch *sw = c.world.vSwitch(vSwitchId);
        if (!sw || sw->regionId != region->regionId)
            return fail(errors::notFound(u"VSwitchId"_s, vSwitchId));
        if (!zoneId.isEmpty() && zoneId != sw->zoneId)
            return fail({ 400, u"InvalidVSwitchId.ZoneMismatch"_s,
                u"The specified VSwitch is not in the specified zone."_s });
        zoneId = sw->zoneId;
        i.vSwitchId = vSwitchId;
    }
    if (!zoneId.isEmpty()) {
        if (!region->hasZone(zoneId))
            return fail(errors::notFound(u"ZoneId"_s, zoneId));
        if (!c.world.offers(zoneId, *type))
            return fail(errors::operationDenied(u"InvalidInstanceType.NotSupported"_s,
                u"The specified zone does not offer the specified instance type."_s));
    } else {
        // Without a zone the service picks one that has the type in stock.
        for (const SimZone &zone : region->zones) {
            if (c.world.remainingStock(zone.zoneId, typeId) > 0) {
                zoneId = zone.zoneId;
                break;
            }
        }
        if (zoneId.isEmpty())
            return fail(errors::noStock());
    }
    QString groupVpc;
    for (const QString &groupId : groupIds) {
        const SimSecurityGroup *group = c.world.securityGroup(groupId);
        if (!group || group->regionId != region->regionId)
            return fail(errors::notFound(u"SecurityGroupId"_s, groupId));
        // The instance's security groups and its vSwitch share one VPC.
        const SimVSwitch *sw = vSwitchId.isEmpty() ? nullptr : c.world.vSwitch(vSwitchId);
        if ((sw && sw->vpcId != group->vpcId) || (!groupVpc.isEmpty() && groupVpc != group->vpcId))
            return fail({ 400, u"InvalidSecurityGroupId.VPCMismatch"_s,
                u"The specified security group and vSwitch are not in the same VPC."_s });
        groupVpc = group->vpcId;
    }

    const double onDemand = c.world.catalog().onDemandPrice(region->regionId, *type);
    out->hourlyPrice = onDemand;
    if (i.spotStrategy != u"NoSpot") {
        if (i.instanceChargeType != u"PostPaid")
            return fail({ 400, u"InvalidSpotStrategy"_s,
                u"Preemptible instances are pay-as-you-go only."_s });
        const double market = c.world.market().priceAt(zoneId, typeId, onDemand, c.world.now());
        if (i.spotStrategy == u"SpotWithPriceLimit") {
            if (limitText.isEmpty() || i.spotPriceLimit <= 0)
                return fail(errors::invalidSpotPriceLimit(
                    u"SpotWithPriceLimit needs a SpotPriceLimit above 0."_s));
            const qsizetype dot = limitText.indexOf(u'.');
            if (dot >= 0 && limitText.size() - dot - 1 > 3)
                return fail(errors::invalidSpotPriceLimit(u"at most 3 decimal places."_s));
            if (i.spotPriceLimit < market)
                return fail({ 400, u"InvalidSpotPriceLimit.LowerThanPublicPrice"_s,
                    u"The specified parameter spotPriceLimit can't be lower than current public "
                    u"price "
                    "(%1)."_s.arg(market) });
        }
        out->hourlyPrice = market;
    } else if (!limitText.isEmpty()) {
        return fail(errors::invalidSpotPriceLimit(
            u"SpotPriceLimit is only allowed with SpotWithPriceLimit."_s));
    }
    if (i.autoReleaseTime.isValid()) {
        const QDateTime now = c.world.now();
        if (i.instanceChargeType != u"PostPaid" || i.autoReleaseTime < now.addSecs(30 * 60)
            || i.autoReleaseTime > now.addYears(3))
            return fail(
                errors::invalidParameter(u"AutoReleaseTime"_s, secondTime(i.autoReleaseTime)));
    }

    const int stock = c.world.remainingStock(zoneId, typeId);
    if (stock < out->minAmount)
        return fail(errors::noStock());
    out->amount = std::min(out->amount, stock);

    i.regionId = region->regionId;
    i.zoneId = zoneId;
    i.instanceType = typeId;
    i.imageId = imageId;
    i.osType = image->osType;
    i.osName = image->wire.value("OSNameEn"_L1).toString(image->name);
    i.securityGroupIds = groupIds;
    if (i.isSubscription()) {
        const QDateTime now = c.world.now();
        QDateTime expiry = periodUnit == u"Week" ? now.addDays(7 * period) : now.addMonths(period);
        expiry.setTime(QTime(expiry.time().hour(), 0));
        i.expiredTime = expiry;
        i.periodUnit = periodUnit;
        i.renewalStatus = autoRenew ? u"AutoRenewal"_s : u"Normal"_s;
        i.autoRenewEnabled = autoRenew;
        i.autoRenewDuration = autoRenewPeriod;
    }
    if (out->dryRun)
        return fail(errors::dryRunOperation());
    return ok();
}

QStringList createInstances(SimContext &c, const CreationRequest &request, bool run)
{
    QStringList ids;
    for (int n = 0; n < request.amount; ++n) {
        SimInstance instance = request.prototype;
        if (request.amount > 1 && request.uniqueSuffix && !instance.instanceName.isEmpty())
            instance.instanceName += u"%1"_s.arg(n + 1, 3, 10, QLatin1Char('0'));
        if (n < request.hostNames.size())
            instance.hostName = request.hostNames.at(n);
        ids.append(c.world.addInstance(instance, run).instanceId);
    }
    return ids;
}

Outcome createInstance(SimContext &c)
{
    CreationRequest request;
    if (Outcome bad = parseCreation(c, false, &request); bad.error.isError())
        return bad;
    const QStringList ids = createInstances(c, request, false);
    return ok({ { u"InstanceId"_s, ids.first() }, { u"OrderId"_s, c.world.newOrderId() },
        { u"TradePrice"_s, request.hourlyPrice } });
}

Outcome runInstances(SimContext &c)
{
    CreationRequest request;
    if (Outcome bad = parseCreation(c, true, &request); bad.error.isError())
        return bad;
    const QStringList ids = createInstances(c, request, true);
    return ok({ { u"InstanceIdSets"_s, wrap(u"InstanceIdSet"_s, strings(ids)) },
        { u"OrderId"_s, c.world.newOrderId() },
        { u"TradePrice"_s, std::round(request.hourlyPrice * ids.size() * 10'000.0) / 10'000.0 } });
}

enum class Action { Start, Stop, Reboot };

// Whether `action` may run on the instance now; the service's error otherwise.
SimError check(const SimInstance &instance, Action action)
{
    if (instance.isLocked())
        return errors::instanceLocked(instance.lockReasons.first());
    const QString wanted = action == Action::Start ? u"Stopped"_s : u"Running"_s;
    if (instance.status != wanted)
        return errors::incorrectInstanceStatus(instance.status);
    return {};
}

void perform(
    SimWorld &world, const SimInstance &instance, Action action, const QString &stoppedMode)
{
    switch (action) {
    case Action::Start:
        world.start(instance.instanceId);
        break;
    case Action::Stop:
        world.stop(instance.instanceId, stoppedMode);
        break;
    case Action::Reboot:
        world.reboot(instance.instanceId);
        break;
    }
}

QString stoppedModeFor(SimContext &c, const SimInstance *instance)
{
    const QString mode = c.params.oneOf(
        u"StoppedMode"_s, { u"StopCharging"_s, u"KeepCharging"_s }, u"KeepCharging"_s);
    // Only pay-as-you-go instances stop charging; subscriptions are paid for anyway.
    if (instance && (instance->isSubscription() || instance->isSpot()) && mode == u"StopCharging")
        return u"KeepCharging"_s;
    return mode;
}

Outcome singleAction(SimContext &c, Action action)
{
    SimInstance *instance = requireInstance(c);
    c.params.boolean(u"ForceStop"_s, false);
    const QString mode = action == Action::Stop ? stoppedModeFor(c, instance) : QString();
    const bool dryRun = c.params.boolean(u"DryRun"_s, false);
    if (!c.params.ok())
        return fail(c.params.error());
    if (SimError e = check(*instance, action); e.isError())
        return fail(e);
    if (dryRun)
        return fail(errors::dryRunOperation());
    perform(c.world, *instance, action, mode);
    return ok();
}

Outcome batchAction(SimContext &c, Action action)
{
    const SimRegion *region = requireRegion(c);
    const QStringList ids = c.params.repeatList(u"InstanceId"_s, 100);
    if (c.params.ok() && ids.isEmpty())
        c.params.fail(errors::missingParameter(u"InstanceId.1"_s));
    const QString batch = c.params.oneOf(
        u"BatchOptimization"_s, { u"AllTogether"_s, u"SuccessFirst"_s }, u"AllTogether"_s);
    c.params.boolean(u"ForceStop"_s, false);
    const bool dryRun = c.params.boolean(u"DryRun"_s, false);
    const QString mode = action == Action::Stop ? stoppedModeFor(c, nullptr) : QString();
    if (!c.params.ok())
        return fail(c.params.error());
    QList<SimInstance *> instances;
    if (SimError e = instancesIn(c.world, region->regionId, ids, &instances); e.isError())
        return fail(e);
    // AllTogether: one refusal stops the whole batch, as one error.
    if (batch == u"AllTogether") {
        for (SimInstance *instance : instances)
            if (SimError e = check(*instance, action); e.isError())
                return fail(e);
    }
    if (dryRun)
        return fail(errors::dryRunOperation());
    QJsonArray responses;
    for (SimInstance *instance : instances) {
        const QString previous = instance->status;
        const SimError e = check(*instance, action);
        if (!e.isError())
            perform(c.world, *instance, action,
                instance->isSubscription() || instance->isSpot() ? u"KeepCharging"_s : mode);
        responses.append(QJsonObject { { u"InstanceId"_s, instance->instanceId },
            { u"Code"_s, e.isError() ? e.code : u"200"_s },
            { u"Message"_s, e.isError() ? e.message : u"success"_s },
            { u"PreviousStatus"_s, previous }, { u"CurrentStatus"_s, instance->status } });
    }
    return ok({ { u"InstanceResponses"_s, wrap(u"InstanceResponse"_s, responses) } });
}

SimError checkRelease(
    const SimInstance &instance, bool force, bool terminateSubscription, const QDateTime &now)
{
    if (instance.deletionProtection)
        return errors::deletionProtection();
    const bool stable = instance.status == u"Stopped" || (force && instance.status == u"Running");
    if (!stable)
        return errors::incorrectInstanceStatus(instance.status);
    if (instance.isSubscription() && !terminateSubscription && instance.expiredTime > now)
        return errors::chargeTypeViolation();
    return {};
}

Outcome deleteInstance(SimContext &c)
{
    SimInstance *instance = requireInstance(c);
    const bool force = c.params.boolean(u"Force"_s, false);
    const bool terminate = c.params.boolean(u"TerminateSubscription"_s, false);
    const bool dryRun = c.params.boolean(u"DryRun"_s, false);
    if (!c.params.ok())
        return fail(c.params.error());
    if (SimError e = checkRelease(*instance, force, terminate, c.world.now()); e.isError())
        return fail(e);
    if (dryRun)
        return fail(errors::dryRunOperation());
    c.world.release(instance->instanceId);
    return ok();
}

Outcome deleteInstances(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QStringList ids = c.params.repeatList(u"InstanceId"_s, 100);
    if (c.params.ok() && ids.isEmpty())
        c.params.fail(errors::missingParameter(u"InstanceId.1"_s));
    const bool force = c.params.boolean(u"Force"_s, false);
    const bool terminate = c.params.boolean(u"TerminateSubscription"_s, false);
    const bool dryRun = c.params.boolean(u"DryRun"_s, false);
    if (!c.params.ok())
        return fail(c.params.error());
    QList<SimInstance *> instances;
    if (SimError e = instancesIn(c.world, region->regionId, ids, &instances); e.isError())
        return fail(e);
    for (const SimInstance *instance : instances) {
        if (SimError e = checkRelease(*instance, force, terminate, c.world.now()); e.isError())
            return fail(e);
    }
    if (dryRun)
        return fail(errors::dryRunOperation());
    for (const QString &id : ids)
        c.world.release(id);
    return ok();
}

} // namespace

void addLifecycleOperations(SimService &service)
{
    service.add(kEcsVersion, u"CreateInstance"_s, createInstance, true);
    service.add(kEcsVersion, u"RunInstances"_s, runInstances, true);
    service.add(kEcsVersion, u"StartInstance"_s,
        [](SimContext &c) { return singleAction(c, Action::Start); });
    service.add(kEcsVersion, u"StopInstance"_s,
        [](SimContext &c) { return singleAction(c, Action::Stop); });
    service.add(kEcsVersion, u"RebootInstance"_s,
        [](SimContext &c) { return singleAction(c, Action::Reboot); });
    service.add(kEcsVersion, u"StartInstances"_s,
        [](SimContext &c) { return batchAction(c, Action::Start); });
    service.add(kEcsVersion, u"StopInstances"_s,
        [](SimContext &c) { return batchAction(c, Action::Stop); });
    service.add(kEcsVersion, u"DeleteInstance"_s, deleteInstance);
    service.add(kEcsVersion, u"DeleteInstances"_s, deleteInstances, true);
}

} // namespace ecs::sim
