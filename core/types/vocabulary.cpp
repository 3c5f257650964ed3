#include "vocabulary.h"

namespace ecs {

QString operationTypeWire(SpecChange change)
{
    switch (change) {
    case SpecChange::Upgrade:
        return QStringLiteral("Upgrade");
    case SpecChange::Downgrade:
        return QStringLiteral("Downgrade");
    case SpecChange::None:
        break;
    }
    return {};
}

QString Vocabulary::statusName(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Pending:
        return tr("Pending");
    case InstanceStatus::Starting:
        return tr("Starting");
    case InstanceStatus::Running:
        return tr("Running");
    case InstanceStatus::Stopping:
        return tr("Stopping");
    case InstanceStatus::Stopped:
        return tr("Stopped");
    case InstanceStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString Vocabulary::chargeTypeName(ChargeType type)
{
    switch (type) {
    case ChargeType::PostPaid:
        return tr("Pay-as-you-go");
    case ChargeType::PrePaid:
        return tr("Subscription");
    case ChargeType::Unknown:
        break;
    }
    return tr("Unknown");
}

QString Vocabulary::spotStrategyName(SpotStrategy strategy)
{
    switch (strategy) {
    case SpotStrategy::NoSpot:
        return tr("Not preemptible");
    case SpotStrategy::SpotWithPriceLimit:
        return tr("Preemptible, with a price limit");
    case SpotStrategy::SpotAsPriceGo:
        return tr("Preemptible, at the market price");
    case SpotStrategy::Unknown:
        break;
    }
    return tr("Unknown");
}

QString Vocabulary::diskCategoryName(DiskCategory category)
{
    switch (category) {
    case DiskCategory::Cloud:
        return tr("Basic disk");
    case DiskCategory::CloudEfficiency:
        return tr("Ultra disk");
    case DiskCategory::CloudSsd:
        return tr("Standard SSD");
    case DiskCategory::CloudEssd:
        return tr("Enhanced SSD (ESSD)");
    case DiskCategory::CloudAuto:
        return tr("ESSD AutoPL");
    case DiskCategory::CloudEssdEntry:
        return tr("ESSD Entry");
    case DiskCategory::Unknown:
        break;
    }
    return tr("Unknown");
}

QString Vocabulary::stoppedModeName(StoppedMode mode)
{
    switch (mode) {
    case StoppedMode::KeepCharging:
        return tr("Keep charging");
    case StoppedMode::StopCharging:
        return tr("Stop charging (economical mode)");
    case StoppedMode::Default:
        break;
    }
    return tr("The service's default");
}

QString Vocabulary::billingName(Billing billing)
{
    switch (billing) {
    case Billing::PayAsYouGo:
        return tr("Pay-as-you-go");
    case Billing::Subscription:
        return tr("Subscription");
    case Billing::Preemptible:
        return tr("Preemptible");
    }
    return {};
}

} // namespace ecs
