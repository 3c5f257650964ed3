#pragma once

#include "callscope.h"
#include "lifecycle/quotes.h"
#include "result.h"
#include "types/instance.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <QCoro/QCoroTask>

// The quotes of a selection that spans several profiles: each profile's part is priced through
// that profile's own client (accounts may differ in prices, discounts and even currency), and
// the parts are shown side by side; a total only when every part is known in one currency.
namespace ecs::quotes {

/// A profile of a selection and the client its calls go through (null: it is not open).
struct ProfileClient
{
    QString profileId; ///< empty: the window's own profile
    QString name; ///< what people read
    QPointer<EcsClient> client;
};

/// What one profile's part of a renewal costs, or why that is not known.
struct ProfilePrice
{
    QString profileId;
    QString name;
    int instances = 0;
    Price price;
    ApiError error; ///< set: the price is unknown (never shown as zero)
    bool known() const { return !error.isError(); }
};

/// renewPrice() for each profile's part of `selection` (profiles in splitByProfile()'s order),
/// one after the other on `scope` (each part at most kMaxRenewKinds DescribePrice calls). A part
/// whose price fails keeps its error and the others go on; Cancelled only when `scope` was
/// renewed. `profiles` names each profile's client; one missing is an error for its part.
QCoro::Task<Result<QList<ProfilePrice>>> fleetRenewPrice(
    CallScope &scope, QList<ProfileClient> profiles, QList<Instance> selection, int months);

/// The sum of the parts, when every one is known and all are in one currency.
std::optional<Price> totalOf(const QList<ProfilePrice> &parts);

} // namespace ecs::quotes
