#include "spotadvice.h"

#include "inventory/instanceinventory.h"
#include "jsonreader.h"
#include "pager.h"
#include "types/instancetypeorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

QString instanceFamilyOfType(const QString &instanceType)
{
    if (!instanceType.startsWith(u"ecs."_s))
        return {};
    const qsizetype end = instanceType.indexOf(u'.', 4);
    if (end < 0)
        return {};
    const qsizetype dash = instanceType.indexOf(u'-', 4);
    return instanceType.left(dash >= 0 && dash < end ? dash : end);
}

InterruptBand interruptBandOf(const QString &rateDesc, double ratePercent)
{
    static const std::pair<const char *, InterruptBand> kBands[] = {
        { "0-5%", InterruptBand::Below5 },
        { "5-10%", InterruptBand::From5To10 },
        { "10-15%", InterruptBand::From10To15 },
        { "15-20%", InterruptBand::From15To20 },
        { ">20%", InterruptBand::Above20 },
    };
    QString compact = rateDesc;
    compact.remove(u' ');
    for (const auto &[text, band] : kBands)
        if (compact == QLatin1StringView(text))
            return band;
    if (ratePercent < 0)
        return InterruptBand::Unknown;
    if (ratePercent < 5)
        return InterruptBand::Below5;
    if (ratePercent < 10)
        return InterruptBand::From5To10;
    if (ratePercent < 15)
        return InterruptBand::From10To15;
    if (ratePercent < 20)
        return InterruptBand::From15To20;
    return InterruptBand::Above20;
}

namespace ops {

ApiRequest DescribeSpotAdvice::request(const SpotAdviceQuery &query)
{
    ApiRequest r(u"DescribeSpotAdvice"_s);
    r.setRegion(query.regionId)
        .setIfNotEmpty(u"ZoneId"_s, query.zoneId)
        .setIfNotEmpty(u"InstanceTypeFamily"_s, query.family)
        .setIfNotEmpty(u"InstanceFamilyLevel"_s, query.familyLevel);
    if (query.cores > 0)
        r.set(u"Cores"_s, query.cores);
    if (query.memoryGiB > 0)
        r.set(u"Memory"_s, QString::number(query.memoryGiB, 'g', 6));
    return r;
}

Result<DescribeSpotAdvice::Response> DescribeSpotAdvice::parse(const QJsonObject &body)
{
    JsonReader json;
    Response cells;
    const QJsonArray zones = json.array(body, { "AvailableSpotZones"_L1, "AvailableSpotZone"_L1 });
    for (qsizetype z = 0; z < zones.size() && json.ok(); ++z) {
        const QJsonObject zone = json.objectAt(zones, z, "AvailableSpotZones.AvailableSpotZone"_L1);
        const QString zoneId = json.string(zone, "ZoneId"_L1);
        const QJsonArray items
            = json.array(zone, { "AvailableSpotResources"_L1, "AvailableSpotResource"_L1 });
        for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
            const QJsonObject item = json.objectAt(items, n, "AvailableSpotResource"_L1);
            SpotAdviceCell cell;
            cell.zoneId = zoneId;
            cell.instanceType = json.string(item, "InstanceType"_L1);
            cell.interruptionRate = json.number(item, "InterruptionRate"_L1, -1);
            cell.rateText = json.string(item, "InterruptRateDesc"_L1);
            cell.band = interruptBandOf(cell.rateText, cell.interruptionRate);
            cell.averagePercent = json.number(item, "AverageSpotDiscount"_L1, -1);
            if (!cell.instanceType.isEmpty())
                cells.append(cell);
        }
    }
    return json.result(cells);
}

} // namespace ops

SpotAdviceMatrix SpotAdviceMatrix::from(const QList<SpotAdviceCell> &cells)
{
    SpotAdviceMatrix matrix;
    for (const SpotAdviceCell &cell : cells) {
        if (!matrix.zones.contains(cell.zoneId))
            matrix.zones.append(cell.zoneId);
        if (!matrix.types.contains(cell.instanceType))
            matrix.types.append(cell.instanceType);
        matrix.cells.insert(key(cell.zoneId, cell.instanceType), cell);
    }
    std::sort(matrix.zones.begin(), matrix.zones.end());
    std::sort(matrix.types.begin(), matrix.types.end(), instanceTypeLess);
    return matrix;
}

const SpotAdviceCell *SpotAdviceMatrix::cell(const QString &zoneId, const QString &type) const
{
    const auto it = cells.constFind(key(zoneId, type));
    return it == cells.cend() ? nullptr : &*it;
}

QCoro::Task<Result<SpotAdviceMatrix>> fetchSpotAdvice(
    CallScope &scope, EcsClient *client, SpotAdviceQuery query)
{
    auto answer = co_await scope.ask<ops::DescribeSpotAdvice>(
        client, ops::DescribeSpotAdvice::request(query));
    if (answer.cancelled() || !answer.ok())
        co_return answer.error(); // cancelled: `scope` may be gone, touch nothing
    constexpr qsizetype kMaxZones = 64;
    constexpr qsizetype kMaxTypes = 2000;
    SpotAdviceMatrix matrix = SpotAdviceMatrix::from(answer.value());
    if (matrix.zones.size() > kMaxZones || matrix.types.size() > kMaxTypes)
        co_return Pager::malformed(
            u"it named %1 zones and %2 instance types"_s.arg(matrix.zones.size())
                .arg(matrix.types.size()));
    co_return matrix;
}

SpotBacktest backtestLimit(const SpotHistory &history, const QString &zoneId, double limit)
{
    SpotBacktest test;
    test.window = history.window;
    test.currency = history.currency;
    test.limit = limit > 0 ? limit : history.suggestedLimit();
    const QList<SpotPricePoint> points = history.byZone.value(zoneId);
    const SpotStats stats
        = computeSpotStats(points, history.window.from, history.window.to, test.limit);
    test.survival = stats.survival;
    test.originPrice = stats.originPrice;
    test.valid = stats.valid && test.limit > 0;
    return test;
}

QCoro::Task<Result<SpotBacktest>> fetchSpotBacktest(CallScope &scope, EcsClient *client,
    QString regionId, QString zoneId, QString instanceType, double limit, QDateTime now)
{
    auto history = co_await fetchSpotHistory(scope, client, std::move(regionId),
        std::move(instanceType), zoneId, SpotWindow::lastSeconds(30 * 24 * 3600, now));
    if (!history.ok())
        co_return history.error(); // cancelled too: `scope` may be gone, touch nothing
    co_return backtestLimit(history.value(), zoneId, limit);
}

void FleetReclaims::apply(const InventoryChange &change, const QDateTime &now)
{
    auto note = [this, &now](const Instance &instance) {
        const bool recycling = instance.spotStrategy != SpotStrategy::NoSpot
            && std::any_of(instance.lockReasons.cbegin(), instance.lockReasons.cend(),
                [](const QString &reason) {
                    return fromWireOr(reason, LockReason::Unknown) == LockReason::Recycling;
                });
        if (!recycling) {
            m_locked.remove(instance.instanceId);
        } else if (!m_locked.contains(instance.instanceId)) {
            m_locked.insert(instance.instanceId,
                { instance.instanceId, instance.zoneId, instance.instanceType, now, {} });
        }
    };
    for (const Instance &instance : change.added)
        note(instance);
    for (const Instance &instance : change.changed)
        note(instance);
    for (const QString &id : change.removed) {
        auto it = m_locked.find(id);
        if (it == m_locked.end())
            continue;
        Reclaim reclaim = *it;
        reclaim.goneSeen = now;
        m_locked.erase(it);
        m_reclaims.append(reclaim);
        constexpr qsizetype kKept = 10'000; // a long session's memory stays bounded
        if (m_reclaims.size() > kKept)
            m_reclaims.remove(0, m_reclaims.size() - kKept);
    }
}

QList<FleetReclaims::Reclaim> FleetReclaims::reclaims(
    const QString &zoneId, const QString &instanceType) const
{
    QList<Reclaim> out;
    for (const Reclaim &r : m_reclaims)
        if (r.zoneId == zoneId && r.instanceType == instanceType)
            out.append(r);
    return out;
}

int FleetReclaims::recycling(const QString &zoneId, const QString &instanceType) const
{
    return int(std::count_if(m_locked.cbegin(), m_locked.cend(),
        [&](const Reclaim &r) { return r.zoneId == zoneId && r.instanceType == instanceType; }));
}

} // namespace ecs
