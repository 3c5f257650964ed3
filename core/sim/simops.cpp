#include "simops.h"

#include "simjsonwriter.h"

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

void appendInstanceJson(QByteArray &out, const SimWorld &world, const SimInstance &i)
{
    // The same record as instanceJson(), written straight to text (see JsonWriter).
    const InstanceTypeSpec *type = world.catalog().instanceType(i.instanceType);
    JsonWriter json(out);
    const auto wrapped
        = [&json](QLatin1StringView name, QLatin1StringView itemName, const QStringList &items) {
              json.key(name);
              json.beginObject();
              json.member(itemName, items);
              json.endObject();
          };
    json.beginObject();
    json.member("InstanceId"_L1, i.instanceId);
    json.member("InstanceName"_L1, i.instanceName);
    json.member("HostName"_L1, i.hostName);
    json.member("Description"_L1, i.description);
    json.member("RegionId"_L1, i.regionId);
    json.member("ZoneId"_L1, i.zoneId);
    json.member("InstanceType"_L1, i.instanceType);
    json.member("InstanceTypeFamily"_L1, type ? type->family : QString());
    json.member("Cpu"_L1, type ? type->cpu : 0);
    json.member("Memory"_L1, type ? qint64(type->memoryGiB * 1024) : qint64(0));
    json.member("GPUAmount"_L1, type ? type->gpuAmount : 0);
    json.member("GPUSpec"_L1, type ? type->gpuSpec : QString());
    json.member("ImageId"_L1, i.imageId);
    json.member("OSType"_L1, i.osType);
    json.member("OSName"_L1, i.osName);
    json.member("OSNameEn"_L1, i.osName);
    json.member("Status"_L1, i.status);
    json.member("StoppedMode"_L1, i.stoppedMode);
    json.member("InstanceChargeType"_L1, i.instanceChargeType);
    json.member("InternetChargeType"_L1, i.internetChargeType);
    json.member("InternetMaxBandwidthOut"_L1, i.internetMaxBandwidthOut);
    json.member("InternetMaxBandwidthIn"_L1, i.internetMaxBandwidthOut > 0 ? 100 : -1);
    json.member("SpotStrategy"_L1, i.spotStrategy);
    json.member("SpotPriceLimit"_L1, i.spotPriceLimit);
    json.member("SpotDuration"_L1, i.spotDuration);
    json.member("CreationTime"_L1, JsonWriter::time(i.creationTime, false));
    json.member("StartTime"_L1, JsonWriter::time(i.startTime, false));
    json.member("ExpiredTime"_L1,
        i.isSubscription() ? JsonWriter::time(i.expiredTime, false) : SimWorld::payAsYouGoExpiry());
    json.member("AutoReleaseTime"_L1, JsonWriter::time(i.autoReleaseTime, true));
    json.member("DeletionProtection"_L1, i.deletionProtection);
    json.member("InstanceNetworkType"_L1, "vpc"_L1);
    json.member("IoOptimized"_L1, true);
    json.member("Recyclable"_L1, false);
    json.member("SerialNumber"_L1, ""_L1);
    json.member("DeviceAvailable"_L1, true);
    wrapped("PublicIpAddress"_L1, "IpAddress"_L1,
        i.publicIpAddress.isEmpty() ? QStringList() : QStringList { i.publicIpAddress });
    wrapped("InnerIpAddress"_L1, "IpAddress"_L1, {});
    json.key("EipAddress"_L1);
    json.beginObject();
    json.member("AllocationId"_L1, ""_L1);
    json.member("IpAddress"_L1, ""_L1);
    json.member("InternetChargeType"_L1, ""_L1);
    json.member("Bandwidth"_L1, 0);
    json.endObject();
    json.key("VpcAttributes"_L1);
    json.beginObject();
    json.member("VpcId"_L1, i.vpcId);
    json.member("VSwitchId"_L1, i.vSwitchId);
    json.member("NatIpAddress"_L1, ""_L1);
    wrapped("PrivateIpAddress"_L1, "IpAddress"_L1, QStringList { i.privateIpAddress });
    json.endObject();
    wrapped("SecurityGroupIds"_L1, "SecurityGroupId"_L1, i.securityGroupIds);
    json.key("OperationLocks"_L1);
    json.beginObject();
    json.key("LockReason"_L1);
    json.beginArray();
    for (const QString &reason : i.lockReasons) {
        json.item();
        json.beginObject();
        json.member("LockReason"_L1, reason);
        if (reason == u"Recycling")
            json.member("LockMsg"_L1, "The preemptible instance is about to be reclaimed."_L1);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.key("Tags"_L1);
    json.beginObject();
    json.key("Tag"_L1);
    json.beginArray();
    for (const auto &[key, value] : i.tags) {
        json.item();
        json.beginObject();
        json.member("TagKey"_L1, key);
        json.member("TagValue"_L1, value);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endObject();
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
