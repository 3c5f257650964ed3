#pragma once

#include "apirequest.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace ecs {

struct SpotPricePoint
{
    QString zoneId;
    QDateTime timestamp; ///< when this price took effect
    double spotPrice = 0;
    double originPrice = 0; ///< the on-demand price of the same type

    bool operator==(const SpotPricePoint &) const = default;
};

/// What a bidder wants to know about one zone's price series over a range. Prices hold from
/// their timestamp until the next point, so means and shares are weighted by time.
struct SpotStats
{
    double min = 0;
    double max = 0;
    double mean = 0;
    double current = 0;
    double originPrice = 0;
    /// 1 - current / on-demand: what preemptible saves right now.
    double discount = 0;
    /// Share of [from, to] during which the price stayed at or below the limit: how long an
    /// instance with that SpotPriceLimit would have kept running.
    double survival = 0;
    bool valid = false;
};

/// `points` of one zone, in time order. Points before `from` give the price in force at `from`.
SpotStats computeSpotStats(const QList<SpotPricePoint> &points, const QDateTime &from,
    const QDateTime &to, double priceLimit);

namespace ops {

struct DescribeSpotPriceHistory
{
    struct Response
    {
        QList<SpotPricePoint> points;
        int nextOffset = 0; ///< 0: no more pages
        QString currency;
    };
    /// `zoneId` empty: every zone of the region.
    static ApiRequest request(const QString &regionId, const QString &instanceType,
        const QString &zoneId, const QDateTime &start, const QDateTime &end, int offset = 0);
    static Result<Response> parse(const QJsonObject &body);
};

} // namespace ops
} // namespace ecs
