#include "renewalquote.h"

#include "types/money.h"

using namespace Qt::StringLiterals;

namespace ecs {

RenewalQuote::RenewalQuote(QObject *parent)
    : QObject(parent)
    , m_scope(this)
{ }

void RenewalQuote::ask(
    const LifecycleCalendar *calendar, const QList<ProfileInstance> &targets, int months)
{
    m_scope.renew();
    m_months = std::clamp(months, 1, 9);
    m_lines.clear();
    m_finished = false;
    run(calendar, targets.mid(0, kMaxInstances), m_months);
}

QCoro::Task<> RenewalQuote::run(
    const LifecycleCalendar *calendar, QList<ProfileInstance> targets, int months)
{
    using Op = ops::DescribeRenewalPrice;
    const QPointer<const LifecycleCalendar> source(calendar);
    for (const ProfileInstance &target : targets) {
        RenewalPriceLine line { target, -1, {}, {} };
        EcsClient *client = source ? source->clientOf(target.profile) : nullptr;
        if (!client) {
            line.error = ApiError::make(ApiError::Kind::Cancelled, tr("The profile is closed."));
            m_lines.append(line);
            continue;
        }
        Result<Op::Response> r = co_await m_scope.ask<Op>(
            client, Op::request(target.instance.regionId, target.instance.instanceId, months));
        if (r.cancelled())
            co_return;
        if (r.ok()) {
            line.price = r.value().tradePrice;
            line.currency = r.value().currency;
        } else {
            line.error = r.error();
        }
        m_lines.append(line);
        Q_EMIT progress(int(m_lines.size()), int(targets.size()));
    }
    m_finished = true;
    Q_EMIT finished();
}

double RenewalQuote::total() const
{
    double sum = 0;
    for (const RenewalPriceLine &line : m_lines) {
        if (line.price < 0 || line.currency != currency())
            return -1;
        sum += line.price;
    }
    return sum;
}

QString RenewalQuote::currency() const
{
    return m_lines.isEmpty() ? QString() : m_lines.first().currency;
}

int RenewalQuote::unknownCount() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
        [](const RenewalPriceLine &line) { return line.price < 0; }));
}

QString RenewalQuote::totalText() const
{
    if (!m_finished)
        return tr("Asking for prices…");
    if (m_lines.isEmpty())
        return tr("Nothing to renew");
    if (const int unknown = unknownCount(); unknown > 0)
        return tr("The price of %n instance(s) is not known", "", unknown);
    const double sum = total();
    if (sum < 0)
        return tr("The prices are in different currencies");
    return formatMoney(sum, currency(), 2);
}

namespace {

QList<std::pair<QString, QList<Instance>>> byProfile(const QList<ProfileInstance> &targets)
{
    QList<std::pair<QString, QList<Instance>>> out;
    for (const ProfileInstance &t : targets) {
        auto it = std::find_if(out.begin(), out.end(),
            [&t](const std::pair<QString, QList<Instance>> &p) { return p.first == t.profile; });
        if (it == out.end())
            out.append({ t.profile, { t.instance } });
        else
            it->second.append(t.instance);
    }
    return out;
}

} // namespace

QList<std::pair<QString, ActionPlan>> planRenewals(
    const QList<ProfileInstance> &targets, int months)
{
    QList<std::pair<QString, ActionPlan>> out;
    for (const auto &[profile, instances] : byProfile(targets)) {
        RenewOptions options;
        options.months = months;
        for (qsizetype n = 0; n < instances.size(); ++n)
            options.clientTokens.append(newClientToken());
        out.append({ profile, planRenew(instances, options) });
    }
    return out;
}

QList<std::pair<QString, ActionPlan>> planAutoRenewals(
    const QList<ProfileInstance> &targets, int months)
{
    QList<std::pair<QString, ActionPlan>> out;
    for (const auto &[profile, instances] : byProfile(targets))
        out.append({ profile, planAutoRenew(instances, { true, months }) });
    return out;
}

} // namespace ecs
