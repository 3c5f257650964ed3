#pragma once

#include "calendar/lifecyclecalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace ecs {

/// A desktop notification the calendar asks for.
struct CalendarAlert
{
    QString key; ///< the event's key: each is raised once
    QString summary;
    QString body;
    bool urgent = false;
};

/// When the calendar's events deserve a desktop notification: a subscription within N days of
/// its expiry (auto-renew not on), an automatic release within the hour, a Recycling lock on a
/// preemptible instance (or its interruption event), a newly scheduled system event. Each event
/// is raised once, remembered by key across refreshes (and across runs, through raisedKeys()).
class CalendarAlerts
{
    Q_DECLARE_TR_FUNCTIONS(ecs::CalendarAlerts)

public:
    static constexpr int kDefaultExpiryDays = 7;

    void setExpiryNoticeDays(int days) { m_expiryDays = std::clamp(days, 0, 365); }
    int expiryNoticeDays() const { return m_expiryDays; }

    /// The alerts due at `now` among `events` that were not raised before; they count as raised.
    QList<CalendarAlert> take(const QList<CalendarEvent> &events, const QDateTime &now);
    /// Whether `event` deserves an alert at `now` (raised or not).
    bool isAlerting(const CalendarEvent &event, const QDateTime &now) const;

    QStringList raisedKeys() const { return QStringList(m_raised.cbegin(), m_raised.cend()); }
    void restoreRaisedKeys(const QStringList &keys)
    {
        m_raised = QSet<QString>(keys.cbegin(), keys.cend());
    }

    static CalendarAlert alertFor(const CalendarEvent &event, const QDateTime &now);

private:
    int m_expiryDays = kDefaultExpiryDays;
    QSet<QString> m_raised;
};

} // namespace ecs
