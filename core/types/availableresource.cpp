#include "availableresource.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace ecs::ops {

ApiRequest DescribeInstanceTypes::request(const QString &nextToken, int maxResults)
{
    ApiRequest r(u"DescribeInstanceTypes"_s);
    r.set(u"MaxResults"_s, maxResults).setIfNotEmpty(u"NextToken"_s, nextToken);
    return r;
}

Result<DescribeInstanceTypes::Response> DescribeInstanceTypes::parse(const QJsonObject &body)
{
    JsonReader json;
    Response response;
    response.nextToken = json.string(body, "NextToken"_L1);
    const QJsonArray items = json.array(body, { "InstanceTypes"_L1, "InstanceType"_L1 });
    for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InstanceTypes.InstanceType"_L1);
        InstanceTypeInfo t;
        t.instanceTypeId = json.string(item, "InstanceTypeId"_L1);
        t.family = json.string(item, "InstanceTypeFamily"_L1);
        t.cpu = json.int32(item, "CpuCoreCount"_L1);
        t.memoryGiB = json.number(item, "MemorySize"_L1);
        t.gpuAmount = json.int32(item, "GPUAmount"_L1);
        t.gpuSpec = json.string(item, "GPUSpec"_L1);
        t.architecture = json.string(item, "CpuArchitecture"_L1);
        if (t.instanceTypeId.isEmpty() && json.ok())
            return ApiError::make(ApiError::Kind::Malformed,
                u"An instance type in the response has no InstanceTypeId."_s);
        response.types.append(t);
    }
    if (!json.ok())
        return json.error();
    return response;
}

ApiRequest DescribeAvailableResource::request(
    const QString &regionId, const QString &chargeType, const QString &spotStrategy)
{
    ApiRequest r(u"DescribeAvailableResource"_s);
    r.setRegion(regionId)
        .set(u"DestinationResource"_s, u"InstanceType"_s)
        .setIfNotEmpty(u"InstanceChargeType"_s, chargeType)
        .setIfNotEmpty(u"SpotStrategy"_s, spotStrategy);
    return r;
}

Result<DescribeAvailableResource::Response> DescribeAvailableResource::parse(
    const QJsonObject &body)
{
    JsonReader json;
    Response zones;
    const QJsonArray items = json.array(body, { "AvailableZones"_L1, "AvailableZone"_L1 });
    for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "AvailableZones.AvailableZone"_L1);
        ZoneStock zone;
        zone.zoneId = json.string(item, "ZoneId"_L1);
        zone.zoneStatus = json.string(item, "Status"_L1);
        if (zone.zoneId.isEmpty() && json.ok())
            return ApiError::make(
                ApiError::Kind::Malformed, u"A zone in the response has no ZoneId."_s);
        const QJsonArray resources
            = json.array(item, { "AvailableResources"_L1, "AvailableResource"_L1 });
        for (qsizetype r = 0; r < resources.size() && json.ok(); ++r) {
            const QJsonObject resource = json.objectAt(resources, r, "AvailableResource"_L1);
            const QJsonArray supported
                = json.array(resource, { "SupportedResources"_L1, "SupportedResource"_L1 });
            for (qsizetype s = 0; s < supported.size() && json.ok(); ++s) {
                const QJsonObject v = json.objectAt(supported, s, "SupportedResource"_L1);
                zone.statusCategory.insert(
                    json.string(v, "Value"_L1), json.string(v, "StatusCategory"_L1));
            }
        }
        zones.append(zone);
    }
    if (!json.ok())
        return json.error();
    return zones;
}

} // namespace ecs::ops
