#include "simworld.h"

#include "logging.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

// The region part of resource ids, as the service forms them (i-bp1… is Hangzhou).
QString regionCode(const QString &regionId)
{
    static const QHash<QString, QString> known = {
        { u"cn-hangzhou"_s, u"bp1"_s },
        { u"cn-beijing"_s, u"2ze"_s },
        { u"cn-shanghai"_s, u"uf6"_s },
        { u"cn-shenzhen"_s, u"wz9"_s },
        { u"cn-qingdao"_s, u"m5e"_s },
        { u"cn-zhangjiakou"_s, u"8vb"_s },
        { u"cn-huhehaote"_s, u"hp3"_s },
        { u"cn-hongkong"_s, u"j6c"_s },
        { u"ap-southeast-1"_s, u"t4n"_s },
        { u"ap-northeast-1"_s, u"6we"_s },
        { u"us-west-1"_s, u"rj9"_s },
        { u"us-east-1"_s, u"0xi"_s },
        { u"eu-central-1"_s, u"gw8"_s },
        { u"eu-west-1"_s, u"d7o"_s },
        { u"cn-chengdu"_s, u"2vc"_s },
    };
    const auto it = known.constFind(regionId);
    if (it != known.cend())
        return *it;
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    quint64 h = SpotMarket::stableHash(regionId);
    QString code;
    for (int i = 0; i < 3; ++i, h /= 36)
        code += QLatin1Char(alphabet[h % 36]);
    return code;
}

} // namespace

SimWorld::SimWorld(
    SimDataset regions, SimCatalog catalog, quint64 seed, double timeScale, QObject *parent)
    : QObject(parent)
    , m_regions(std::move(regions))
    , m_catalog(std::move(catalog))
    , m_market(seed)
    , m_seed(seed)
    , m_timeScale(timeScale > 0 ? timeScale : 1.0)
    , m_stepTimer(this) // parented so that they move to the simulator's thread with the world
    , m_housekeepingTimer(this)
{
    m_stepTimer.setSingleShot(true);
    m_stepTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stepTimer, &QTimer::timeout, this, &SimWorld::advance);
    // Auto-release times, expiries and the spot market are checked on a steady beat; the beat
    // speeds up with the time scale so that a scaled-up demo reclaims in scaled time too.
    m_housekeepingTimer.setInterval(int(std::clamp(1000.0 / m_timeScale, 50.0, 1000.0)));
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &SimWorld::housekeeping);
}

QDateTime SimWorld::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void SimWorld::advanceClock(qint64 ms)
{
    m_clockOffsetMs += ms;
    advance();
    housekeeping();
}

qint64 SimWorld::scaled(int ms) const
{
    return qint64(std::llround(double(ms) / m_timeScale));
}

QString formatId(const QString &prefix, const QString &regionId, quint64 h)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id = prefix + u'-' + regionCode(regionId);
    for (int i = 0; i < 17; ++i) {
        if (i == 11)
            h = splitmix64(h);
        id += QLatin1Char(alphabet[h % 36]);
        h /= 36;
    }
    return id;
}

namespace {

struct NetworkPlan
{
    QString vpcName;
    QString cidrPrefix; ///< the first two octets
    QString cidrBlock;
    bool isDefault;
    QList<std::pair<QString, QString>> groups; ///< name, description
};

} // namespace

QString SimWorld::newId(const QString &prefix, const QString &regionId)
{
    return formatId(prefix, regionId,
        splitmix64(m_seed ^ splitmix64(++m_idCounter) ^ SpotMarket::stableHash(prefix)));
}

QString SimWorld::networkId(const QString &prefix, const QString &regionId, int index) const
{
    // Not from the id counter: networks are made lazily, and their ids must not depend on which
    // region was asked for first or on how many instances exist.
    return formatId(prefix, regionId,
        splitmix64(m_seed ^ SpotMarket::stableHash(prefix + u'/' + regionId)
            ^ splitmix64(0x6e6574ULL + quint64(index))));
}

QString SimWorld::newOrderId()
{
    return QString::number(200'000'000'000'000LL
        + qint64(splitmix64(m_seed ^ splitmix64(++m_idCounter)) % 99'999'999'999'999LL));
}

void SimWorld::ensureNetworks(const QString &regionId) const
{
    if (m_vpcs.contains(regionId))
        return;
    const SimRegion *region = m_regions.region(regionId);
    if (!region)
        return;
    static const QList<NetworkPlan> plans = {
        { u"default-vpc"_s, u"172.16"_s, u"172.16.0.0/12"_s, true,
            { { u"default"_s, u"System created security group."_s } } },
        { u"app-vpc"_s, u"192.168"_s, u"192.168.0.0/16"_s, false,
            { { u"app-web"_s, u"Web tier: HTTP and HTTPS from anywhere."_s },
                { u"app-db"_s, u"Database tier: MySQL from app-web only."_s } } },
    };
    const QDateTime created = QDateTime(QDate(2023, 3, 1), QTime(8, 0), Qt::UTC);
    QList<SimVpc> vpcs;
    QList<SimVSwitch> switches;
    QList<SimSecurityGroup> groups;
    for (int p = 0; p < plans.size(); ++p) {
        const NetworkPlan &plan = plans.at(p);
        const SimVpc vpc { networkId(u"vpc"_s, regionId, p), regionId, plan.vpcName, plan.cidrBlock,
            created.addDays(p), plan.isDefault };
        vpcs.append(vpc);
        int index = 0;
        for (const SimZone &zone : region->zones) {
            SimVSwitch sw;
            sw.vSwitchId = networkId(u"vsw"_s, regionId, p * 1000 + index);
            sw.vpcId = vpc.vpcId;
            sw.regionId = regionId;
            sw.zoneId = zone.zoneId;
            sw.vSwitchName = (plan.isDefault ? u"default-"_s : u"app-"_s) + zone.zoneId;
            sw.cidrBlock = u"%1.%2.0/20"_s.arg(plan.cidrPrefix).arg((index * 16) % 256);
            sw.availableIpAddressCount = plan.isDefault ? 4091 : 4085 - 7 * index;
            sw.creationTime = vpc.creationTime;
            sw.isDefault = plan.isDefault;
            switches.append(sw);
            ++index;
        }
        for (int g = 0; g < plan.groups.size(); ++g) {
            SimSecurityGroup group;
            group.securityGroupId = networkId(u"sg"_s, regionId, p * 1000 + g);
            group.regionId = regionId;
            group.vpcId = vpc.vpcId;
            group.securityGroupName = plan.groups.at(g).first;
            group.description = plan.groups.at(g).second;
            group.creationTime = vpc.creationTime;
            groups.append(group);
        }
    }
    m_vpcs.insert(regionId, vpcs);
    m_vSwitches.insert(regionId, switches);
    m_securityGroups.insert(regionId, groups);
}

QList<SimVpc> SimWorld::vpcs(const QString &regionId) const
{
    ensureNetworks(regionId);
    return m_vpcs.value(regionId);
}

QList<SimVSwitch> SimWorld::vSwitches(const QString &regionId) const
{
    ensureNetworks(regionId);
    return m_vSwitches.value(regionId);
}

QList<SimSecurityGroup> SimWorld::securityGroups(const QString &regionId) const
{
    ensureNetworks(regionId);
    return m_securityGroups.value(regionId);
}

const SimVSwitch *SimWorld::vSwitch(const QString &vSwitchId) const
{
    for (const SimRegion &region : m_regions.regions()) {
        ensureNetworks(region.regionId);
        for (const SimVSwitch &sw : m_vSwitches[region.regionId])
            if (sw.vSwitchId == vSwitchId)
                return &sw;
    }
    return nullptr;
}

const SimVSwitch *SimWorld::defaultVSwitch(const QString &zoneId, const QString &vpcId) const
{
    for (const SimRegion &region : m_regions.regions()) {
        if (!region.hasZone(zoneId))
            continue;
        ensureNetworks(region.regionId);
        for (const SimVSwitch &sw : m_vSwitches[region.regionId])
            if (sw.zoneId == zoneId && (vpcId.isEmpty() ? sw.isDefault : sw.vpcId == vpcId))
                return &sw;
    }
    return nullptr;
}

const SimSecurityGroup *SimWorld::securityGroup(const QString &securityGroupId) const
{
    for (const SimRegion &region : m_regions.regions()) {
        ensureNetworks(region.regionId);
        for (const SimSecurityGroup &group : m_securityGroups[region.regionId])
            if (group.securityGroupId == securityGroupId)
                return &group;
    }
    return nullptr;
}

QList<const SimInstance *> SimWorld::instances(const QString &regionId) const
{
    QList<const SimInstance *> list;
    const QStringList &order = regionId.isEmpty() ? m_order : m_orderByRegion.value(regionId);
    list.reserve(order.size());
    for (const QString &id : order)
        list.append(&*m_instances.constFind(id));
    return list;
}

QList<const SimInstance *> SimWorld::instances(
    const QString &regionId, qsizetype first, qsizetype count) const
{
    QList<const SimInstance *> list;
    const QStringList &order = regionId.isEmpty() ? m_order : m_orderByRegion.value(regionId);
    first = std::clamp<qsizetype>(first, 0, order.size());
    const qsizetype last
        = std::clamp<qsizetype>(first + std::max<qsizetype>(count, 0), first, order.size());
    list.reserve(last - first);
    for (qsizetype n = first; n < last; ++n)
        list.append(&*m_instances.constFind(order.at(n)));
    return list;
}

qsizetype SimWorld::instanceCountIn(const QString &regionId) const
{
    return regionId.isEmpty() ? m_order.size() : m_orderByRegion.value(regionId).size();
}

SimInstance *SimWorld::instance(const QString &instanceId)
{
    const auto it = m_instances.find(instanceId);
    return it == m_instances.end() ? nullptr : &*it;
}

const SimInstance *SimWorld::instance(const QString &instanceId) const
{
    const auto it = m_instances.constFind(instanceId);
    return it == m_instances.cend() ? nullptr : &*it;
}

int SimWorld::instancesUsing(const QString &zoneId, const QString &typeId) const
{
    int count = 0;
    for (const SimInstance &instance : m_instances)
        if (instance.zoneId == zoneId && instance.instanceType == typeId)
            ++count;
    return count;
}

bool SimWorld::offers(const QString &zoneId, const InstanceTypeSpec &type) const
{
    // Not every zone carries every family: GPU and ARM types live in some zones only.
    if (type.gpuAmount <= 0 && type.architecture != u"ARM")
        return true;
    return SpotMarket::stableHash(zoneId + type.family) % 3 != 0;
}

QList<const InstanceTypeSpec *> SimWorld::offeredTypes(const QString &zoneId) const
{
    QList<const InstanceTypeSpec *> types;
    for (const InstanceTypeSpec &type : m_catalog.instanceTypes())
        if (offers(zoneId, type))
            types.append(&type);
    return types;
}

int SimWorld::remainingStock(const QString &zoneId, const QString &typeId) const
{
    const InstanceTypeSpec *type = m_catalog.instanceType(typeId);
    if (!type || !offers(zoneId, *type))
        return 0;
    return std::max(0, m_market.stock(zoneId, typeId) - instancesUsing(zoneId, typeId));
}

QString SimWorld::newPrivateIp(const SimVSwitch &vSwitch)
{
    const QString network = vSwitch.cidrBlock.section(u'.', 0, 1);
    const int base = vSwitch.cidrBlock.section(u'.', 2, 2).toInt();
    const int n = int(m_idCounter++ % 4000);
    return u"%1.%2.%3"_s.arg(network).arg(base + n / 250).arg(n % 250 + 2);
}

SimInstance &SimWorld::addInstance(SimInstance instance, bool run)
{
    instance.instanceId = newId(u"i"_s, instance.regionId);
    instance.creationTime = now();
    if (instance.instanceName.isEmpty())
        instance.instanceName = instance.instanceId;
    if (instance.hostName.isEmpty())
        instance.hostName = u"iZ"_s + instance.instanceId.mid(2) + u'Z';
    ensureNetworks(instance.regionId);
    // Without a vSwitch, the zone's one in the VPC of the first security group, if any.
    const SimSecurityGroup *group = instance.securityGroupIds.isEmpty()
        ? nullptr
        : securityGroup(instance.securityGroupIds.first());
    const SimVSwitch *sw = instance.vSwitchId.isEmpty()
        ? defaultVSwitch(instance.zoneId, group ? group->vpcId : QString())
        : vSwitch(instance.vSwitchId);
    if (sw) {
        instance.vSwitchId = sw->vSwitchId;
        instance.vpcId = sw->vpcId;
        instance.privateIpAddress = newPrivateIp(*sw);
    }
    if (instance.securityGroupIds.isEmpty()) {
        for (const SimSecurityGroup &g : std::as_const(m_securityGroups[instance.regionId])) {
            if (g.vpcId == instance.vpcId) {
                instance.securityGroupIds = { g.securityGroupId };
                break;
            }
        }
    }
    if (run && instance.internetMaxBandwidthOut > 0)
        instance.publicIpAddress = allocatePublicIp(QString()); // an address, not yet bound
    const QString id = instance.instanceId;
    m_instances.insert(id, instance);
    m_order.append(id);
    m_orderByRegion[instance.regionId].append(id);
    if (run)
        plan(id,
            { { u"Pending"_s, m_timings.pendingMs }, { u"Starting"_s, m_timings.startingMs },
                { u"Running"_s, 0 } });
    else
        plan(id, { { u"Pending"_s, m_timings.pendingMs }, { u"Stopped"_s, 0 } });
    if (!m_housekeepingTimer.isActive())
        m_housekeepingTimer.start();
    return m_instances[id];
}

void SimWorld::start(const QString &instanceId)
{
    plan(instanceId, { { u"Starting"_s, m_timings.startingMs }, { u"Running"_s, 0 } });
}

void SimWorld::stop(const QString &instanceId, const QString &stoppedMode)
{
    if (SimInstance *i = instance(instanceId))
        i->stoppedMode = stoppedMode;
    plan(instanceId, { { u"Stopping"_s, m_timings.stoppingMs }, { u"Stopped"_s, 0 } });
}

void SimWorld::reboot(const QString &instanceId)
{
    plan(instanceId,
        { { u"Stopping"_s, m_timings.stoppingMs / 2 }, { u"Starting"_s, m_timings.startingMs },
            { u"Running"_s, 0 } });
}

void SimWorld::release(const QString &instanceId)
{
    const auto released = m_instances.constFind(instanceId);
    if (released == m_instances.cend())
        return;
    if (const auto byRegion = m_orderByRegion.find(released->regionId);
        byRegion != m_orderByRegion.end())
        byRegion->removeOne(instanceId);
    m_instances.erase(released);
    m_order.removeOne(instanceId);
    m_plans.remove(instanceId);
    m_reclaimAt.remove(instanceId);
    for (SimSystemEvent &event : m_events) {
        if (event.instanceId == instanceId && event.status == u"Executing") {
            event.status = u"Executed"_s;
            event.finishTime = now();
        }
    }
    qCDebug(lcEcsSim) << "released" << instanceId;
    Q_EMIT instanceReleased(instanceId);
}

QString SimWorld::allocatePublicIp(const QString &instanceId)
{
    SimInstance *target = instanceId.isEmpty() ? nullptr : instance(instanceId);
    if (target && !target->publicIpAddress.isEmpty())
        return target->publicIpAddress;
    const quint64 h = splitmix64(m_seed ^ splitmix64(++m_idCounter) ^ 0x1b);
    const QString ip
        = u"47.%1.%2.%3"_s.arg(80 + h % 40).arg((h >> 8) % 256).arg((h >> 16) % 253 + 1);
    if (target)
        target->publicIpAddress = ip;
    return ip;
}

void SimWorld::plan(const QString &instanceId, QList<Step> steps)
{
    SimInstance *target = instance(instanceId);
    if (!target || steps.isEmpty())
        return;
    const Step first = steps.takeFirst();
    target->status = first.status;
    if (first.status == u"Running")
        target->startTime = now();
    if (first.status == u"Starting" || first.status == u"Running")
        target->stoppedMode = u"Not-applicable"_s;
    Q_EMIT instanceChanged(instanceId);
    if (steps.isEmpty()) {
        m_plans.remove(instanceId);
    } else {
        m_plans.insert(instanceId, { steps, now().toMSecsSinceEpoch() + scaled(first.durationMs) });
    }
    scheduleNextStep();
}

void SimWorld::scheduleNextStep()
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Plan &p : std::as_const(m_plans))
        earliest = std::min(earliest, p.dueMs);
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_stepTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, earliest - now().toMSecsSinceEpoch());
    m_stepTimer.start(int(std::min<qint64>(wait, 3'600'000)));
}

void SimWorld::advance()
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    QStringList due;
    for (auto it = m_plans.cbegin(); it != m_plans.cend(); ++it)
        if (it->dueMs <= nowMs)
            due.append(it.key());
    for (const QString &id : std::as_const(due)) {
        QList<Step> rest = m_plans.take(id).steps;
        plan(id, rest); // also reschedules
    }
    scheduleNextStep();
}

void SimWorld::housekeeping()
{
    const QDateTime current = now();
    const qint64 nowMs = current.toMSecsSinceEpoch();
    QStringList toRelease;
    // Capacity reclaims are drawn once per hour of running (SpotMarket::reclaimedInHour), for
    // the hours since the last beat; a long jump of the clock draws for at most 31 days.
    const qint64 hourNow = nowMs / 3'600'000;
    const qint64 firstHour = m_capacityCheckedHour < 0
        ? hourNow + 1
        : std::max(m_capacityCheckedHour + 1, hourNow - 31 * 24);
    m_capacityCheckedHour = hourNow;
    for (auto it = m_instances.begin(); it != m_instances.end(); ++it) {
        SimInstance &i = *it;
        if (i.autoReleaseTime.isValid() && i.autoReleaseTime <= current) {
            toRelease.append(i.instanceId);
            continue;
        }
        if (i.isSubscription() && i.expiredTime.isValid() && i.expiredTime <= current) {
            if (i.renewalStatus == u"AutoRenewal") {
                i.expiredTime = i.expiredTime.addMonths(
                    i.periodUnit == u"Year" ? 12 * i.autoRenewDuration : i.autoRenewDuration);
                Q_EMIT instanceChanged(i.instanceId);
            } else if (!i.lockReasons.contains(u"financial"_s)) {
                i.lockReasons.append(u"financial"_s);
                if (i.status == u"Running")
                    plan(i.instanceId,
                        { { u"Stopping"_s, m_timings.stoppingMs }, { u"Stopped"_s, 0 } });
                Q_EMIT instanceChanged(i.instanceId);
            }
        }
        // A preemptible instance is reclaimed when the market rises above its price limit, or
        // when the pair's capacity is wanted back (at the pair's interruption rate).
        if (i.isSpot() && !m_reclaimAt.contains(i.instanceId)) {
            const InstanceTypeSpec *type = m_catalog.instanceType(i.instanceType);
            const double price = type ? m_market.priceAt(i.zoneId, i.instanceType,
                                     m_catalog.onDemandPrice(i.regionId, *type), current)
                                      : 0;
            bool capacityWanted = false;
            const qint64 runningSince = i.startTime.isValid()
                ? i.startTime.toMSecsSinceEpoch() / 3'600'000
                : i.creationTime.toMSecsSinceEpoch() / 3'600'000;
            for (qint64 hour = std::max(firstHour, runningSince + 1);
                 i.status == u"Running" && hour <= hourNow && !capacityWanted; ++hour)
                capacityWanted = m_market.reclaimedInHour(
                    i.zoneId, i.instanceType, SpotMarket::stableHash(i.instanceId), hour);
            if ((i.spotStrategy == u"SpotWithPriceLimit" && price > i.spotPriceLimit)
                || capacityWanted) {
                i.lockReasons.append(u"Recycling"_s);
                m_reclaimAt.insert(i.instanceId, nowMs + scaled(m_timings.reclaimNoticeMs));
                recordInterruption(i, nowMs + scaled(m_timings.reclaimNoticeMs));
                qCDebug(lcEcsSim) << "reclaiming" << i.instanceId << "price" << price << "limit"
                                  << i.spotPriceLimit;
                Q_EMIT instanceChanged(i.instanceId);
            }
        }
    }
    for (auto it = m_reclaimAt.cbegin(); it != m_reclaimAt.cend(); ++it)
        if (it.value() <= nowMs)
            toRelease.append(it.key());
    runDueEvents(current);
    for (const QString &id : std::as_const(toRelease))
        release(id);
    if (m_instances.isEmpty())
        m_housekeepingTimer.stop();
}

} // namespace ecs::sim
