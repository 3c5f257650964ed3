#pragma once

#include "callscope.h"
#include "types/lifecycle.h"

#include <QCoro/QCoroTask>

// The network choices of the create wizard, each walked to its last page (bounded whatever the
// service says) through the asker's CallScope: a renew() ends the walk, and the awaiting flow
// resumes with a Cancelled error, never with an older question's answer.
namespace ecs::lookups {

/// At most this many pages are asked for, whatever TotalCount or NextToken say.
constexpr int kMaxVSwitchPages = 40;
constexpr int kMaxSecurityGroupPages = 50;

/// The vSwitches of one zone (DescribeVSwitches, PageNumber paging).
QCoro::Task<Result<QList<VSwitch>>> vSwitchesOfZone(
    CallScope &scope, EcsClient *client, QString regionId, QString zoneId);
/// The security groups of one VPC (DescribeSecurityGroups, NextToken paging).
QCoro::Task<Result<QList<SecurityGroup>>> securityGroupsOfVpc(
    CallScope &scope, EcsClient *client, QString regionId, QString vpcId);

} // namespace ecs::lookups
