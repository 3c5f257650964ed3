#include "region.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace ecs {

QString acceptLanguageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        return u"zh-CN"_s;
    case QLocale::Japanese:
        return u"ja"_s;
    default:
        return u"en-US"_s;
    }
}

namespace ops {

ApiRequest DescribeRegions::request(const QString &acceptLanguage)
{
    return ApiRequest(u"DescribeRegions"_s).setIfNotEmpty(u"AcceptLanguage"_s, acceptLanguage);
}

Result<DescribeRegions::Response> DescribeRegions::parse(const QJsonObject &body)
{
    JsonReader json;
    Response regions;
    const QJsonArray items = json.array(body, { "Regions"_L1, "Region"_L1 });
    for (qsizetype i = 0; i < items.size() && json.ok(); ++i) {
        const QJsonObject item = json.objectAt(items, i, "Regions.Region"_L1);
        Region r;
        r.regionId = json.string(item, "RegionId"_L1);
        r.localName = json.string(item, "LocalName"_L1);
        r.regionEndpoint = json.string(item, "RegionEndpoint"_L1);
        r.status = json.string(item, "Status"_L1);
        if (r.regionId.isEmpty() && json.ok())
            return ApiError::make(
                ApiError::Kind::Malformed, u"A region in the response has no RegionId."_s);
        regions.append(std::move(r));
    }
    if (!json.ok())
        return json.error();
    return regions;
}

ApiRequest DescribeZones::request(
    const QString &regionId, const QString &acceptLanguage, bool verbose)
{
    ApiRequest r(u"DescribeZones"_s);
    r.setRegion(regionId).setIfNotEmpty(u"AcceptLanguage"_s, acceptLanguage);
    if (verbose)
        r.set(u"Verbose"_s, true);
    return r;
}

Result<DescribeZones::Response> DescribeZones::parse(const QJsonObject &body)
{
    JsonReader json;
    Response zones;
    const QJsonArray items = json.array(body, { "Zones"_L1, "Zone"_L1 });
    for (qsizetype i = 0; i < items.size() && json.ok(); ++i) {
        const QJsonObject item = json.objectAt(items, i, "Zones.Zone"_L1);
        Zone z;
        z.zoneId = json.string(item, "ZoneId"_L1);
        z.localName = json.string(item, "LocalName"_L1);
        z.zoneType = json.string(item, "ZoneType"_L1);
        z.resourceCreation
            = json.strings(item, { "AvailableResourceCreation"_L1, "ResourceTypes"_L1 });
        z.diskCategories
            = json.strings(item, { "AvailableDiskCategories"_L1, "DiskCategories"_L1 });
        z.instanceTypes = json.strings(item, { "AvailableInstanceTypes"_L1, "InstanceTypes"_L1 });
        if (z.zoneId.isEmpty() && json.ok())
            return ApiError::make(
                ApiError::Kind::Malformed, u"A zone in the response has no ZoneId."_s);
        zones.append(std::move(z));
    }
    if (!json.ok())
        return json.error();
    return zones;
}

} // namespace ops
} // namespace ecs
