#pragma once

#include "apirequest.h"
#include "result.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <utility>

namespace ecs {

/// An instance as DescribeInstances describes it. `rawJson` keeps the whole record for the details
/// panel, so that no field the service sends is lost on the way to the user.
struct Instance
{
    QString instanceId;
    QString instanceName;
    QString regionId;
    QString zoneId;
    InstanceStatus status = InstanceStatus::Unknown;
    QString instanceType;
    int cpu = 0;
    int memoryMiB = 0;
    int gpuAmount = 0;
    QStringList publicIps;
    QStringList privateIps;
    ChargeType chargeType = ChargeType::Unknown;
    SpotStrategy spotStrategy = SpotStrategy::Unknown;
    double spotPriceLimit = 0;
    QDateTime creationTime;
    QDateTime expiredTime; ///< invalid for pay-as-you-go
    QDateTime autoReleaseTime;
    QStringList lockReasons;
    QList<std::pair<QString, QString>> tags;
    /// The profile (account) it was listed under in a fleet of several (ecs::FleetScope); empty
    /// for the window's own profile. Not part of the service's record.
    QString profileId;
    /// The whole record as the service sent it, encoded as CBOR (a third of the time of JSON text
    /// to write, a fifth smaller; raw() reads it back): compared with one memcmp.
    QByteArray rawJson;
    QJsonObject raw() const;

    bool isTransitional() const;
    /// The status in words; an unknown one as the service spelled it.
    QString statusText() const;
    bool operator==(const Instance &) const = default;
};

namespace ops {

struct DescribeInstances
{
    struct Response
    {
        QList<Instance> instances;
        int totalCount = -1; ///< -1 when the answer carries no TotalCount
        QString nextToken; ///< empty on the last page
    };
    static constexpr int kMaxResults = 100;
    /// Token paging: pass the previous page's NextToken (empty for the first page).
    static ApiRequest request(
        const QString &regionId, const QString &nextToken, int maxResults = kMaxResults);
    /// PageNumber/PageSize paging, for endpoints that do not answer NextToken.
    static ApiRequest requestPage(
        const QString &regionId, int pageNumber, int pageSize = kMaxResults);
    /// The given instances only (at most 100).
    static ApiRequest byIds(const QString &regionId, const QStringList &instanceIds);
    static Result<Response> parse(const QJsonObject &body);
};

struct DescribeInstanceStatus
{
    using Response = QList<std::pair<QString, InstanceStatus>>; ///< instance id, status
    static constexpr int kMaxIds = 50;
    static ApiRequest request(const QString &regionId, const QStringList &instanceIds);
    static Result<Response> parse(const QJsonObject &body);
};

} // namespace ops
} // namespace ecs
