#pragma once

#include "apirequest.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the service tells about instances beyond DescribeInstances: their system events
// (DescribeInstanceHistoryEvents) and the price of renewing a subscription (DescribeRenewalPrice).
namespace ecs {

/// What a system event is about, as the calendar groups them.
enum class SystemEventKind { Other, Maintenance, Interruption };
/// EventCycleStatus.Name.
enum class SystemEventState {
    Unknown,
    Scheduled,
    Avoided,
    Executing,
    Executed,
    Canceled,
    Failed,
    Inquiring
};

struct SystemEvent
{
    QString eventId;
    QString instanceId;
    QString eventType; ///< the service's name (SystemMaintenance.Reboot, …), shown as it came
    SystemEventKind kind = SystemEventKind::Other;
    SystemEventState state = SystemEventState::Unknown;
    QDateTime publishTime;
    QDateTime notBefore; ///< when it happens (invalid when the service did not say)
    QDateTime finishTime;
    QString reason;

    /// Still to come or under way (not over).
    bool isOpen() const
    {
        return state == SystemEventState::Scheduled || state == SystemEventState::Executing
            || state == SystemEventState::Inquiring;
    }
    bool operator==(const SystemEvent &) const = default;
};

SystemEventKind systemEventKindOf(QStringView eventType);
SystemEventState systemEventStateOf(QStringView status);

namespace ops {

struct DescribeInstanceHistoryEvents
{
    struct Response
    {
        QList<SystemEvent> events;
        int totalCount = -1; ///< -1 when absent
    };
    static constexpr int kPageSize = 100; ///< the service's maximum
    /// A region's events in every state (the service's default is only those that are over).
    static ApiRequest request(const QString &regionId, int pageNumber, int pageSize = kPageSize);
    static Result<Response> parse(const QJsonObject &body);
};

struct DescribeRenewalPrice
{
    struct Response
    {
        double tradePrice = -1; ///< what the renewal costs; -1: not said
        double originalPrice = -1;
        QString currency;
    };
    static ApiRequest request(const QString &regionId, const QString &instanceId, int months);
    static Result<Response> parse(const QJsonObject &body);
};

} // namespace ops
} // namespace ecs
