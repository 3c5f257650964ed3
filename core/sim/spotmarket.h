#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ecs::sim {

/// A stateless 64-bit mixer (SplitMix64): the simulator's deterministic randomness.
quint64 splitmix64(quint64 x);

/// The spot market: a price series per (zone, instance type), deterministic from the seed and
/// computable at any instant in O(1), so that 30 days of history cost nothing until asked for and
/// DescribeSpotPriceHistory, reclaiming and DescribeAvailableResource all see the same market.
class SpotMarket
{
public:
    explicit SpotMarket(quint64 seed = 1);

    struct Point
    {
        QDateTime timestamp;
        double spotPrice = 0;
    };

    /// Spot price as a fraction of the on-demand price, in force at `when`.
    double ratioAt(const QString &zoneId, const QString &typeId, const QDateTime &when) const;
    double priceAt(
        const QString &zoneId, const QString &typeId, double onDemand, const QDateTime &when) const;
    /// Every price change in [from, to], preceded by the price in force at `from`.
    QList<Point> history(const QString &zoneId, const QString &typeId, double onDemand,
        const QDateTime &from, const QDateTime &to) const;

    /// Whether the pair has no capacity left (the same answer everywhere, for the same seed).
    bool soldOut(const QString &zoneId, const QString &typeId) const;
    /// Instances that can still be created in the pair before it sells out.
    int stock(const QString &zoneId, const QString &typeId) const;

    /// The share of preemptible instances of the pair that are reclaimed for capacity within 30
    /// days of running, seeded per pair. The reclaimer draws from it hour by hour
    /// (reclaimedInHour) and DescribeSpotAdvice reports it, so the two cannot disagree.
    double interruptionRate(const QString &zoneId, const QString &typeId) const;
    /// The per-hour chance behind interruptionRate: 1 - (1 - rate)^(1/720).
    double hourlyReclaimChance(const QString &zoneId, const QString &typeId) const;
    /// Whether an instance (`instanceKey`, stable per instance) that runs through `hour` (hours
    /// since the epoch) is reclaimed for capacity in that hour.
    bool reclaimedInHour(
        const QString &zoneId, const QString &typeId, quint64 instanceKey, qint64 hour) const;
    /// The mean spot/on-demand ratio over [from, to], sampled hourly.
    double averageRatio(const QString &zoneId, const QString &typeId, const QDateTime &from,
        const QDateTime &to) const;

    /// Pins the ratio of a pair from `from` on (tests, demos: make a price spike happen now).
    void setRatioOverride(
        const QString &zoneId, const QString &typeId, double ratio, const QDateTime &from);

    static quint64 stableHash(const QString &text);

private:
    double ratioAtHour(quint64 pairHash, qint64 hour) const;
    QDateTime changeTime(quint64 pairHash, qint64 hour) const;
    quint64 pairHash(const QString &zoneId, const QString &typeId) const;

    struct Override
    {
        double ratio;
        QDateTime from;
    };
    quint64 m_seed;
    QHash<QString, Override> m_overrides; ///< by "zone/type"
};

} // namespace ecs::sim
