#include "image.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace ecs {

QDateTime parseServiceTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mmZ"_s);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

namespace ops {

ApiRequest DescribeImages::request(
    const QString &regionId, const Filter &filter, int pageNumber, int pageSize)
{
    ApiRequest r(u"DescribeImages"_s);
    r.setRegion(regionId)
        .setIfNotEmpty(u"ImageOwnerAlias"_s, filter.ownerAlias)
        .setIfNotEmpty(u"OSType"_s, filter.osType)
        .setIfNotEmpty(u"Architecture"_s, filter.architecture)
        .set(u"PageNumber"_s, pageNumber)
        .set(u"PageSize"_s, pageSize);
    return r;
}

Result<DescribeImages::Response> DescribeImages::parse(const QJsonObject &body)
{
    JsonReader json;
    Response page;
    page.pageNumber = json.int32(body, "PageNumber"_L1, 1);
    page.pageSize = json.int32(body, "PageSize"_L1, 10);
    page.totalCount = body.contains("TotalCount"_L1) ? json.int32(body, "TotalCount"_L1, 0) : -1;
    const QJsonArray items = json.array(body, { "Images"_L1, "Image"_L1 });
    for (qsizetype i = 0; i < items.size() && json.ok(); ++i) {
        const QJsonObject item = json.objectAt(items, i, "Images.Image"_L1);
        Image image;
        image.imageId = json.string(item, "ImageId"_L1);
        image.imageName = json.string(item, "ImageName"_L1);
        image.osType = json.string(item, "OSType"_L1);
        image.osName = json.string(item, "OSNameEn"_L1);
        if (image.osName.isEmpty())
            image.osName = json.string(item, "OSName"_L1);
        image.platform = json.string(item, "Platform"_L1);
        image.architecture = json.string(item, "Architecture"_L1);
        image.ownerAlias = json.string(item, "ImageOwnerAlias"_L1);
        image.status = json.string(item, "Status"_L1);
        image.sizeGiB = json.int32(item, "Size"_L1);
        image.creationTime = parseServiceTime(json.string(item, "CreationTime"_L1));
        image.description = json.string(item, "Description"_L1);
        if (image.imageId.isEmpty() && json.ok())
            return ApiError::make(
                ApiError::Kind::Malformed, u"An image in the response has no ImageId."_s);
        page.items.append(std::move(image));
    }
    if (!json.ok())
        return json.error();
    return page;
}

} // namespace ops
} // namespace ecs
