// Capacity, prices and the spot market: DescribeAvailableResource, DescribeResourcesModification,
// DescribeSpotPriceHistory, DescribePrice.
#include "simops.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

const QStringList kDiskCategories = { u"cloud_essd"_s, u"cloud_auto"_s, u"cloud_efficiency"_s,
    u"cloud_ssd"_s, u"cloud_essd_entry"_s };

double round4(double value)
{
    return std::round(value * 10'000.0) / 10'000.0;
}

QJsonObject supported(const QString &value, bool inStock, const QJsonObject &extra = {})
{
    QJsonObject item { { u"Value"_s, value },
        { u"Status"_s, inStock ? u"Available"_s : u"SoldOut"_s },
        { u"StatusCategory"_s, inStock ? u"WithStock"_s : u"WithoutStock"_s } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        item.insert(it.key(), it.value());
    return item;
}

QJsonObject availableResource(const QString &type, const QJsonArray &items)
{
    return { { u"Type"_s, type },
        { u"SupportedResources"_s, wrap(u"SupportedResource"_s, items) } };
}

QJsonObject availableZone(
    const QString &regionId, const QString &zoneId, bool inStock, const QJsonArray &resources)
{
    return { { u"RegionId"_s, regionId }, { u"ZoneId"_s, zoneId },
        { u"Status"_s, inStock ? u"Available"_s : u"SoldOut"_s },
        { u"StatusCategory"_s, inStock ? u"WithStock"_s : u"WithoutStock"_s },
        { u"AvailableResources"_s, wrap(u"AvailableResource"_s, resources) } };
}

struct TypeFilter
{
    QString instanceType;
    double cores = 0;
    double memory = 0;
    bool accepts(const InstanceTypeSpec &type) const
    {
        return (instanceType.isEmpty() || type.id == instanceType)
            && (cores <= 0 || type.cpu == int(cores))
            && (memory <= 0 || std::abs(type.memoryGiB - memory) < 0.01);
    }
};

Outcome describeAvailableResource(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString destination = c.params.required(u"DestinationResource"_s);
    if (c.params.ok()
        && !QStringList { u"Zone"_s, u"IoOptimized"_s, u"InstanceType"_s, u"Network"_s,
            u"SystemDisk"_s, u"DataDisk"_s, u"ddh"_s, u"DedicatedHost"_s }
                .contains(destination))
        c.params.fail(errors::invalidParameter(u"DestinationResource"_s, destination));
    const QString zoneId = c.params.string(u"ZoneId"_s);
    c.params.oneOf(u"InstanceChargeType"_s, { u"PrePaid"_s, u"PostPaid"_s }, u"PostPaid"_s);
    c.params.oneOf(u"SpotStrategy"_s, { u"NoSpot"_s, u"SpotWithPriceLimit"_s, u"SpotAsPriceGo"_s },
        u"NoSpot"_s);
    c.params.oneOf(u"IoOptimized"_s, { u"optimized"_s, u"none"_s });
    c.params.oneOf(u"NetworkCategory"_s, { u"vpc"_s, u"classic"_s });
    const QString systemDisk = c.params.string(u"SystemDiskCategory"_s);
    const QString dataDisk = c.params.string(u"DataDiskCategory"_s);
    TypeFilter filter { c.params.string(u"InstanceType"_s), c.params.number(u"Cores"_s, 0, 0, 1e6),
        c.params.number(u"Memory"_s, 0, 0, 1e9) };
    if (!c.params.ok())
        return fail(c.params.error());
    if (!filter.instanceType.isEmpty() && !c.world.catalog().instanceType(filter.instanceType))
        return fail(errors::notFound(u"InstanceType"_s, filter.instanceType));
    if (!zoneId.isEmpty() && !region->hasZone(zoneId))
        return fail(errors::notFound(u"ZoneId"_s, zoneId));

    QJsonArray zones;
    for (const SimZone &zone : region->zones) {
        if (!zoneId.isEmpty() && zone.zoneId != zoneId)
            continue;
        QJsonArray typeItems;
        bool anyInStock = false;
        for (const InstanceTypeSpec *type : c.world.offeredTypes(zone.zoneId)) {
            if (!filter.accepts(*type))
                continue;
            const bool inStock = c.world.remainingStock(zone.zoneId, type->id) > 0;
            anyInStock = anyInStock || inStock;
            typeItems.append(supported(type->id, inStock));
        }
        if (typeItems.isEmpty())
            continue;
        QJsonArray resources;
        if (destination == u"Zone") {
            resources.append(availableResource(u"Zone"_s, { supported(zone.zoneId, anyInStock) }));
        } else if (destination == u"InstanceType") {
            resources.append(availableResource(u"InstanceType"_s, typeItems));
        } else if (destination == u"IoOptimized") {
            resources.append(
                availableResource(u"IoOptimized"_s, { supported(u"optimized"_s, anyInStock) }));
        } else if (destination == u"Network") {
            resources.append(availableResource(u"Network"_s, { supported(u"vpc"_s, anyInStock) }));
        } else if (destination == u"SystemDisk" || destination == u"DataDisk") {
            const bool system = destination == u"SystemDisk";
            QJsonArray disks;
            for (const QString &category : kDiskCategories) {
                if (!(system ? systemDisk : dataDisk).isEmpty()
                    && category != (system ? systemDisk : dataDisk))
                    continue;
                disks.append(supported(category, anyInStock,
                    { { u"Min"_s, system ? 20 : 20 }, { u"Max"_s, system ? 2048 : 32768 },
                        { u"Unit"_s, u"GiB"_s } }));
            }
            resources.append(availableResource(destination, disks));
        } else {
            resources.append(availableResource(u"DedicatedHost"_s, {}));
        }
        zones.append(availableZone(region->regionId, zone.zoneId, anyInStock, resources));
    }
    return ok({ { u"AvailableZones"_s, wrap(u"AvailableZone"_s, zones) } });
}

Outcome describeResourcesModification(SimContext &c)
{
    requireRegion(c);
    SimInstance *instance = requireInstance(c, u"ResourceId"_s);
    const QString destination
        = c.params.oneOf(u"DestinationResource"_s, { u"InstanceType"_s, u"SystemDisk"_s });
    c.params.required(u"DestinationResource"_s);
    const QString operation = c.params.oneOf(u"OperationType"_s,
        { u"Upgrade"_s, u"Downgrade"_s, u"RenewDowngrade"_s, u"RenewModify"_s }, u"Upgrade"_s);
    TypeFilter filter { c.params.string(u"InstanceType"_s), c.params.number(u"Cores"_s, 0, 0, 1e6),
        c.params.number(u"Memory"_s, 0, 0, 1e9) };
    c.params.boolean(u"MigrateAcrossZone"_s, false);
    if (!c.params.ok())
        return fail(c.params.error());
    const InstanceTypeSpec *current = c.world.catalog().instanceType(instance->instanceType);
    QJsonArray resources;
    bool anyInStock = false;
    if (destination == u"SystemDisk") {
        QJsonArray disks;
        for (const QString &category : kDiskCategories)
            disks.append(supported(
                category, true, { { u"Min"_s, 20 }, { u"Max"_s, 2048 }, { u"Unit"_s, u"GiB"_s } }));
        resources.append(availableResource(u"SystemDisk"_s, disks));
        anyInStock = true;
    } else {
        const bool up = operation == u"Upgrade" || operation == u"RenewModify";
        QJsonArray types;
        for (const InstanceTypeSpec *type : c.world.offeredTypes(instance->zoneId)) {
            if (!filter.accepts(*type) || type->id == instance->instanceType || !current
                || type->architecture != current->architecture)
                continue;
            const bool bigger = type->cpu >= current->cpu && type->memoryGiB >= current->memoryGiB;
            const bool smaller = type->cpu <= current->cpu && type->memoryGiB <= current->memoryGiB;
            if ((up && !bigger) || (!up && !smaller && operation != u"RenewModify"))
                continue;
            const bool inStock = c.world.remainingStock(instance->zoneId, type->id) > 0;
            anyInStock = anyInStock || inStock;
            types.append(supported(type->id, inStock));
        }
        resources.append(availableResource(u"InstanceType"_s, types));
    }
    return ok({ { u"AvailableZones"_s,
        wrap(u"AvailableZone"_s,
            { availableZone(instance->regionId, instance->zoneId, anyInStock, resources) }) } });
}

Outcome describeSpotPriceHistory(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString typeId = c.params.required(u"InstanceType"_s);
    const QString network = c.params.required(u"NetworkType"_s);
    c.params.oneOf(u"NetworkType"_s, { u"vpc"_s, u"classic"_s });
    const QString zoneId = c.params.string(u"ZoneId"_s);
    const QString ioOptimized
        = c.params.oneOf(u"IoOptimized"_s, { u"optimized"_s, u"none"_s }, u"optimized"_s);
    const QString osType = c.params.oneOf(u"OSType"_s, { u"linux"_s, u"windows"_s }, u"linux"_s);
    c.params.integer(u"SpotDuration"_s, 1, 0, 6);
    const QDateTime now = c.world.now();
    QDateTime end = c.params.time(u"EndTime"_s);
    QDateTime start = c.params.time(u"StartTime"_s);
    const qint64 offset = c.params.integer(u"Offset"_s, 0, 0, 100'000'000);
    if (!c.params.ok())
        return fail(c.params.error());
    if (!end.isValid() || end > now)
        end = now;
    if (!start.isValid())
        start = end.addSecs(-3 * 3600);
    if (start < now.addDays(-30))
        return fail(errors::invalidParameter(
            u"StartTime"_s, secondTime(start) + u" (at most 30 days back)"_s));
    if (start > end)
        return fail(
            errors::invalidParameter(u"StartTime"_s, secondTime(start) + u" (after EndTime)"_s));
    const InstanceTypeSpec *type = c.world.catalog().instanceType(typeId);
    if (!type)
        return fail(errors::notFound(u"InstanceType"_s, typeId));
    if (!zoneId.isEmpty() && !zoneId.startsWith(region->regionId + u'-'))
        return fail(errors::notFound(u"ZoneId"_s, zoneId));

    double origin = c.world.catalog().onDemandPrice(region->regionId, *type);
    if (osType == u"windows") // the licence is part of the on-demand price, not of the market
        origin = round4(origin + 0.012 * type->cpu);
    constexpr qsizetype kPageSize = 1000;
    QJsonArray prices;
    qsizetype index = 0;
    bool more = false;
    for (const SimZone &zone : region->zones) {
        if (!zoneId.isEmpty() && zone.zoneId != zoneId)
            continue;
        for (const SpotMarket::Point &point :
            c.world.market().history(zone.zoneId, typeId, origin, start, end)) {
            if (index++ < offset)
                continue;
            if (prices.size() == kPageSize) {
                more = true;
                break;
            }
            prices.append(QJsonObject { { u"InstanceType"_s, typeId },
                { u"IoOptimized"_s, ioOptimized }, { u"NetworkType"_s, network },
                { u"ZoneId"_s, zone.zoneId }, { u"Timestamp"_s, secondTime(point.timestamp) },
                { u"SpotPrice"_s, point.spotPrice }, { u"OriginPrice"_s, origin } });
        }
        if (more)
            break;
    }
    return ok({ { u"Currency"_s, u"USD"_s },
        { u"NextOffset"_s, more ? qint64(offset + kPageSize) : qint64(0) },
        { u"SpotPrices"_s, wrap(u"SpotPriceType"_s, prices) } });
}

Outcome describePrice(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString resourceType = c.params.oneOf(
        u"ResourceType"_s, { u"instance"_s, u"disk"_s, u"bandwidth"_s, u"ddh"_s }, u"instance"_s);
    const QString priceUnit = c.params.oneOf(
        u"PriceUnit"_s, { u"Hour"_s, u"Week"_s, u"Month"_s, u"Year"_s }, u"Hour"_s);
    const qint64 period = c.params.integer(u"Period"_s, 1, 1, 60);
    const qint64 amount = c.params.integer(u"Amount"_s, 1, 1, 1000);
    const QString spot = c.params.oneOf(u"SpotStrategy"_s,
        { u"NoSpot"_s, u"SpotWithPriceLimit"_s, u"SpotAsPriceGo"_s }, u"NoSpot"_s);
    const QString zoneId = c.params.string(u"ZoneId"_s);
    const qint64 diskSize = c.params.integer(u"SystemDisk.Size"_s, 40, 20, 2048);
    const qint64 bandwidth = c.params.integer(u"InternetMaxBandwidthOut"_s, 0, 0, 200);
    QString typeId;
    if (resourceType == u"instance")
        typeId = c.params.required(u"InstanceType"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    const InstanceTypeSpec *type
        = typeId.isEmpty() ? nullptr : c.world.catalog().instanceType(typeId);
    if (!typeId.isEmpty() && !type)
        return fail(errors::notFound(u"InstanceType"_s, typeId));

    double hourly = type ? c.world.catalog().onDemandPrice(region->regionId, *type) : 0;
    hourly += 0.00012 * double(diskSize) + 0.012 * double(bandwidth);
    QJsonArray rules;
    double original = hourly;
    double trade = hourly;
    if (spot != u"NoSpot" && type) {
        // Preemptible: the market price now, in the given zone or the cheapest one.
        double best = -1;
        for (const SimZone &zone : region->zones) {
            if (!zoneId.isEmpty() && zone.zoneId != zoneId)
                continue;
            const double price
                = c.world.market().priceAt(zone.zoneId, type->id, hourly, c.world.now());
            best = best < 0 ? price : std::min(best, price);
        }
        trade = best < 0 ? hourly : best;
        rules.append(QJsonObject {
            { u"RuleId"_s, 1001 }, { u"Description"_s, u"Preemptible instance market price"_s } });
    } else if (priceUnit != u"Hour") {
        const double hours = priceUnit == u"Week" ? 168 : priceUnit == u"Month" ? 730 : 8760;
        original = hourly * hours * double(period);
        const double discount = priceUnit == u"Year" ? 0.5 : priceUnit == u"Month" ? 0.7 : 0.85;
        trade = original * discount;
        rules.append(QJsonObject { { u"RuleId"_s, 1002 },
            { u"Description"_s,
                u"Subscription discount: %1% off"_s.arg(int((1 - discount) * 100)) } });
    }
    original = round4(original * double(amount));
    trade = round4(trade * double(amount));
    return ok({ { u"PriceInfo"_s,
        QJsonObject { { u"Price"_s,
                          QJsonObject { { u"OriginalPrice"_s, original },
                              { u"DiscountPrice"_s, round4(original - trade) },
                              { u"TradePrice"_s, trade }, { u"Currency"_s, u"USD"_s } } },
            { u"Rules"_s, wrap(u"Rule"_s, rules) } } } });
}

} // namespace

void addMarketOperations(SimService &service)
{
    service.add(kEcsVersion, u"DescribeAvailableResource"_s, describeAvailableResource);
    service.add(kEcsVersion, u"DescribeResourcesModification"_s, describeResourcesModification);
    service.add(kEcsVersion, u"DescribeSpotPriceHistory"_s, describeSpotPriceHistory);
    service.add(kEcsVersion, u"DescribePrice"_s, describePrice);
}

} // namespace ecs::sim
