// Instance queries: DescribeInstances, DescribeInstanceStatus, DescribeInstanceAutoRenewAttribute.
#include "simops.h"

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

struct InstanceFilter
{
    QStringList ids, privateIps, publicIps;
    QString zoneId, vpcId, vSwitchId, securityGroupId, instanceType, family, name, imageId, status,
        lockReason, chargeType, internetChargeType, networkType;
    TagList tags;
    QDateTime expiredStart, expiredEnd, creationStart, creationEnd;

    bool isEmpty() const
    {
        return ids.isEmpty() && privateIps.isEmpty() && publicIps.isEmpty() && zoneId.isEmpty()
            && vpcId.isEmpty() && vSwitchId.isEmpty() && securityGroupId.isEmpty()
            && instanceType.isEmpty() && family.isEmpty() && name.isEmpty() && imageId.isEmpty()
            && status.isEmpty() && lockReason.isEmpty() && chargeType.isEmpty()
            && internetChargeType.isEmpty() && networkType.isEmpty() && tags.isEmpty()
            && !expiredStart.isValid() && !expiredEnd.isValid() && !creationStart.isValid()
            && !creationEnd.isValid();
    }

    bool accepts(const SimWorld &world, const SimInstance &i) const
    {
        if (!ids.isEmpty() && !ids.contains(i.instanceId))
            return false;
        if ((!zoneId.isEmpty() && i.zoneId != zoneId) || (!vpcId.isEmpty() && i.vpcId != vpcId)
            || (!vSwitchId.isEmpty() && i.vSwitchId != vSwitchId)
            || (!securityGroupId.isEmpty() && !i.securityGroupIds.contains(securityGroupId))
            || (!instanceType.isEmpty() && i.instanceType != instanceType)
            || (!imageId.isEmpty() && i.imageId != imageId)
            || (!status.isEmpty() && i.status != status)
            || (!lockReason.isEmpty() && !i.lockReasons.contains(lockReason))
            || (!chargeType.isEmpty() && i.instanceChargeType != chargeType)
            || (!internetChargeType.isEmpty() && i.internetChargeType != internetChargeType)
            || (!networkType.isEmpty() && networkType != u"vpc"))
            return false;
        if (!family.isEmpty()) {
            const InstanceTypeSpec *type = world.catalog().instanceType(i.instanceType);
            if (!type || type->family != family)
                return false;
        }
        if (!name.isEmpty() && !wildcardMatch(name, i.instanceName))
            return false;
        if (!privateIps.isEmpty() && !privateIps.contains(i.privateIpAddress))
            return false;
        if (!publicIps.isEmpty() && !publicIps.contains(i.publicIpAddress))
            return false;
        for (const auto &[key, value] : tags) {
            bool found = false;
            for (const auto &[k, v] : i.tags)
                found = found || (k == key && (value.isEmpty() || v == value));
            if (!found)
                return false;
        }
        // Pay-as-you-go instances never expire, so expiry windows select subscriptions only.
        if (expiredStart.isValid() || expiredEnd.isValid()) {
            if (!i.isSubscription() || (expiredStart.isValid() && i.expiredTime < expiredStart)
                || (expiredEnd.isValid() && i.expiredTime > expiredEnd))
                return false;
        }
        if ((creationStart.isValid() && i.creationTime < creationStart)
            || (creationEnd.isValid() && i.creationTime > creationEnd))
            return false;
        return true;
    }
};

Outcome describeInstances(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    InstanceFilter f;
    f.ids = c.params.jsonList(u"InstanceIds"_s, 100);
    f.privateIps = c.params.jsonList(u"PrivateIpAddresses"_s, 100);
    f.publicIps = c.params.jsonList(u"PublicIpAddresses"_s, 100);
    f.zoneId = c.params.string(u"ZoneId"_s);
    f.vpcId = c.params.string(u"VpcId"_s);
    f.vSwitchId = c.params.string(u"VSwitchId"_s);
    f.securityGroupId = c.params.string(u"SecurityGroupId"_s);
    f.instanceType = c.params.string(u"InstanceType"_s);
    f.family = c.params.string(u"InstanceTypeFamily"_s);
    f.name = c.params.string(u"InstanceName"_s);
    f.imageId = c.params.string(u"ImageId"_s);
    f.status = c.params.oneOf(
        u"Status"_s, { u"Pending"_s, u"Running"_s, u"Starting"_s, u"Stopping"_s, u"Stopped"_s });
    f.lockReason = c.params.oneOf(u"LockReason"_s,
        { u"financial"_s, u"security"_s, u"Recycling"_s, u"dedicatedhostfinancial"_s,
            u"refunded"_s });
    f.chargeType = c.params.oneOf(u"InstanceChargeType"_s, { u"PrePaid"_s, u"PostPaid"_s });
    f.internetChargeType
        = c.params.oneOf(u"InternetChargeType"_s, { u"PayByTraffic"_s, u"PayByBandwidth"_s });
    f.networkType = c.params.oneOf(u"InstanceNetworkType"_s, { u"vpc"_s, u"classic"_s });
    f.tags = c.params.tags(20);
    for (const ParamMap &filter : c.params.structList(u"Filter"_s, 4)) {
        const QString key = filter.value(u"Key"_s);
        const QDateTime when = SimParams::parseTime(filter.value(u"Value"_s));
        if (!when.isValid()) {
            c.params.fail(errors::invalidParameter(u"Filter.N.Value"_s, filter.value(u"Value"_s)));
            break;
        }
        if (key == u"ExpiredStartTime")
            f.expiredStart = when;
        else if (key == u"ExpiredEndTime")
            f.expiredEnd = when;
        else if (key == u"CreationStartTime")
            f.creationStart = when;
        else if (key == u"CreationEndTime")
            f.creationEnd = when;
        else
            c.params.fail(errors::invalidParameter(u"Filter.N.Key"_s, key));
    }
    if (!c.params.ok())
        return fail(c.params.error());

    // Without a filter a page needs only its own records: a region's page 27 does not walk the
    // 2,600 before it (the busiest answer of an inventory).
    const bool unfiltered = f.isEmpty();
    QList<const SimInstance *> matches;
    if (!unfiltered)
        for (const SimInstance *instance : c.world.instances(region->regionId))
            if (f.accepts(c.world, *instance))
                matches.append(instance);
    const qsizetype total = unfiltered ? c.world.instanceCountIn(region->regionId) : matches.size();

    QJsonObject body;
    qsizetype first = 0, last = 0;
    // NextToken/MaxResults wins over the deprecated PageNumber/PageSize when both are given.
    if (c.params.has(u"NextToken"_s) || c.params.has(u"MaxResults"_s)) {
        const TokenPage page = tokenPageOf(c.params, total, 10, 100);
        first = page.first;
        last = page.last;
        body.insert(u"NextToken"_s, page.nextToken);
        body.insert(u"PageSize"_s, int(c.params.integer(u"MaxResults"_s, 10, 1, 100)));
    } else {
        const Page page = pageOf(c.params, total, 10, 100);
        first = page.first;
        last = page.last;
        body.insert(u"PageNumber"_s, page.pageNumber);
        body.insert(u"PageSize"_s, page.pageSize);
        body.insert(u"NextToken"_s, QString());
    }
    if (!c.params.ok())
        return fail(c.params.error());
    body.insert(u"TotalCount"_s, total);
    if (unfiltered)
        matches = c.world.instances(region->regionId, first, last - first);
    const qsizetype offset = unfiltered ? first : 0;
    // {"Instance":[…]} written as text: a page of 100 records is the simulator's busiest answer.
    QByteArray instances;
    instances.reserve(64 + (last - first) * 1536);
    instances.append("{\"Instance\":[");
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            instances.append(',');
        appendInstanceJson(instances, c.world, *matches.at(i - offset));
    }
    instances.append("]}");
    Outcome outcome = ok(body);
    outcome.rawKey = "Instances"_L1;
    outcome.rawValue = std::move(instances);
    return outcome;
}

Outcome describeInstanceStatus(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString zoneId = c.params.string(u"ZoneId"_s);
    const QStringList ids = c.params.repeatList(u"InstanceId"_s, 100);
    QList<const SimInstance *> matches;
    if (region) {
        for (const SimInstance *instance : c.world.instances(region->regionId)) {
            if ((zoneId.isEmpty() || instance->zoneId == zoneId)
                && (ids.isEmpty() || ids.contains(instance->instanceId)))
                matches.append(instance);
        }
    }
    const Page page = pageOf(c.params, matches.size(), 10, 50);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray statuses;
    for (qsizetype i = page.first; i < page.last; ++i)
        statuses.append(QJsonObject { { u"InstanceId"_s, matches.at(i)->instanceId },
            { u"Status"_s, matches.at(i)->status } });
    return ok({ { u"InstanceStatuses"_s, wrap(u"InstanceStatus"_s, statuses) },
        { u"TotalCount"_s, matches.size() }, { u"PageNumber"_s, page.pageNumber },
        { u"PageSize"_s, page.pageSize } });
}

Outcome describeInstanceAutoRenewAttribute(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QStringList ids = c.params.commaList(u"InstanceId"_s);
    if (ids.size() > 100)
        c.params.fail(errors::invalidParameter(u"InstanceId"_s, u"more than 100 ids"_s));
    const QString renewal
        = c.params.oneOf(u"RenewalStatus"_s, { u"AutoRenewal"_s, u"Normal"_s, u"NotRenewal"_s });
    if (!c.params.ok())
        return fail(c.params.error());
    QList<SimInstance *> named;
    if (SimError e = instancesIn(c.world, region->regionId, ids, &named); e.isError())
        return fail(e);
    QList<const SimInstance *> matches;
    for (const SimInstance *instance : c.world.instances(region->regionId)) {
        if (!instance->isSubscription() || (!ids.isEmpty() && !ids.contains(instance->instanceId))
            || (!renewal.isEmpty() && instance->renewalStatus != renewal))
            continue;
        matches.append(instance);
    }
    const Page page = pageOf(c.params, matches.size(), 10, 100);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray items;
    for (qsizetype i = page.first; i < page.last; ++i) {
        const SimInstance &instance = *matches.at(i);
        items.append(QJsonObject { { u"InstanceId"_s, instance.instanceId },
            { u"AutoRenewEnabled"_s, instance.renewalStatus == u"AutoRenewal" },
            { u"Duration"_s, instance.autoRenewDuration }, { u"PeriodUnit"_s, instance.periodUnit },
            { u"RenewalStatus"_s, instance.renewalStatus } });
    }
    return ok({ { u"InstanceRenewAttributes"_s, wrap(u"InstanceRenewAttribute"_s, items) },
        { u"TotalCount"_s, matches.size() }, { u"PageNumber"_s, page.pageNumber },
        { u"PageSize"_s, page.pageSize } });
}

} // namespace

void addInstanceQueryOperations(SimService &service)
{
    service.add(kEcsVersion, u"DescribeInstances"_s, describeInstances);
    service.add(kEcsVersion, u"DescribeInstanceStatus"_s, describeInstanceStatus);
    service.add(
        kEcsVersion, u"DescribeInstanceAutoRenewAttribute"_s, describeInstanceAutoRenewAttribute);
}

} // namespace ecs::sim
