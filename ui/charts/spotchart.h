#pragma once

#include "types/spotprice.h"

#include <QChartView>
#include <QMap>
#include <QPointF>
#include <QPointer>
#include <QSet>

#include <memory>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsTextItem;

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
    /// What the prices are of: `instanceType` in `regionId`, in `currency` (the answer's ISO
    /// code; empty: bare numbers). The title says so; the on-demand and limit levels follow it.
    void setSubject(const QString &instanceType, const QString &regionId, const QString &currency);
    /// An exported picture's title: the subject, `rangeText` with the time shown, the currency.
    QString exportTitle(const QString &rangeText) const;
    /// The name an export suggests: spot-<type>-<region>-<last day shown>.<suffix>.
    QString exportFileName(const QString &suffix) const;
    int seriesPointCount() const; ///< what was handed to the series, after downsampling

    /// The colour of the n-th zone: the Okabe–Ito palette, which people with any of the common
    /// colour-vision deficiencies can tell apart; past seven zones the lines are dashed too.
    static QColor zoneColor(int index);
    static Qt::PenStyle zonePenStyle(int index);
    /// The crosshair's readout as plain text (empty when hidden): time, then zone and price.
    QString readoutText() const;
    bool isReadoutVisible() const;
    /// The chart as an image with `title` over it (and in its PNG text), for export.
    QImage exportImage(const QString &title);

    /// Zones whose lines are hidden (clicked off in the legend).
    const QSet<QString> &hiddenZones() const { return m_hidden; }
    void setZoneVisible(const QString &zoneId, bool visible);

Q_SIGNALS:
    /// Every line of the last prices (or resize) is on the chart: they go on one per
    /// event-loop turn.
    void shown();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    /// Left/Right pan, +/- zoom, Home resets: the chart works from the keyboard too.
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// Every zone's line, empty, and the levels; then fillZoneLine, one line per turn.
    void addZoneLines(const std::shared_ptr<QList<QList<QPointF>>> &lines);
    void fillZoneLine(const std::shared_ptr<QList<QList<QPointF>>> &lines,
        const std::shared_ptr<QList<QPointer<QLineSeries>>> &series, int zoneIndex);
    void addLevels();
    void setTitle(const QString &title);
    QString titleWithLevels(const QString &title, double origin);

    QMap<QString, QList<ecs::SpotPricePoint>> m_byZone;
    QDateTime m_from;
    QDateTime m_to;
    double m_limit = 0;
    QString m_instanceType;
    QString m_regionId;
    QString m_currency;
    double m_origin = 0; ///< the on-demand price the levels show
    QString m_title;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_priceAxis;
    QGraphicsLineItem *m_crosshair;
    QGraphicsRectItem *m_readoutBox;
    QGraphicsTextItem *m_readout;
    int m_pointCount = 0;
    QSet<QString> m_hidden;
    QObject *m_staging = nullptr; ///< the current build's steps live in it
};

} // namespace ecs::ui
