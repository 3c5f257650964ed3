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
    /// `endpointRegion`: the instance's region, whose endpoint serves it (no RegionId is sent).
    static ApiRequest request(const QString &instanceId, const QDateTime &start,
        const QDateTime &end, int period, const QString &endpointRegion = {});
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
    QString instanceId, QDateTime from, QDateTime to, MonitorLimits limits = {},
    QString endpointRegion = {});

} // namespace ecs
