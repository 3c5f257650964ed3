// What happens to instances while nobody looks, and what keeping them costs:
// DescribeInstanceHistoryEvents (maintenance and preemptible interruptions, recorded by the world)
// and DescribeRenewalPrice (from the same price book as DescribePrice).
#include "simops.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

// The codes the service pairs with the names (the names are what clients compare).
int eventTypeCode(const QString &type)
{
    static const QHash<QString, int> codes = {
        { u"SystemMaintenance.Reboot"_s, 1 },
        { u"SystemMaintenance.Redeploy"_s, 2 },
        { u"SystemFailure.Reboot"_s, 65 },
        { u"InstanceFailure.Reboot"_s, 66 },
        { u"InstanceExpiration.Stop"_s, 34 },
        { u"AccountUnbalanced.Stop"_s, 35 },
        { u"Instance:PreemptibleInstanceInterruption"_s, 48 },
    };
    return codes.value(type, 0);
}

int statusCode(const QString &status)
{
    static const QHash<QString, int> codes = {
        { u"Scheduled"_s, 24 },
        { u"Avoided"_s, 16 },
        { u"Executing"_s, 32 },
        { u"Executed"_s, 1 },
        { u"Canceled"_s, 2 },
        { u"Failed"_s, 3 },
        { u"Inquiring"_s, 40 },
    };
    return codes.value(status, 0);
}

const QStringList &knownStatuses()
{
    static const QStringList statuses = { u"Scheduled"_s, u"Avoided"_s, u"Executing"_s,
        u"Executed"_s, u"Canceled"_s, u"Failed"_s, u"Inquiring"_s };
    return statuses;
}

QJsonObject eventJson(const SimSystemEvent &e)
{
    return {
        { u"EventId"_s, e.eventId },
        { u"InstanceId"_s, e.instanceId },
        { u"ResourceType"_s, u"instance"_s },
        { u"EventType"_s,
            QJsonObject { { u"Name"_s, e.eventType }, { u"Code"_s, eventTypeCode(e.eventType) } } },
        { u"EventCycleStatus"_s,
            QJsonObject { { u"Name"_s, e.status }, { u"Code"_s, statusCode(e.status) } } },
        { u"EventPublishTime"_s, secondTime(e.publishTime) },
        { u"NotBefore"_s, secondTime(e.notBefore) },
        { u"EventFinishTime"_s, secondTime(e.finishTime) },
        { u"ImpactLevel"_s, u"100"_s },
        { u"Reason"_s, e.reason },
        { u"ReasonCode"_s, QString() },
        { u"ExtendedAttribute"_s,
            QJsonObject { { u"InitialNotBefore"_s, secondTime(e.notBefore) } } },
    };
}

struct EventFilter
{
    QStringList instanceIds, eventIds, types, statuses;
    QDateTime publishStart, publishEnd, notBeforeStart, notBeforeEnd;

    bool accepts(const SimSystemEvent &e) const
    {
        return (instanceIds.isEmpty() || instanceIds.contains(e.instanceId))
            && (eventIds.isEmpty() || eventIds.contains(e.eventId))
            && (types.isEmpty() || types.contains(e.eventType)) && statuses.contains(e.status)
            && (!publishStart.isValid() || e.publishTime >= publishStart)
            && (!publishEnd.isValid() || e.publishTime <= publishEnd)
            && (!notBeforeStart.isValid() || e.notBefore >= notBeforeStart)
            && (!notBeforeEnd.isValid() || e.notBefore <= notBeforeEnd);
    }
};

Outcome describeInstanceHistoryEvents(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    EventFilter f;
    const QString instanceId = c.params.string(u"InstanceId"_s);
    if (!instanceId.isEmpty())
        f.instanceIds.append(instanceId);
    f.instanceIds += c.params.repeatList(u"ResourceId"_s);
    f.eventIds = c.params.repeatList(u"EventId"_s);
    const QString type = c.params.string(u"EventType"_s);
    if (!type.isEmpty())
        f.types.append(type);
    f.types += c.params.repeatList(u"InstanceEventType"_s);
    const QString status = c.params.oneOf(u"EventCycleStatus"_s, knownStatuses());
    if (!status.isEmpty())
        f.statuses.append(status);
    for (const QString &s : c.params.repeatList(u"InstanceEventCycleStatus"_s)) {
        if (!knownStatuses().contains(s))
            c.params.fail(errors::invalidParameter(u"InstanceEventCycleStatus"_s, s));
        f.statuses.append(s);
    }
    // As the service does: without a status asked for, the history (events that are over).
    if (f.statuses.isEmpty())
        f.statuses = { u"Executed"_s, u"Avoided"_s, u"Canceled"_s, u"Failed"_s };
    c.params.oneOf(u"ResourceType"_s, { u"instance"_s, u"ddh"_s, u"managedhost"_s }, u"instance"_s);
    f.publishStart = c.params.time(u"EventPublishTime.Start"_s);
    f.publishEnd = c.params.time(u"EventPublishTime.End"_s);
    f.notBeforeStart = c.params.time(u"NotBefore.Start"_s);
    f.notBeforeEnd = c.params.time(u"NotBefore.End"_s);
    if (!c.params.ok())
        return fail(c.params.error());

    QList<const SimSystemEvent *> matching;
    for (const SimSystemEvent &e : c.world.systemEvents())
        if (e.regionId == region->regionId && f.accepts(e))
            matching.append(&e);
    // Newest first, as the service lists them.
    std::stable_sort(
        matching.begin(), matching.end(), [](const SimSystemEvent *a, const SimSystemEvent *b) {
            return a->publishTime > b->publishTime;
        });
    QJsonObject body;
    qsizetype first = 0;
    qsizetype last = 0;
    if (c.params.has(u"NextToken"_s) || c.params.has(u"MaxResults"_s)) {
        const TokenPage page = tokenPageOf(c.params, matching.size(), 10, 100);
        first = page.first, last = page.last;
        if (!page.nextToken.isEmpty())
            body.insert(u"NextToken"_s, page.nextToken);
    } else {
        const Page page = pageOf(c.params, matching.size(), 10, 100);
        first = page.first, last = page.last;
        body.insert(u"PageNumber"_s, page.pageNumber);
        body.insert(u"PageSize"_s, page.pageSize);
    }
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(eventJson(*matching.at(i)));
    body.insert(u"TotalCount"_s, int(matching.size()));
    body.insert(u"InstanceSystemEventSet"_s, wrap(u"InstanceSystemEventType"_s, items));
    return ok(body);
}

double round2(double value)
{
    return std::round(value * 100) / 100;
}

Outcome describeRenewalPrice(SimContext &c)
{
    const SimRegion *region = requireRegion(c);
    const QString resourceId = c.params.required(u"ResourceId"_s);
    c.params.oneOf(u"ResourceType"_s, { u"instance"_s }, u"instance"_s);
    const QString unit
        = c.params.oneOf(u"PriceUnit"_s, { u"Month"_s, u"Year"_s, u"Week"_s }, u"Month"_s);
    const qint64 maxPeriod = unit == u"Year" ? 5 : unit == u"Week" ? 4 : 9;
    const qint64 period = c.params.integer(u"Period"_s, 1, 1, maxPeriod);
    const qint64 renewDay = c.params.integer(u"ExpectedRenewDay"_s, 0, 1, 28);
    if (!c.params.ok())
        return fail(c.params.error());
    const SimInstance *instance = c.world.instance(resourceId);
    if (!instance || instance->regionId != region->regionId)
        return fail(errors::notFound(u"InstanceId"_s, resourceId));
    if (!instance->isSubscription())
        return fail(errors::chargeTypeViolation());
    const InstanceTypeSpec *type = c.world.catalog().instanceType(instance->instanceType);
    double hourly = type ? c.world.catalog().onDemandPrice(region->regionId, *type) : 0;
    hourly += 0.00012 * double(instance->systemDiskSize)
        + 0.012 * double(instance->internetMaxBandwidthOut);
    const double hours = unit == u"Week" ? 168 : unit == u"Month" ? 730 : 8760;
    double original = hourly * hours * double(period);
    if (renewDay > 0 && instance->expiredTime.isValid()) {
        // Aligned to a day of the month: the days up to it are added at the daily rate.
        const QDate end = instance->expiredTime.date();
        QDate aligned(end.year(), end.month(), int(renewDay));
        if (aligned < end)
            aligned = aligned.addMonths(1);
        original += hourly * 24 * double(end.daysTo(aligned));
    }
    const double discount = unit == u"Year" ? 0.5 : unit == u"Month" ? 0.7 : 0.85;
    original = round2(original);
    const double trade = round2(original * discount);
    const QJsonObject rule { { u"RuleId"_s, 1002 },
        { u"Description"_s, u"Subscription discount: %1% off"_s.arg(int((1 - discount) * 100)) } };
    const QJsonObject detail { { u"Resource"_s, u"instanceType"_s },
        { u"OriginalPrice"_s, original }, { u"DiscountPrice"_s, round2(original - trade) },
        { u"TradePrice"_s, trade }, { u"SubRules"_s, wrap(u"Rule"_s, { rule }) } };
    const QJsonObject price { { u"Currency"_s, u"USD"_s }, { u"OriginalPrice"_s, original },
        { u"DiscountPrice"_s, round2(original - trade) }, { u"TradePrice"_s, trade },
        { u"DetailInfos"_s, wrap(u"DetailInfo"_s, { detail }) } };
    return ok({ { u"PriceInfo"_s,
        QJsonObject { { u"Price"_s, price }, { u"Rules"_s, wrap(u"Rule"_s, { rule }) } } } });
}

} // namespace

void addEventOperations(SimService &service)
{
    service.add(kEcsVersion, u"DescribeInstanceHistoryEvents"_s, describeInstanceHistoryEvents);
    service.add(kEcsVersion, u"DescribeRenewalPrice"_s, describeRenewalPrice);
}

} // namespace ecs::sim
