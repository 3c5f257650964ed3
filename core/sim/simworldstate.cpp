// SimWorld's bulk operations: pre-populating a fleet, saving and restoring instances.
#include "simworld.h"

#include <QJsonArray>

#include <random>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

QJsonObject toJson(const SimInstance &i)
{
    QJsonArray tags;
    for (const auto &[key, value] : i.tags)
        tags.append(QJsonArray { key, value });
    auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    return { { u"instanceId"_s, i.instanceId }, { u"regionId"_s, i.regionId },
        { u"zoneId"_s, i.zoneId }, { u"instanceName"_s, i.instanceName },
        { u"hostName"_s, i.hostName }, { u"description"_s, i.description },
        { u"instanceType"_s, i.instanceType }, { u"imageId"_s, i.imageId },
        { u"osType"_s, i.osType }, { u"osName"_s, i.osName }, { u"status"_s, i.status },
        { u"stoppedMode"_s, i.stoppedMode }, { u"instanceChargeType"_s, i.instanceChargeType },
        { u"internetChargeType"_s, i.internetChargeType },
        { u"internetMaxBandwidthOut"_s, i.internetMaxBandwidthOut },
        { u"spotStrategy"_s, i.spotStrategy }, { u"spotPriceLimit"_s, i.spotPriceLimit },
        { u"spotDuration"_s, i.spotDuration }, { u"creationTime"_s, time(i.creationTime) },
        { u"startTime"_s, time(i.startTime) }, { u"expiredTime"_s, time(i.expiredTime) },
        { u"autoReleaseTime"_s, time(i.autoReleaseTime) },
        { u"deletionProtection"_s, i.deletionProtection }, { u"vpcId"_s, i.vpcId },
        { u"vSwitchId"_s, i.vSwitchId }, { u"privateIpAddress"_s, i.privateIpAddress },
        { u"publicIpAddress"_s, i.publicIpAddress },
        { u"securityGroupIds"_s, QJsonArray::fromStringList(i.securityGroupIds) },
        { u"lockReasons"_s, QJsonArray::fromStringList(i.lockReasons) }, { u"tags"_s, tags },
        { u"systemDiskCategory"_s, i.systemDiskCategory },
        { u"systemDiskSize"_s, i.systemDiskSize }, { u"autoRenewEnabled"_s, i.autoRenewEnabled },
        { u"autoRenewDuration"_s, i.autoRenewDuration }, { u"periodUnit"_s, i.periodUnit },
        { u"renewalStatus"_s, i.renewalStatus } };
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

SimInstance fromJson(const QJsonObject &o)
{
    auto time = [&o](const char *name) {
        QDateTime t
            = QDateTime::fromString(o.value(QLatin1StringView(name)).toString(), Qt::ISODateWithMs);
        if (t.isValid())
            t.setTimeSpec(Qt::UTC);
        return t;
    };
    auto str = [&o](const char *name) { return o.value(QLatin1StringView(name)).toString(); };
    SimInstance i;
    i.instanceId = str("instanceId");
    i.regionId = str("regionId");
    i.zoneId = str("zoneId");
    i.instanceName = str("instanceName");
    i.hostName = str("hostName");
    i.description = str("description");
    i.instanceType = str("instanceType");
    i.imageId = str("imageId");
    i.osType = str("osType");
    i.osName = str("osName");
    i.status = str("status");
    i.stoppedMode = str("stoppedMode");
    i.instanceChargeType = str("instanceChargeType");
    i.internetChargeType = str("internetChargeType");
    i.internetMaxBandwidthOut = o.value("internetMaxBandwidthOut"_L1).toInt();
    i.spotStrategy = str("spotStrategy");
    i.spotPriceLimit = o.value("spotPriceLimit"_L1).toDouble();
    i.spotDuration = o.value("spotDuration"_L1).toInt();
    i.creationTime = time("creationTime");
    i.startTime = time("startTime");
    i.expiredTime = time("expiredTime");
    i.autoReleaseTime = time("autoReleaseTime");
    i.deletionProtection = o.value("deletionProtection"_L1).toBool();
    i.vpcId = str("vpcId");
    i.vSwitchId = str("vSwitchId");
    i.privateIpAddress = str("privateIpAddress");
    i.publicIpAddress = str("publicIpAddress");
    i.securityGroupIds = stringList(o.value("securityGroupIds"_L1));
    i.lockReasons = stringList(o.value("lockReasons"_L1));
    for (const QJsonValue &tag : o.value("tags"_L1).toArray())
        i.tags.append({ tag.toArray().at(0).toString(), tag.toArray().at(1).toString() });
    i.systemDiskCategory = str("systemDiskCategory");
    i.systemDiskSize = o.value("systemDiskSize"_L1).toInt(40);
    i.autoRenewEnabled = o.value("autoRenewEnabled"_L1).toBool();
    i.autoRenewDuration = o.value("autoRenewDuration"_L1).toInt(1);
    i.periodUnit = o.value("periodUnit"_L1).toString(u"Month"_s);
    i.renewalStatus = o.value("renewalStatus"_L1).toString(u"Normal"_s);
    return i;
}

} // namespace

void SimWorld::populate(int count, int regionLimit)
{
    std::mt19937_64 random(m_seed);
    auto pick = [&random](qsizetype size) { return qsizetype(random() % quint64(size)); };
    const QList<SimRegion> regions
        = regionLimit > 0 ? m_regions.regions().mid(0, regionLimit) : m_regions.regions();
    const QList<InstanceTypeSpec> &types = m_catalog.instanceTypes();
    QList<const ImageSpec *> x86, arm;
    for (const ImageSpec &image : m_catalog.images())
        (image.architecture == u"arm64" ? arm : x86).append(&image);
    static const QStringList roles
        = { u"web"_s, u"api"_s, u"db"_s, u"cache"_s, u"batch"_s, u"worker"_s, u"build"_s };
    static const QStringList environments = { u"prod"_s, u"staging"_s, u"dev"_s };
    const QDateTime now = this->now();
    if (regions.isEmpty() || types.isEmpty() || x86.isEmpty())
        return;
    for (int n = 0; n < count; ++n) {
        // Half the fleet in the big Chinese regions, the rest anywhere.
        const SimRegion &region = n % 2 == 0 && regions.size() > 6
            ? regions.at(5 + pick(2))
            : regions.at(pick(regions.size()));
        const SimZone &zone = region.zones.at(pick(region.zones.size()));
        // The drawn type, or the next one the zone offers (no extra draw: the same seed keeps
        // the same fleet).
        qsizetype typeIndex = pick(types.size());
        for (qsizetype step = 0; step < types.size() && !offers(zone.zoneId, types.at(typeIndex));
             ++step)
            typeIndex = (typeIndex + 1) % types.size();
        const InstanceTypeSpec &type = types.at(typeIndex);
        const QList<const ImageSpec *> &images
            = type.architecture == u"ARM" && !arm.isEmpty() ? arm : x86;
        const ImageSpec &image = *images.at(pick(images.size()));
        SimInstance i;
        i.regionId = region.regionId;
        i.zoneId = zone.zoneId;
        i.instanceType = type.id;
        i.imageId = image.id;
        i.osType = image.osType;
        i.osName = image.wire.value("OSNameEn"_L1).toString(image.name);
        const QString role = roles.at(pick(roles.size()));
        const QString environment = environments.at(pick(environments.size()));
        i.instanceName = u"%1-%2-%3"_s.arg(role, environment).arg(n + 1, 4, 10, QLatin1Char('0'));
        i.tags = { { u"env"_s, environment }, { u"role"_s, role } };
        i.internetMaxBandwidthOut = random() % 3 == 0 ? 10 : 0;
        const int kind = int(random() % 10);
        if (kind == 0) {
            i.instanceChargeType = u"PrePaid"_s;
            i.expiredTime = now.addDays(qint64(random() % 120) - 10);
            i.renewalStatus = random() % 2 ? u"AutoRenewal"_s : u"Normal"_s;
        } else if (kind == 1) {
            i.spotStrategy = u"SpotAsPriceGo"_s;
        }
        SimInstance &added = addInstance(i, true);
        // Settle it at once, as if it had been running for a while.
        m_plans.remove(added.instanceId);
        added.creationTime = now.addSecs(-qint64(random() % (90 * 24 * 3600)));
        planMaintenance(added);
        added.startTime = added.creationTime.addSecs(60);
        const bool stopped = random() % 5 == 0;
        added.status = stopped ? u"Stopped"_s : u"Running"_s;
        added.stoppedMode = stopped ? u"KeepCharging"_s : u"Not-applicable"_s;
        if (!added.internetMaxBandwidthOut)
            added.publicIpAddress.clear();
    }
    scheduleNextStep();
}

QJsonObject SimWorld::saveState() const
{
    QJsonArray instances;
    for (const QString &id : m_order)
        instances.append(toJson(*m_instances.constFind(id)));
    return { { u"format"_s, 1 }, { u"seed"_s, QString::number(m_seed) },
        { u"idCounter"_s, QString::number(m_idCounter) }, { u"instances"_s, instances } };
}

bool SimWorld::restoreState(const QJsonObject &state, QString *error)
{
    // Format 2 adds what the server keeps (ClientTokens, nonces); the world part is the same.
    const int format = state.value("format"_L1).toInt();
    if (format != 1 && format != 2) {
        *error = u"unknown state format"_s;
        return false;
    }
    m_idCounter = std::max(m_idCounter, state.value("idCounter"_L1).toString().toULongLong());
    for (const QJsonValue &value : state.value("instances"_L1).toArray()) {
        SimInstance i = fromJson(value.toObject());
        if (i.instanceId.isEmpty() || !m_regions.region(i.regionId)
            || m_instances.contains(i.instanceId))
            continue;
        // A transition in progress when the state was saved has finished by now.
        if (i.status == u"Pending" || i.status == u"Starting")
            i.status = u"Running"_s;
        else if (i.status == u"Stopping")
            i.status = u"Stopped"_s;
        ensureNetworks(i.regionId);
        m_order.append(i.instanceId);
        m_orderByRegion[i.regionId].append(i.instanceId);
        m_instances.insert(i.instanceId, i);
    }
    if (!m_instances.isEmpty())
        m_housekeepingTimer.start();
    return true;
}

} // namespace ecs::sim
