#include "simservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

const QString kEcsVersion = u"2014-05-26"_s;

QJsonObject wrapped(const QString &name, const QJsonArray &items)
{
    return QJsonObject{{name, items}};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// What every zone offers until the instance-type catalogue arrives with the full simulator.
const QStringList kResourceTypes = {u"VSwitch"_s, u"IoOptimized"_s, u"Instance"_s, u"Disk"_s,
                                    u"DedicatedHost"_s};
const QStringList kDiskCategories = {u"cloud_essd"_s, u"cloud_auto"_s, u"cloud_efficiency"_s,
                                     u"cloud_ssd"_s, u"cloud_essd_entry"_s};
const QStringList kInstanceTypes = {u"ecs.g7.large"_s,  u"ecs.g7.xlarge"_s, u"ecs.c7.large"_s,
                                    u"ecs.c7.xlarge"_s, u"ecs.r7.large"_s,  u"ecs.t6-c1m2.large"_s};

} // namespace

SimService::SimService(SimDataset dataset)
    : m_dataset(std::move(dataset))
{
    m_ecsOperations.insert(u"DescribeRegions"_s, [this](const SimRequest &r) { return describeRegions(r); });
    m_ecsOperations.insert(u"DescribeZones"_s, [this](const SimRequest &r) { return describeZones(r); });
}

SimService::Outcome SimService::handle(const SimRequest &request)
{
    if (request.version != kEcsVersion)
        return {errors::invalidVersion(request.version), {}};
    const auto handler = m_ecsOperations.constFind(request.action);
    if (handler == m_ecsOperations.cend())
        return {errors::invalidAction(request.action), {}};
    return (*handler)(request);
}

SimService::Outcome SimService::describeRegions(const SimRequest &request) const
{
    const QString language = request.param(u"AcceptLanguage"_s);
    QJsonArray regions;
    for (const SimRegion &region : m_dataset.regions()) {
        regions.append(QJsonObject{{u"RegionId"_s, region.regionId},
                                   {u"LocalName"_s, region.localName.forLanguage(language)},
                                   {u"RegionEndpoint"_s, region.regionEndpoint},
                                   {u"Status"_s, region.status}});
    }
    return {{}, {{u"Regions"_s, wrapped(u"Region"_s, regions)}}};
}

SimService::Outcome SimService::describeZones(const SimRequest &request) const
{
    const QString regionId = request.param(u"RegionId"_s);
    if (regionId.isEmpty())
        return {errors::missingParameter(u"RegionId"_s), {}};
    const SimRegion *region = m_dataset.region(regionId);
    if (!region)
        return {errors::invalidRegionId(regionId), {}};
    const QString language = request.param(u"AcceptLanguage"_s);
    QJsonArray zones;
    for (const SimZone &zone : region->zones) {
        zones.append(QJsonObject{
            {u"ZoneId"_s, zone.zoneId},
            {u"LocalName"_s, zone.localName.forLanguage(language)},
            {u"ZoneType"_s, zone.zoneType},
            {u"AvailableResourceCreation"_s, wrapped(u"ResourceTypes"_s, strings(kResourceTypes))},
            {u"AvailableDiskCategories"_s, wrapped(u"DiskCategories"_s, strings(kDiskCategories))},
            {u"AvailableInstanceTypes"_s, wrapped(u"InstanceTypes"_s, strings(kInstanceTypes))},
        });
    }
    return {{}, {{u"Zones"_s, wrapped(u"Zone"_s, zones)}}};
}

} // namespace ecs::sim
