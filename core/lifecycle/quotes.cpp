#include "quotes.h"

#include "inventory/catalogue.h"
#include "types/instancetypeorder.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::quotes {

namespace {

/// One DescribePrice question for a kind of instance, as its charge type bills it.
RunInstancesSpec priceSpec(const Instance &instance, const QString &instanceType)
{
    RunInstancesSpec spec;
    spec.regionId = instance.regionId;
    spec.zoneId = instance.zoneId;
    spec.instanceType = instanceType;
    spec.chargeType
        = instance.chargeType == ChargeType::PrePaid ? ChargeType::PrePaid : ChargeType::PostPaid;
    spec.period = 1;
    spec.periodUnit = PeriodUnit::Month;
    return spec;
}

QMap<std::pair<QString, QString>, RunInstancesSpec> kindsOf(const QList<Instance> &selection)
{
    QMap<std::pair<QString, QString>, RunInstancesSpec> kinds;
    for (const Instance &i : selection) {
        RunInstancesSpec &spec = kinds[{ i.regionId + u'/' + i.zoneId, i.instanceType }];
        if (spec.instanceType.isEmpty()) {
            spec = priceSpec(i, i.instanceType);
            spec.chargeType = ChargeType::PrePaid;
            spec.amount = 0;
        }
        ++spec.amount;
    }
    return kinds;
}

} // namespace

QCoro::Task<Result<TypeChoices>> typeChoices(CallScope &scope, EcsClient *client, Instance instance)
{
    TypeChoices out;
    QSet<QString> seen;
    static constexpr SpecChange kChanges[] = { SpecChange::Upgrade, SpecChange::Downgrade };
    for (SpecChange change : kChanges) {
        const Result<QStringList> types
            = co_await scope.ask<ops::DescribeResourcesModification>(client,
                ops::DescribeResourcesModification::request(
                    instance.regionId, instance.instanceId, operationTypeWire(change)));
        if (types.cancelled())
            co_return types.error();
        if (!types.ok()) {
            if (!out.error.isError())
                out.error = types.error();
            continue;
        }
        for (const QString &type : types.value())
            if (!seen.contains(type)) { // a type on both lists is an upgrade
                seen.insert(type);
                out.choices.append(TypeChoice { type, change });
            }
    }
    std::sort(out.choices.begin(), out.choices.end(), [](const TypeChoice &a, const TypeChoice &b) {
        return instanceTypeLess(a.instanceType, b.instanceType);
    });
    co_return out;
}

QCoro::Task<Result<QHash<QString, InstanceTypeInfo>>> typeSpecs(CallScope &scope, EcsClient *client)
{
    if (!client) // the profile closed
        co_return ApiError::make(ApiError::Kind::Cancelled, {});
    // The profile's catalogue: fetched once, shared with the wizard and the Resources pane.
    const Result<QList<InstanceTypeInfo>> types
        = co_await Catalogue::of(client)->instanceTypes(scope);
    if (!types.ok())
        co_return types.error();
    QHash<QString, InstanceTypeInfo> specs;
    for (const InstanceTypeInfo &t : types.value())
        specs.insert(t.instanceTypeId, t);
    co_return specs;
}

QCoro::Task<Result<Price>> typePrice(
    CallScope &scope, EcsClient *client, Instance instance, QString instanceType)
{
    co_return co_await scope.ask<ops::DescribePrice>(
        client, ops::DescribePrice::request(priceSpec(instance, instanceType)));
}

int renewKinds(const QList<Instance> &selection)
{
    return int(kindsOf(selection).size());
}

QCoro::Task<Result<Price>> renewPrice(
    CallScope &scope, EcsClient *client, QList<Instance> selection, int months)
{
    const auto kinds = kindsOf(selection);
    if (kinds.size() > kMaxRenewKinds)
        co_return ApiError::make(ApiError::Kind::Configuration,
            QuoteTexts::tr("Not shown for more than %n kinds of instance.", "", kMaxRenewKinds));
    Price total;
    for (RunInstancesSpec spec : kinds) {
        spec.period = months;
        const Result<Price> price
            = co_await scope.ask<ops::DescribePrice>(client, ops::DescribePrice::request(spec));
        if (!price.ok())
            co_return price.error(); // cancelled, or the first that failed
        total.tradePrice += price->tradePrice;
        total.originalPrice += price->originalPrice;
        total.discountPrice += price->discountPrice;
        total.currency = price->currency;
    }
    co_return total;
}

QDateTime renewedExpiry(const Instance &instance, int months)
{
    return instance.expiredTime.isValid() ? instance.expiredTime.addMonths(months) : QDateTime();
}

QCoro::Task<Result<QList<AutoRenewAttribute>>> autoRenewOf(
    CallScope &scope, EcsClient *client, Instance instance)
{
    // Named, not braced: GCC 12 mistakes a braced list in a coroutine for an array.
    const QStringList ids(instance.instanceId);
    co_return co_await scope.ask<ops::DescribeInstanceAutoRenewAttribute>(
        client, ops::DescribeInstanceAutoRenewAttribute::request(instance.regionId, ids));
}

QCoro::Task<Result<QList<Instance>>> describeInstances(
    CallScope &scope, EcsClient *client, QString regionId, QStringList instanceIds)
{
    const Result<ops::DescribeInstances::Response> answer
        = co_await scope.ask<ops::DescribeInstances>(
            client, ops::DescribeInstances::byIds(regionId, instanceIds.mid(0, 100)));
    if (!answer.ok())
        co_return answer.error();
    co_return answer->instances;
}

} // namespace ecs::quotes
