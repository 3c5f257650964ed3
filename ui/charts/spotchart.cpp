#include "spotchart.h"

#include "downsample.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SpotChart::SpotChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QDateTimeAxis(this))
    , m_priceAxis(new QValueAxis(this))
    , m_crosshair(new QGraphicsLineItem)
    , m_readout(new QGraphicsSimpleTextItem)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setAccessibleName(tr("Spot price chart"));
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag to zoom into a time range; right click or Home to zoom out; arrows pan; "
                  "click a zone in the legend to hide it"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setTitle(tr("Spot price, USD per hour"));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_priceAxis, Qt::AlignLeft);
    m_timeAxis->setFormat(u"MMM d HH:mm"_s);
    m_priceAxis->setLabelFormat(u"$%.3f"_s);
    m_priceAxis->setTickCount(6);
    m_priceAxis->setTruncateLabels(false); // Qt Charts would elide them to "…" on first layout
    m_timeAxis->setTruncateLabels(false);
    QPen crosshairPen(palette().color(QPalette::Mid));
    crosshairPen.setStyle(Qt::DashLine);
    m_crosshair->setPen(crosshairPen);
    m_crosshair->setZValue(10);
    m_readout->setZValue(11);
    m_readout->setBrush(palette().color(QPalette::Text));
    chart()->scene()->addItem(m_crosshair);
    chart()->scene()->addItem(m_readout);
    m_crosshair->hide();
    m_readout->hide();
}

void SpotChart::setPrices(const QMap<QString, QList<ecs::SpotPricePoint>> &byZone,
    const QDateTime &from, const QDateTime &to)
{
    m_byZone = byZone;
    m_from = from;
    m_to = to;
    rebuild();
}

void SpotChart::setPriceLimit(double limit)
{
    m_limit = limit;
    rebuild();
}

int SpotChart::seriesPointCount() const
{
    return m_pointCount;
}

void SpotChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    rebuild(); // the downsampling depends on the width
}

void SpotChart::rebuild()
{
    chart()->removeAllSeries();
    m_pointCount = 0;
    if (m_byZone.isEmpty() || !m_from.isValid() || !m_to.isValid())
        return;
    // About two points per horizontal pixel: one bucket keeps a min and a max.
    const int buckets = std::max(50, int(chart()->plotArea().width()));
    const double endX = double(m_to.toMSecsSinceEpoch());
    double low = 1e9, high = 0, origin = 0;
    for (auto it = m_byZone.cbegin(); it != m_byZone.cend(); ++it) {
        QList<QPointF> changes;
        changes.reserve(it->size());
        for (const ecs::SpotPricePoint &p : *it) {
            changes.append(
                QPointF(double(std::max(p.timestamp, m_from).toMSecsSinceEpoch()), p.spotPrice));
            low = std::min(low, p.spotPrice);
            high = std::max(high, p.spotPrice);
            origin = std::max(origin, p.originPrice);
        }
        auto *series = new QLineSeries(chart());
        series->setName(it.key());
        const QList<QPointF> points = downsampleMinMax(toSteps(changes, endX), buckets);
        series->replace(points); // one call, not thousands of appends
        m_pointCount += int(points.size());
        chart()->addSeries(series);
        series->setVisible(!m_hidden.contains(it.key()));
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_priceAxis);
    }
    auto addLevel = [&](const QString &name, double y, Qt::PenStyle style) {
        auto *line = new QLineSeries(chart());
        line->setName(name);
        line->replace({ QPointF(double(m_from.toMSecsSinceEpoch()), y), QPointF(endX, y) });
        QPen pen = line->pen();
        pen.setStyle(style);
        pen.setWidthF(1.5);
        line->setPen(pen);
        chart()->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_priceAxis);
    };
    if (origin > 0)
        addLevel(tr("On-demand %1").arg(origin), origin, Qt::DashLine);
    if (m_limit > 0)
        addLevel(tr("Your limit %1").arg(m_limit), m_limit, Qt::DotLine);
    // Clicking a zone in the legend hides or shows its line; the marker stays, dimmed.
    for (QLegendMarker *marker : chart()->legend()->markers()) {
        const QString zone = marker->label();
        if (!m_byZone.contains(zone))
            continue;
        QFont font = marker->font();
        font.setStrikeOut(m_hidden.contains(zone));
        marker->setFont(font);
        marker->setVisible(true);
        connect(marker, &QLegendMarker::clicked, this,
            [this, zone] { setZoneVisible(zone, m_hidden.contains(zone)); });
    }
    m_timeAxis->setRange(m_from.toLocalTime(), m_to.toLocalTime());
    m_timeAxis->setFormat(m_from.secsTo(m_to) > 2 * 24 * 3600 ? u"MMM d"_s : u"HH:mm"_s);
    const double top = std::max({ high, origin, m_limit });
    m_priceAxis->setRange(0, top * 1.1);
    // Qt Charts sizes axis labels for the old range unless the layout is redone.
    if (chart()->layout())
        chart()->layout()->invalidate();
}

void SpotChart::setZoneVisible(const QString &zoneId, bool visible)
{
    if (visible)
        m_hidden.remove(zoneId);
    else
        m_hidden.insert(zoneId);
    rebuild();
}

void SpotChart::keyPressEvent(QKeyEvent *event)
{
    const qreal step = chart()->plotArea().width() / 10;
    switch (event->key()) {
    case Qt::Key_Left:
        chart()->scroll(-step, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(step, 0);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        chart()->zoom(1.25);
        break;
    case Qt::Key_Minus:
        chart()->zoom(0.8);
        break;
    case Qt::Key_Home:
        chart()->zoomReset();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SpotChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(scenePos) || m_byZone.isEmpty()) {
        m_crosshair->hide();
        m_readout->hide();
        return;
    }
    const QPointF value = chart()->mapToValue(scenePos);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(value.x()));
    QStringList lines { QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) };
    for (auto it = m_byZone.cbegin(); it != m_byZone.cend(); ++it) {
        if (m_hidden.contains(it.key()))
            continue;
        double price = 0;
        for (const ecs::SpotPricePoint &p : *it) {
            if (p.timestamp > when)
                break;
            price = p.spotPrice;
        }
        lines << u"%1  %2"_s.arg(it.key()).arg(price, 0, 'f', 4);
    }
    m_crosshair->setLine(QLineF(scenePos.x(), plot.top(), scenePos.x(), plot.bottom()));
    m_readout->setText(lines.join(u'\n'));
    const QRectF box = m_readout->boundingRect();
    const double x = scenePos.x() + 12 + box.width() > plot.right()
        ? scenePos.x() - 12 - box.width()
        : scenePos.x() + 12;
    m_readout->setPos(x, plot.top() + 8);
    m_crosshair->show();
    m_readout->show();
}

} // namespace ecs::ui
