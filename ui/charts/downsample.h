#pragma once

#include <QList>
#include <QPointF>

namespace ecs::ui {

/// Min/max downsampling: the x range is cut into `buckets` slices and each keeps its lowest and
/// highest point, in x order, so spikes survive (plain striding would drop them). With two
/// points per pixel a 30-day series draws as fast as a 3-hour one and looks the same.
QList<QPointF> downsampleMinMax(const QList<QPointF> &points, int buckets);

/// A price that holds until the next change drawn as steps: each point is followed by a point
/// at the next one's x with its own y. The last step runs to `endX`.
QList<QPointF> toSteps(const QList<QPointF> &changes, double endX);

/// A value axis from 0 with round ticks: the step is 1, 2, 2.5 or 5 times a power of ten, the
/// top the first multiple of the step at or above `high`, and at most `maxTicks` intervals.
struct NiceScale
{
    double top = 1;
    double step = 0.2;
    int intervals = 5;
    int decimals = 1; ///< enough to tell the ticks apart, no more
};
NiceScale niceScale(double high, int maxTicks = 6);

} // namespace ecs::ui
