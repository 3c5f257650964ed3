#include "runinstancesspec.h"

#include "jsonreader.h"
#include "lifecycle.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

QString formatNumber(double value)
{
    return QString::number(value, 'f', 3).remove(QRegularExpression(u"\\.?0+$"_s));
}

/// RunInstances numbers a batch's names itself: "web-[1,3]" is web-001, web-002… The pattern
/// counts as ordinary characters for the length, and is skipped for the character rules.
QString withoutSequence(const QString &name)
{
    static const QRegularExpression sequence(u"\\[\\d+,\\d+\\]"_s);
    return QString(name).remove(sequence);
}

bool startsWithUrl(const QString &text)
{
    return text.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

} // namespace

Billing RunInstancesSpec::billing() const
{
    if (chargeType == ChargeType::PrePaid)
        return Billing::Subscription;
    return spotStrategy == SpotStrategy::SpotAsPriceGo
            || spotStrategy == SpotStrategy::SpotWithPriceLimit
        ? Billing::Preemptible
        : Billing::PayAsYouGo;
}

void RunInstancesSpec::setBilling(Billing billing, bool priceLimit)
{
    chargeType = chargeTypeOf(billing);
    spotStrategy = spotStrategyOf(billing, priceLimit);
}

std::pair<int, int> RunInstancesSpec::systemDiskRange(DiskCategory category)
{
    switch (category) {
    case DiskCategory::Cloud:
        return { 20, 500 };
    case DiskCategory::CloudEfficiency:
    case DiskCategory::CloudSsd:
    case DiskCategory::CloudEssd:
    case DiskCategory::CloudAuto:
    case DiskCategory::CloudEssdEntry:
        return { 20, 2048 };
    case DiskCategory::Unknown:
        break;
    }
    return { 0, 0 };
}

std::pair<int, int> RunInstancesSpec::dataDiskRange(DiskCategory category)
{
    switch (category) {
    case DiskCategory::Cloud:
        return { 5, 2000 };
    case DiskCategory::CloudEfficiency:
    case DiskCategory::CloudSsd:
    case DiskCategory::CloudEssd:
        return { 20, 32768 };
    case DiskCategory::CloudAuto:
        return { 1, 32768 };
    case DiskCategory::CloudEssdEntry:
        return { 10, 32768 };
    case DiskCategory::Unknown:
        break;
    }
    return { 0, 0 };
}

QList<int> RunInstancesSpec::periodsFor(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Week:
        return { 1, 2, 3, 4 };
    case PeriodUnit::Month:
        return { 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 };
    case PeriodUnit::Year:
        return { 1, 2, 3, 4, 5 };
    case PeriodUnit::Unknown:
        break;
    }
    return {};
}

QList<DiskCategory> RunInstancesSpec::offeredDiskCategories()
{
    return { DiskCategory::CloudEssd, DiskCategory::CloudAuto, DiskCategory::CloudSsd,
        DiskCategory::CloudEfficiency };
}

QList<std::pair<QString, QString>> RunInstancesSpec::parseTags(const QString &text)
{
    QList<std::pair<QString, QString>> tags;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        tags.append({ part.left(eq).trimmed(), eq < 0 ? QString() : part.mid(eq + 1).trimmed() });
    }
    return tags;
}

QList<SpecProblem> RunInstancesSpec::validate(const QStringList &fields, const QDateTime &now) const
{
    QList<SpecProblem> mine;
    for (const SpecProblem &p : validate(now)) {
        for (const QString &f : fields) {
            if (p.field == f || p.field.startsWith(f + u'.')) {
                mine.append(p);
                break;
            }
        }
    }
    return mine;
}

QList<SpecProblem> RunInstancesSpec::validate(const QDateTime &now) const
{
    QList<SpecProblem> out;
    const auto problem = [&out](const QString &field, const QString &message) {
        out.append({ field, message });
    };
    if (regionId.isEmpty())
        problem(u"RegionId"_s, tr("Choose a region."));
    if (zoneId.isEmpty())
        problem(u"ZoneId"_s, tr("Choose a zone."));
    if (instanceType.isEmpty())
        problem(u"InstanceType"_s, tr("Choose an instance type."));
    if (imageId.isEmpty())
        problem(u"ImageId"_s, tr("Choose an image."));
    if (vSwitchId.isEmpty())
        problem(u"VSwitchId"_s, tr("Choose a vSwitch."));
    if (securityGroupId.isEmpty())
        problem(u"SecurityGroupId"_s, tr("Choose a security group."));

    // Billing.
    if (chargeType == ChargeType::Unknown)
        problem(u"InstanceChargeType"_s, tr("Choose how the instances are paid for."));
    if (chargeType == ChargeType::PrePaid) {
        if (periodUnit == PeriodUnit::Unknown)
            problem(u"PeriodUnit"_s, tr("Choose weeks, months or years."));
        else if (!periodsFor(periodUnit).contains(period)) {
            QStringList allowed;
            for (int p : periodsFor(periodUnit))
                allowed << QString::number(p);
            problem(u"Period"_s,
                tr("A subscription lasts %1 %2.")
                    .arg(allowed.join(u", "_s),
                        periodUnit == PeriodUnit::Week       ? tr("weeks")
                            : periodUnit == PeriodUnit::Year ? tr("years")
                                                             : tr("months")));
        }
        if (spotStrategy != SpotStrategy::NoSpot && spotStrategy != SpotStrategy::Unknown)
            problem(u"SpotStrategy"_s, tr("Preemptible instances are pay-as-you-go only."));
    }
    if (spotStrategy == SpotStrategy::Unknown)
        problem(u"SpotStrategy"_s, tr("Choose how preemptible instances are priced."));
    if (spotStrategy == SpotStrategy::SpotWithPriceLimit) {
        if (!(spotPriceLimit > 0))
            problem(u"SpotPriceLimit"_s, tr("The price limit must be more than zero."));
        else if (std::abs(spotPriceLimit * 1000 - std::round(spotPriceLimit * 1000)) > 1e-6)
            problem(u"SpotPriceLimit"_s, tr("The price limit has at most three decimals."));
    }

    // Disks.
    const auto [systemMin, systemMax] = systemDiskRange(systemDiskCategory);
    if (systemMax == 0)
        problem(u"SystemDisk.Category"_s, tr("Choose the system disk's category."));
    else if (systemDiskSize < std::max(systemMin, imageSizeGiB) || systemDiskSize > systemMax)
        problem(u"SystemDisk.Size"_s,
            tr("The system disk holds %1 to %2 GiB here%3.")
                .arg(std::max(systemMin, imageSizeGiB))
                .arg(systemMax)
                .arg(imageSizeGiB > systemMin ? tr(" (the image needs %1 GiB)").arg(imageSizeGiB)
                                              : QString()));
    if (dataDisks.size() > kMaxDataDisks)
        problem(u"DataDisk"_s, tr("At most %1 data disks.").arg(kMaxDataDisks));
    for (qsizetype n = 0; n < dataDisks.size(); ++n) {
        const QString field = u"DataDisk.%1"_s.arg(n + 1);
        const auto [min, max] = dataDiskRange(dataDisks.at(n).category);
        if (max == 0)
            problem(field + u".Category"_s, tr("Choose the category of data disk %1.").arg(n + 1));
        else if (dataDisks.at(n).sizeGiB < min || dataDisks.at(n).sizeGiB > max)
            problem(field + u".Size"_s,
                tr("Data disk %1 holds %2 to %3 GiB.").arg(n + 1).arg(min).arg(max));
    }

    // Name, count, tags, release, bandwidth.
    if (!instanceName.isEmpty()) {
        static const QRegularExpression rule(
            u"^[A-Za-z\\x{4e00}-\\x{9fa5}][A-Za-z0-9\\x{4e00}-\\x{9fa5}._:-]*$"_s);
        if (instanceName.size() < kMinNameLength || instanceName.size() > kMaxNameLength)
            problem(u"InstanceName"_s,
                tr("A name has %1 to %2 characters.").arg(kMinNameLength).arg(kMaxNameLength));
        else if (startsWithUrl(instanceName)
            || !rule.match(withoutSequence(instanceName)).hasMatch())
            problem(u"InstanceName"_s,
                tr("A name starts with a letter and holds letters, digits and . _ - : only."));
    }
    if (!hostName.isEmpty()) {
        static const QRegularExpression rule(u"^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$"_s);
        if (hostName.size() < 2 || hostName.size() > kMaxHostNameLength)
            problem(
                u"HostName"_s, tr("A host name has 2 to %1 characters.").arg(kMaxHostNameLength));
        else if (!rule.match(withoutSequence(hostName)).hasMatch())
            problem(u"HostName"_s,
                tr("A host name holds letters, digits, dots and hyphens, neither first nor last "
                   "nor twice in a row."));
    }
    if (amount < 1 || amount > kMaxAmount)
        problem(u"Amount"_s, tr("Create 1 to %1 instances at a time.").arg(kMaxAmount));
    if (minAmount < 0 || minAmount > amount)
        problem(u"MinAmount"_s, tr("The minimum count cannot exceed the count."));
    if (tags.size() > kMaxTags)
        problem(u"Tag"_s, tr("At most %1 tags.").arg(kMaxTags));
    QStringList keys;
    for (qsizetype n = 0; n < tags.size(); ++n) {
        const auto &[key, value] = tags.at(n);
        const QString field = u"Tag.%1"_s.arg(n + 1);
        if (key.isEmpty())
            problem(field + u".Key"_s, tr("A tag needs a key (tag %1).").arg(n + 1));
        else if (key.size() > kMaxTagKeyLength)
            problem(field + u".Key"_s,
                tr("A tag key has at most %1 characters (%2).").arg(kMaxTagKeyLength).arg(key));
        else if (key.startsWith(u"aliyun"_s, Qt::CaseInsensitive) || key.startsWith(u"acs:"_s)
            || startsWithUrl(key))
            problem(field + u".Key"_s,
                tr("Tag keys may not start with \"aliyun\", \"acs:\", \"http://\" or "
                   "\"https://\" (%1).")
                    .arg(key));
        else if (keys.contains(key))
            problem(field + u".Key"_s, tr("The tag key %1 is given twice.").arg(key));
        keys << key;
        if (value.size() > kMaxTagValueLength)
            problem(field + u".Value"_s,
                tr("A tag value has at most %1 characters (%2).").arg(kMaxTagValueLength).arg(key));
        else if (startsWithUrl(value))
            problem(field + u".Value"_s,
                tr("Tag values may not start with \"http://\" or \"https://\" (%1).").arg(key));
    }
    if (autoReleaseTime.isValid()) {
        if (chargeType == ChargeType::PrePaid)
            problem(u"AutoReleaseTime"_s,
                tr("Subscription instances are released when they expire; clear the automatic "
                   "release."));
        else if (const QString why
                 = ops::ModifyInstanceAutoReleaseTime::check(autoReleaseTime, now);
                 !why.isEmpty())
            problem(u"AutoReleaseTime"_s, why);
    }
    if (internetMaxBandwidthOut < 0 || internetMaxBandwidthOut > kMaxBandwidthOut)
        problem(u"InternetMaxBandwidthOut"_s,
            tr("The public bandwidth is 0 to %1 Mbit/s.").arg(kMaxBandwidthOut));
    return out;
}

ApiRequest RunInstancesSpec::request() const
{
    return build(false);
}

ApiRequest RunInstancesSpec::dryRunRequest() const
{
    return build(true);
}

ApiRequest RunInstancesSpec::build(bool dryRun) const
{
    ApiRequest r(u"RunInstances"_s);
    r.setRegion(regionId)
        .set(u"ZoneId"_s, zoneId)
        .set(u"InstanceType"_s, instanceType)
        .set(u"ImageId"_s, imageId)
        .setIfNotEmpty(u"VSwitchId"_s, vSwitchId)
        .setIfNotEmpty(u"SecurityGroupId"_s, securityGroupId)
        .set(u"InstanceChargeType"_s, toWire(chargeType))
        .set(u"SystemDisk.Category"_s, toWire(systemDiskCategory))
        .set(u"SystemDisk.Size"_s, systemDiskSize)
        .setIfNotEmpty(u"InstanceName"_s, instanceName)
        .setIfNotEmpty(u"HostName"_s, hostName)
        .set(u"Amount"_s, amount);
    if (minAmount > 0)
        r.set(u"MinAmount"_s, minAmount);
    if (chargeType == ChargeType::PrePaid) {
        r.set(u"Period"_s, period)
            .set(u"PeriodUnit"_s, toWire(periodUnit))
            .set(u"AutoRenew"_s, autoRenew);
    } else if (spotStrategy != SpotStrategy::NoSpot && spotStrategy != SpotStrategy::Unknown) {
        r.set(u"SpotStrategy"_s, toWire(spotStrategy));
        if (spotStrategy == SpotStrategy::SpotWithPriceLimit)
            r.set(u"SpotPriceLimit"_s, formatNumber(spotPriceLimit));
    }
    QList<ParamMap> disks;
    for (const DataDiskSpec &disk : dataDisks)
        disks.append({ { u"Category"_s, toWire(disk.category) },
            { u"Size"_s, QString::number(disk.sizeGiB) } });
    if (!disks.isEmpty())
        r.setStructList(u"DataDisk"_s, disks);
    if (!tags.isEmpty())
        r.setTags(tags);
    if (autoReleaseTime.isValid())
        r.set(u"AutoReleaseTime"_s, ops::ModifyInstanceAutoReleaseTime::format(autoReleaseTime));
    if (internetMaxBandwidthOut > 0)
        r.set(u"InternetMaxBandwidthOut"_s, internetMaxBandwidthOut)
            .set(u"InternetChargeType"_s, toWire(internetChargeType));
    if (dryRun)
        r.set(u"DryRun"_s, true);
    else
        r.setIfNotEmpty(u"ClientToken"_s, clientToken); // a dry run creates nothing to repeat
    return r;
}

ApiRequest RunInstancesSpec::priceRequest() const
{
    ApiRequest r(u"DescribePrice"_s);
    r.setRegion(regionId)
        .set(u"ResourceType"_s, u"instance"_s)
        .set(u"InstanceType"_s, instanceType)
        .setIfNotEmpty(u"ZoneId"_s, zoneId)
        .setIfNotEmpty(u"ImageId"_s, imageId)
        .set(u"Amount"_s, amount)
        .set(u"SystemDisk.Category"_s, toWire(systemDiskCategory))
        .set(u"SystemDisk.Size"_s, systemDiskSize);
    if (chargeType == ChargeType::PrePaid)
        r.set(u"PriceUnit"_s, toWire(periodUnit)).set(u"Period"_s, period);
    else
        r.set(u"PriceUnit"_s, u"Hour"_s).set(u"Period"_s, 1);
    if (chargeType != ChargeType::PrePaid && spotStrategy != SpotStrategy::NoSpot
        && spotStrategy != SpotStrategy::Unknown)
        r.set(u"SpotStrategy"_s, toWire(spotStrategy));
    if (internetMaxBandwidthOut > 0)
        r.set(u"InternetChargeType"_s, toWire(internetChargeType))
            .set(u"InternetMaxBandwidthOut"_s, internetMaxBandwidthOut);
    return r;
}

namespace ops {

Result<RunInstances::Response> RunInstances::parse(const QJsonObject &body)
{
    JsonReader json;
    Response r;
    r.instanceIds = json.strings(body, { "InstanceIdSets"_L1, "InstanceIdSet"_L1 });
    r.orderId = json.string(body, "OrderId"_L1);
    r.tradePrice = json.number(body, "TradePrice"_L1);
    return json.result(r);
}

Result<Price> DescribePrice::parse(const QJsonObject &body)
{
    JsonReader json;
    const QJsonObject price = json.object(json.object(body, "PriceInfo"_L1), "Price"_L1);
    return json.result(
        Price { json.number(price, "OriginalPrice"_L1), json.number(price, "DiscountPrice"_L1),
            json.number(price, "TradePrice"_L1), json.string(price, "Currency"_L1) });
}

} // namespace ops

} // namespace ecs
