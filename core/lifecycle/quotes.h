#pragma once

#include "callscope.h"
#include "result.h"
#include "types/availableresource.h"
#include "types/instance.h"
#include "types/lifecycle.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <QCoro/QCoroTask>

// The lookups the action dialogs show while they are open (what a type change or a renewal would
// cost, which types are on offer, the current auto-renew setting, the new addresses), asked
// through the dialog's CallScope: a newer question cancels the older one, and a flow resumed with
// Cancelled returns at once. Nothing here touches the scope after a cancelled answer.
namespace ecs::quotes {

/// A type the instance can change to, and which way (subscriptions: upgrade or downgrade).
struct TypeChoice
{
    QString instanceType;
    SpecChange change = SpecChange::Upgrade;
    bool operator==(const TypeChoice &) const = default;
};

struct TypeChoices
{
    QList<TypeChoice> choices; ///< in the order people read types
    /// The first lookup that failed, if any: the choices of the others are still there.
    ApiError error;
};

/// DescribeResourcesModification for upgrades, then downgrades. Errors only when cancelled.
QCoro::Task<Result<TypeChoices>> typeChoices(
    CallScope &scope, EcsClient *client, Instance instance);

/// vCPU and memory of every instance type, by type, from the profile's Catalogue.
QCoro::Task<Result<QHash<QString, InstanceTypeInfo>>> typeSpecs(
    CallScope &scope, EcsClient *client);

/// The price of `instance` as `instanceType`: a month of a subscription, an hour of
/// pay-as-you-go (DescribePrice).
QCoro::Task<Result<Price>> typePrice(
    CallScope &scope, EcsClient *client, Instance instance, QString instanceType);

/// At most this many DescribePrice calls for one renewal quote (one per kind of instance).
constexpr int kMaxRenewKinds = 10;
/// The kinds of instance (zone and type) of a selection: one price each.
int renewKinds(const QList<Instance> &selection);
/// What renewing `selection` for `months` costs, summed over its kinds (at most kMaxRenewKinds;
/// more is an error before anything is asked).
QCoro::Task<Result<Price>> renewPrice(
    CallScope &scope, EcsClient *client, QList<Instance> selection, int months);
/// The expiry after renewing for `months`; invalid when the current one is unknown.
QDateTime renewedExpiry(const Instance &instance, int months);

/// The current auto-renew setting of `instance`, if the service names it.
QCoro::Task<Result<QList<AutoRenewAttribute>>> autoRenewOf(
    CallScope &scope, EcsClient *client, Instance instance);

/// The instances of `regionId` named (at most 100), as described now: their addresses.
QCoro::Task<Result<QList<Instance>>> describeInstances(
    CallScope &scope, EcsClient *client, QString regionId, QStringList instanceIds);

/// The words of the lookups (translation context ecs::Quotes).
class QuoteTexts
{
    Q_DECLARE_TR_FUNCTIONS(ecs::Quotes)
};

} // namespace ecs::quotes
