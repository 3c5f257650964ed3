#pragma once

#include "calendar/systemevents.h"
#include "callscope.h"
#include "types/instance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>

namespace ecs {

class EcsClient;
class InstanceInventory;

enum class CalendarEventKind {
    Expiry, ///< a subscription's ExpiredTime
    AutoRelease, ///< an AutoReleaseTime
    RecyclingLock, ///< a preemptible instance under the Recycling lock: it is being reclaimed
    Maintenance, ///< a scheduled (or past) maintenance system event
    Interruption, ///< a preemptible interruption system event
    SystemEvent, ///< any other system event
};
enum class AutoRenewState { Unknown, On, Off };

/// One thing that happens (or happened) to an instance, with when, where and in which profile.
struct CalendarEvent
{
    CalendarEventKind kind = CalendarEventKind::Expiry;
    QDateTime time; ///< when it happens; for a Recycling lock, when it was first seen
    QString profile; ///< the profile (account) of the instance
    QString regionId;
    QString instanceId;
    QString instanceName;
    bool preemptible = false;
    AutoRenewState autoRenew = AutoRenewState::Unknown; ///< expiries only
    // System events only:
    QString eventId;
    QString eventType; ///< the service's name, shown as it came
    SystemEventState state = SystemEventState::Unknown;
    QDateTime publishTime;

    /// Stable across refreshes: the same event keeps it, a moved time (a renewal, a new
    /// auto-release time) makes another.
    QString key() const;
    bool operator==(const CalendarEvent &) const = default;
};

/// An instance and the profile it belongs to.
struct ProfileInstance
{
    QString profile;
    Instance instance;
};

/// The lifecycle events of the instances in scope (one or several profiles' inventories), and
/// their system events (DescribeInstanceHistoryEvents, per region, paged and bounded) and
/// auto-renew state (DescribeInstanceAutoRenewAttribute). Qt Core only.
class LifecycleCalendar : public QObject
{
    Q_OBJECT

public:
    /// One profile's instances: its name and its inventory (the fleet's member, a pane's own).
    struct Source
    {
        QString profile;
        InstanceInventory *inventory = nullptr;
    };
    /// At most this many pages of events per region (the newest first): 1 000 events.
    static constexpr int kMaxEventPages = 10;

    explicit LifecycleCalendar(QObject *parent = nullptr);
    ~LifecycleCalendar() override;

    void setSources(const QList<Source> &sources);
    QList<Source> sources() const { return m_sources; }
    /// Tests move time by hand.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /// Asks every region in scope for its system events and its subscriptions' auto-renew state;
    /// what is known stays until the answers land. Latest wins.
    void refresh();
    bool isLoading() const { return m_pending > 0; }
    /// Regions whose events could not be read, as "profile · region: message".
    QStringList failures() const { return m_failures.values(); }

    /// Every event, in time order.
    QList<CalendarEvent> events() const;
    /// The subscriptions of a profile that expire within `days` from now (already expired ones
    /// too), in expiry order.
    QList<ProfileInstance> dueForRenewal(int days) const;
    /// The subscriptions whose auto-renew is not known to be on.
    QList<ProfileInstance> withoutAutoRenew() const;
    /// The instance behind an event, if the inventory still has it.
    std::optional<Instance> instanceOf(const CalendarEvent &event) const;
    EcsClient *clientOf(const QString &profile) const;

    /// The events one instance's record carries (no system events). The pay-as-you-go
    /// placeholder expiry (2099-12-31T15:59Z) is none.
    static QList<CalendarEvent> eventsOf(const Instance &instance, const QString &profile,
        AutoRenewState autoRenew, const QDateTime &recyclingSeen);
    /// A system event as a calendar event (NotBefore, else its publication, as its time).
    static CalendarEvent eventOf(const SystemEvent &event, const QString &profile,
        const QString &regionId, const Instance *instance);
    /// "Expires", "Auto-release", … (the words of the kinds).
    static QString kindText(CalendarEventKind kind);
    static QString stateText(SystemEventState state);

Q_SIGNALS:
    /// events() changed (coalesced: at most once per event-loop turn).
    void changed();
    void loadingChanged();

private:
    struct RegionEvents
    {
        QList<SystemEvent> events;
    };
    void scheduleRebuild();
    void rebuild();
    QCoro::Task<> loadRegion(EcsClient *client, QString profile, QString regionId);
    QCoro::Task<> loadAutoRenew(
        EcsClient *client, QString profile, QString regionId, QStringList ids);
    void finishedOne();

    QList<Source> m_sources;
    QList<QPointer<InstanceInventory>> m_watched;
    std::function<QDateTime()> m_clock;
    CallScope m_scope;
    int m_pending = 0;
    QHash<QString, QString> m_failures; ///< by "profile/region"
    QHash<QString, QList<SystemEvent>> m_systemEvents; ///< by "profile/region"
    QHash<QString, AutoRenewState> m_autoRenew; ///< by "profile/instance"
    QHash<QString, QDateTime> m_recyclingSeen; ///< by "profile/instance"
    QList<CalendarEvent> m_events;
    QTimer m_rebuild;
};

} // namespace ecs
