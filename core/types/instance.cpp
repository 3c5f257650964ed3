#include "instance.h"

#include "image.h"
#include "jsonreader.h"
#include "jsonspans.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {
/// The values the instances of one answer repeat (region, zone, type, tag keys and values), held
/// once: a hundred instances of a page share a few strings instead of a hundred copies of each.
/// That is about 300 bytes an instance less in an inventory of thousands.
class SharedStrings
{
public:
    QString operator()(QString text)
    {
        if (text.isEmpty())
            return text;
        const auto it = m_pool.constFind(text);
        if (it != m_pool.cend())
            return *it;
        m_pool.insert(text);
        return text;
    }

private:
    QSet<QString> m_pool;
};
} // namespace

RawRecord RawRecord::fromText(QByteArray text)
{
    RawRecord record;
    record.m_text = std::move(text);
    return record;
}

QJsonObject RawRecord::object() const
{
    if (!m_parsed.isEmpty() || m_text.isEmpty())
        return m_parsed;
    return QJsonDocument::fromJson(m_text).object();
}

void RawRecord::compact()
{
    if (m_parsed.isEmpty())
        return;
    m_text = QJsonDocument(m_parsed).toJson(QJsonDocument::Compact);
    m_parsed = {};
}

bool RawRecord::operator==(const RawRecord &other) const
{
    if (isCompact() && other.isCompact() && m_text == other.m_text)
        return true;
    return object() == other.object();
}

bool Instance::isTransitional() const
{
    return ecs::isTransitional(status);
}

QString Instance::statusText() const
{
    if (status == InstanceStatus::Unknown) {
        const QString sent = raw().value("Status"_L1).toString();
        if (!sent.isEmpty())
            return sent;
    }
    return Vocabulary::statusName(status);
}

namespace ops {

ApiRequest DescribeInstances::request(
    const QString &regionId, const QString &nextToken, int maxResults)
{
    ApiRequest r(u"DescribeInstances"_s);
    r.setRegion(regionId).set(u"MaxResults"_s, maxResults).setIfNotEmpty(u"NextToken"_s, nextToken);
    return r;
}

ApiRequest DescribeInstances::requestPage(const QString &regionId, int pageNumber, int pageSize)
{
    ApiRequest r(u"DescribeInstances"_s);
    r.setRegion(regionId).set(u"PageNumber"_s, pageNumber).set(u"PageSize"_s, pageSize);
    return r;
}

ApiRequest DescribeInstances::byIds(const QString &regionId, const QStringList &instanceIds)
{
    ApiRequest r(u"DescribeInstances"_s);
    r.setRegion(regionId)
        .setJsonList(u"InstanceIds"_s, instanceIds)
        .set(u"MaxResults"_s, kMaxResults);
    return r;
}

Result<DescribeInstances::Response> DescribeInstances::parse(const QJsonObject &body)
{
    return parse(body, {});
}

Result<DescribeInstances::Response> DescribeInstances::parse(
    const QJsonObject &body, QByteArrayView text)
{
    JsonReader json;
    Response response;
    // Absent is not zero: without a total the pager follows NextToken instead.
    response.totalCount
        = body.contains("TotalCount"_L1) ? json.int32(body, "TotalCount"_L1, 0) : -1;
    response.nextToken = json.string(body, "NextToken"_L1);
    const QJsonArray items = json.array(body, { "Instances"_L1, "Instance"_L1 });
    // Each record's own text, when the text's array is certainly the parsed one (as many objects).
    std::optional<QList<QByteArrayView>> texts;
    if (!text.isEmpty() && !items.isEmpty()) {
        texts = arrayElementSpans(text, { "Instances"_L1, "Instance"_L1 });
        if (texts && texts->size() != items.size())
            texts.reset();
    }
    SharedStrings shared;
    // Stops at the first problem, and reserves nothing ahead: a hostile list of millions of wrong
    // items must cost no more than reading the first.
    for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "Instances.Instance"_L1);
        Instance i;
        i.instanceId = json.string(item, "InstanceId"_L1);
        i.instanceName = json.string(item, "InstanceName"_L1);
        i.regionId = shared(json.string(item, "RegionId"_L1));
        i.zoneId = shared(json.string(item, "ZoneId"_L1));
        i.status = fromWireOr(json.string(item, "Status"_L1), InstanceStatus::Unknown);
        i.instanceType = shared(json.string(item, "InstanceType"_L1));
        i.cpu = json.int32(item, "Cpu"_L1);
        i.memoryMiB = json.int32(item, "Memory"_L1);
        i.gpuAmount = json.int32(item, "GPUAmount"_L1);
        i.publicIps = json.strings(item, { "PublicIpAddress"_L1, "IpAddress"_L1 });
        const QString eip = json.string(json.object(item, "EipAddress"_L1), "IpAddress"_L1);
        if (!eip.isEmpty())
            i.publicIps.append(eip);
        i.privateIps
            = json.strings(item, { "VpcAttributes"_L1, "PrivateIpAddress"_L1, "IpAddress"_L1 });
        i.chargeType = fromWireOr(json.string(item, "InstanceChargeType"_L1), ChargeType::Unknown);
        i.spotStrategy = fromWireOr(json.string(item, "SpotStrategy"_L1), SpotStrategy::Unknown);
        i.spotPriceLimit = json.number(item, "SpotPriceLimit"_L1);
        i.creationTime = parseServiceTime(json.string(item, "CreationTime"_L1));
        if (i.chargeType == ChargeType::PrePaid)
            i.expiredTime = parseServiceTime(json.string(item, "ExpiredTime"_L1));
        i.autoReleaseTime = parseServiceTime(json.string(item, "AutoReleaseTime"_L1));
        const QJsonArray locks = json.array(item, { "OperationLocks"_L1, "LockReason"_L1 });
        for (qsizetype l = 0; l < locks.size() && json.ok(); ++l) {
            const QJsonObject lock = json.objectAt(locks, l, "OperationLocks.LockReason"_L1);
            i.lockReasons.append(shared(json.string(lock, "LockReason"_L1)));
        }
        const QJsonArray tags = json.array(item, { "Tags"_L1, "Tag"_L1 });
        for (qsizetype t = 0; t < tags.size() && json.ok(); ++t) {
            const QJsonObject tag = json.objectAt(tags, t, "Tags.Tag"_L1);
            i.tags.append(
                { shared(json.string(tag, "TagKey"_L1)), shared(json.string(tag, "TagValue"_L1)) });
        }
        // Its own text, or else shared with the answer: whoever keeps many instances compacts them.
        const QByteArrayView own = texts ? texts->at(n) : QByteArrayView();
        if (own.startsWith('{'))
            i.record = RawRecord::fromText(own.toByteArray());
        else
            i.record = RawRecord(item);
        if (i.instanceId.isEmpty() && json.ok())
            return ApiError::make(
                ApiError::Kind::Malformed, u"An instance in the response has no InstanceId."_s);
        response.instances.append(std::move(i));
    }
    if (!json.ok())
        return json.error();
    return response;
}

ApiRequest DescribeInstanceStatus::request(const QString &regionId, const QStringList &instanceIds)
{
    ApiRequest r(u"DescribeInstanceStatus"_s);
    r.setRegion(regionId).setRepeatList(u"InstanceId"_s, instanceIds).set(u"PageSize"_s, kMaxIds);
    return r;
}

Result<DescribeInstanceStatus::Response> DescribeInstanceStatus::parse(const QJsonObject &body)
{
    JsonReader json;
    Response statuses;
    const QJsonArray items = json.array(body, { "InstanceStatuses"_L1, "InstanceStatus"_L1 });
    for (qsizetype n = 0; n < items.size() && json.ok(); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InstanceStatuses.InstanceStatus"_L1);
        const QString id = json.string(item, "InstanceId"_L1);
        // An entry without an id would make every asked-for instance look released.
        if (id.isEmpty() && json.ok())
            return ApiError::make(ApiError::Kind::Malformed,
                u"An instance status in the response has no InstanceId."_s);
        statuses.append(
            { id, fromWireOr(json.string(item, "Status"_L1), InstanceStatus::Unknown) });
    }
    if (!json.ok())
        return json.error();
    return statuses;
}

} // namespace ops
} // namespace ecs
