// System events of the world (DescribeInstanceHistoryEvents): preemptible interruptions as they
// are reclaimed, scheduled maintenance and its reboot when due. Split from simworld.cpp.
#include "simworld.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

QString eventId(quint64 seed, const SimInstance &instance, const QString &type, qsizetype serial)
{
    return formatId(u"e"_s, instance.regionId,
        splitmix64(seed ^ SpotMarket::stableHash(instance.instanceId + u'/' + type)
            ^ splitmix64(quint64(serial))));
}

} // namespace

void SimWorld::recordInterruption(const SimInstance &instance, qint64 reclaimAtMs)
{
    SimSystemEvent event;
    event.publishTime = now();
    event.eventType = u"Instance:PreemptibleInstanceInterruption"_s;
    event.eventId = eventId(m_seed, instance, event.eventType, m_events.size());
    event.instanceId = instance.instanceId;
    event.regionId = instance.regionId;
    event.status = u"Executing"_s; // the Recycling lock is on: it is under way
    event.notBefore = QDateTime::fromMSecsSinceEpoch(reclaimAtMs, Qt::UTC);
    event.reason = u"The market price rose above the instance's price limit."_s;
    m_events.append(event);
}

SimSystemEvent &SimWorld::scheduleMaintenance(const QString &instanceId, qint64 noticeMs)
{
    const SimInstance *target = instance(instanceId);
    SimSystemEvent event;
    event.publishTime = now();
    event.eventType = u"SystemMaintenance.Reboot"_s;
    if (target) {
        event.eventId = eventId(m_seed, *target, event.eventType, m_events.size());
        event.regionId = target->regionId;
    }
    event.instanceId = instanceId;
    event.notBefore = event.publishTime.addMSecs(
        scaled(int(std::min<qint64>(noticeMs, std::numeric_limits<int>::max()))));
    event.reason = u"The host of the instance needs maintenance."_s;
    m_events.append(event);
    if (!m_housekeepingTimer.isActive())
        m_housekeepingTimer.start();
    return m_events.last();
}

void SimWorld::planMaintenance(const SimInstance &added)
{
    const quint64 h = splitmix64(m_seed ^ SpotMarket::stableHash(added.instanceId));
    if (h % 8 != 0 || added.isSpot())
        return;
    // Announced a day ago; due in one to six days (scaled). Every fourth also had one last month.
    const qint64 dueIn = qint64(1 + (h >> 8) % 6) * 24 * 3'600'000 - 24 * 3'600'000 / 2;
    SimSystemEvent &event = scheduleMaintenance(added.instanceId, dueIn);
    event.publishTime = event.publishTime.addDays(-1);
    if ((h >> 16) % 4 == 0) {
        SimSystemEvent past = event;
        past.publishTime = now().addDays(-33);
        past.notBefore = now().addDays(-30);
        past.finishTime = past.notBefore.addSecs(20 * 60);
        past.status = u"Executed"_s;
        past.eventId = eventId(m_seed, added, past.eventType, m_events.size());
        m_events.insert(m_events.size() - 1, past);
    }
}

void SimWorld::runDueEvents(const QDateTime &current)
{
    QStringList reboots;
    for (SimSystemEvent &event : m_events) {
        if (event.status != u"Scheduled" || event.notBefore > current)
            continue;
        const SimInstance *target = instance(event.instanceId);
        if (!target) {
            event.status = u"Canceled"_s; // the instance went before the maintenance
            continue;
        }
        event.status = u"Executed"_s;
        event.finishTime = current;
        if (target->status == u"Running")
            reboots.append(event.instanceId);
    }
    for (const QString &id : std::as_const(reboots))
        reboot(id);
}

} // namespace ecs::sim
