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

/// A record exactly as the service sent it, for the details panel and for fields the console does
/// not map. As a client hands it over it is either the parsed object itself (shared with the
/// answer, no copy made) or, from a page whose text it was cut from, the record's own JSON text.
/// An inventory of thousands keeps the text: a copy of bytes already there costs nothing to make,
/// where encoding the parsed tree (CBOR) was a quarter of a page's mapping; a record is then
/// compared with one memcmp, and parsed again only when someone reads it.
class RawRecord
{
public:
    RawRecord() = default;
    explicit RawRecord(QJsonObject parsed)
        : m_parsed(std::move(parsed))
    { }
    /// The record as JSON text (an object), as cut from the answer it came in.
    static RawRecord fromText(QByteArray text);
    QJsonObject object() const;
    /// Keeps the record as text and lets the parsed object go (nothing when already text).
    void compact();
    bool isCompact() const { return m_parsed.isEmpty(); }
    /// The same record, however each side is held: the same text, or failing that (another
    /// spelling of the same record) the same parsed object.
    bool operator==(const RawRecord &other) const;

private:
    QJsonObject m_parsed;
    QByteArray m_text;
};

/// An instance as DescribeInstances describes it. `record` keeps the whole of it for the details
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
    /// The whole record as the service sent it; raw() reads it back.
    RawRecord record;
    QJsonObject raw() const { return record.object(); }
    /// What a store of many instances does with each: the record encoded (see RawRecord).
    void compact() { record.compact(); }

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
    /// The records shared with the answer; a store of thousands compacts them (RawRecord).
    static Result<Response> parse(const QJsonObject &body);
    /// The same, given also the text `body` was parsed from: each record then keeps its own
    /// text (compact from the start), where the text's records can be told apart with certainty.
    static Result<Response> parse(const QJsonObject &body, QByteArrayView text);
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

// Every member is a Qt value that moves by its bytes: a list of 100,000 instances grows by
// realloc() instead of copying each record next to the old ones (a peak of twice the list).
Q_DECLARE_TYPEINFO(ecs::RawRecord, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ecs::Instance, Q_RELOCATABLE_TYPE);
