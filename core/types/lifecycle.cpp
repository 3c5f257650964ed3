#include "lifecycle.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ecs {

namespace ops {

ApiRequest StartInstances::request(const QString &regionId, const QStringList &instanceIds)
{
    ApiRequest r(u"StartInstances"_s);
    r.setRegion(regionId)
        .setRepeatList(u"InstanceId"_s, instanceIds)
        .set(u"BatchOptimization"_s, u"SuccessFirst"_s);
    return r;
}

Result<QList<InstanceOutcome>> StartInstances::parse(const QJsonObject &body)
{
    JsonReader json;
    QList<InstanceOutcome> out;
    const QJsonArray items = json.array(body, { "InstanceResponses"_L1, "InstanceResponse"_L1 });
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InstanceResponses.InstanceResponse"_L1);
        out.append({ json.string(item, "InstanceId"_L1), json.string(item, "Code"_L1),
            json.string(item, "Message"_L1),
            fromWireOr(json.string(item, "PreviousStatus"_L1), InstanceStatus::Unknown),
            fromWireOr(json.string(item, "CurrentStatus"_L1), InstanceStatus::Unknown) });
    }
    return json.result(out);
}

ApiRequest StopInstances::request(
    const QString &regionId, const QStringList &instanceIds, bool force, StoppedMode mode)
{
    ApiRequest r(u"StopInstances"_s);
    r.setRegion(regionId)
        .setRepeatList(u"InstanceId"_s, instanceIds)
        .set(u"BatchOptimization"_s, u"SuccessFirst"_s)
        .set(u"ForceStop"_s, force)
        .setIfNotEmpty(u"StoppedMode"_s, toWire(mode));
    return r;
}

Result<QString> Acknowledged::parse(const QJsonObject &body)
{
    JsonReader json;
    return json.result(json.string(body, "RequestId"_L1));
}

ApiRequest RebootInstance::request(const QString &instanceId, bool force)
{
    ApiRequest r(u"RebootInstance"_s);
    r.set(u"InstanceId"_s, instanceId).set(u"ForceStop"_s, force);
    return r;
}

ApiRequest DeleteInstances::request(
    const QString &regionId, const QStringList &instanceIds, bool force, const QString &clientToken)
{
    ApiRequest r(u"DeleteInstances"_s);
    r.setRegion(regionId)
        .setRepeatList(u"InstanceId"_s, instanceIds)
        .set(u"Force"_s, force)
        .setClientToken(clientToken);
    return r;
}

ApiRequest ModifyInstanceSpec::request(
    const QString &instanceId, const QString &instanceType, const QString &clientToken)
{
    ApiRequest r(u"ModifyInstanceSpec"_s);
    r.set(u"InstanceId"_s, instanceId)
        .set(u"InstanceType"_s, instanceType)
        .setClientToken(clientToken);
    return r;
}

ApiRequest ModifyPrepayInstanceSpec::request(const QString &regionId, const QString &instanceId,
    const QString &instanceType, SpecChange change, const QString &clientToken)
{
    ApiRequest r(u"ModifyPrepayInstanceSpec"_s);
    r.setRegion(regionId)
        .set(u"InstanceId"_s, instanceId)
        .set(u"InstanceType"_s, instanceType)
        .setIfNotEmpty(u"OperatorType"_s, toWire(change))
        .set(u"AutoPay"_s, true)
        .setClientToken(clientToken);
    return r;
}

ApiRequest DescribeResourcesModification::request(
    const QString &regionId, const QString &instanceId, const QString &operationType)
{
    ApiRequest r(u"DescribeResourcesModification"_s);
    r.setRegion(regionId)
        .set(u"ResourceId"_s, instanceId)
        .set(u"DestinationResource"_s, u"InstanceType"_s)
        .setIfNotEmpty(u"OperationType"_s, operationType);
    return r;
}

Result<QStringList> DescribeResourcesModification::parse(const QJsonObject &body)
{
    JsonReader json;
    QStringList types;
    const QJsonArray zones = json.array(body, { "AvailableZones"_L1, "AvailableZone"_L1 });
    for (qsizetype z = 0; z < zones.size(); ++z) {
        const QJsonObject zone = json.objectAt(zones, z, "AvailableZones.AvailableZone"_L1);
        const QJsonArray resources
            = json.array(zone, { "AvailableResources"_L1, "AvailableResource"_L1 });
        for (qsizetype r = 0; r < resources.size(); ++r) {
            const QJsonObject resource = json.objectAt(resources, r, "AvailableResource"_L1);
            if (json.string(resource, "Type"_L1) != u"InstanceType")
                continue;
            const QJsonArray supported
                = json.array(resource, { "SupportedResources"_L1, "SupportedResource"_L1 });
            for (qsizetype s = 0; s < supported.size(); ++s) {
                const QJsonObject item = json.objectAt(supported, s, "SupportedResource"_L1);
                if (json.string(item, "Status"_L1) == u"Available")
                    types.append(json.string(item, "Value"_L1));
            }
        }
    }
    types.sort();
    types.removeDuplicates();
    return json.result(types);
}

ApiRequest RenewInstance::request(
    const QString &instanceId, int period, PeriodUnit unit, const QString &clientToken)
{
    ApiRequest r(u"RenewInstance"_s);
    r.set(u"InstanceId"_s, instanceId)
        .set(u"Period"_s, period)
        .set(u"PeriodUnit"_s, toWire(unit))
        .setClientToken(clientToken);
    return r;
}

ApiRequest DescribeInstanceAutoRenewAttribute::request(
    const QString &regionId, const QStringList &instanceIds)
{
    ApiRequest r(u"DescribeInstanceAutoRenewAttribute"_s);
    r.setRegion(regionId).setCommaList(u"InstanceId"_s, instanceIds).set(u"PageSize"_s, 100);
    return r;
}

Result<QList<AutoRenewAttribute>> DescribeInstanceAutoRenewAttribute::parse(const QJsonObject &body)
{
    JsonReader json;
    QList<AutoRenewAttribute> out;
    const QJsonArray items
        = json.array(body, { "InstanceRenewAttributes"_L1, "InstanceRenewAttribute"_L1 });
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InstanceRenewAttribute"_L1);
        out.append({ json.string(item, "InstanceId"_L1), json.boolean(item, "AutoRenewEnabled"_L1),
            int(json.integer(item, "Duration"_L1)),
            fromWireOr(json.string(item, "PeriodUnit"_L1), PeriodUnit::Unknown),
            json.string(item, "RenewalStatus"_L1) });
    }
    return json.result(out);
}

ApiRequest ModifyInstanceAutoRenewAttribute::request(
    const QString &regionId, const QStringList &instanceIds, bool autoRenew, int duration)
{
    ApiRequest r(u"ModifyInstanceAutoRenewAttribute"_s);
    r.setRegion(regionId)
        .setCommaList(u"InstanceId"_s, instanceIds)
        .set(u"AutoRenew"_s, autoRenew)
        .set(u"RenewalStatus"_s, autoRenew ? u"AutoRenewal"_s : u"Normal"_s);
    if (autoRenew)
        r.set(u"Duration"_s, duration).set(u"PeriodUnit"_s, toWire(PeriodUnit::Month));
    return r;
}

QString ModifyInstanceAutoReleaseTime::format(const QDateTime &releaseTime)
{
    QDateTime utc = releaseTime.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString ModifyInstanceAutoReleaseTime::check(const QDateTime &releaseTime, const QDateTime &now)
{
    QDateTime truncated = releaseTime.toUTC();
    truncated.setTime(QTime(truncated.time().hour(), truncated.time().minute()));
    if (truncated < now.addSecs(30 * 60))
        return tr("The release time must be at least 30 minutes from now.");
    if (truncated > now.addYears(3))
        return tr("The release time must be at most 3 years from now.");
    return {};
}

ApiRequest ModifyInstanceAutoReleaseTime::request(
    const QString &regionId, const QString &instanceId, const QDateTime &releaseTime)
{
    ApiRequest r(u"ModifyInstanceAutoReleaseTime"_s);
    r.setRegion(regionId).set(u"InstanceId"_s, instanceId);
    if (releaseTime.isValid())
        r.set(u"AutoReleaseTime"_s, format(releaseTime));
    return r;
}

ApiRequest AllocatePublicIpAddress::request(const QString &instanceId)
{
    ApiRequest r(u"AllocatePublicIpAddress"_s);
    r.set(u"InstanceId"_s, instanceId);
    return r;
}

Result<QString> AllocatePublicIpAddress::parse(const QJsonObject &body)
{
    JsonReader json;
    const QString address = json.string(body, "IpAddress"_L1);
    if (json.ok() && address.isEmpty())
        return ApiError::make(ApiError::Kind::Malformed, tr("The answer carries no IpAddress."));
    return json.result(address);
}

ApiRequest DescribeVSwitches::request(
    const QString &regionId, const QString &zoneId, int pageNumber)
{
    ApiRequest r(u"DescribeVSwitches"_s, ApiRequest::Product::Vpc);
    r.setRegion(regionId).setIfNotEmpty(u"ZoneId"_s, zoneId).set(u"PageSize"_s, kPageSize);
    if (pageNumber > 1)
        r.set(u"PageNumber"_s, pageNumber);
    return r;
}

Result<QList<VSwitch>> DescribeVSwitches::parse(const QJsonObject &body)
{
    JsonReader json;
    QList<VSwitch> out;
    const QJsonArray items = json.array(body, { "VSwitches"_L1, "VSwitch"_L1 });
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "VSwitches.VSwitch"_L1);
        out.append({ json.string(item, "VSwitchId"_L1), json.string(item, "VSwitchName"_L1),
            json.string(item, "VpcId"_L1), json.string(item, "ZoneId"_L1),
            json.string(item, "CidrBlock"_L1),
            int(json.integer(item, "AvailableIpAddressCount"_L1)),
            json.boolean(item, "IsDefault"_L1) });
    }
    return json.result(out);
}

ApiRequest DescribeSecurityGroups::request(
    const QString &regionId, const QString &vpcId, const QString &nextToken)
{
    ApiRequest r(u"DescribeSecurityGroups"_s);
    r.setRegion(regionId)
        .setIfNotEmpty(u"VpcId"_s, vpcId)
        .set(u"MaxResults"_s, kMaxResults)
        .setIfNotEmpty(u"NextToken"_s, nextToken);
    return r;
}

Result<QList<SecurityGroup>> DescribeSecurityGroups::parse(const QJsonObject &body)
{
    JsonReader json;
    QList<SecurityGroup> out;
    const QJsonArray items = json.array(body, { "SecurityGroups"_L1, "SecurityGroup"_L1 });
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "SecurityGroups.SecurityGroup"_L1);
        out.append(
            { json.string(item, "SecurityGroupId"_L1), json.string(item, "SecurityGroupName"_L1),
                json.string(item, "VpcId"_L1), json.string(item, "SecurityGroupType"_L1) });
    }
    return json.result(out);
}

} // namespace ops

QString commandLineFor(const ApiRequest &request, const QString &profileName, const QUrl &endpoint)
{
    const auto quote = [](const QString &word) {
        static const QRegularExpression plain(u"^[A-Za-z0-9_.,:/=@%+-]+$"_s);
        if (plain.match(word).hasMatch())
            return word;
        QString quoted = word;
        quoted.replace(u"'"_s, u"'\\''"_s);
        return u"'"_s + quoted + u"'"_s;
    };
    QStringList words { u"ecs-console"_s, u"call"_s, request.action() };
    if (!request.regionId().isEmpty())
        words << u"--region"_s << quote(request.regionId());
    if (request.product() == ApiRequest::Product::Vpc)
        words << u"--product"_s << u"vpc"_s;
    if (!profileName.isEmpty() && profileName != u"Demo")
        words << u"--profile"_s << quote(profileName);
    if (endpoint.isValid())
        words << u"--endpoint"_s << quote(endpoint.toString(QUrl::RemoveUserInfo));
    for (auto it = request.params().cbegin(); it != request.params().cend(); ++it) {
        if (it.key() == u"RegionId")
            continue;
        words << quote(it.key() + u'=' + it.value());
    }
    return words.join(u' ');
}

} // namespace ecs
