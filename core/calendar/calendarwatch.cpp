#include "calendarwatch.h"

#include "calendar/renewalquote.h"
#include "fleet/fleetscope.h"
#include "lifecycle/operation.h"

using namespace Qt::StringLiterals;

namespace ecs {

CalendarWatch::CalendarWatch(EcsClient *ownClient, const QString &ownProfile, QObject *parent)
    : QObject(parent)
    , m_ownProfile(ownProfile)
    , m_fleet(new FleetScope(this))
    , m_calendar(new LifecycleCalendar(this))
{
    addMember({}, ownClient);
    m_eventsTimer.setInterval(10 * 60'000);
    connect(&m_eventsTimer, &QTimer::timeout, m_calendar, &LifecycleCalendar::refresh);
    m_eventsSoon.setSingleShot(true);
    m_eventsSoon.setInterval(2'000);
    connect(&m_eventsSoon, &QTimer::timeout, m_calendar, &LifecycleCalendar::refresh);
    connect(m_calendar, &LifecycleCalendar::changed, this, &CalendarWatch::changed);
    connect(m_calendar, &LifecycleCalendar::loadingChanged, this, &CalendarWatch::checkLoading);
    connect(m_fleet, &FleetScope::statusChanged, this, &CalendarWatch::checkLoading);
    // The events follow the instances: a first load of the whole scope asks for them.
    connect(m_fleet, &FleetScope::settled, this, [this] {
        m_awaitingInstances = false;
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            m_calendar->refresh();
        }
        checkLoading();
    });
    // A reclaim or a release is news the system events tell more of: they are asked again.
    connect(m_fleet, &FleetScope::changed, this, [this](const FleetChange &change) {
        bool news = !change.change.removed.isEmpty();
        for (const Instance &i : change.change.changed + change.change.added)
            news = news || i.lockReasons.contains(u"Recycling"_s);
        if (news && m_loadedOnce && !m_eventsSoon.isActive())
            m_eventsSoon.start();
    });
    updateSources();
}

CalendarWatch::~CalendarWatch()
{
    for (const QMetaObject::Connection &c : std::as_const(m_followConnections))
        disconnect(c);
}

void CalendarWatch::followScope(FleetScope *scope)
{
    for (const QMetaObject::Connection &c : std::as_const(m_followConnections))
        disconnect(c);
    m_followConnections.clear();
    m_followed = scope;
    if (scope)
        m_followConnections << connect(scope, &FleetScope::statusChanged, this,
            [this](const QString &, const QString &regionId) {
                if (regionId.isEmpty())
                    syncMembers();
            });
    syncMembers();
}

void CalendarWatch::syncMembers()
{
    const QStringList wanted = m_followed ? m_followed->memberIds() : QStringList();
    bool changedScope = false;
    for (const QString &id : m_fleet->memberIds())
        if (!id.isEmpty() && (!wanted.contains(id) || !m_followed->client(id))) {
            m_fleet->removeMember(id); // before its client goes
            changedScope = true;
        }
    for (const QString &id : wanted) {
        EcsClient *client = m_followed->client(id);
        if (id.isEmpty() || !client || m_fleet->contains(id))
            continue;
        addMember(id, client);
        changedScope = true;
    }
    if (!changedScope)
        return;
    updateSources();
    Q_EMIT profilesChanged();
    if (m_eventsTimer.isActive()) // already watching: the new ones load now
        refresh();
}

void CalendarWatch::addMember(const QString &profileId, EcsClient *client)
{
    // Events name their profile as people know it (another profile's id is its name), the own
    // one by the window's name: the batch actions find the client back by that name.
    const FleetMember member { profileId, profileId.isEmpty() ? m_ownProfile : profileId, {} };
    InstanceInventory *inventory = m_fleet->addMember(member, client);
    inventory->setPollIntervals(m_statusMs, m_fullMs);
    if (!profileId.isEmpty())
        m_fleet->setAllRegions(profileId);
}

void CalendarWatch::updateSources()
{
    QList<LifecycleCalendar::Source> sources;
    for (const QString &id : m_fleet->memberIds())
        if (InstanceInventory *inventory = m_fleet->inventory(id))
            sources.append({ m_fleet->member(id).name, inventory });
    m_calendar->setSources(sources);
}

void CalendarWatch::setOwnRegions(const QStringList &regionIds)
{
    if (regionIds == ownRegions())
        return;
    m_fleet->setRegions({}, regionIds);
    if (m_eventsTimer.isActive() || m_loadedOnce)
        refresh();
}

QStringList CalendarWatch::ownRegions() const
{
    const InstanceInventory *own = m_fleet->inventory({});
    return own ? own->scope() : QStringList();
}

void CalendarWatch::setPollIntervals(int statusMs, int fullMs)
{
    m_statusMs = statusMs;
    m_fullMs = fullMs;
    for (const QString &id : m_fleet->memberIds())
        if (InstanceInventory *inventory = m_fleet->inventory(id))
            inventory->setPollIntervals(statusMs, fullMs);
}

void CalendarWatch::refresh()
{
    m_eventsTimer.start();
    m_loadedOnce = false; // the events are asked again once the instances are in
    m_awaitingInstances = true;
    m_fleet->refresh();
    checkLoading();
}

void CalendarWatch::cancel()
{
    m_fleet->cancel();
    m_awaitingInstances = false;
    checkLoading();
}

bool CalendarWatch::isLoading() const
{
    // From a refresh until the instances are in and their events asked, then until those land.
    return m_awaitingInstances || m_calendar->isLoading() || m_fleet->isLoadingRegions();
}

void CalendarWatch::checkLoading()
{
    if (isLoading() == m_loading)
        return;
    m_loading = !m_loading;
    Q_EMIT loadingChanged();
}

QStringList CalendarWatch::profiles() const
{
    QStringList out;
    for (const QString &id : m_fleet->memberIds())
        out << m_fleet->member(id).name;
    return out;
}

QStringList CalendarWatch::failures() const
{
    QStringList out;
    for (const FleetScope::Failure &f : m_fleet->failures()) {
        const QString profile = m_fleet->member(f.profileId).name;
        out << (f.regionId.isEmpty() ? u"%1: %2"_s.arg(profile, f.error.message)
                                     : u"%1 · %2: %3"_s.arg(profile, f.regionId, f.error.message));
    }
    return out + m_calendar->failures();
}

QList<CalendarAlert> CalendarWatch::takeAlerts()
{
    return m_alerts.take(m_calendar->events(), m_calendar->now());
}

QString CalendarWatch::profileIdOf(const QString &profile) const
{
    return profile == m_ownProfile ? QString() : profile;
}

QList<Operation *> CalendarWatch::operationsFor(const QList<std::pair<QString, ActionPlan>> &plans)
{
    QList<Operation *> out;
    for (const auto &[profile, plan] : plans) {
        const QString id = profileIdOf(profile);
        EcsClient *client = m_fleet->client(id);
        if (!client)
            continue; // the profile left the scope since the dialog opened
        for (Operation *operation : Operation::fromPlan(client, plan)) {
            // What the operation changed is fetched again at once: the calendar follows.
            connect(operation, &Operation::accepted, this,
                [this, id](const QString &regionId, const QStringList &ids) {
                    m_fleet->watch(id, regionId, ids);
                });
            out.append(operation);
        }
    }
    return out;
}

QList<Operation *> CalendarWatch::renewals(const QList<ProfileInstance> &targets, int months)
{
    return operationsFor(planRenewals(targets, months));
}

QList<Operation *> CalendarWatch::autoRenewals(const QList<ProfileInstance> &targets, int months)
{
    return operationsFor(planAutoRenewals(targets, months));
}

QList<Operation *> CalendarWatch::moveRelease(
    const QString &profile, const Instance &instance, const QDateTime &releaseTime)
{
    return operationsFor({ { profile, planAutoRelease({ instance }, { releaseTime }) } });
}

} // namespace ecs
