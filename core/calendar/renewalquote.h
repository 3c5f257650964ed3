#pragma once

#include "apierror.h"
#include "calendar/lifecyclecalendar.h"
#include "callscope.h"
#include "lifecycle/plans.h"

#include <QCoreApplication>
#include <QObject>

#include <QCoro/QCoroTask>

namespace ecs {

/// What renewing one instance costs, as DescribeRenewalPrice answered.
struct RenewalPriceLine
{
    ProfileInstance target;
    double price = -1; ///< -1: not known (the call failed, or the answer had no price)
    QString currency;
    ApiError error;
};

/// The price of renewing a set of subscriptions, asked before anything is renewed: one
/// DescribeRenewalPrice per instance, one at a time (a batch must not trip the API's rate limit).
/// Latest wins: ask() again drops the earlier question.
class RenewalQuote : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInstances = 500;

    explicit RenewalQuote(QObject *parent = nullptr);

    /// `clientOf` names the client of each target's profile.
    void ask(const LifecycleCalendar *calendar, const QList<ProfileInstance> &targets, int months);
    void cancel() { m_scope.cancel(); }
    bool isFinished() const { return m_finished; }
    int months() const { return m_months; }
    const QList<RenewalPriceLine> &lines() const { return m_lines; }
    /// The sum, when every price is known and in one currency; -1 otherwise (never a zero for
    /// an unknown).
    double total() const;
    QString currency() const;
    int unknownCount() const;
    /// "$1,234.50" (formatMoney: the locale's way with the answer's currency), or why there is
    /// no total.
    QString totalText() const;

Q_SIGNALS:
    void progress(int answered, int total);
    void finished();

private:
    QCoro::Task<> run(
        const LifecycleCalendar *calendar, QList<ProfileInstance> targets, int months);

    CallScope m_scope;
    QList<RenewalPriceLine> m_lines;
    int m_months = 1;
    bool m_finished = false;
};

/// The renewal of `targets` by `months`, one plan per profile (each region's part an operation).
QList<std::pair<QString, ActionPlan>> planRenewals(
    const QList<ProfileInstance> &targets, int months);
/// Auto-renew on (every `months`) for `targets`, one plan per profile.
QList<std::pair<QString, ActionPlan>> planAutoRenewals(
    const QList<ProfileInstance> &targets, int months);

} // namespace ecs
