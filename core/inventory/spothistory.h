#pragma once

#include "callscope.h"
#include "types/spotprice.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace ecs {

class EcsClient;

/// The span a price history covers: it ends `to` (now) and reaches `seconds` back, but stays a
/// few minutes inside the service's 30 days (it refuses a StartTime older than that by its own
/// clock, which has moved on by the time it reads ours).
struct SpotWindow
{
    QDateTime from;
    QDateTime to;

    static SpotWindow lastSeconds(qint64 seconds, QDateTime now = QDateTime::currentDateTimeUtc());
};

/// A type's price changes in a region over a window, as fetched and grouped for a bidder.
struct SpotHistory
{
    SpotWindow window;
    QList<SpotPricePoint> points; ///< in the service's order
    QString currency; ///< the answer's ISO code (USD, CNY); empty when it named none
    /// By zone, each in time order.
    QMap<QString, QList<SpotPricePoint>> byZone;

    /// A starting SpotPriceLimit: 30% of on-demand, rounded to a tenth of a cent; 0 when empty.
    double suggestedLimit() const;
};

/// Groups `points` by zone, each zone's in time order.
QMap<QString, QList<SpotPricePoint>> groupByZone(const QList<SpotPricePoint> &points);

/// The bounds of one history walk, whatever the service says.
struct SpotHistoryLimits
{
    int maxPages = 200;
    qint64 maxPoints = 200'000;
};

/// Every page of DescribeSpotPriceHistory for `instanceType` in `regionId` (`zoneId` empty: every
/// zone), as one question of `scope`: NextOffset must move forward, and pages and points are
/// bounded (a broken bound is a Malformed error and nothing more is sent). Resumes with Cancelled
/// when `scope` is renewed first — the caller returns at once on `result.cancelled()`.
QCoro::Task<Result<SpotHistory>> fetchSpotHistory(CallScope &scope, EcsClient *client,
    QString regionId, QString instanceType, QString zoneId, SpotWindow window,
    SpotHistoryLimits limits = {});

/// A market price and the currency it is in.
struct SpotQuote
{
    SpotPricePoint point;
    QString currency; ///< ISO code; empty when the answer named none
};

/// The newest price of `instanceType` in `zoneId` over the last three hours (a bidder's "market
/// price now"); nullopt when the market had no change in that time.
QCoro::Task<Result<std::optional<SpotQuote>>> latestSpotPrice(CallScope &scope, EcsClient *client,
    QString regionId, QString instanceType, QString zoneId,
    QDateTime now = QDateTime::currentDateTimeUtc());

} // namespace ecs
