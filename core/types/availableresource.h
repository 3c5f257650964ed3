#pragma once

#include "apirequest.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace ecs {

/// An instance type as DescribeInstanceTypes describes it.
struct InstanceTypeInfo
{
    QString instanceTypeId;
    QString family;
    int cpu = 0;
    double memoryGiB = 0;
    int gpuAmount = 0;
    QString gpuSpec;
    QString architecture;

    bool operator==(const InstanceTypeInfo &) const = default;
};

/// The stock of one zone for one resource value (an instance type), as DescribeAvailableResource
/// reports it.
struct ZoneStock
{
    QString zoneId;
    QString zoneStatus; ///< Available / SoldOut
    /// By value (instance type): WithStock, ClosedWithStock, WithoutStock, ClosedWithoutStock.
    QHash<QString, QString> statusCategory;
};

namespace ops {

struct DescribeInstanceTypes
{
    struct Response
    {
        QList<InstanceTypeInfo> types;
        QString nextToken;
    };
    static ApiRequest request(const QString &nextToken = {}, int maxResults = 1600);
    static Result<Response> parse(const QJsonObject &body);
};

struct DescribeAvailableResource
{
    using Response = QList<ZoneStock>;
    /// chargeType PostPaid or PrePaid; spotStrategy NoSpot, SpotAsPriceGo or SpotWithPriceLimit.
    static ApiRequest request(
        const QString &regionId, const QString &chargeType, const QString &spotStrategy);
    static Result<Response> parse(const QJsonObject &body);
};

} // namespace ops
} // namespace ecs
