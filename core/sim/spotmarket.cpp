#include "spotmarket.h"

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

// A uniform number in [0, 1) from a hash.
double unit(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

constexpr qint64 kHourMs = 3'600'000;

qint64 hourOf(const QDateTime &when)
{
    const qint64 ms = when.toMSecsSinceEpoch();
    return ms >= 0 ? ms / kHourMs : (ms - kHourMs + 1) / kHourMs;
}

} // namespace

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

SpotMarket::SpotMarket(quint64 seed)
    : m_seed(seed)
{ }

quint64 SpotMarket::stableHash(const QString &text)
{
    // FNV-1a: qHash is seeded per process, and the market must be the same in every run.
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

quint64 SpotMarket::pairHash(const QString &zoneId, const QString &typeId) const
{
    return splitmix64(m_seed ^ stableHash(zoneId) ^ splitmix64(stableHash(typeId)));
}

double SpotMarket::ratioAtHour(quint64 pair, qint64 hour) const
{
    const double base = 0.12 + 0.22 * unit(splitmix64(pair ^ 0x51));
    const double dailyPhase = 2 * std::numbers::pi * unit(splitmix64(pair ^ 0x52));
    const double weeklyPhase = 2 * std::numbers::pi * unit(splitmix64(pair ^ 0x53));
    const double daily
        = 0.035 * std::sin(2 * std::numbers::pi * double(hour % 24) / 24.0 + dailyPhase);
    const double weekly
        = 0.05 * std::sin(2 * std::numbers::pi * double(hour % 168) / 168.0 + weeklyPhase);
    const double noise = 0.03 * (unit(splitmix64(pair ^ quint64(hour) * 0x9e37)) - 0.5);
    // Now and then demand spikes for a few hours: what reclaims preemptible instances.
    const qint64 block = hour >= 0 ? hour / 6 : (hour - 5) / 6;
    const double spike
        = unit(splitmix64(pair ^ quint64(block) * 0x7f4a ^ 0x54)) < 0.025 ? 0.35 : 0.0;
    return std::clamp(base + daily + weekly + noise + spike, 0.05, 0.92);
}

QDateTime SpotMarket::changeTime(quint64 pair, qint64 hour) const
{
    const qint64 minute = qint64(unit(splitmix64(pair ^ quint64(hour) * 0x2545)) * 60);
    return QDateTime::fromMSecsSinceEpoch(hour * kHourMs + minute * 60'000, Qt::UTC);
}

double SpotMarket::ratioAt(
    const QString &zoneId, const QString &typeId, const QDateTime &when) const
{
    const auto pinned = m_overrides.constFind(zoneId + u'/' + typeId);
    if (pinned != m_overrides.cend() && when >= pinned->from)
        return pinned->ratio;
    const quint64 pair = pairHash(zoneId, typeId);
    const qint64 hour = hourOf(when);
    // The price of hour h takes effect at its change time; before that, hour h-1's holds.
    return ratioAtHour(pair, when >= changeTime(pair, hour) ? hour : hour - 1);
}

double SpotMarket::priceAt(
    const QString &zoneId, const QString &typeId, double onDemand, const QDateTime &when) const
{
    return std::round(onDemand * ratioAt(zoneId, typeId, when) * 10'000.0) / 10'000.0;
}

QList<SpotMarket::Point> SpotMarket::history(const QString &zoneId, const QString &typeId,
    double onDemand, const QDateTime &from, const QDateTime &to) const
{
    QList<Point> points;
    if (!from.isValid() || !to.isValid() || to < from)
        return points;
    const quint64 pair = pairHash(zoneId, typeId);
    points.append({ from.toUTC(), priceAt(zoneId, typeId, onDemand, from) });
    for (qint64 hour = hourOf(from); hour <= hourOf(to); ++hour) {
        const QDateTime at = changeTime(pair, hour);
        if (at <= from || at > to)
            continue;
        const double price = priceAt(zoneId, typeId, onDemand, at);
        if (price != points.last().spotPrice)
            points.append({ at, price });
    }
    const auto pinned = m_overrides.constFind(zoneId + u'/' + typeId);
    if (pinned != m_overrides.cend() && pinned->from > from && pinned->from <= to) {
        const Point change { pinned->from, priceAt(zoneId, typeId, onDemand, pinned->from) };
        const auto at = std::lower_bound(points.begin(), points.end(), change.timestamp,
            [](const Point &p, const QDateTime &t) { return p.timestamp < t; });
        points.erase(at, points.end());
        points.append(change);
    }
    return points;
}

bool SpotMarket::soldOut(const QString &zoneId, const QString &typeId) const
{
    return unit(splitmix64(pairHash(zoneId, typeId) ^ 0x55)) < 0.06;
}

int SpotMarket::stock(const QString &zoneId, const QString &typeId) const
{
    if (soldOut(zoneId, typeId))
        return 0;
    return 40 + int(unit(splitmix64(pairHash(zoneId, typeId) ^ 0x56)) * 400);
}

double SpotMarket::interruptionRate(const QString &zoneId, const QString &typeId) const
{
    // Most pairs are calm, a few are contested: every band of the service shows somewhere.
    const quint64 pair = pairHash(zoneId, typeId);
    const double pick = unit(splitmix64(pair ^ 0x57));
    const double within = unit(splitmix64(pair ^ 0x58));
    if (pick < 0.50)
        return 0.005 + 0.04 * within; // 0-5 %
    if (pick < 0.72)
        return 0.055 + 0.04 * within; // 5-10 %
    if (pick < 0.85)
        return 0.105 + 0.04 * within; // 10-15 %
    if (pick < 0.93)
        return 0.155 + 0.04 * within; // 15-20 %
    return 0.21 + 0.14 * within; // >20 %
}

double SpotMarket::hourlyReclaimChance(const QString &zoneId, const QString &typeId) const
{
    return 1.0 - std::pow(1.0 - interruptionRate(zoneId, typeId), 1.0 / (30.0 * 24.0));
}

bool SpotMarket::reclaimedInHour(
    const QString &zoneId, const QString &typeId, quint64 instanceKey, qint64 hour) const
{
    const quint64 draw = splitmix64(pairHash(zoneId, typeId) ^ splitmix64(instanceKey ^ 0x59)
        ^ quint64(hour) * 0x9e3779b97f4a7c15ULL);
    return unit(draw) < hourlyReclaimChance(zoneId, typeId);
}

double SpotMarket::averageRatio(
    const QString &zoneId, const QString &typeId, const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return ratioAt(zoneId, typeId, to.isValid() ? to : from);
    double sum = 0;
    int samples = 0;
    constexpr int kMaxSamples = 24 * 62; // bounded whatever range is asked
    for (QDateTime at = from; at <= to && samples < kMaxSamples; at = at.addSecs(3600)) {
        sum += ratioAt(zoneId, typeId, at);
        ++samples;
    }
    return samples ? sum / samples : ratioAt(zoneId, typeId, to);
}

void SpotMarket::setRatioOverride(
    const QString &zoneId, const QString &typeId, double ratio, const QDateTime &from)
{
    m_overrides.insert(zoneId + u'/' + typeId, { ratio, from.toUTC() });
}

} // namespace ecs::sim
