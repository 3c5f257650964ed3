#include "downsample.h"

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

} // namespace ecs::ui
