#pragma once

#include <QLocale>

#include "apirequest.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ecs {

/// A region as DescribeRegions describes it.
struct Region
{
    QString regionId;
    QString localName;
    QString regionEndpoint;
    QString status; ///< "available" or "soldOut" (ecs::RegionState)

    bool operator==(const Region &) const = default;
};

/// A zone as DescribeZones describes it.
struct Zone
{
    QString zoneId;
    QString localName;
    QString zoneType;
    QStringList resourceCreation; ///< AvailableResourceCreation.ResourceTypes
    QStringList diskCategories; ///< AvailableDiskCategories.DiskCategories
    QStringList instanceTypes; ///< AvailableInstanceTypes.InstanceTypes

    bool operator==(const Zone &) const = default;
};

/// The AcceptLanguage the service offers for `locale` (region and zone names): zh-CN for Chinese,
/// ja for Japanese, en-US otherwise.
QString acceptLanguageFor(const QLocale &locale);

namespace ops {

struct DescribeRegions
{
    using Response = QList<Region>;
    /// acceptLanguage: zh-CN (the service's default), en-US or ja.
    static ApiRequest request(const QString &acceptLanguage = QStringLiteral("en-US"));
    static Result<Response> parse(const QJsonObject &body);
};

struct DescribeZones
{
    using Response = QList<Zone>;
    static ApiRequest request(const QString &regionId,
        const QString &acceptLanguage = QStringLiteral("en-US"), bool verbose = false);
    static Result<Response> parse(const QJsonObject &body);
};

} // namespace ops
} // namespace ecs
