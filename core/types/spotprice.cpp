#include "spotprice.h"

#include "image.h"
#include "jsonreader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

SpotStats computeSpotStats(const QList<SpotPricePoint> &points, const QDateTime &from,
    const QDateTime &to, double priceLimit)
{
    SpotStats stats;
    if (points.isEmpty() || !from.isValid() || !to.isValid() || to <= from)
        return stats;
    // The price in force at `from`: the last point at or before it, else the first point.
    qsizetype first = 0;
    for (qsizetype i = 0; i < points.size() && points.at(i).timestamp <= from; ++i)
        first = i;
    const qint64 total = from.msecsTo(to);
    double weighted = 0;
    qint64 survived = 0;
    stats.min = stats.max = points.at(first).spotPrice;
    for (qsizetype i = first; i < points.size(); ++i) {
        const SpotPricePoint &p = points.at(i);
        if (p.timestamp > to)
            break;
        const QDateTime start = std::max(p.timestamp, from);
        const QDateTime end = i + 1 < points.size() ? std::min(points.at(i + 1).timestamp, to) : to;
        const qint64 span = std::max<qint64>(0, start.msecsTo(end));
        weighted += p.spotPrice * double(span);
        if (p.spotPrice <= priceLimit)
            survived += span;
        stats.min = std::min(stats.min, p.spotPrice);
        stats.max = std::max(stats.max, p.spotPrice);
        stats.current = p.spotPrice;
        stats.originPrice = p.originPrice;
    }
    stats.mean = weighted / double(total);
    stats.survival = double(survived) / double(total);
    stats.discount = stats.originPrice > 0 ? 1.0 - stats.current / stats.originPrice : 0;
    stats.valid = true;
    return stats;
}

namespace ops {

ApiRequest DescribeSpotPriceHistory::request(const QString &regionId, const QString &instanceType,
    const QString &zoneId, const QDateTime &start, const QDateTime &end, int offset)
{
    const QString format = u"yyyy-MM-ddTHH:mm:ssZ"_s;
    ApiRequest r(u"DescribeSpotPriceHistory"_s);
    r.setRegion(regionId)
        .set(u"InstanceType"_s, instanceType)
        .set(u"NetworkType"_s, u"vpc"_s)
        .setIfNotEmpty(u"ZoneId"_s, zoneId)
        .set(u"StartTime"_s, start.toUTC().toString(format))
        .set(u"EndTime"_s, end.toUTC().toString(format));
    if (offset > 0)
        r.set(u"Offset"_s, offset);
    return r;
}

Result<DescribeSpotPriceHistory::Response> DescribeSpotPriceHistory::parse(const QJsonObject &body)
{
    JsonReader json;
    Response response;
    response.nextOffset = json.int32(body, "NextOffset"_L1, 0);
    response.currency = json.string(body, "Currency"_L1);
    const QJsonArray items = json.array(body, { "SpotPrices"_L1, "SpotPriceType"_L1 });
    for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "SpotPrices.SpotPriceType"_L1);
        SpotPricePoint p;
        p.zoneId = json.string(item, "ZoneId"_L1);
        p.timestamp = parseServiceTime(json.string(item, "Timestamp"_L1));
        p.spotPrice = json.number(item, "SpotPrice"_L1);
        p.originPrice = json.number(item, "OriginPrice"_L1);
        if (!p.timestamp.isValid() && json.ok())
            return ApiError::make(ApiError::Kind::Malformed,
                u"A spot price in the response has no valid Timestamp."_s);
        response.points.append(p);
    }
    if (!json.ok())
        return json.error();
    return response;
}

} // namespace ops
} // namespace ecs
