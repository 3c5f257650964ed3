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
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InstanceTypes.InstanceType"_L1);
        InstanceTypeInfo t;
        t.instanceTypeId = json.string(item, "InstanceTypeId"_L1);
        t.family = json.string(item, "InstanceTypeFamily"_L1);
        t.cpu = int(json.integer(item, "CpuCoreCount"_L1));
        t.memoryGiB = json.number(item, "MemorySize"_L1);
        t.gpuAmount = int(json.integer(item, "GPUAmount"_L1));
        t.gpuSpec = json.string(item, "GPUSpec"_L1);
        t.architecture = json.string(item, "CpuArchitecture"_L1);
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
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "AvailableZones.AvailableZone"_L1);
        ZoneStock zone;
        zone.zoneId = json.string(item, "ZoneId"_L1);
        zone.zoneStatus = json.string(item, "Status"_L1);
        for (const QJsonValue &resource :
            json.array(item, { "AvailableResources"_L1, "AvailableResource"_L1 })) {
            const QJsonArray supported = resource.toObject()
                                             .value("SupportedResources"_L1)
                                             .toObject()
                                             .value("SupportedResource"_L1)
                                             .toArray();
            for (const QJsonValue &value : supported) {
                const QJsonObject v = value.toObject();
                zone.statusCategory.insert(
                    v.value("Value"_L1).toString(), v.value("StatusCategory"_L1).toString());
            }
        }
        zones.append(zone);
    }
    if (!json.ok())
        return json.error();
    return zones;
}

} // namespace ecs::ops
