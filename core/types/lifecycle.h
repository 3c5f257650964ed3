#pragma once

#include "apirequest.h"
#include "result.h"
#include "runinstancesspec.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

// The mutating operations on instances, and the few lookups their dialogs need. Each builds the
// request exactly as the service names and encodes it, and parses what it answers.
namespace ecs {

/// One instance's part of a batch answer (StartInstances, StopInstances).
struct InstanceOutcome
{
    QString instanceId;
    QString code; ///< "200" or empty when it went through
    QString message;
    InstanceStatus previousStatus = InstanceStatus::Unknown;
    InstanceStatus currentStatus = InstanceStatus::Unknown;
    bool ok() const { return code.isEmpty() || code == u"200"; }
};

struct AutoRenewAttribute
{
    QString instanceId;
    bool enabled = false;
    int duration = 0;
    PeriodUnit periodUnit = PeriodUnit::Unknown;
    QString renewalStatus; ///< AutoRenewal / Normal / NotRenewal
};

struct VSwitch
{
    QString vSwitchId;
    QString vSwitchName;
    QString vpcId;
    QString zoneId;
    QString cidrBlock;
    int availableIpAddressCount = 0;
    bool isDefault = false;
};

struct SecurityGroup
{
    QString securityGroupId;
    QString securityGroupName;
    QString vpcId;
    QString type;
};

namespace ops {

struct StartInstances
{
    static constexpr int kMaxIds = 100;
    static ApiRequest request(const QString &regionId, const QStringList &instanceIds);
    static Result<QList<InstanceOutcome>> parse(const QJsonObject &body);
};

struct StopInstances
{
    static constexpr int kMaxIds = 100;
    /// `mode`: KeepCharging or StopCharging (pay-as-you-go VPC instances); Default is not sent.
    static ApiRequest request(const QString &regionId, const QStringList &instanceIds, bool force,
        StoppedMode mode = StoppedMode::Default);
    static Result<QList<InstanceOutcome>> parse(const QJsonObject &body)
    {
        return StartInstances::parse(body);
    }
};

/// An answer with nothing but RequestId.
struct Acknowledged
{
    using Response = QString; ///< the RequestId
    static Result<QString> parse(const QJsonObject &body);
};

struct RebootInstance : Acknowledged
{
    static ApiRequest request(const QString &instanceId, bool force);
};

struct DeleteInstances : Acknowledged
{
    static constexpr int kMaxIds = 100;
    static ApiRequest request(const QString &regionId, const QStringList &instanceIds, bool force,
        const QString &clientToken);
};

struct ModifyInstanceSpec : Acknowledged
{
    static ApiRequest request(
        const QString &instanceId, const QString &instanceType, const QString &clientToken);
};

struct ModifyPrepayInstanceSpec : Acknowledged
{
    /// `change`: upgrade or downgrade (OperatorType).
    static ApiRequest request(const QString &regionId, const QString &instanceId,
        const QString &instanceType, SpecChange change, const QString &clientToken);
};

/// The instance types an instance can change to, from DescribeResourcesModification.
struct DescribeResourcesModification
{
    using Response = QStringList; ///< available types, sorted
    /// `operationType`: Upgrade, Downgrade (subscription) or empty (pay-as-you-go).
    static ApiRequest request(
        const QString &regionId, const QString &instanceId, const QString &operationType);
    static Result<QStringList> parse(const QJsonObject &body);
};

struct RenewInstance : Acknowledged
{
    static ApiRequest request(
        const QString &instanceId, int period, PeriodUnit unit, const QString &clientToken);
};

struct DescribeInstanceAutoRenewAttribute
{
    using Response = QList<AutoRenewAttribute>;
    static ApiRequest request(const QString &regionId, const QStringList &instanceIds);
    static Result<Response> parse(const QJsonObject &body);
};

struct ModifyInstanceAutoRenewAttribute : Acknowledged
{
    static constexpr int kMaxIds = 100;
    /// `duration` in months: 1, 2, 3, 6 or 12.
    static ApiRequest request(
        const QString &regionId, const QStringList &instanceIds, bool autoRenew, int duration);
};

struct ModifyInstanceAutoReleaseTime : Acknowledged
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ops::ModifyInstanceAutoReleaseTime)

public:
    /// An invalid time cancels the automatic release.
    static ApiRequest request(
        const QString &regionId, const QString &instanceId, const QDateTime &releaseTime);
    /// Why a release time cannot be set (at least 30 minutes and at most 3 years ahead of
    /// `now`), or empty; seconds are truncated first, as the service does.
    static QString check(const QDateTime &releaseTime, const QDateTime &now);
    static QString format(const QDateTime &releaseTime);
};

struct AllocatePublicIpAddress
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ops::AllocatePublicIpAddress)

public:
    using Response = QString; ///< the address
    static ApiRequest request(const QString &instanceId);
    static Result<QString> parse(const QJsonObject &body);
};

struct DescribeVSwitches
{
    using Response = QList<VSwitch>;
    static constexpr int kPageSize = 50; ///< the service's maximum
    /// PageNumber paging; the answer's TotalCount says how many pages there are.
    static ApiRequest request(const QString &regionId, const QString &zoneId, int pageNumber = 1);
    static Result<Response> parse(const QJsonObject &body);
};

struct DescribeSecurityGroups
{
    using Response = QList<SecurityGroup>;
    static constexpr int kMaxResults = 100; ///< the service's maximum
    /// NextToken paging: pass the previous page's NextToken (empty for the first page).
    static ApiRequest request(
        const QString &regionId, const QString &vpcId, const QString &nextToken = {});
    static Result<Response> parse(const QJsonObject &body);
};

} // namespace ops

/// The `ecs-console call …` line that makes the same request (for "copy as command"), quoted for
/// a POSIX shell. Carries no secret: the profile supplies the credentials. `endpoint`, when valid,
/// goes in as `--endpoint` (the embedded simulator's address for the Demo profile).
QString commandLineFor(
    const ApiRequest &request, const QString &profileName = {}, const QUrl &endpoint = {});

} // namespace ecs
