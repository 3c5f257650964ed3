#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ecs::sim {

using TagList = QList<std::pair<QString, QString>>;

struct SimVpc
{
    QString vpcId;
    QString regionId;
    QString vpcName;
    QString cidrBlock;
    QDateTime creationTime;
    bool isDefault = true;
};

struct SimVSwitch
{
    QString vSwitchId;
    QString vpcId;
    QString regionId;
    QString zoneId;
    QString vSwitchName;
    QString cidrBlock;
    int availableIpAddressCount = 252;
    QDateTime creationTime;
    bool isDefault = true;
};

struct SimSecurityGroup
{
    QString securityGroupId;
    QString regionId;
    QString vpcId;
    QString securityGroupName;
    QString description;
    QString securityGroupType = QStringLiteral("normal");
    QDateTime creationTime;
};

/// One instance and everything the Describe* operations report about it.
struct SimInstance
{
    QString instanceId;
    QString regionId;
    QString zoneId;
    QString instanceName;
    QString hostName;
    QString description;
    QString instanceType;
    QString imageId;
    QString osType;
    QString osName;
    QString status = QStringLiteral("Pending");
    QString stoppedMode = QStringLiteral("Not-applicable");
    QString instanceChargeType = QStringLiteral("PostPaid");
    QString internetChargeType = QStringLiteral("PayByTraffic");
    int internetMaxBandwidthOut = 0;
    QString spotStrategy = QStringLiteral("NoSpot");
    double spotPriceLimit = 0;
    int spotDuration = 0;
    QDateTime creationTime;
    QDateTime startTime;
    QDateTime expiredTime; ///< invalid for pay-as-you-go (reported as 2099-12-31T15:59Z)
    QDateTime autoReleaseTime;
    bool deletionProtection = false;
    QString vpcId;
    QString vSwitchId;
    QString privateIpAddress;
    QString publicIpAddress;
    QStringList securityGroupIds;
    QStringList lockReasons; ///< financial, security, Recycling, refunded
    TagList tags;
    QString systemDiskCategory = QStringLiteral("cloud_essd");
    int systemDiskSize = 40;
    // Auto-renew attributes of subscription instances.
    bool autoRenewEnabled = false;
    int autoRenewDuration = 1;
    QString periodUnit = QStringLiteral("Month");
    QString renewalStatus = QStringLiteral("Normal");

    bool isSpot() const { return spotStrategy != u"NoSpot"; }
    bool isSubscription() const { return instanceChargeType == u"PrePaid"; }
    bool isLocked() const { return !lockReasons.isEmpty(); }
};

/// A system event of an instance (DescribeInstanceHistoryEvents). Kept after the instance goes:
/// a reclaimed instance's interruption stays in its history.
struct SimSystemEvent
{
    QString eventId;
    QString instanceId;
    QString regionId;
    QString eventType; ///< SystemMaintenance.Reboot, Instance:PreemptibleInstanceInterruption, …
    QString status = QStringLiteral("Scheduled"); ///< Scheduled, Executing, Executed, Canceled, …
    QDateTime publishTime;
    QDateTime notBefore;
    QDateTime finishTime; ///< invalid until it ends
    QString reason;
};

} // namespace ecs::sim
