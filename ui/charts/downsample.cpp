#include "downsample.h"

#include <algorithm>
#include <cmath>

namespace ecs::ui {

QList<QPointF> downsampleMinMax(const QList<QPointF> &points, int buckets)
{
    if (buckets <= 0 || points.size() <= 2 * qsizetype(buckets))
        return points;
    const double first = points.first().x();
    const double span = points.last().x() - first;
    if (span <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    qsizetype i = 0;
    for (int b = 0; b < buckets && i < points.size(); ++b) {
        const double end = first + span * double(b + 1) / double(buckets);
        const QPointF *low = nullptr;
        const QPointF *high = nullptr;
        for (; i < points.size() && (points.at(i).x() <= end || b == buckets - 1); ++i) {
            const QPointF &p = points.at(i);
            if (!low || p.y() < low->y())
                low = &p;
            if (!high || p.y() > high->y())
                high = &p;
        }
        if (!low)
            continue;
        if (low == high) {
            out.append(*low);
        } else if (low->x() <= high->x()) {
            out.append(*low);
            out.append(*high);
        } else {
            out.append(*high);
            out.append(*low);
        }
    }
    return out;
}

QList<QPointF> toSteps(const QList<QPointF> &changes, double endX)
{
    QList<QPointF> steps;
    steps.reserve(changes.size() * 2);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QPointF &p = changes.at(i);
        steps.append(p);
        const double nextX = i + 1 < changes.size() ? changes.at(i + 1).x() : endX;
        if (nextX > p.x())
            steps.append(QPointF(nextX, p.y()));
    }
    return steps;
}

NiceScale niceScale(double high, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!(high > 0) || !std::isfinite(high))
        return {};
    const double rough = high / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    NiceScale scale;
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        scale.step = factor * magnitude;
        // A small tolerance, so that 0.3 / 0.1 is 3 intervals and not 4.
        scale.intervals = int(std::ceil(high / scale.step - 1e-9));
        if (scale.intervals <= maxTicks)
            break;
    }
    scale.intervals = std::max(1, scale.intervals);
    scale.top = scale.step * scale.intervals;
    // Decimals of the step (2.5 × 10^-3 needs four).
    scale.decimals = 0;
    while (scale.decimals < 10
        && std::abs(scale.step * std::pow(10.0, scale.decimals)
               - std::round(scale.step * std::pow(10.0, scale.decimals)))
            > 1e-6)
        ++scale.decimals;
    return scale;
}

} // namespace ecs::ui
