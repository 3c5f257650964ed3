#pragma once

#include "simcatalog.h"
#include "simdataset.h"
#include "siminstance.h"
#include "spotmarket.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ecs::sim {

/// The service's id shape: prefix, region code, 17 characters from the hash (i-bp1…).
QString formatId(const QString &prefix, const QString &regionId, quint64 hash);

/// Durations of the state machine's steps at time scale 1, in milliseconds: realistic figures.
struct SimTimings
{
    int pendingMs = 8'000;
    int startingMs = 12'000;
    int stoppingMs = 10'000;
    int reclaimNoticeMs = 5 * 60'000; ///< a preemptible instance's Recycling lock before release
    /// How far ahead a maintenance reboot is announced (its NotBefore after its publication).
    qint64 maintenanceNoticeMs = 3LL * 24 * 3'600'000;
};

/// The simulator's mutable world: per-region networks and instances, the instance state machine
/// running on timers, the spot market and capacity. Lives in the simulator's thread.
class SimWorld : public QObject
{
    Q_OBJECT

public:
    SimWorld(SimDataset regions, SimCatalog catalog, quint64 seed, double timeScale,
        QObject *parent = nullptr);

    const SimDataset &regions() const { return m_regions; }
    SimDataset &mutableRegions() { return m_regions; } ///< the server names its region endpoints
    const SimCatalog &catalog() const { return m_catalog; }
    SpotMarket &market() { return m_market; }
    const SpotMarket &market() const { return m_market; }
    double timeScale() const { return m_timeScale; }
    SimTimings &timings() { return m_timings; }
    QDateTime now() const;
    /// Moves the world's clock (not the signature check's) forward: tests and demos reach an
    /// auto-release time or an expiry without waiting for it.
    void advanceClock(qint64 ms);

    // Networks: two VPCs per region (the default one and "app-vpc"), each with a vSwitch per zone
    // and security groups of its own, so that answers mixed between VPCs show. Their ids derive
    // from the seed and region only: the same in every run and after a restart.
    QList<SimVpc> vpcs(const QString &regionId) const;
    QList<SimVSwitch> vSwitches(const QString &regionId) const;
    QList<SimSecurityGroup> securityGroups(const QString &regionId) const;
    const SimVSwitch *vSwitch(const QString &vSwitchId) const;
    /// The zone's vSwitch in `vpcId`, or in the default VPC when `vpcId` is empty.
    const SimVSwitch *defaultVSwitch(const QString &zoneId, const QString &vpcId = {}) const;
    const SimSecurityGroup *securityGroup(const QString &securityGroupId) const;

    // The one catalogue of what a zone offers: DescribeZones, DescribeAvailableResource,
    // DescribeResourcesModification and creation all ask these, so they cannot disagree.
    bool offers(const QString &zoneId, const InstanceTypeSpec &type) const;
    QList<const InstanceTypeSpec *> offeredTypes(const QString &zoneId) const;

    // Instances, in creation order.
    QList<const SimInstance *> instances(const QString &regionId = {}) const;
    /// Instances `first`…`first + count - 1` of instances(regionId), without walking the rest.
    QList<const SimInstance *> instances(
        const QString &regionId, qsizetype first, qsizetype count) const;
    qsizetype instanceCountIn(const QString &regionId) const;
    SimInstance *instance(const QString &instanceId);
    const SimInstance *instance(const QString &instanceId) const;
    int instanceCount() const { return int(m_instances.size()); }
    /// Instances of a (zone, type) pair that hold capacity.
    int instancesUsing(const QString &zoneId, const QString &typeId) const;
    /// 0 for a type the zone does not offer.
    int remainingStock(const QString &zoneId, const QString &typeId) const;

    /// Adds an instance (ids, IPs and times filled in) and starts its life: Pending, then Running
    /// when `run`, else Stopped.
    SimInstance &addInstance(SimInstance instance, bool run);
    void start(const QString &instanceId);
    void stop(const QString &instanceId, const QString &stoppedMode);
    void reboot(const QString &instanceId);
    void release(const QString &instanceId);
    QString allocatePublicIp(const QString &instanceId);

    QString newId(const QString &prefix, const QString &regionId);
    QString newOrderId();
    /// Every id, IP and order number draws from this counter; it is saved with the state, so a
    /// restarted simulator never hands out an id twice.
    quint64 idCounter() const { return m_idCounter; }
    /// Pay-as-you-go instances "expire" at this fixed far-future time on the wire.
    static QString payAsYouGoExpiry() { return QStringLiteral("2099-12-31T15:59Z"); }

    /// System events, oldest first, of every region (also of instances that are gone).
    const QList<SimSystemEvent> &systemEvents() const { return m_events; }
    /// Announces a maintenance reboot of the instance, due `noticeMs` (scaled by the time scale)
    /// from now; it is carried out (the instance reboots) when due.
    SimSystemEvent &scheduleMaintenance(const QString &instanceId, qint64 noticeMs);

    /// Runs the timers' work now (tests drive time through this and the time scale).
    void housekeeping();

    /// Creates `count` settled instances spread over regions, zones, types, charge types and
    /// states, deterministically from the seed (`ecs-sim --instances N`).
    /// `regionLimit` > 0: only the first that many regions get instances.
    void populate(int count, int regionLimit = 0);
    /// The instances and counters, and their restoration (`ecs-sim --state FILE`).
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state, QString *error);

Q_SIGNALS:
    void instanceChanged(const QString &instanceId);
    void instanceReleased(const QString &instanceId);

private:
    struct Step
    {
        QString status;
        int durationMs; ///< at time scale 1
    };
    void plan(const QString &instanceId, QList<Step> steps);
    void advance();
    void scheduleNextStep();
    qint64 scaled(int ms) const;
    void ensureNetworks(const QString &regionId) const;
    QString networkId(const QString &prefix, const QString &regionId, int index) const;
    QString newPrivateIp(const SimVSwitch &vSwitch);

    SimDataset m_regions;
    SimCatalog m_catalog;
    SpotMarket m_market;
    quint64 m_seed;
    double m_timeScale;
    SimTimings m_timings;
    quint64 m_idCounter = 0;
    qint64 m_clockOffsetMs = 0;

    mutable QHash<QString, QList<SimVpc>> m_vpcs;
    mutable QHash<QString, QList<SimVSwitch>> m_vSwitches;
    mutable QHash<QString, QList<SimSecurityGroup>> m_securityGroups;

    QHash<QString, SimInstance> m_instances;
    QStringList m_order;
    QHash<QString, QStringList> m_orderByRegion; ///< m_order split by region (a page reads one)
    struct Plan
    {
        QList<Step> steps;
        qint64 dueMs = 0; ///< when the current step ends (ms since epoch)
    };
    QHash<QString, Plan> m_plans;
    QHash<QString, qint64> m_reclaimAt; ///< preemptible instances under the Recycling lock
    qint64 m_capacityCheckedHour = -1; ///< the last hour the capacity reclaimer drew for
    QList<SimSystemEvent> m_events;
    void recordInterruption(const SimInstance &instance, qint64 reclaimAtMs);
    void runDueEvents(const QDateTime &now);
    /// A few populated instances get a maintenance reboot, chosen from the seed.
    void planMaintenance(const SimInstance &instance);
    QTimer m_stepTimer;
    QTimer m_housekeepingTimer;
};

} // namespace ecs::sim
