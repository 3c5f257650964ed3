#pragma once

#include "apierror.h"
#include "callscope.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <cmath>
#include <functional>
#include <limits>

namespace ecs {

class FleetScope;

/// Which instance a sparkline is for: a fleet mixes profiles, and each instance is asked through
/// its own profile's client, at its region's endpoint.
struct SparklineTarget
{
    QString profileId; ///< FleetMember::profileId ("" is the window's own profile)
    QString regionId; ///< picks the endpoint (DescribeInstanceMonitorData takes no RegionId)
    QString instanceId;

    /// FleetScope::keyOf(profileId, instanceId): the key of the instance's row and cache entry.
    QString key() const;
    bool operator==(const SparklineTarget &) const = default;
};

/// One instance's last hour of CPU, as the Instances table draws it.
struct CpuSparkline
{
    QList<float> cpu; ///< percent, oldest first; NaN where a point came without CPU
    double latest = std::numeric_limits<double>::quiet_NaN(); ///< the newest measured value
    double max = std::numeric_limits<double>::quiet_NaN();
    QDateTime fetched; ///< when it was asked (the sparklines' clock)
    ApiError error; ///< why nothing is known: the fetch failed (isError()), else none

    /// A measured value exists; else the cell says "unknown", never 0.
    bool known() const { return !std::isnan(latest); }
};

/// The last hour's CPU of the rows on screen, for the Instances table's sparklines. Only what
/// setInstances() names is asked, at most maxInFlight() calls at a time across every profile;
/// setInstances() with other rows (a scroll, another filter) drops what is still asked through
/// the one CallScope (latest wins). Answers are kept per instance and asked again at a low rate
/// (refreshInterval(), 5 minutes) while their rows stay on screen. A failed fetch is kept as
/// unknown, with why, never as zero.
class CpuSparklines : public QObject
{
    Q_OBJECT

public:
    /// Every instance through `client` (one profile).
    explicit CpuSparklines(EcsClient *client, QObject *parent = nullptr);
    /// Each instance through its profile's client, FleetScope::client(profileId).
    explicit CpuSparklines(const FleetScope *fleet, QObject *parent = nullptr);
    ~CpuSparklines() override;

    /// The instances on screen now (at most kMaxTargets are kept); what is asked for others is
    /// cancelled. The same list again changes nothing.
    void setInstances(const QList<SparklineTarget> &targets);
    /// One profile's instances by id (the window's, no endpoint region).
    void setInstances(const QStringList &instanceIds);
    /// Nothing on screen (the column was hidden, the pane closed): everything asked is dropped.
    void clear() { setInstances(QList<SparklineTarget> {}); }
    QList<SparklineTarget> instances() const { return m_visible; }

    /// The cached sparkline of FleetScope::keyOf(profile, instance), or null when never asked.
    const CpuSparkline *find(const QString &key) const
    {
        const auto it = m_cache.constFind(key);
        return it == m_cache.cend() ? nullptr : &*it;
    }
    /// CPU percentages oldest first (measured ones only); empty when not known (yet).
    QList<double> cpu(const QString &key) const;

    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int n) { m_maxInFlight = std::clamp(n, 1, 16); }
    /// How old an answer may be before its row, still on screen, is asked again.
    int refreshInterval() const { return m_refreshMs; }
    void setRefreshInterval(int ms);
    /// Tests and demos: the clock the last hour ends at.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    static constexpr qsizetype kMaxTargets = 200; ///< what a screen shows, never a whole fleet
    static constexpr qsizetype kMaxCached = 2000;

Q_SIGNALS:
    /// The sparkline of `key` (FleetScope::keyOf) changed.
    void updated(const QString &key);

private:
    /// Queues the targets on screen whose answer is missing or old, and starts workers.
    void askStale();
    bool isFresh(const QString &key, const QDateTime &now) const;
    EcsClient *clientFor(const QString &profileId) const;
    void store(const QString &key, CpuSparkline line);
    QCoro::Task<> worker();

    QPointer<EcsClient> m_client;
    QPointer<const FleetScope> m_fleet;
    CallScope m_scope;
    QList<SparklineTarget> m_visible;
    QList<SparklineTarget> m_queue;
    QSet<QString> m_asking; ///< keys of the calls in flight
    QHash<QString, CpuSparkline> m_cache;
    QTimer m_refresh;
    std::function<QDateTime()> m_now;
    int m_refreshMs = 5 * 60 * 1000;
    int m_inFlight = 0;
    int m_maxInFlight = 3;
};

} // namespace ecs
