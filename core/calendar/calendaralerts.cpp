#include "calendaralerts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

QString nameOf(const CalendarEvent &e)
{
    return e.instanceName.isEmpty() || e.instanceName == e.instanceId
        ? e.instanceId
        : u"%1 (%2)"_s.arg(e.instanceName, e.instanceId);
}

QString whenText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

bool CalendarAlerts::isAlerting(const CalendarEvent &e, const QDateTime &now) const
{
    switch (e.kind) {
    case CalendarEventKind::Expiry:
        // Already expired a while ago is old news; auto-renew on takes care of itself.
        return e.autoRenew != AutoRenewState::On && e.time <= now.addDays(m_expiryDays)
            && e.time >= now.addDays(-1);
    case CalendarEventKind::AutoRelease:
        return e.time >= now && e.time <= now.addSecs(3600);
    case CalendarEventKind::RecyclingLock:
        return e.preemptible;
    case CalendarEventKind::Interruption:
        // Its Recycling lock may be missed between two polls; the event tells the same news.
        return e.publishTime.isValid() && e.publishTime >= now.addDays(-1);
    case CalendarEventKind::Maintenance:
    case CalendarEventKind::SystemEvent:
        return e.state == SystemEventState::Scheduled || e.state == SystemEventState::Inquiring;
    }
    return false;
}

CalendarAlert CalendarAlerts::alertFor(const CalendarEvent &e, const QDateTime &now)
{
    CalendarAlert a;
    a.key = e.key();
    const QString who = nameOf(e);
    switch (e.kind) {
    case CalendarEventKind::Expiry: {
        const qint64 days = std::max<qint64>(0, now.secsTo(e.time) / 86'400);
        a.summary = e.time <= now ? tr("Subscription expired") : tr("Subscription expires soon");
        a.body = e.time <= now ? tr("%1 in %2 expired on %3. Renew it to start it again.")
                                     .arg(who, e.regionId, whenText(e.time))
                               : tr("%1 in %2 expires in %n day(s), on %3.", "", int(days))
                                     .arg(who, e.regionId, whenText(e.time));
        a.urgent = days < 1;
        break;
    }
    case CalendarEventKind::AutoRelease:
        a.summary = tr("Automatic release within the hour");
        a.body = tr("%1 in %2 is released automatically at %3.")
                     .arg(who, e.regionId, whenText(e.time));
        a.urgent = true;
        break;
    case CalendarEventKind::RecyclingLock:
    case CalendarEventKind::Interruption:
        // One alert per reclaim, whichever of the lock or the event is seen first.
        a.key = u"reclaim/%1/%2"_s.arg(e.profile, e.instanceId);
        a.summary = tr("Preemptible instance reclaimed");
        a.body = tr("%1 in %2 is being reclaimed and will be released.").arg(who, e.regionId);
        a.urgent = true;
        break;
    case CalendarEventKind::Maintenance:
    case CalendarEventKind::SystemEvent:
        a.summary = e.kind == CalendarEventKind::Maintenance ? tr("Maintenance scheduled")
                                                             : tr("System event scheduled");
        a.body = tr("%1 in %2: %3, not before %4.")
                     .arg(who, e.regionId, e.eventType, whenText(e.time));
        break;
    }
    return a;
}

QList<CalendarAlert> CalendarAlerts::take(const QList<CalendarEvent> &events, const QDateTime &now)
{
    QList<CalendarAlert> out;
    for (const CalendarEvent &e : events) {
        if (!isAlerting(e, now))
            continue;
        CalendarAlert a = alertFor(e, now);
        if (m_raised.contains(a.key))
            continue;
        m_raised.insert(a.key);
        out.append(a);
    }
    return out;
}

} // namespace ecs
