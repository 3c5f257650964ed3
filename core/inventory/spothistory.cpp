#include "spothistory.h"

#include "pager.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs {

SpotWindow SpotWindow::lastSeconds(qint64 seconds, QDateTime now)
{
    constexpr qint64 kServiceLimit = 30 * 24 * 3600 - 5 * 60;
    return { now.addSecs(-std::clamp<qint64>(seconds, 0, kServiceLimit)), now };
}

double SpotHistory::suggestedLimit() const
{
    return points.isEmpty() ? 0 : std::round(points.first().originPrice * 0.3 * 1000) / 1000;
}

QMap<QString, QList<SpotPricePoint>> groupByZone(const QList<SpotPricePoint> &points)
{
    QMap<QString, QList<SpotPricePoint>> byZone;
    for (const SpotPricePoint &p : points)
        byZone[p.zoneId].append(p);
    for (QList<SpotPricePoint> &zone : byZone)
        std::stable_sort(zone.begin(), zone.end(),
            [](const auto &a, const auto &b) { return a.timestamp < b.timestamp; });
    return byZone;
}

QCoro::Task<Result<SpotHistory>> fetchSpotHistory(CallScope &scope, EcsClient *client,
    QString regionId, QString instanceType, QString zoneId, SpotWindow window,
    SpotHistoryLimits limits)
{
    SpotHistory history;
    history.window = window;
    qint64 offset = 0;
    for (int page = 1;; ++page) {
        using Op = ops::DescribeSpotPriceHistory;
        auto answer = co_await scope.ask<Op>(client,
            Op::request(regionId, instanceType, zoneId, window.from, window.to, int(offset)));
        if (answer.cancelled() || !answer.ok())
            co_return answer.error(); // cancelled: `scope` may be gone, touch nothing
        if (history.points.size() + answer->points.size() > limits.maxPoints)
            co_return Pager::malformed(
                u"its pages held more than %1 items"_s.arg(limits.maxPoints));
        history.points += answer->points;
        if (history.currency.isEmpty())
            history.currency = answer->currency;
        const qint64 next = answer->nextOffset;
        if (next <= 0 || answer->points.isEmpty())
            break; // the last page
        if (next <= offset)
            co_return Pager::malformed(
                u"its NextOffset went from %1 to %2 instead of forward"_s.arg(offset).arg(next));
        if (page >= limits.maxPages)
            co_return Pager::malformed(
                u"it kept sending pages past %1 (NextOffset %2)"_s.arg(page).arg(next));
        offset = next;
    }
    history.byZone = groupByZone(history.points);
    co_return history;
}

QCoro::Task<Result<std::optional<SpotQuote>>> latestSpotPrice(CallScope &scope, EcsClient *client,
    QString regionId, QString instanceType, QString zoneId, QDateTime now)
{
    auto history = co_await fetchSpotHistory(scope, client, std::move(regionId),
        std::move(instanceType), std::move(zoneId), { now.addSecs(-3 * 3600), now });
    if (!history.ok())
        co_return history.error(); // cancelled too: `scope` may be gone, touch nothing
    const QList<SpotPricePoint> &points = history->points;
    if (points.isEmpty())
        co_return std::optional<SpotQuote>();
    const auto newest = std::max_element(points.cbegin(), points.cend(),
        [](const SpotPricePoint &a, const SpotPricePoint &b) { return a.timestamp < b.timestamp; });
    co_return std::optional<SpotQuote>(SpotQuote { *newest, history->currency });
}

} // namespace ecs
