#pragma once

#include "callscope.h"
#include "inventory/spothistory.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace ecs {

struct InventoryChange;

/// The instance family a type id names: "ecs.g7.large" → "ecs.g7", "ecs.gn6i-c4g1.xlarge" →
/// "ecs.gn6i" (Alibaba Cloud's naming); empty for anything else.
QString instanceFamilyOfType(const QString &instanceType);

/// The service's interruption-rate bands of DescribeSpotAdvice, calmest first.
enum class InterruptBand { Unknown = -1, Below5, From5To10, From10To15, From15To20, Above20 };

/// The band of an answer: its InterruptRateDesc ("0-5%", "5-10%", …, ">20%") when it names one,
/// else the InterruptionRate (percent); Unknown when neither says.
InterruptBand interruptBandOf(const QString &rateDesc, double ratePercent);

/// One (zone, instance type) of a DescribeSpotAdvice answer.
struct SpotAdviceCell
{
    QString zoneId;
    QString instanceType;
    double interruptionRate = -1; ///< percent over the last 30 days; -1 when not sent
    QString rateText; ///< InterruptRateDesc as sent
    InterruptBand band = InterruptBand::Unknown;
    /// AverageSpotDiscount: the average spot price as a percentage of pay-as-you-go; -1 unknown.
    double averagePercent = -1;

    bool operator==(const SpotAdviceCell &) const = default;
};

/// What the advisor asks for: the request's own filters (empty or 0: any).
struct SpotAdviceQuery
{
    QString regionId;
    QString zoneId;
    QString family; ///< InstanceTypeFamily, e.g. ecs.g7
    QString familyLevel; ///< InstanceFamilyLevel: EntryLevel, EnterpriseLevel, CreditEntryLevel
    int cores = 0;
    double memoryGiB = 0;
};

namespace ops {
struct DescribeSpotAdvice
{
    using Response = QList<SpotAdviceCell>;
    static ApiRequest request(const SpotAdviceQuery &query);
    static Result<Response> parse(const QJsonObject &body);
};
} // namespace ops

/// The zone × instance-type matrix of an answer: zones in name order, types as people read them
/// (instanceTypeLess); a pair the answer did not list has no cell.
struct SpotAdviceMatrix
{
    QStringList zones;
    QStringList types;
    QHash<QString, SpotAdviceCell> cells; ///< by key(zone, type)

    static QString key(const QString &zoneId, const QString &type) { return zoneId + u'|' + type; }
    static SpotAdviceMatrix from(const QList<SpotAdviceCell> &cells);
    const SpotAdviceCell *cell(const QString &zoneId, const QString &type) const;
};

/// Asks DescribeSpotAdvice once, as one question of `scope` (Cancelled when renewed: return).
/// The answer's size is bounded (at most 64 zones × 2000 types), else Malformed.
QCoro::Task<Result<SpotAdviceMatrix>> fetchSpotAdvice(
    CallScope &scope, EcsClient *client, SpotAdviceQuery query);

/// The price-history back-test of a cell: "a limit of `limit` would have survived `survival` of
/// the last 30 days" (ecs::computeSpotStats over the zone's series).
struct SpotBacktest
{
    double limit = 0;
    double survival = 0; ///< 0…1
    double originPrice = 0;
    QString currency; ///< as the history answered; empty when it named none
    SpotWindow window;
    bool valid = false;
};

/// `limit` <= 0: the history's suggestedLimit().
SpotBacktest backtestLimit(const SpotHistory &history, const QString &zoneId, double limit = 0);

/// Fetches 30 days of the type's price in the zone and back-tests `limit` (<= 0: suggested).
QCoro::Task<Result<SpotBacktest>> fetchSpotBacktest(CallScope &scope, EcsClient *client,
    QString regionId, QString zoneId, QString instanceType, double limit = 0,
    QDateTime now = QDateTime::currentDateTimeUtc());

/// The fleet's own reclaims, as the inventory saw them: a preemptible instance that carried the
/// Recycling lock and then disappeared was reclaimed (an instance released by hand never has the
/// lock). Only what this console watched: it knows nothing from before it started.
class FleetReclaims
{
public:
    struct Reclaim
    {
        QString instanceId;
        QString zoneId;
        QString instanceType;
        QDateTime lockSeen; ///< when the Recycling lock was first seen
        QDateTime goneSeen; ///< when the instance was seen gone
    };

    void apply(
        const InventoryChange &change, const QDateTime &now = QDateTime::currentDateTimeUtc());
    QList<Reclaim> reclaims(const QString &zoneId, const QString &instanceType) const;
    /// Instances of the pair under the Recycling lock now.
    int recycling(const QString &zoneId, const QString &instanceType) const;
    qsizetype total() const { return m_reclaims.size(); }
    /// Every reclaim seen, oldest first.
    const QList<Reclaim> &all() const { return m_reclaims; }

private:
    QHash<QString, Reclaim> m_locked; ///< by instance id
    QList<Reclaim> m_reclaims;
};

} // namespace ecs
