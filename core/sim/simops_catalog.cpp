// Regions, zones, images, instance types and the default networks.
#include "simops.h"

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

const QStringList kResourceTypes
    = { u"VSwitch"_s, u"IoOptimized"_s, u"Instance"_s, u"Disk"_s, u"DedicatedHost"_s };
const QStringList kDiskCategories = { u"cloud_essd"_s, u"cloud_auto"_s, u"cloud_efficiency"_s,
    u"cloud_ssd"_s, u"cloud_essd_entry"_s };

// Instance types a zone offers, in stock or not (DescribeZones lists what the zone supports;
// DescribeAvailableResource lists the same types with their stock).
QStringList zoneInstanceTypes(const SimWorld &world, const QString &zoneId)
{
    QStringList types;
    for (const InstanceTypeSpec *type : world.offeredTypes(zoneId))
        types.append(type->id);
    return types;
}

Outcome describeRegions(SimContext &c)
{
    const QString language = c.params.string(u"AcceptLanguage"_s);
    QJsonArray regions;
    for (const SimRegion &region : c.world.regions().regions()) {
        regions.append(QJsonObject { { u"RegionId"_s, region.regionId },
            { u"LocalName"_s, region.localName.forLanguage(language) },
            { u"RegionEndpoint"_s, region.regionEndpoint }, { u"Status"_s, region.status } });
    }
    return ok({ { u"Regions"_s, wrap(u"Region"_s, regions) } });
}

Outcome describeZones(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString language = c.params.string(u"AcceptLanguage"_s);
    const bool verbose = c.params.boolean(u"Verbose"_s, true);
    c.params.oneOf(u"InstanceChargeType"_s, { u"PrePaid"_s, u"PostPaid"_s });
    c.params.oneOf(u"SpotStrategy"_s, { u"NoSpot"_s, u"SpotWithPriceLimit"_s, u"SpotAsPriceGo"_s });
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray zones;
    for (const SimZone &zone : region->zones) {
        const QStringList types = zoneInstanceTypes(c.world, zone.zoneId);
        QJsonObject item {
            { u"ZoneId"_s, zone.zoneId },
            { u"LocalName"_s, zone.localName.forLanguage(language) },
            { u"ZoneType"_s, zone.zoneType },
            { u"AvailableResourceCreation"_s, wrap(u"ResourceTypes"_s, strings(kResourceTypes)) },
            { u"AvailableDiskCategories"_s, wrap(u"DiskCategories"_s, strings(kDiskCategories)) },
            { u"AvailableVolumeCategories"_s,
                wrap(u"VolumeCategories"_s, strings(kDiskCategories)) },
            { u"AvailableInstanceTypes"_s, wrap(u"InstanceTypes"_s, strings(types)) },
            { u"AvailableDedicatedHostTypes"_s, wrap(u"DedicatedHostType"_s, {}) },
        };
        if (verbose) {
            QStringList families;
            for (const QString &id : types) {
                const QString family = c.world.catalog().instanceType(id)->family;
                if (!families.contains(family))
                    families.append(family);
            }
            const QJsonObject info {
                { u"IoOptimized"_s, true },
                { u"InstanceGenerations"_s,
                    wrap(u"supportedInstanceGeneration"_s,
                        strings({ u"ecs-3"_s, u"ecs-4"_s, u"ecs-5"_s, u"ecs-6"_s })) },
                { u"InstanceTypeFamilies"_s,
                    wrap(u"supportedInstanceTypeFamily"_s, strings(families)) },
                { u"InstanceTypes"_s, wrap(u"supportedInstanceType"_s, strings(types)) },
                { u"NetworkTypes"_s, wrap(u"supportedNetworkCategory"_s, strings({ u"vpc"_s })) },
                { u"SystemDiskCategories"_s,
                    wrap(u"supportedSystemDiskCategory"_s, strings(kDiskCategories)) },
                { u"DataDiskCategories"_s,
                    wrap(u"supportedDataDiskCategory"_s, strings(kDiskCategories)) },
            };
            item.insert(u"AvailableResources"_s, wrap(u"ResourcesInfo"_s, { info }));
        }
        zones.append(item);
    }
    return ok({ { u"Zones"_s, wrap(u"Zone"_s, zones) } });
}

Outcome describeImages(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QStringList ids = c.params.commaList(u"ImageId"_s);
    const QString name = c.params.string(u"ImageName"_s);
    const QString family = c.params.string(u"ImageFamily"_s);
    const QString owner = c.params.oneOf(u"ImageOwnerAlias"_s,
        { u"system"_s, u"self"_s, u"others"_s, u"marketplace"_s, u"source"_s });
    QStringList statuses = c.params.commaList(u"Status"_s);
    if (statuses.isEmpty())
        statuses = { u"Available"_s };
    const QString osType = c.params.oneOf(u"OSType"_s, { u"linux"_s, u"windows"_s });
    const QString architecture
        = c.params.oneOf(u"Architecture"_s, { u"i386"_s, u"x86_64"_s, u"arm64"_s });
    const QString instanceTypeId = c.params.string(u"InstanceType"_s);
    const InstanceTypeSpec *instanceType
        = instanceTypeId.isEmpty() ? nullptr : c.world.catalog().instanceType(instanceTypeId);
    if (!instanceTypeId.isEmpty() && !instanceType)
        c.params.fail(errors::notFound(u"InstanceType"_s, instanceTypeId));
    c.params.oneOf(u"Usage"_s, { u"instance"_s, u"none"_s });
    c.params.boolean(u"IsSupportCloudinit"_s, true);
    QList<const ImageSpec *> matches;
    for (const ImageSpec &image : c.world.catalog().images()) {
        if (!ids.isEmpty() && !ids.contains(image.id))
            continue;
        if (!name.isEmpty() && !wildcardMatch(name, image.name))
            continue;
        if (!family.isEmpty() && image.wire.value("ImageFamily"_L1).toString() != family)
            continue;
        if (!owner.isEmpty() && image.ownerAlias != owner)
            continue;
        if (!statuses.contains(image.wire.value("Status"_L1).toString(u"Available"_s)))
            continue;
        if (!osType.isEmpty() && image.osType != osType)
            continue;
        if (!architecture.isEmpty() && image.architecture != architecture)
            continue;
        if (instanceType
            && (instanceType->architecture == u"ARM") != (image.architecture == u"arm64"))
            continue;
        matches.append(&image);
    }
    const Page page = pageOf(c.params, matches.size(), 10, 100);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray images;
    for (qsizetype i = page.first; i < page.last; ++i)
        images.append(matches.at(i)->wire);
    return ok({ { u"Images"_s, wrap(u"Image"_s, images) }, { u"RegionId"_s, region->regionId },
        { u"PageNumber"_s, page.pageNumber }, { u"PageSize"_s, page.pageSize },
        { u"TotalCount"_s, matches.size() } });
}

Outcome describeInstanceTypes(SimContext &c)
{
    const QStringList ids = c.params.repeatList(u"InstanceTypes"_s, 10);
    const QString family = c.params.string(u"InstanceTypeFamily"_s);
    const QString architecture = c.params.oneOf(u"CpuArchitecture"_s, { u"X86"_s, u"ARM"_s });
    const QString category = c.params.string(u"InstanceCategory"_s);
    const QString gpuSpec = c.params.string(u"GPUSpec"_s);
    const qint64 minCpu = c.params.integer(u"MinimumCpuCoreCount"_s, 0, 0, 1'000'000);
    const qint64 maxCpu = c.params.integer(u"MaximumCpuCoreCount"_s, 1'000'000, 0, 1'000'000);
    const double minMemory = c.params.number(u"MinimumMemorySize"_s, 0, 0, 1e9);
    const double maxMemory = c.params.number(u"MaximumMemorySize"_s, 1e9, 0, 1e9);
    QList<const InstanceTypeSpec *> matches;
    for (const InstanceTypeSpec &type : c.world.catalog().instanceTypes()) {
        if (!ids.isEmpty() && !ids.contains(type.id))
            continue;
        if (!family.isEmpty() && type.family != family)
            continue;
        if (!architecture.isEmpty() && type.architecture != architecture)
            continue;
        if (!category.isEmpty() && type.wire.value("InstanceCategory"_L1).toString() != category)
            continue;
        if (!gpuSpec.isEmpty() && type.gpuSpec != gpuSpec)
            continue;
        if (type.cpu < minCpu || type.cpu > maxCpu || type.memoryGiB < minMemory
            || type.memoryGiB > maxMemory)
            continue;
        matches.append(&type);
    }
    const TokenPage page = tokenPageOf(c.params, matches.size(), 250, 1600);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray types;
    for (qsizetype i = page.first; i < page.last; ++i)
        types.append(matches.at(i)->wire);
    return ok({ { u"InstanceTypes"_s, wrap(u"InstanceType"_s, types) },
        { u"NextToken"_s, page.nextToken } });
}

Outcome describeSecurityGroups(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString vpcId = c.params.string(u"VpcId"_s);
    const QString groupId = c.params.string(u"SecurityGroupId"_s);
    const QStringList groupIds = c.params.jsonList(u"SecurityGroupIds"_s);
    c.params.oneOf(u"NetworkType"_s, { u"vpc"_s, u"classic"_s });
    if (!c.params.ok())
        return fail(c.params.error());
    QList<SimSecurityGroup> matches;
    for (const SimSecurityGroup &group : c.world.securityGroups(region->regionId)) {
        if ((!vpcId.isEmpty() && group.vpcId != vpcId)
            || (!groupId.isEmpty() && group.securityGroupId != groupId)
            || (!groupIds.isEmpty() && !groupIds.contains(group.securityGroupId)))
            continue;
        matches.append(group);
    }
    const bool tokenPaging = c.params.has(u"MaxResults"_s) || c.params.has(u"NextToken"_s);
    qsizetype first = 0, last = matches.size();
    QJsonObject body;
    if (tokenPaging) {
        const TokenPage page = tokenPageOf(c.params, matches.size(), 10, 100);
        first = page.first;
        last = page.last;
        body.insert(u"NextToken"_s, page.nextToken);
    } else {
        const Page page = pageOf(c.params, matches.size(), 10, 50);
        first = page.first;
        last = page.last;
        body.insert(u"PageNumber"_s, page.pageNumber);
        body.insert(u"PageSize"_s, page.pageSize);
    }
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray groups;
    for (qsizetype i = first; i < last; ++i) {
        const SimSecurityGroup &g = matches.at(i);
        int members = 0;
        for (const SimInstance *instance : c.world.instances(region->regionId))
            members += instance->securityGroupIds.contains(g.securityGroupId) ? 1 : 0;
        groups.append(QJsonObject { { u"SecurityGroupId"_s, g.securityGroupId },
            { u"SecurityGroupName"_s, g.securityGroupName },
            { u"SecurityGroupType"_s, g.securityGroupType }, { u"VpcId"_s, g.vpcId },
            { u"Description"_s, g.description }, { u"CreationTime"_s, secondTime(g.creationTime) },
            { u"EcsCount"_s, members }, { u"AvailableInstanceAmount"_s, 2000 - members },
            { u"ResourceGroupId"_s, QString() }, { u"ServiceManaged"_s, false },
            { u"Tags"_s, tagsJson({}) } });
    }
    body.insert(u"SecurityGroups"_s, wrap(u"SecurityGroup"_s, groups));
    body.insert(u"RegionId"_s, region->regionId);
    body.insert(u"TotalCount"_s, matches.size());
    return ok(body);
}

Outcome describeVpcs(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QStringList ids = c.params.commaList(u"VpcId"_s);
    const QString name = c.params.string(u"VpcName"_s);
    const bool onlyDefault = c.params.boolean(u"IsDefault"_s, false);
    const QList<SimVpc> all = c.world.vpcs(region ? region->regionId : QString());
    QList<SimVpc> matches;
    for (const SimVpc &vpc : all) {
        if ((!ids.isEmpty() && !ids.contains(vpc.vpcId)) || (!name.isEmpty() && vpc.vpcName != name)
            || (onlyDefault && !vpc.isDefault))
            continue;
        matches.append(vpc);
    }
    const Page page = pageOf(c.params, matches.size(), 10, 50);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray vpcs;
    for (qsizetype i = page.first; i < page.last; ++i) {
        const SimVpc &vpc = matches.at(i);
        QStringList switchIds;
        for (const SimVSwitch &sw : c.world.vSwitches(vpc.regionId))
            if (sw.vpcId == vpc.vpcId)
                switchIds.append(sw.vSwitchId);
        vpcs.append(QJsonObject { { u"VpcId"_s, vpc.vpcId }, { u"RegionId"_s, vpc.regionId },
            { u"Status"_s, u"Available"_s }, { u"VpcName"_s, vpc.vpcName },
            { u"CreationTime"_s, secondTime(vpc.creationTime) }, { u"CidrBlock"_s, vpc.cidrBlock },
            { u"VRouterId"_s, u"vrt-"_s + vpc.vpcId.mid(4) }, { u"Description"_s, QString() },
            { u"IsDefault"_s, vpc.isDefault },
            { u"VSwitchIds"_s, wrap(u"VSwitchId"_s, strings(switchIds)) },
            { u"Tags"_s, tagsJson({}, true) } });
    }
    return ok({ { u"Vpcs"_s, wrap(u"Vpc"_s, vpcs) }, { u"TotalCount"_s, matches.size() },
        { u"PageNumber"_s, page.pageNumber }, { u"PageSize"_s, page.pageSize } });
}

Outcome describeVSwitches(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString vpcId = c.params.string(u"VpcId"_s);
    const QString switchId = c.params.string(u"VSwitchId"_s);
    const QString zoneId = c.params.string(u"ZoneId"_s);
    const bool onlyDefault = c.params.boolean(u"IsDefault"_s, false);
    QList<SimVSwitch> matches;
    for (const SimVSwitch &sw : c.world.vSwitches(region ? region->regionId : QString())) {
        if ((!vpcId.isEmpty() && sw.vpcId != vpcId)
            || (!switchId.isEmpty() && sw.vSwitchId != switchId)
            || (!zoneId.isEmpty() && sw.zoneId != zoneId) || (onlyDefault && !sw.isDefault))
            continue;
        matches.append(sw);
    }
    const Page page = pageOf(c.params, matches.size(), 10, 50);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray switches;
    for (qsizetype i = page.first; i < page.last; ++i) {
        const SimVSwitch &sw = matches.at(i);
        switches.append(QJsonObject { { u"VSwitchId"_s, sw.vSwitchId }, { u"VpcId"_s, sw.vpcId },
            { u"ZoneId"_s, sw.zoneId }, { u"CidrBlock"_s, sw.cidrBlock },
            { u"Status"_s, u"Available"_s }, { u"VSwitchName"_s, sw.vSwitchName },
            { u"AvailableIpAddressCount"_s, sw.availableIpAddressCount },
            { u"IsDefault"_s, sw.isDefault }, { u"CreationTime"_s, secondTime(sw.creationTime) },
            { u"Description"_s, QString() }, { u"Tags"_s, tagsJson({}, true) } });
    }
    return ok(
        { { u"VSwitches"_s, wrap(u"VSwitch"_s, switches) }, { u"TotalCount"_s, matches.size() },
            { u"PageNumber"_s, page.pageNumber }, { u"PageSize"_s, page.pageSize } });
}

} // namespace

void addCatalogOperations(SimService &service)
{
    service.add(kEcsVersion, u"DescribeRegions"_s, describeRegions);
    service.add(kEcsVersion, u"DescribeZones"_s, describeZones);
    service.add(kEcsVersion, u"DescribeImages"_s, describeImages);
    service.add(kEcsVersion, u"DescribeInstanceTypes"_s, describeInstanceTypes);
    service.add(kEcsVersion, u"DescribeSecurityGroups"_s, describeSecurityGroups);
    service.add(kVpcVersion, u"DescribeRegions"_s, describeRegions);
    service.add(kVpcVersion, u"DescribeVpcs"_s, describeVpcs);
    service.add(kVpcVersion, u"DescribeVSwitches"_s, describeVSwitches);
}

} // namespace ecs::sim
