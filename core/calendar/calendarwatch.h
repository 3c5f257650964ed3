#pragma once

#include "calendar/calendaralerts.h"
#include "calendar/lifecyclecalendar.h"
#include "lifecycle/plans.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ecs {

class EcsClient;
class FleetScope;
class Operation;

/// What the Calendar watches: the profiles in scope (the window's own and, once it follows the
/// Instances pane's FleetScope, every other member there), each on that profile's own client
/// with an inventory of its own over every region of its account (a watch, not a browser: polled
/// slowly). Their lifecycle calendar, the alerts it raises, and the batch actions on it as
/// operations, one per profile × region, each on its profile's client. Qt Core only.
class CalendarWatch : public QObject
{
    Q_OBJECT

public:
    CalendarWatch(EcsClient *ownClient, const QString &ownProfile, QObject *parent = nullptr);
    ~CalendarWatch() override;

    /// Follows the members of `scope` (the Instances pane's profiles): each member joins with
    /// the client `scope` has for it, and leaves when it leaves there.
    void followScope(FleetScope *scope);
    /// The own profile's regions (the window lists them); other profiles list their own.
    void setOwnRegions(const QStringList &regionIds);
    QStringList ownRegions() const;
    void setPollIntervals(int statusMs, int fullMs);

    /// Loads every profile's instances again; their events are asked once the instances are in.
    void refresh();
    void cancel();
    bool isLoading() const;

    LifecycleCalendar *calendar() const { return m_calendar; }
    CalendarAlerts &alerts() { return m_alerts; }
    FleetScope *fleet() const { return m_fleet; }
    /// The profiles in scope, by name (the own one first).
    QStringList profiles() const;
    /// Regions whose instances or events could not be read, as "profile · region: message".
    QStringList failures() const;

    /// The alerts due now that were not raised before (they count as raised from now on).
    QList<CalendarAlert> takeAlerts();

    /// Renewing `targets` by `months`; auto-renew on for `targets`; a new release time for one
    /// instance of `profile`: operations (not started) on each profile's client, one per
    /// profile × region. What they change is fetched again as soon as they are accepted.
    QList<Operation *> renewals(const QList<ProfileInstance> &targets, int months);
    QList<Operation *> autoRenewals(const QList<ProfileInstance> &targets, int months);
    QList<Operation *> moveRelease(
        const QString &profile, const Instance &instance, const QDateTime &releaseTime);

Q_SIGNALS:
    /// The calendar's events changed.
    void changed();
    /// isLoading() changed: a load began, or every profile's instances and events are in.
    void loadingChanged();
    /// The profiles in scope changed.
    void profilesChanged();

private:
    void syncMembers();
    void checkLoading();
    void addMember(const QString &profileId, EcsClient *client);
    void updateSources();
    QString profileIdOf(const QString &profile) const;
    QList<Operation *> operationsFor(const QList<std::pair<QString, ActionPlan>> &plans);

    QString m_ownProfile;
    FleetScope *m_fleet;
    LifecycleCalendar *m_calendar;
    CalendarAlerts m_alerts;
    QPointer<FleetScope> m_followed;
    QList<QMetaObject::Connection> m_followConnections;
    int m_statusMs = 30'000;
    int m_fullMs = 5 * 60'000;
    QTimer m_eventsTimer; ///< system events asked again on a slow beat
    QTimer m_eventsSoon; ///< after a reclaim or a release
    bool m_loadedOnce = false;
    bool m_loading = false;
    bool m_awaitingInstances = false; ///< refreshed, the instances not all in yet
};

} // namespace ecs
