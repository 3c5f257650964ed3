// What the service knows ahead and behind: DescribeSpotAdvice (read off the simulator's own spot
// market, so that the interruption band is the rate at which it reclaims) and
// DescribeInstanceMonitorData (deterministic series per instance on the world's clock).
#include "simops.h"

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

// The service's wording of the interruption-rate bands.
QString interruptBand(double rate)
{
    if (rate < 0.05)
        return u"0-5%"_s;
    if (rate < 0.10)
        return u"5-10%"_s;
    if (rate < 0.15)
        return u"10-15%"_s;
    if (rate < 0.20)
        return u"15-20%"_s;
    return u">20%"_s;
}

struct AdviceFilter
{
    QStringList types;
    QString family;
    QString familyLevel;
    double cores = 0;
    double memory = 0;
    double minCores = 0;
    double minMemory = 0;
    int gpuAmount = 0;
    QString gpuSpec;

    bool accepts(const InstanceTypeSpec &type) const
    {
        return (types.isEmpty() || types.contains(type.id))
            && (family.isEmpty() || type.family == family)
            && (familyLevel.isEmpty()
                || type.wire.value("InstanceFamilyLevel"_L1).toString() == familyLevel)
            && (cores <= 0 || type.cpu == int(cores))
            && (memory <= 0 || std::abs(type.memoryGiB - memory) < 0.01)
            && (minCores <= 0 || type.cpu >= minCores)
            && (minMemory <= 0 || type.memoryGiB + 0.01 >= minMemory)
            && (gpuAmount <= 0 || type.gpuAmount == gpuAmount)
            && (gpuSpec.isEmpty() || type.gpuSpec == gpuSpec);
    }
};

Outcome describeSpotAdvice(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString zoneId = c.params.string(u"ZoneId"_s);
    AdviceFilter filter;
    filter.types = c.params.repeatList(u"InstanceTypes"_s, 100);
    filter.family = c.params.string(u"InstanceTypeFamily"_s);
    filter.familyLevel = c.params.oneOf(
        u"InstanceFamilyLevel"_s, { u"EntryLevel"_s, u"EnterpriseLevel"_s, u"CreditEntryLevel"_s });
    filter.cores = c.params.number(u"Cores"_s, 0, 0, 1e4);
    filter.memory = c.params.number(u"Memory"_s, 0, 0, 1e6);
    filter.minCores = c.params.number(u"MinCores"_s, 0, 0, 1e4);
    filter.minMemory = c.params.number(u"MinMemory"_s, 0, 0, 1e6);
    filter.gpuAmount = int(c.params.integer(u"GpuAmount"_s, 0, 0, 1024));
    filter.gpuSpec = c.params.string(u"GpuSpec"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    if (!zoneId.isEmpty() && !region->hasZone(zoneId))
        return fail(errors::notFound(u"ZoneId"_s, zoneId));

    const QDateTime now = c.world.now();
    const QDateTime monthAgo = now.addDays(-30);
    const SpotMarket &market = c.world.market();
    QJsonArray zones;
    for (const SimZone &zone : region->zones) {
        if (!zoneId.isEmpty() && zone.zoneId != zoneId)
            continue;
        QJsonArray resources;
        for (const InstanceTypeSpec *type : c.world.offeredTypes(zone.zoneId)) {
            if (!filter.accepts(*type))
                continue;
            const double rate = market.interruptionRate(zone.zoneId, type->id);
            const double ratio = market.averageRatio(zone.zoneId, type->id, monthAgo, now);
            resources.append(QJsonObject { { u"InstanceType"_s, type->id },
                { u"InterruptionRate"_s, std::round(rate * 1000.0) / 10.0 },
                { u"InterruptRateDesc"_s, interruptBand(rate) },
                // The average spot price as a percentage of the pay-as-you-go price.
                { u"AverageSpotDiscount"_s, int(std::lround(ratio * 100.0)) } });
        }
        if (resources.isEmpty())
            continue;
        zones.append(QJsonObject { { u"ZoneId"_s, zone.zoneId },
            { u"AvailableSpotResources"_s, wrap(u"AvailableSpotResource"_s, resources) } });
    }
    return ok({ { u"RegionId"_s, region->regionId },
        { u"AvailableSpotZones"_s, wrap(u"AvailableSpotZone"_s, zones) } });
}

// A uniform number in [0, 1) from a hash.
double unitOf(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

struct MinuteSample
{
    double cpu = 0;
    double internetRx = 0, internetTx = 0, intranetRx = 0, intranetTx = 0;
    double bpsRead = 0, bpsWrite = 0, iopsRead = 0, iopsWrite = 0;
};

// One minute of an instance's load: a base level of its own, a daily rhythm, noise and now and
// then a burst of a few minutes. The same minute always gives the same numbers.
MinuteSample minuteOf(quint64 instanceKey, qint64 minute)
{
    const double base = 4 + 46 * unitOf(splitmix64(instanceKey ^ 0x61));
    const double phase = 2 * std::numbers::pi * unitOf(splitmix64(instanceKey ^ 0x62));
    const double daily
        = 0.35 * std::sin(2 * std::numbers::pi * double(minute % 1440) / 1440.0 + phase);
    const double noise = unitOf(splitmix64(instanceKey ^ quint64(minute) * 0x9e37)) - 0.5;
    const bool burst = unitOf(splitmix64(instanceKey ^ quint64(minute / 15) * 0x7f4b)) < 0.03;
    MinuteSample s;
    s.cpu = std::clamp(base * (1 + daily) + 8 * noise + (burst ? 40 : 0), 0.0, 100.0);
    const double load = s.cpu / 100.0;
    const double web = 0.2 + unitOf(splitmix64(instanceKey ^ 0x63)); // how much it serves
    s.internetRx = std::round(web * (40 + 900 * load));
    s.internetTx = std::round(web * (120 + 2600 * load));
    s.intranetRx = std::round(200 + 1800 * load * (1 + 0.3 * noise));
    s.intranetTx = std::round(180 + 1500 * load * (1 - 0.3 * noise));
    s.bpsRead = std::round(20'000 + 900'000 * load * unitOf(splitmix64(instanceKey ^ 0x64)));
    s.bpsWrite = std::round(60'000 + 2'400'000 * load);
    s.iopsRead = std::round(s.bpsRead / 16'384);
    s.iopsWrite = std::round(s.bpsWrite / 8'192);
    return s;
}

constexpr qint64 kMaxPointsPerCall = 400;

Outcome describeInstanceMonitorData(SimContext &c)
{
    SimInstance *instance = requireInstance(c);
    const QString startText = c.params.required(u"StartTime"_s);
    c.params.required(u"EndTime"_s);
    QDateTime start = c.params.time(u"StartTime"_s);
    QDateTime end = c.params.time(u"EndTime"_s);
    const QString periodText
        = c.params.oneOf(u"Period"_s, { u"60"_s, u"600"_s, u"3600"_s }, u"60"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    const qint64 period = periodText.toLongLong();
    const QDateTime now = c.world.now();
    // Seconds other than :00 move the time to the next whole minute, as the service does.
    auto toMinute = [](const QDateTime &t) {
        const QDateTime whole = t.addSecs(-t.time().second()).addMSecs(-t.time().msec());
        return whole < t ? whole.addSecs(60) : whole;
    };
    start = toMinute(start);
    end = toMinute(end);
    if (start >= end)
        return fail(
            errors::invalidParameter(u"StartTime"_s, startText + u" (not before EndTime)"_s));
    if (start < now.addDays(-30))
        return fail(
            errors::invalidParameter(u"StartTime"_s, startText + u" (at most 30 days back)"_s));
    const qint64 spanSeconds = start.secsTo(end);
    if (spanSeconds / period > kMaxPointsPerCall)
        return fail({ 400, u"InvalidParameter.TooManyDataQueried"_s,
            u"Too many data queried: (EndTime - StartTime) / Period is %1, at most %2 are allowed."_s
                .arg(spanSeconds / period)
                .arg(kMaxPointsPerCall) });

    const quint64 key = SpotMarket::stableHash(instance->instanceId);
    const bool measured = instance->status == u"Running";
    // Points on the period's grid in [start, end), none before the instance existed or after now.
    const qint64 startSecs = start.toSecsSinceEpoch();
    qint64 t = ((startSecs + period - 1) / period) * period;
    const qint64 created
        = instance->creationTime.isValid() ? instance->creationTime.toSecsSinceEpoch() : 0;
    QJsonArray points;
    for (; t < end.toSecsSinceEpoch() && t <= now.toSecsSinceEpoch()
         && points.size() <= kMaxPointsPerCall;
         t += period) {
        if (t < created)
            continue;
        QJsonObject point { { u"InstanceId"_s, instance->instanceId },
            { u"TimeStamp"_s, secondTime(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)) } };
        if (measured) {
            // A coarser period averages the minutes it covers.
            MinuteSample sum;
            const qint64 minutes = period / 60;
            for (qint64 m = 0; m < minutes; ++m) {
                const MinuteSample s = minuteOf(key, t / 60 + m);
                sum.cpu += s.cpu;
                sum.internetRx += s.internetRx;
                sum.internetTx += s.internetTx;
                sum.intranetRx += s.intranetRx;
                sum.intranetTx += s.intranetTx;
                sum.bpsRead += s.bpsRead;
                sum.bpsWrite += s.bpsWrite;
                sum.iopsRead += s.iopsRead;
                sum.iopsWrite += s.iopsWrite;
            }
            auto mean = [minutes](double total) { return qint64(std::llround(total / minutes)); };
            point.insert(u"CPU"_s, mean(sum.cpu));
            point.insert(u"InternetRX"_s, mean(sum.internetRx));
            point.insert(u"InternetTX"_s, mean(sum.internetTx));
            point.insert(u"IntranetRX"_s, mean(sum.intranetRx));
            point.insert(u"IntranetTX"_s, mean(sum.intranetTx));
            point.insert(u"InternetBandwidth"_s, mean(sum.internetTx) / 60);
            point.insert(u"IntranetBandwidth"_s, mean(sum.intranetTx) / 60);
            point.insert(u"BPSRead"_s, mean(sum.bpsRead));
            point.insert(u"BPSWrite"_s, mean(sum.bpsWrite));
            point.insert(u"IOPSRead"_s, mean(sum.iopsRead));
            point.insert(u"IOPSWrite"_s, mean(sum.iopsWrite));
        }
        points.append(point);
    }
    return ok({ { u"MonitorData"_s, wrap(u"InstanceMonitorData"_s, points) } });
}

} // namespace

void addInsightOperations(SimService &service)
{
    service.add(kEcsVersion, u"DescribeSpotAdvice"_s, describeSpotAdvice);
    service.add(kEcsVersion, u"DescribeInstanceMonitorData"_s, describeInstanceMonitorData);
}

} // namespace ecs::sim
