#include "monitordata.h"

#include "jsonreader.h"
#include "pager.h"
#include "types/image.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

namespace ops {

ApiRequest DescribeInstanceMonitorData::request(const QString &instanceId, const QDateTime &start,
    const QDateTime &end, int period, const QString &endpointRegion)
{
    const QString format = u"yyyy-MM-ddTHH:mm:ssZ"_s;
    ApiRequest r(u"DescribeInstanceMonitorData"_s);
    r.set(u"InstanceId"_s, instanceId)
        .set(u"StartTime"_s, start.toUTC().toString(format))
        .set(u"EndTime"_s, end.toUTC().toString(format))
        .set(u"Period"_s, period);
    if (!endpointRegion.isEmpty())
        r.setEndpointRegion(endpointRegion);
    return r;
}

Result<DescribeInstanceMonitorData::Response> DescribeInstanceMonitorData::parse(
    const QJsonObject &body)
{
    JsonReader json;
    Response points;
    const QJsonArray items = json.array(body, { "MonitorData"_L1, "InstanceMonitorData"_L1 });
    if (items.size() > MonitorLimits::kMaxPointsPerCall + 1)
        return Pager::malformed(u"it sent %1 monitoring points for one call"_s.arg(items.size()));
    auto metric = [&json](const QJsonObject &item, QLatin1StringView key) {
        return item.contains(key) ? json.number(item, key) : MonitorPoint::kMissing;
    };
    for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "MonitorData.InstanceMonitorData"_L1);
        MonitorPoint p;
        p.timestamp = parseServiceTime(json.string(item, "TimeStamp"_L1));
        if (!p.timestamp.isValid())
            continue; // a point without a time cannot be drawn
        p.cpu = metric(item, "CPU"_L1);
        p.internetRx = metric(item, "InternetRX"_L1);
        p.internetTx = metric(item, "InternetTX"_L1);
        p.intranetRx = metric(item, "IntranetRX"_L1);
        p.intranetTx = metric(item, "IntranetTX"_L1);
        p.bpsRead = metric(item, "BPSRead"_L1);
        p.bpsWrite = metric(item, "BPSWrite"_L1);
        p.iopsRead = metric(item, "IOPSRead"_L1);
        p.iopsWrite = metric(item, "IOPSWrite"_L1);
        points.append(p);
    }
    return json.result(points);
}

} // namespace ops

qint64 monitorRangeSeconds(MonitorRange range)
{
    switch (range) {
    case MonitorRange::LastHour:
        return 3600;
    case MonitorRange::LastDay:
        return 24 * 3600;
    case MonitorRange::LastWeek:
        return 7 * 24 * 3600;
    }
    return 3600;
}

MonitorPlan planMonitorCalls(QDateTime from, QDateTime to, MonitorLimits limits)
{
    MonitorPlan plan;
    if (!from.isValid() || !to.isValid())
        return plan;
    // Whole minutes, as the service counts them; never older than it keeps.
    auto floorMinute = [](const QDateTime &t) {
        return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    };
    to = floorMinute(to);
    from = std::max(floorMinute(from), to.addSecs(-(MonitorLimits::kMaxAgeSeconds - 10 * 60)));
    if (from >= to)
        return plan;
    const qint64 span = from.secsTo(to);
    const int maxCalls = std::clamp(limits.maxCalls, 1, 64);
    for (const int period : { 60, 600, 3600 }) {
        plan.period = period;
        const qint64 points = (span + period - 1) / period;
        if (points <= qint64(maxCalls) * MonitorLimits::kMaxPointsPerCall)
            break;
    }
    const qint64 slice = qint64(MonitorLimits::kMaxPointsPerCall) * plan.period;
    for (QDateTime start = from; start < to && plan.slices.size() < maxCalls;) {
        const QDateTime end = std::min(to, start.addSecs(slice));
        plan.slices.append({ start, end });
        start = end;
    }
    return plan;
}

QCoro::Task<Result<MonitorSeries>> fetchMonitorData(CallScope &scope, EcsClient *client,
    QString instanceId, QDateTime from, QDateTime to, MonitorLimits limits, QString endpointRegion)
{
    const MonitorPlan plan = planMonitorCalls(from, to, limits);
    MonitorSeries series;
    series.instanceId = instanceId;
    series.period = plan.period;
    for (const MonitorPlan::Slice &slice : plan.slices) {
        using Op = ops::DescribeInstanceMonitorData;
        auto answer = co_await scope.ask<Op>(
            client, Op::request(instanceId, slice.start, slice.end, plan.period, endpointRegion));
        if (answer.cancelled() || !answer.ok())
            co_return answer.error(); // cancelled: `scope` may be gone, touch nothing
        for (const MonitorPoint &p : answer.value()) {
            if (p.timestamp < slice.start.addSecs(-plan.period) || p.timestamp > slice.end)
                co_return Pager::malformed(
                    u"it sent a point at %1 for %2 – %3"_s.arg(p.timestamp.toString(Qt::ISODate),
                        slice.start.toString(Qt::ISODate), slice.end.toString(Qt::ISODate)));
            series.points.append(p);
        }
    }
    std::stable_sort(series.points.begin(), series.points.end(),
        [](const MonitorPoint &a, const MonitorPoint &b) { return a.timestamp < b.timestamp; });
    // Slices meet at their ends: a point on the seam may come twice.
    series.points.erase(std::unique(series.points.begin(), series.points.end(),
                            [](const MonitorPoint &a, const MonitorPoint &b) {
                                return a.timestamp == b.timestamp;
                            }),
        series.points.end());
    co_return series;
}

} // namespace ecs
