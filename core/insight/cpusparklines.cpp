#include "cpusparklines.h"

#include "fleet/fleetscope.h"
#include "insight/monitordata.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

/// A failed answer is asked again sooner than a good one, still throttle-friendly.
constexpr qint64 kRetryFailedMs = 60 * 1000;

} // namespace

QString SparklineTarget::key() const
{
    return FleetScope::keyOf(profileId, instanceId);
}

CpuSparklines::CpuSparklines(EcsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(this)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_refresh.setInterval(m_refreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &CpuSparklines::askStale);
}

CpuSparklines::CpuSparklines(const FleetScope *fleet, QObject *parent)
    : CpuSparklines(static_cast<EcsClient *>(nullptr), parent)
{
    m_fleet = fleet;
}

CpuSparklines::~CpuSparklines()
{
    m_scope.cancel(); // the workers resume with Cancelled and touch nothing
}

void CpuSparklines::setRefreshInterval(int ms)
{
    m_refreshMs = std::max(1000, ms);
    m_refresh.setInterval(m_refreshMs);
}

void CpuSparklines::setInstances(const QStringList &instanceIds)
{
    QList<SparklineTarget> targets;
    targets.reserve(std::min(instanceIds.size(), kMaxTargets));
    for (const QString &id : instanceIds)
        targets.append({ {}, {}, id });
    setInstances(targets);
}

void CpuSparklines::setInstances(const QList<SparklineTarget> &targets)
{
    const QList<SparklineTarget> visible = targets.mid(0, kMaxTargets);
    if (visible == m_visible)
        return; // the same rows (a repaint, a resize): what is asked goes on
    // The older workers resume with Cancelled and touch nothing: their count starts again.
    m_scope.renew();
    m_inFlight = 0;
    m_queue.clear();
    m_asking.clear();
    m_visible = visible;
    if (m_visible.isEmpty()) {
        m_refresh.stop();
        return;
    }
    if (!m_refresh.isActive())
        m_refresh.start();
    askStale();
}

QList<double> CpuSparklines::cpu(const QString &key) const
{
    QList<double> out;
    if (const CpuSparkline *line = find(key))
        for (const float value : line->cpu)
            if (!std::isnan(value))
                out.append(value);
    return out;
}

bool CpuSparklines::isFresh(const QString &key, const QDateTime &now) const
{
    const CpuSparkline *line = find(key);
    if (!line)
        return false;
    const qint64 age = line->fetched.msecsTo(now);
    return age >= 0
        && age < (line->error.isError() ? std::min<qint64>(kRetryFailedMs, m_refreshMs)
                                        : qint64(m_refreshMs));
}

void CpuSparklines::askStale()
{
    const QDateTime now = m_now();
    for (const SparklineTarget &target : std::as_const(m_visible)) {
        const QString key = target.key();
        if (!m_asking.contains(key) && !isFresh(key, now)
            && std::none_of(m_queue.cbegin(), m_queue.cend(),
                [&key](const SparklineTarget &queued) { return queued.key() == key; }))
            m_queue.append(target);
    }
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        ++m_inFlight;
        worker();
    }
}

EcsClient *CpuSparklines::clientFor(const QString &profileId) const
{
    if (m_fleet)
        return m_fleet->client(profileId);
    return profileId.isEmpty() ? m_client.data() : nullptr;
}

void CpuSparklines::store(const QString &key, CpuSparkline line)
{
    m_cache.insert(key, std::move(line));
    if (m_cache.size() <= kMaxCached)
        return;
    // The oldest answer of a row no longer on screen makes room.
    QSet<QString> visible;
    for (const SparklineTarget &target : std::as_const(m_visible))
        visible.insert(target.key());
    auto oldest = m_cache.end();
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
        if (!visible.contains(it.key())
            && (oldest == m_cache.end() || it->fetched < oldest->fetched))
            oldest = it;
    if (oldest != m_cache.end())
        m_cache.erase(oldest);
}

QCoro::Task<> CpuSparklines::worker()
{
    // The scope's current question: renew() (a scroll) or the destructor ends it.
    const QPointer<QObject> round = m_scope.context();
    while (!m_queue.isEmpty()) {
        const SparklineTarget target = m_queue.takeFirst();
        const QString key = target.key();
        const QDateTime now = m_now();
        CpuSparkline line;
        line.fetched = now;
        EcsClient *client = clientFor(target.profileId);
        if (!client) {
            line.error = ApiError::make(ApiError::Kind::Configuration,
                tr("The profile of %1 is not open.").arg(target.instanceId));
        } else {
            m_asking.insert(key);
            auto series = co_await fetchMonitorData(
                m_scope, client, target.instanceId, now.addSecs(-3600), now, {}, target.regionId);
            if (series.cancelled() || !round)
                co_return; // renewed or going away: touch nothing
            m_asking.remove(key);
            if (series.ok()) {
                line.cpu.reserve(series->points.size());
                for (const MonitorPoint &p : series->points) {
                    if (!std::isfinite(p.cpu)) {
                        line.cpu.append(std::numeric_limits<float>::quiet_NaN());
                        continue;
                    }
                    const double cpu = std::clamp(p.cpu, 0.0, 100.0); // a percentage, whatever came
                    line.cpu.append(float(cpu));
                    line.latest = cpu;
                    line.max = std::isnan(line.max) ? cpu : std::max(line.max, cpu);
                }
            } else {
                line.error = series.error();
            }
        }
        store(key, std::move(line));
        Q_EMIT updated(key);
        if (!round)
            co_return; // a receiver renewed the scope (or deleted this): the new round counts
    }
    --m_inFlight;
}

} // namespace ecs
