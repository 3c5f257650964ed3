#pragma once

#include "celltextdelegate.h"

#include <QCache>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

class QTableView;

namespace ecs {
class CpuSparklines;
class FleetScope;
} // namespace ecs

namespace ecs::ui {

class InstancesModel;

/// Paints a cell's series (InstancesModel::CpuSeriesRole, percentages, NaN where missing) as a
/// small polyline from 0 to the row's peak (at least 20 %) in the palette's highlight colour, with
/// the display text (the latest value, or "—" when unknown) at its right. A drawn line is kept
/// (by its series, size and colours) and the text shaped once: a frame only copies them.
class SparklineDelegate : public CellTextDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(int seriesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QPixmap line(const QList<float> &series, QSize size, qreal ratio, const QColor &stroke,
        const QColor &baseline) const;

    int m_seriesRole;
    mutable QCache<quint64, QPixmap> m_lines;
    mutable QFont m_measuredFont; ///< the font the widths below are of
    mutable int m_measuredWidth = -1; ///< the widest value's advance; -1: not measured
    mutable int m_measuredCharWidth = 0;
};

/// The Instances table's CPU usage column: its delegate and place (after Name), and which rows
/// are on screen, told to an ecs::CpuSparklines (the fetching and the cache are core's) a moment
/// after the view scrolls, sorts, filters or resizes. A hidden column, a hidden pane or a column
/// scrolled out of sight asks nothing.
class CpuSparklineColumn : public QObject
{
    Q_OBJECT

public:
    CpuSparklineColumn(
        QTableView *view, InstancesModel *model, const ecs::FleetScope *fleet, QObject *parent);
    ~CpuSparklineColumn() override;

    ecs::CpuSparklines *sparklines() const { return m_sparklines; }
    /// How long the view must hold still before the rows on screen are told (debounce).
    void setSettleDelay(int ms) { m_settle.setInterval(ms); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tellVisibleRows();

    QPointer<QTableView> m_view;
    InstancesModel *m_model;
    ecs::CpuSparklines *m_sparklines;
    QTimer m_settle;
};

} // namespace ecs::ui
