#include "lifecyclecalendar.h"

#include "ecsclient.h"
#include "inventory/instanceinventory.h"
#include "types/lifecycle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

bool isPreemptible(const Instance &i)
{
    return i.spotStrategy == SpotStrategy::SpotWithPriceLimit
        || i.spotStrategy == SpotStrategy::SpotAsPriceGo;
}

// The service reports pay-as-you-go instances as expiring at 2099-12-31T15:59Z: no expiry at all.
bool isRealExpiry(const Instance &i)
{
    return i.chargeType == ChargeType::PrePaid && i.expiredTime.isValid()
        && i.expiredTime.date().year() < 2099;
}

QString profileKey(const QString &profile, const QString &id)
{
    return profile + u'/' + id;
}

} // namespace

QString CalendarEvent::key() const
{
    const QString where = profile + u'/' + instanceId;
    switch (kind) {
    case CalendarEventKind::Expiry:
        return u"expiry/%1/%2"_s.arg(where).arg(time.toMSecsSinceEpoch());
    case CalendarEventKind::AutoRelease:
        return u"release/%1/%2"_s.arg(where).arg(time.toMSecsSinceEpoch());
    case CalendarEventKind::RecyclingLock:
        return u"recycling/"_s + where;
    case CalendarEventKind::Maintenance:
    case CalendarEventKind::Interruption:
    case CalendarEventKind::SystemEvent:
        break;
    }
    return u"event/%1/%2"_s.arg(profile, eventId);
}

LifecycleCalendar::LifecycleCalendar(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_scope(this)
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &LifecycleCalendar::rebuild);
}

LifecycleCalendar::~LifecycleCalendar() = default;

void LifecycleCalendar::setSources(const QList<Source> &sources)
{
    for (const QPointer<InstanceInventory> &inventory : std::as_const(m_watched))
        if (inventory)
            disconnect(inventory, nullptr, this, nullptr);
    m_watched.clear();
    m_scope.renew();
    m_pending = 0;
    m_sources = sources;
    m_systemEvents.clear();
    m_failures.clear();
    for (const Source &source : sources) {
        if (!source.inventory)
            continue;
        m_watched.append(source.inventory);
        connect(source.inventory, &InstanceInventory::changed, this,
            &LifecycleCalendar::scheduleRebuild);
    }
    Q_EMIT loadingChanged();
    scheduleRebuild();
}

void LifecycleCalendar::refresh()
{
    m_scope.renew();
    m_pending = 0;
    for (const Source &source : std::as_const(m_sources)) {
        if (!source.inventory || !source.inventory->client())
            continue;
        for (const QString &regionId : source.inventory->scope()) {
            ++m_pending;
            loadRegion(source.inventory->client(), source.profile, regionId);
            QStringList subscriptions;
            for (const Instance &i : source.inventory->instances(regionId))
                if (isRealExpiry(i))
                    subscriptions.append(i.instanceId);
            if (!subscriptions.isEmpty()) {
                ++m_pending;
                loadAutoRenew(source.inventory->client(), source.profile, regionId, subscriptions);
            }
        }
    }
    Q_EMIT loadingChanged();
}

QCoro::Task<> LifecycleCalendar::loadRegion(EcsClient *client, QString profile, QString regionId)
{
    using Op = ops::DescribeInstanceHistoryEvents;
    QList<SystemEvent> events;
    int pages = 1;
    for (int page = 1; page <= pages; ++page) {
        Result<Op::Response> r = co_await m_scope.ask<Op>(client, Op::request(regionId, page));
        if (r.cancelled())
            co_return;
        if (!r.ok()) {
            m_failures.insert(profileKey(profile, regionId),
                tr("%1 · %2: %3").arg(profile, regionId, r.error().message));
            finishedOne();
            co_return;
        }
        events += r.value().events;
        // The total sizes the walk only within bounds: a page short of the page size ends it.
        const int total = std::clamp(r.value().totalCount, 0, kMaxEventPages * Op::kPageSize);
        pages = std::min(kMaxEventPages, (total + Op::kPageSize - 1) / Op::kPageSize);
        if (r.value().events.size() < Op::kPageSize)
            break;
    }
    m_failures.remove(profileKey(profile, regionId));
    m_systemEvents.insert(profileKey(profile, regionId), events);
    finishedOne();
}

QCoro::Task<> LifecycleCalendar::loadAutoRenew(
    EcsClient *client, QString profile, QString regionId, QStringList ids)
{
    using Op = ops::DescribeInstanceAutoRenewAttribute;
    for (qsizetype first = 0; first < ids.size(); first += 100) {
        Result<Op::Response> r
            = co_await m_scope.ask<Op>(client, Op::request(regionId, ids.mid(first, 100)));
        if (r.cancelled())
            co_return;
        if (!r.ok())
            break; // the state stays unknown: never shown as off
        for (const AutoRenewAttribute &a : r.value())
            m_autoRenew.insert(profileKey(profile, a.instanceId),
                a.enabled || a.renewalStatus == u"AutoRenewal" ? AutoRenewState::On
                                                               : AutoRenewState::Off);
    }
    finishedOne();
}

void LifecycleCalendar::finishedOne()
{
    m_pending = std::max(0, m_pending - 1);
    scheduleRebuild();
    if (m_pending == 0)
        Q_EMIT loadingChanged();
}

void LifecycleCalendar::scheduleRebuild()
{
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

QList<CalendarEvent> LifecycleCalendar::eventsOf(const Instance &instance, const QString &profile,
    AutoRenewState autoRenew, const QDateTime &recyclingSeen)
{
    QList<CalendarEvent> out;
    CalendarEvent base;
    base.profile = profile;
    base.regionId = instance.regionId;
    base.instanceId = instance.instanceId;
    base.instanceName = instance.instanceName;
    base.preemptible = isPreemptible(instance);
    if (isRealExpiry(instance)) {
        CalendarEvent e = base;
        e.kind = CalendarEventKind::Expiry;
        e.time = instance.expiredTime;
        e.autoRenew = autoRenew;
        out.append(e);
    }
    if (instance.autoReleaseTime.isValid()) {
        CalendarEvent e = base;
        e.kind = CalendarEventKind::AutoRelease;
        e.time = instance.autoReleaseTime;
        out.append(e);
    }
    if (instance.lockReasons.contains(u"Recycling"_s)) {
        CalendarEvent e = base;
        e.kind = CalendarEventKind::RecyclingLock;
        e.time = recyclingSeen;
        out.append(e);
    }
    return out;
}

CalendarEvent LifecycleCalendar::eventOf(const SystemEvent &event, const QString &profile,
    const QString &regionId, const Instance *instance)
{
    CalendarEvent e;
    e.kind = event.kind == SystemEventKind::Maintenance ? CalendarEventKind::Maintenance
        : event.kind == SystemEventKind::Interruption   ? CalendarEventKind::Interruption
                                                        : CalendarEventKind::SystemEvent;
    e.time = event.notBefore.isValid() ? event.notBefore : event.publishTime;
    e.profile = profile;
    e.regionId = regionId;
    e.instanceId = event.instanceId;
    e.instanceName = instance ? instance->instanceName : QString();
    e.preemptible
        = instance ? isPreemptible(*instance) : event.kind == SystemEventKind::Interruption;
    e.eventId = event.eventId;
    e.eventType = event.eventType;
    e.state = event.state;
    e.publishTime = event.publishTime;
    return e;
}

void LifecycleCalendar::rebuild()
{
    QList<CalendarEvent> events;
    QSet<QString> recycling;
    const QDateTime current = now();
    for (const Source &source : std::as_const(m_sources)) {
        if (!source.inventory)
            continue;
        for (const QString &regionId : source.inventory->scope()) {
            QHash<QString, Instance> byId;
            for (const Instance &i : source.inventory->instances(regionId)) {
                const QString key = profileKey(source.profile, i.instanceId);
                QDateTime seen;
                if (i.lockReasons.contains(u"Recycling"_s)) {
                    recycling.insert(key);
                    seen = m_recyclingSeen.value(key);
                    if (!seen.isValid())
                        m_recyclingSeen.insert(key, seen = current);
                }
                events += eventsOf(
                    i, source.profile, m_autoRenew.value(key, AutoRenewState::Unknown), seen);
                byId.insert(i.instanceId, i);
            }
            const auto it = m_systemEvents.constFind(profileKey(source.profile, regionId));
            if (it == m_systemEvents.cend())
                continue;
            for (const SystemEvent &s : *it) {
                const auto known = byId.constFind(s.instanceId);
                events.append(
                    eventOf(s, source.profile, regionId, known == byId.cend() ? nullptr : &*known));
            }
        }
    }
    for (auto it = m_recyclingSeen.begin(); it != m_recyclingSeen.end();)
        it = recycling.contains(it.key()) ? std::next(it) : m_recyclingSeen.erase(it);
    std::stable_sort(events.begin(), events.end(),
        [](const CalendarEvent &a, const CalendarEvent &b) { return a.time < b.time; });
    if (events == m_events)
        return;
    m_events = events;
    Q_EMIT changed();
}

QList<CalendarEvent> LifecycleCalendar::events() const
{
    return m_events;
}

QList<ProfileInstance> LifecycleCalendar::dueForRenewal(int days) const
{
    const QDateTime limit = now().addDays(days);
    QList<ProfileInstance> due;
    for (const Source &source : m_sources) {
        if (!source.inventory)
            continue;
        for (const QString &regionId : source.inventory->scope())
            for (const Instance &i : source.inventory->instances(regionId))
                if (isRealExpiry(i) && i.expiredTime <= limit)
                    due.append({ source.profile, i });
    }
    std::stable_sort(
        due.begin(), due.end(), [](const ProfileInstance &a, const ProfileInstance &b) {
            return a.instance.expiredTime < b.instance.expiredTime;
        });
    return due;
}

QList<ProfileInstance> LifecycleCalendar::withoutAutoRenew() const
{
    QList<ProfileInstance> out;
    for (const Source &source : m_sources) {
        if (!source.inventory)
            continue;
        for (const QString &regionId : source.inventory->scope())
            for (const Instance &i : source.inventory->instances(regionId))
                if (isRealExpiry(i)
                    && m_autoRenew.value(profileKey(source.profile, i.instanceId))
                        != AutoRenewState::On)
                    out.append({ source.profile, i });
    }
    return out;
}

std::optional<Instance> LifecycleCalendar::instanceOf(const CalendarEvent &event) const
{
    for (const Source &source : m_sources) {
        if (!source.inventory || source.profile != event.profile)
            continue;
        for (const Instance &i : source.inventory->instances(event.regionId))
            if (i.instanceId == event.instanceId)
                return i;
    }
    return std::nullopt;
}

EcsClient *LifecycleCalendar::clientOf(const QString &profile) const
{
    for (const Source &source : m_sources)
        if (source.profile == profile && source.inventory)
            return source.inventory->client();
    return nullptr;
}

QString LifecycleCalendar::kindText(CalendarEventKind kind)
{
    switch (kind) {
    case CalendarEventKind::Expiry:
        return tr("Subscription expires");
    case CalendarEventKind::AutoRelease:
        return tr("Automatic release");
    case CalendarEventKind::RecyclingLock:
        return tr("Being reclaimed");
    case CalendarEventKind::Maintenance:
        return tr("Maintenance");
    case CalendarEventKind::Interruption:
        return tr("Preemptible interruption");
    case CalendarEventKind::SystemEvent:
        break;
    }
    return tr("System event");
}

QString LifecycleCalendar::stateText(SystemEventState state)
{
    switch (state) {
    case SystemEventState::Scheduled:
        return tr("Scheduled");
    case SystemEventState::Avoided:
        return tr("Avoided");
    case SystemEventState::Executing:
        return tr("Under way");
    case SystemEventState::Executed:
        return tr("Done");
    case SystemEventState::Canceled:
        return tr("Cancelled");
    case SystemEventState::Failed:
        return tr("Failed");
    case SystemEventState::Inquiring:
        return tr("Awaiting your answer");
    case SystemEventState::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace ecs
