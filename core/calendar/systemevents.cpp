#include "systemevents.h"

#include "image.h"
#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace ecs {

SystemEventKind systemEventKindOf(QStringView eventType)
{
    if (eventType.startsWith(u"SystemMaintenance."))
        return SystemEventKind::Maintenance;
    if (eventType == u"Instance:PreemptibleInstanceInterruption")
        return SystemEventKind::Interruption;
    return SystemEventKind::Other;
}

SystemEventState systemEventStateOf(QStringView status)
{
    static const std::pair<const char16_t *, SystemEventState> names[] = {
        { u"Scheduled", SystemEventState::Scheduled },
        { u"Avoided", SystemEventState::Avoided },
        { u"Executing", SystemEventState::Executing },
        { u"Executed", SystemEventState::Executed },
        { u"Canceled", SystemEventState::Canceled },
        { u"Failed", SystemEventState::Failed },
        { u"Inquiring", SystemEventState::Inquiring },
    };
    for (const auto &[name, state] : names)
        if (status == QStringView(name))
            return state;
    return SystemEventState::Unknown;
}

namespace ops {

ApiRequest DescribeInstanceHistoryEvents::request(
    const QString &regionId, int pageNumber, int pageSize)
{
    ApiRequest r(u"DescribeInstanceHistoryEvents"_s);
    r.setRegion(regionId)
        .setRepeatList(u"InstanceEventCycleStatus"_s,
            { u"Scheduled"_s, u"Executing"_s, u"Inquiring"_s, u"Executed"_s, u"Canceled"_s,
                u"Failed"_s, u"Avoided"_s })
        .set(u"PageNumber"_s, pageNumber)
        .set(u"PageSize"_s, pageSize);
    return r;
}

Result<DescribeInstanceHistoryEvents::Response> DescribeInstanceHistoryEvents::parse(
    const QJsonObject &body)
{
    JsonReader json;
    Response out;
    out.totalCount = body.contains("TotalCount"_L1) ? json.int32(body, "TotalCount"_L1, -1) : -1;
    const QJsonArray items
        = json.array(body, { "InstanceSystemEventSet"_L1, "InstanceSystemEventType"_L1 });
    for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InstanceSystemEventType"_L1);
        SystemEvent e;
        e.eventId = json.string(item, "EventId"_L1);
        e.instanceId = json.string(item, "InstanceId"_L1);
        e.eventType = json.string(json.object(item, "EventType"_L1), "Name"_L1);
        e.kind = systemEventKindOf(e.eventType);
        e.state
            = systemEventStateOf(json.string(json.object(item, "EventCycleStatus"_L1), "Name"_L1));
        e.publishTime = parseServiceTime(json.string(item, "EventPublishTime"_L1));
        e.notBefore = parseServiceTime(json.string(item, "NotBefore"_L1));
        e.finishTime = parseServiceTime(json.string(item, "EventFinishTime"_L1));
        e.reason = json.string(item, "Reason"_L1);
        out.events.append(e);
    }
    return json.result(out);
}

ApiRequest DescribeRenewalPrice::request(
    const QString &regionId, const QString &instanceId, int months)
{
    ApiRequest r(u"DescribeRenewalPrice"_s);
    r.setRegion(regionId)
        .set(u"ResourceType"_s, u"instance"_s)
        .set(u"ResourceId"_s, instanceId)
        .set(u"Period"_s, months)
        .set(u"PriceUnit"_s, u"Month"_s);
    return r;
}

Result<DescribeRenewalPrice::Response> DescribeRenewalPrice::parse(const QJsonObject &body)
{
    JsonReader json;
    const QJsonObject price = json.object(json.object(body, "PriceInfo"_L1), "Price"_L1);
    Response out;
    if (price.contains("TradePrice"_L1))
        out.tradePrice = json.number(price, "TradePrice"_L1, -1);
    if (price.contains("OriginalPrice"_L1))
        out.originalPrice = json.number(price, "OriginalPrice"_L1, -1);
    out.currency = json.string(price, "Currency"_L1);
    return json.result(out);
}

} // namespace ops
} // namespace ecs
