#include "runinstancesspec.h"

#include "jsonreader.h"
#include "lifecycle.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

template<typename T> Result<T> finish(const JsonReader &json, T value)
{
    if (!json.ok())
        return json.error();
    return value;
}

QString formatNumber(double value)
{
    return QString::number(value, 'f', 3).remove(QRegularExpression(u"\\.?0+$"_s));
}

} // namespace

ApiRequest RunInstancesSpec::request(bool dryRun) const
{
    ApiRequest r(u"RunInstances"_s);
    r.setRegion(regionId)
        .set(u"ZoneId"_s, zoneId)
        .set(u"InstanceType"_s, instanceType)
        .set(u"ImageId"_s, imageId)
        .setIfNotEmpty(u"VSwitchId"_s, vSwitchId)
        .setIfNotEmpty(u"SecurityGroupId"_s, securityGroupId)
        .set(u"InstanceChargeType"_s, toWire(chargeType))
        .set(u"SystemDisk.Category"_s, systemDiskCategory)
        .set(u"SystemDisk.Size"_s, systemDiskSize)
        .setIfNotEmpty(u"InstanceName"_s, instanceName)
        .set(u"Amount"_s, amount);
    if (minAmount > 0)
        r.set(u"MinAmount"_s, minAmount);
    if (chargeType == ChargeType::PrePaid) {
        r.set(u"Period"_s, period).set(u"PeriodUnit"_s, periodUnit).set(u"AutoRenew"_s, autoRenew);
    } else if (spotStrategy != SpotStrategy::NoSpot) {
        r.set(u"SpotStrategy"_s, toWire(spotStrategy));
        if (spotStrategy == SpotStrategy::SpotWithPriceLimit)
            r.set(u"SpotPriceLimit"_s, formatNumber(spotPriceLimit));
    }
    QList<ParamMap> disks;
    for (const auto &[category, size] : dataDisks)
        disks.append({ { u"Category"_s, category }, { u"Size"_s, QString::number(size) } });
    if (!disks.isEmpty())
        r.setStructList(u"DataDisk"_s, disks);
    if (!tags.isEmpty())
        r.setTags(tags);
    if (autoReleaseTime.isValid())
        r.set(u"AutoReleaseTime"_s, ops::ModifyInstanceAutoReleaseTime::format(autoReleaseTime));
    if (internetMaxBandwidthOut > 0)
        r.set(u"InternetMaxBandwidthOut"_s, internetMaxBandwidthOut)
            .set(u"InternetChargeType"_s, u"PayByTraffic"_s);
    if (dryRun)
        r.set(u"DryRun"_s, true);
    else
        r.setIfNotEmpty(u"ClientToken"_s, clientToken); // a dry run creates nothing to repeat
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
    return finish(json, r);
}

ApiRequest DescribePrice::request(const RunInstancesSpec &spec)
{
    ApiRequest r(u"DescribePrice"_s);
    r.setRegion(spec.regionId)
        .set(u"ResourceType"_s, u"instance"_s)
        .set(u"InstanceType"_s, spec.instanceType)
        .setIfNotEmpty(u"ZoneId"_s, spec.zoneId)
        .setIfNotEmpty(u"ImageId"_s, spec.imageId)
        .set(u"Amount"_s, spec.amount)
        .set(u"SystemDisk.Category"_s, spec.systemDiskCategory)
        .set(u"SystemDisk.Size"_s, spec.systemDiskSize);
    if (spec.chargeType == ChargeType::PrePaid)
        r.set(u"PriceUnit"_s, spec.periodUnit).set(u"Period"_s, spec.period);
    else
        r.set(u"PriceUnit"_s, u"Hour"_s).set(u"Period"_s, 1);
    if (spec.chargeType != ChargeType::PrePaid && spec.spotStrategy != SpotStrategy::NoSpot)
        r.set(u"SpotStrategy"_s, toWire(spec.spotStrategy));
    if (spec.internetMaxBandwidthOut > 0)
        r.set(u"InternetChargeType"_s, u"PayByTraffic"_s)
            .set(u"InternetMaxBandwidthOut"_s, spec.internetMaxBandwidthOut);
    return r;
}

Result<Price> DescribePrice::parse(const QJsonObject &body)
{
    JsonReader json;
    const QJsonObject price = json.object(json.object(body, "PriceInfo"_L1), "Price"_L1);
    return finish(json,
        Price { json.number(price, "OriginalPrice"_L1), json.number(price, "DiscountPrice"_L1),
            json.number(price, "TradePrice"_L1), json.string(price, "Currency"_L1) });
}

} // namespace ops

} // namespace ecs
