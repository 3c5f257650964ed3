#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// The service's enumerations as C++ enums, each mapped to and from its wire spelling in one place
// (ecs-api.md §3–§4). Code compares enums; only requests and parsers meet the strings.
namespace ecs {

/// DescribeInstances' Status. Unknown: absent, or a value this console does not know (the
/// record keeps what was sent).
enum class InstanceStatus { Unknown, Pending, Starting, Running, Stopping, Stopped };
/// InstanceChargeType.
enum class ChargeType { Unknown, PostPaid, PrePaid };
/// SpotStrategy.
enum class SpotStrategy { Unknown, NoSpot, SpotWithPriceLimit, SpotAsPriceGo };
/// StopInstances' StoppedMode. Default: the parameter is not sent.
enum class StoppedMode { Default, KeepCharging, StopCharging };
/// InternetChargeType.
enum class InternetChargeType { Unknown, PayByTraffic, PayByBandwidth };
/// SystemDisk.Category / DataDisk.N.Category.
enum class DiskCategory {
    Unknown,
    Cloud,
    CloudEfficiency,
    CloudSsd,
    CloudEssd,
    CloudAuto,
    CloudEssdEntry,
};
/// PeriodUnit of a subscription.
enum class PeriodUnit { Unknown, Week, Month, Year };
/// ModifyPrepayInstanceSpec's OperatorType (lower case on the wire) and
/// DescribeResourcesModification's OperationType (capitalised). None: pay-as-you-go.
enum class SpecChange { None, Upgrade, Downgrade };

/// How an instance is paid for, as people choose it (the wizard, the Resources pane): one choice
/// that maps to InstanceChargeType and SpotStrategy.
enum class Billing { PayAsYouGo, Subscription, Preemptible };
constexpr ChargeType chargeTypeOf(Billing b)
{
    return b == Billing::Subscription ? ChargeType::PrePaid : ChargeType::PostPaid;
}
/// Preemptible asks for SpotAsPriceGo unless a limit is set (SpotWithPriceLimit).
constexpr SpotStrategy spotStrategyOf(Billing b, bool priceLimit = false)
{
    if (b != Billing::Preemptible)
        return SpotStrategy::NoSpot;
    return priceLimit ? SpotStrategy::SpotWithPriceLimit : SpotStrategy::SpotAsPriceGo;
}

/// The wire spelling of each value; the Unknown / Default / None values have none.
template<typename E> struct WireNames;

#define ECS_WIRE_NAMES(Enum, ...)                                                                  \
    template<> struct WireNames<Enum>                                                              \
    {                                                                                              \
        static constexpr std::pair<Enum, const char *> table[] = { __VA_ARGS__ };                  \
    };

ECS_WIRE_NAMES(InstanceStatus, { InstanceStatus::Pending, "Pending" },
    { InstanceStatus::Starting, "Starting" }, { InstanceStatus::Running, "Running" },
    { InstanceStatus::Stopping, "Stopping" }, { InstanceStatus::Stopped, "Stopped" })
ECS_WIRE_NAMES(ChargeType, { ChargeType::PostPaid, "PostPaid" }, { ChargeType::PrePaid, "PrePaid" })
ECS_WIRE_NAMES(SpotStrategy, { SpotStrategy::NoSpot, "NoSpot" },
    { SpotStrategy::SpotWithPriceLimit, "SpotWithPriceLimit" },
    { SpotStrategy::SpotAsPriceGo, "SpotAsPriceGo" })
ECS_WIRE_NAMES(StoppedMode, { StoppedMode::KeepCharging, "KeepCharging" },
    { StoppedMode::StopCharging, "StopCharging" })
ECS_WIRE_NAMES(InternetChargeType, { InternetChargeType::PayByTraffic, "PayByTraffic" },
    { InternetChargeType::PayByBandwidth, "PayByBandwidth" })
ECS_WIRE_NAMES(DiskCategory, { DiskCategory::Cloud, "cloud" },
    { DiskCategory::CloudEfficiency, "cloud_efficiency" }, { DiskCategory::CloudSsd, "cloud_ssd" },
    { DiskCategory::CloudEssd, "cloud_essd" }, { DiskCategory::CloudAuto, "cloud_auto" },
    { DiskCategory::CloudEssdEntry, "cloud_essd_entry" })
ECS_WIRE_NAMES(PeriodUnit, { PeriodUnit::Week, "Week" }, { PeriodUnit::Month, "Month" },
    { PeriodUnit::Year, "Year" })
ECS_WIRE_NAMES(
    SpecChange, { SpecChange::Upgrade, "upgrade" }, { SpecChange::Downgrade, "downgrade" })

/// DescribeAvailableResource's StatusCategory of one resource value in one zone.
enum class StockStatus { Unknown, WithStock, ClosedWithStock, WithoutStock, ClosedWithoutStock };
ECS_WIRE_NAMES(StockStatus, { StockStatus::WithStock, "WithStock" },
    { StockStatus::ClosedWithStock, "ClosedWithStock" },
    { StockStatus::WithoutStock, "WithoutStock" },
    { StockStatus::ClosedWithoutStock, "ClosedWithoutStock" })
/// Whether an instance can be created from this stock now (running low still can).
constexpr bool canCreateFrom(StockStatus s)
{
    return s == StockStatus::WithStock || s == StockStatus::ClosedWithStock;
}

/// DescribeRegions' Status of a region.
enum class RegionState { Unknown, Available, SoldOut };
ECS_WIRE_NAMES(
    RegionState, { RegionState::Available, "available" }, { RegionState::SoldOut, "soldOut" })

/// OperationLocks.LockReason of an instance.
enum class LockReason { Unknown, Financial, Security, Recycling, DedicatedHostFinancial, Refunded };
ECS_WIRE_NAMES(LockReason, { LockReason::Financial, "financial" },
    { LockReason::Security, "security" }, { LockReason::Recycling, "Recycling" },
    { LockReason::DedicatedHostFinancial, "dedicatedhostfinancial" },
    { LockReason::Refunded, "refunded" })

#undef ECS_WIRE_NAMES

/// The wire spelling, or an empty string for a value that has none (Unknown, Default, None).
template<typename E> QString toWire(E value)
{
    for (const auto &[v, name] : WireNames<E>::table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

/// The value spelled `wire` (exactly, as the service spells it), or nullopt.
template<typename E> std::optional<E> fromWire(QStringView wire)
{
    for (const auto &[v, name] : WireNames<E>::table)
        if (wire == QLatin1String(name))
            return v;
    return std::nullopt;
}

/// The value spelled `wire`, or `fallback` (Unknown) for anything else, empty included.
template<typename E> E fromWireOr(QStringView wire, E fallback)
{
    return fromWire<E>(wire).value_or(fallback);
}

/// DescribeResourcesModification's OperationType: "Upgrade" / "Downgrade" (empty for None).
QString operationTypeWire(SpecChange change);

/// Words for people, translated (context "ecs::Vocabulary").
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(ecs::Vocabulary)

public:
    static QString statusName(InstanceStatus status);
    static QString chargeTypeName(ChargeType type); ///< Pay-as-you-go / Subscription
    static QString spotStrategyName(SpotStrategy strategy);
    static QString diskCategoryName(DiskCategory category);
    static QString stoppedModeName(StoppedMode mode);
    static QString billingName(Billing billing);
};

/// Whether the instance is on its way between two stable states.
constexpr bool isTransitional(InstanceStatus s)
{
    return s == InstanceStatus::Pending || s == InstanceStatus::Starting
        || s == InstanceStatus::Stopping;
}

} // namespace ecs
