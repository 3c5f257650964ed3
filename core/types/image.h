#pragma once

#include "apirequest.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace ecs {

/// An image as DescribeImages describes it.
struct Image
{
    QString imageId;
    QString imageName;
    QString osType; ///< linux / windows
    QString osName;
    QString platform;
    QString architecture; ///< x86_64 / arm64
    QString ownerAlias; ///< system / self / others / marketplace
    QString status;
    int sizeGiB = 0;
    QDateTime creationTime;
    QString description;

    bool operator==(const Image &) const = default;
};

/// One page of a PageNumber/PageSize listing.
template<typename T> struct Page
{
    QList<T> items;
    int pageNumber = 1;
    int pageSize = 10;
    int totalCount = 0; ///< -1 when the answer carries none

    int pageCount() const
    {
        return pageSize > 0 && totalCount > 0 ? (totalCount + pageSize - 1) / pageSize : 0;
    }
};

namespace ops {

struct DescribeImages
{
    struct Filter
    {
        QString ownerAlias = QStringLiteral("system");
        QString osType;
        QString architecture;
    };
    using Response = Page<Image>;
    static constexpr int kMaxPageSize = 100;
    static ApiRequest request(
        const QString &regionId, const Filter &filter, int pageNumber, int pageSize = kMaxPageSize);
    static Result<Response> parse(const QJsonObject &body);
};

} // namespace ops

/// The service's time formats (seconds or minutes, always UTC); invalid when empty or malformed.
QDateTime parseServiceTime(const QString &text);

} // namespace ecs
