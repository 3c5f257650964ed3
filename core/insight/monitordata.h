#pragma once

#include "callscope.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QObject>

#include <cmath>
#include <limits>

namespace ecs {

/// One point of DescribeInstanceMonitorData. A metric the service did not send (an instance that
/// was stopped, a gap) is NaN, never zero.
struct MonitorPoint
{
    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
    QDateTime timestamp;
    double cpu = kMissing; ///< percent
    double internetRx = kMissing, internetTx = kMissing; ///< kbit
    double intranetRx = kMissing, intranetTx = kMissing; ///< kbit
    double bpsRead = kMissing, bpsWrite = kMissing; ///< bytes per second
    double iopsRead = kMissing, iopsWrite = kMissing;

    bool hasCpu() const { return !std::isnan(cpu); }
};

namespace ops {
struct DescribeInstanceMonitorData
{
    using Response = QList<MonitorPoint>;
    static ApiRequest request(
        const QString &instanceId, const QDateTime &start, const QDateTime &end, int period);
    static Result<Response> parse(const QJsonObject &body);
};
} // namespace ops

/// The service's bounds: Period 60, 600 or 3600 s; at most 400 points, (End - Start) / Period, per
/// call (else InvalidParameter.TooManyDataQueried); nothing older than 30 days.
struct MonitorLimits
{
    static constexpr int kMaxPointsPerCall = 400;
    static constexpr qint64 kMaxAgeSeconds = 30LL * 24 * 3600;
    int maxCalls = 4; ///< a chart asks at most this many calls for one range
};

/// The calls one range takes: the finest Period whose points fit in `limits.maxCalls` calls of at
/// most 400 points, the range cut into consecutive [start, end) slices on minute boundaries.
struct MonitorPlan
{
    struct Slice
    {
        QDateTime start;
        QDateTime end;
    };
    int period = 60;
    QList<Slice> slices;
};
MonitorPlan planMonitorCalls(QDateTime from, QDateTime to, MonitorLimits limits = {});

/// The ranges a chart offers.
enum class MonitorRange { LastHour, LastDay, LastWeek };
qint64 monitorRangeSeconds(MonitorRange range);

struct MonitorSeries
{
    QString instanceId;
    int period = 60;
    QList<MonitorPoint> points; ///< time order, one per timestamp
};

/// Every call of planMonitorCalls(from, to), one after the other, as one question of `scope`
/// (Cancelled when renewed: return at once). An answer with more than 400 points, or points outside
/// its slice, is Malformed.
QCoro::Task<Result<MonitorSeries>> fetchMonitorData(CallScope &scope, EcsClient *client,
    QString instanceId, QDateTime from, QDateTime to, MonitorLimits limits = {});

/// The last hour's CPU of the rows on screen, for sparklines: at most `maxInFlight` calls at a
/// time, answers kept for a few minutes, everything still asked dropped by setInstances() (a
/// scroll, another scope) through the one CallScope.
class CpuSparklines : public QObject
{
    Q_OBJECT

public:
    explicit CpuSparklines(EcsClient *client, QObject *parent = nullptr);

    /// The instances to show now; older questions are cancelled.
    void setInstances(const QStringList &instanceIds);
    /// CPU percentages oldest first; empty when not known (yet).
    QList<double> cpu(const QString &instanceId) const;
    int inFlight() const { return m_inFlight; }
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    /// Tests and demos: the clock the last hour ends at.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void updated(const QString &instanceId);

private:
    QCoro::Task<> worker();

    struct Entry
    {
        QList<double> cpu;
        QDateTime fetched;
    };
    EcsClient *m_client;
    CallScope m_scope;
    QStringList m_queue;
    QHash<QString, Entry> m_cache;
    std::function<QDateTime()> m_now;
    int m_inFlight = 0;
    int m_maxInFlight = 3;
};

} // namespace ecs
