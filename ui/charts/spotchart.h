#pragma once

#include "types/spotprice.h"

#include <QChartView>
#include <QMap>
#include <QSet>

class QDateTimeAxis;
class QValueAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace ecs::ui {

/// The spot price chart: a step line per zone, the on-demand price dashed, the bid limit dotted,
/// a crosshair with time and price under the mouse, horizontal rubber-band zoom (right click
/// zooms out). All Qt Charts code lives here, so a port to Qt Graphs touches one class.
class SpotChart : public QChartView
{
    Q_OBJECT

public:
    explicit SpotChart(QWidget *parent = nullptr);

    /// Points of several zones (each in time order), shown over [from, to].
    void setPrices(const QMap<QString, QList<ecs::SpotPricePoint>> &byZone, const QDateTime &from,
        const QDateTime &to);
    void setPriceLimit(double limit);
    int seriesPointCount() const; ///< what was handed to the series, after downsampling

    /// Zones whose lines are hidden (clicked off in the legend).
    const QSet<QString> &hiddenZones() const { return m_hidden; }
    void setZoneVisible(const QString &zoneId, bool visible);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    /// Left/Right pan, +/- zoom, Home resets: the chart works from the keyboard too.
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();

    QMap<QString, QList<ecs::SpotPricePoint>> m_byZone;
    QDateTime m_from;
    QDateTime m_to;
    double m_limit = 0;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_priceAxis;
    QGraphicsLineItem *m_crosshair;
    QGraphicsSimpleTextItem *m_readout;
    int m_pointCount = 0;
    QSet<QString> m_hidden;
};

} // namespace ecs::ui
