#include "simops.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs::sim::ops {

QJsonObject wrap(const QString &name, const QJsonArray &items)
{
    return QJsonObject { { name, items } };
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject tagsJson(const TagList &tags, bool vpcStyle)
{
    QJsonArray items;
    for (const auto &[key, value] : tags) {
        items.append(vpcStyle ? QJsonObject { { u"Key"_s, key }, { u"Value"_s, value } }
                              : QJsonObject { { u"TagKey"_s, key }, { u"TagValue"_s, value } });
    }
    return wrap(u"Tag"_s, items);
}

QString minuteTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-ddTHH:mmZ"_s) : QString();
}

QString secondTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s) : QString();
}

const SimRegion *requireRegion(SimContext &context)
{
    const QString regionId = context.params.required(u"RegionId"_s);
    if (!context.params.ok())
        return nullptr;
    const SimRegion *region = context.world.regions().region(regionId);
    if (!region)
        context.params.fail(errors::invalidRegionId(regionId));
    return region;
}

SimInstance *requireInstance(SimContext &context, const QString &name)
{
    const QString id = context.params.required(name);
    if (!context.params.ok())
        return nullptr;
    SimInstance *instance = context.world.instance(id);
    const QString regionId = context.params.string(u"RegionId"_s);
    // An id from another region is as unknown as one that never existed.
    if (!instance || (!regionId.isEmpty() && instance->regionId != regionId)) {
        context.params.fail(errors::notFound(u"InstanceId"_s, id));
        return nullptr;
    }
    return instance;
}

SimError instancesIn(
    SimWorld &world, const QString &regionId, const QStringList &ids, QList<SimInstance *> *out)
{
    for (const QString &id : ids) {
        SimInstance *instance = world.instance(id);
        if (!instance || instance->regionId != regionId)
            return errors::notFound(u"InstanceId"_s, id);
        out->append(instance);
    }
    return {};
}

QJsonObject instanceJson(const SimWorld &world, const SimInstance &i)
{
    const InstanceTypeSpec *type = world.catalog().instanceType(i.instanceType);
    QJsonArray locks;
    for (const QString &reason : i.lockReasons) {
        QJsonObject lock { { u"LockReason"_s, reason } };
        if (reason == u"Recycling")
            lock.insert(u"LockMsg"_s, u"The preemptible instance is about to be reclaimed."_s);
        locks.append(lock);
    }
    return QJsonObject {
        { u"InstanceId"_s, i.instanceId },
        { u"InstanceName"_s, i.instanceName },
        { u"HostName"_s, i.hostName },
        { u"Description"_s, i.description },
        { u"RegionId"_s, i.regionId },
        { u"ZoneId"_s, i.zoneId },
        { u"InstanceType"_s, i.instanceType },
        { u"InstanceTypeFamily"_s, type ? type->family : QString() },
        { u"Cpu"_s, type ? type->cpu : 0 },
        { u"Memory"_s, type ? qint64(type->memoryGiB * 1024) : 0 },
        { u"GPUAmount"_s, type ? type->gpuAmount : 0 },
        { u"GPUSpec"_s, type ? type->gpuSpec : QString() },
        { u"ImageId"_s, i.imageId },
        { u"OSType"_s, i.osType },
        { u"OSName"_s, i.osName },
        { u"OSNameEn"_s, i.osName },
        { u"Status"_s, i.status },
        { u"StoppedMode"_s, i.stoppedMode },
        { u"InstanceChargeType"_s, i.instanceChargeType },
        { u"InternetChargeType"_s, i.internetChargeType },
        { u"InternetMaxBandwidthOut"_s, i.internetMaxBandwidthOut },
        { u"InternetMaxBandwidthIn"_s, i.internetMaxBandwidthOut > 0 ? 100 : -1 },
        { u"SpotStrategy"_s, i.spotStrategy },
        { u"SpotPriceLimit"_s, i.spotPriceLimit },
        { u"SpotDuration"_s, i.spotDuration },
        { u"CreationTime"_s, minuteTime(i.creationTime) },
        { u"StartTime"_s, minuteTime(i.startTime) },
        { u"ExpiredTime"_s,
            i.isSubscription() ? minuteTime(i.expiredTime) : SimWorld::payAsYouGoExpiry() },
        { u"AutoReleaseTime"_s, secondTime(i.autoReleaseTime) },
        { u"DeletionProtection"_s, i.deletionProtection },
        { u"InstanceNetworkType"_s, u"vpc"_s },
        { u"IoOptimized"_s, true },
        { u"Recyclable"_s, false },
        { u"SerialNumber"_s, QString() },
        { u"DeviceAvailable"_s, true },
        { u"PublicIpAddress"_s,
            wrap(u"IpAddress"_s,
                strings(i.publicIpAddress.isEmpty() ? QStringList()
                                                    : QStringList { i.publicIpAddress })) },
        { u"InnerIpAddress"_s, wrap(u"IpAddress"_s, {}) },
        { u"EipAddress"_s,
            QJsonObject { { u"AllocationId"_s, QString() }, { u"IpAddress"_s, QString() },
                { u"InternetChargeType"_s, QString() }, { u"Bandwidth"_s, 0 } } },
        { u"VpcAttributes"_s,
            QJsonObject { { u"VpcId"_s, i.vpcId }, { u"VSwitchId"_s, i.vSwitchId },
                { u"NatIpAddress"_s, QString() },
                { u"PrivateIpAddress"_s,
                    wrap(u"IpAddress"_s, strings({ i.privateIpAddress })) } } },
        { u"SecurityGroupIds"_s, wrap(u"SecurityGroupId"_s, strings(i.securityGroupIds)) },
        { u"OperationLocks"_s, wrap(u"LockReason"_s, locks) },
        { u"Tags"_s, tagsJson(i.tags) },
    };
}

Page pageOf(SimParams &params, qsizetype total, int defaultSize, int maxSize)
{
    Page page;
    page.pageNumber = int(params.integer(u"PageNumber"_s, 1, 1, 1'000'000));
    page.pageSize = int(params.integer(u"PageSize"_s, defaultSize, 1, maxSize));
    page.first = std::min<qsizetype>(total, qsizetype(page.pageNumber - 1) * page.pageSize);
    page.last = std::min<qsizetype>(total, page.first + page.pageSize);
    return page;
}

TokenPage tokenPageOf(SimParams &params, qsizetype total, int defaultSize, int maxSize)
{
    TokenPage page;
    const int size = int(params.integer(u"MaxResults"_s, defaultSize, 1, maxSize));
    const QString token = params.string(u"NextToken"_s);
    if (!token.isEmpty()) {
        // Tokens are "t" + offset: opaque enough for clients, trivially checked here.
        bool ok = false;
        const qsizetype offset = token.startsWith(u't') ? token.mid(1).toLongLong(&ok) : 0;
        if (!ok || offset < 0 || offset > total) {
            params.fail(errors::invalidParameter(u"NextToken"_s, token));
            return page;
        }
        page.first = offset;
    }
    page.last = std::min<qsizetype>(total, page.first + size);
    if (page.last < total)
        page.nextToken = u"t"_s + QString::number(page.last);
    return page;
}

bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (!pattern.contains(u'*'))
        return pattern == text;
    QString regex;
    for (const QString &part : pattern.split(u'*'))
        regex += QRegularExpression::escape(part) + u".*"_s;
    regex.chop(2); // the split adds one separator too many
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex));
    return re.match(text).hasMatch();
}

} // namespace ecs::sim::ops
