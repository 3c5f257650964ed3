#include "spotchart.h"

#include "types/money.h"

#include "downsample.h"

#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SpotChart::SpotChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QDateTimeAxis(this))
    , m_priceAxis(new QValueAxis(this))
    , m_crosshair(new QGraphicsLineItem)
    , m_readoutBox(new QGraphicsRectItem)
    , m_readout(new QGraphicsTextItem)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setAccessibleName(tr("Spot price chart"));
    viewport()->setAccessibleName(tr("Spot price chart area"));
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag to zoom into a time range; right click or Home to zoom out; arrows pan; "
                  "click a zone in the legend to hide it"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setTitle(tr("Spot price per hour"));
    setMinimumHeight(fontMetrics().height() * 16);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_priceAxis, Qt::AlignLeft);
    m_timeAxis->setFormat(u"MMM d HH:mm"_s);
    m_priceAxis->setLabelFormat(u"%.3f"_s);
    m_priceAxis->setTickCount(6);
    m_priceAxis->setTruncateLabels(false); // Qt Charts would elide them to "…" on first layout
    m_timeAxis->setTruncateLabels(false);
    QPen crosshairPen(palette().color(QPalette::Mid));
    crosshairPen.setStyle(Qt::DashLine);
    m_crosshair->setPen(crosshairPen);
    m_crosshair->setZValue(10);
    // The readout sits on an opaque card with a border, so the lines never run through its text.
    QColor card = palette().color(QPalette::Base);
    card.setAlpha(235);
    m_readoutBox->setBrush(card);
    m_readoutBox->setPen(QPen(palette().color(QPalette::Mid)));
    m_readoutBox->setZValue(11);
    m_readout->setZValue(12);
    m_readout->setDefaultTextColor(palette().color(QPalette::Text));
    chart()->scene()->addItem(m_crosshair);
    chart()->scene()->addItem(m_readoutBox);
    chart()->scene()->addItem(m_readout);
    m_crosshair->hide();
    m_readoutBox->hide();
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
    if (limit == m_limit)
        return; // nothing to draw anew (a reload sets it before the new prices)
    m_limit = limit;
    rebuild();
}

QColor SpotChart::zoneColor(int index)
{
    // Okabe & Ito (2008), without black (the on-demand line) and with yellow last (faint on white).
    static const QColor kPalette[] = { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9),
        QColor(0xcc, 0x79, 0xa7), QColor(0xf0, 0xe4, 0x42) };
    constexpr int count = int(std::size(kPalette));
    return kPalette[((index % count) + count) % count];
}

Qt::PenStyle SpotChart::zonePenStyle(int index)
{
    return index < 7 ? Qt::SolidLine : index < 14 ? Qt::DashLine : Qt::DashDotLine;
}

QString SpotChart::readoutText() const
{
    return m_readout->isVisible() ? m_readout->toPlainText() : QString();
}

bool SpotChart::isReadoutVisible() const
{
    return m_readout->isVisible() && m_readoutBox->isVisible();
}

QImage SpotChart::exportImage(const QString &title)
{
    const QString shown = chart()->title();
    const bool crosshair = m_crosshair->isVisible();
    m_crosshair->hide();
    m_readoutBox->hide();
    m_readout->hide();
    chart()->setTitle(titleWithLevels(title, m_origin));
    QImage image = grab().toImage();
    image.setText(u"Title"_s, title);
    chart()->setTitle(shown);
    if (crosshair) {
        m_crosshair->show();
        m_readoutBox->show();
        m_readout->show();
    }
    return image;
}

void SpotChart::setSubject(
    const QString &instanceType, const QString &regionId, const QString &currency)
{
    m_instanceType = instanceType;
    m_regionId = regionId;
    m_currency = currency;
    setTitle(currency.isEmpty()
            ? tr("Spot price of %1 in %2, per hour").arg(instanceType, regionId)
            : tr("Spot price of %1 in %2, %3 per hour").arg(instanceType, regionId, currency));
}

QString SpotChart::exportTitle(const QString &rangeText) const
{
    const QLocale locale;
    return tr("Spot price of %1 in %2 · %3 (%4 – %5) · %6 per hour")
        .arg(m_instanceType, m_regionId, rangeText,
            locale.toString(m_from.toLocalTime(), QLocale::ShortFormat),
            locale.toString(m_to.toLocalTime(), QLocale::ShortFormat),
            m_currency.isEmpty() ? tr("prices") : m_currency);
}

QString SpotChart::exportFileName(const QString &suffix) const
{
    return u"spot-%1-%2-%3.%4"_s.arg(
        m_instanceType, m_regionId, m_to.toUTC().toString(u"yyyy-MM-dd"_s), suffix);
}

void SpotChart::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(titleWithLevels(m_title, m_origin));
}

QString SpotChart::titleWithLevels(const QString &title, double origin)
{
    m_origin = origin;
    QStringList levels;
    if (origin > 0)
        levels << tr("on-demand %1 dashed").arg(ecs::formatMoney(origin, m_currency, 3));
    if (m_limit > 0)
        levels << tr("your limit %1 dotted").arg(ecs::formatMoney(m_limit, m_currency, 3));
    return levels.isEmpty() ? title : title + u" · "_s + levels.join(u" · "_s);
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
    delete std::exchange(m_staging, new QObject(this)); // an older build's steps go with it
    chart()->removeAllSeries();
    m_pointCount = 0;
    if (m_byZone.isEmpty() || !m_from.isValid() || !m_to.isValid()) {
        Q_EMIT shown();
        return;
    }
    // About a point per horizontal pixel: one bucket of two pixels keeps a min and a max. Each
    // point costs Qt Charts a stroke segment (for hit-testing) at every layout.
    const int buckets = std::max(50, int(chart()->plotArea().width()) / 2);
    const double endX = double(m_to.toMSecsSinceEpoch());
    double high = 0, origin = 0;
    auto lines = std::make_shared<QList<QList<QPointF>>>();
    lines->reserve(m_byZone.size());
    for (auto it = m_byZone.cbegin(); it != m_byZone.cend(); ++it) {
        QList<QPointF> changes;
        changes.reserve(it->size());
        for (const ecs::SpotPricePoint &p : *it) {
            changes.append(
                QPointF(double(std::max(p.timestamp, m_from).toMSecsSinceEpoch()), p.spotPrice));
            high = std::max(high, p.spotPrice);
            origin = std::max(origin, p.originPrice);
        }
        lines->append(downsampleMinMax(toSteps(changes, endX), buckets));
        m_pointCount += int(lines->constLast().size());
    }
    // The axes first: a series attached to them lays its line out once. Changing a range after
    // would lay out (and stroke, for hit-testing) every line again.
    m_timeAxis->setRange(m_from.toLocalTime(), m_to.toLocalTime());
    m_timeAxis->setFormat(m_from.secsTo(m_to) > 2 * 24 * 3600 ? u"MMM d"_s : u"HH:mm"_s);
    // Round ticks ($0.00, $0.02, $0.04 …) with a little room above the highest line.
    const NiceScale scale = niceScale(std::max({ high, origin, m_limit }) * 1.05, 6);
    m_priceAxis->setRange(0, scale.top);
    m_priceAxis->setTickCount(scale.intervals + 1);
    // A printf format: the currency's symbol with any '%' doubled.
    m_priceAxis->setLabelFormat(
        ecs::currencySymbol(m_currency).replace(u'%', u"%%"_s) + u"%.%1f"_s.arg(scale.decimals));
    chart()->setTitle(titleWithLevels(m_title, origin));
    // Qt Charts sizes axis labels for the old range unless the layout is redone.
    if (chart()->layout())
        chart()->layout()->invalidate();
    // A line per event-loop turn: laying out and stroking thousands of points of every zone in
    // one event held the window for a frame or two.
    QTimer::singleShot(0, m_staging, [this, lines] { addZoneLines(lines); });
}

void SpotChart::addZoneLines(const std::shared_ptr<QList<QList<QPointF>>> &lines)
{
    // Every line goes in empty, at once: each series added makes Qt Charts lay out the legend,
    // the axes and the title again, and lays the series out on addSeries and on each attachAxis
    // (stroking its outline for hit-testing, most of the cost). Empty, all that is cheap and
    // happens once; the points then go in one line per event-loop turn, laid out once each.
    auto added = std::make_shared<QList<QPointer<QLineSeries>>>();
    const int zones = int(std::min(lines->size(), m_byZone.size()));
    for (int zoneIndex = 0; zoneIndex < zones; ++zoneIndex) {
        const QString zone = std::next(m_byZone.cbegin(), zoneIndex).key();
        auto *series = new QLineSeries(chart());
        series->setName(zone);
        QPen pen(zoneColor(zoneIndex));
        pen.setWidthF(2);
        pen.setStyle(zonePenStyle(zoneIndex));
        series->setPen(pen);
        series->setVisible(!m_hidden.contains(zone)); // a hidden line is not laid out
        chart()->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_priceAxis);
        added->append(series);
    }
    addLevels();
    QTimer::singleShot(0, m_staging, [this, lines, added] { fillZoneLine(lines, added, 0); });
}

void SpotChart::fillZoneLine(const std::shared_ptr<QList<QList<QPointF>>> &lines,
    const std::shared_ptr<QList<QPointer<QLineSeries>>> &series, int zoneIndex)
{
    if (zoneIndex >= series->size()) {
        Q_EMIT shown();
        return;
    }
    if (QLineSeries *line = series->at(zoneIndex))
        line->replace(lines->at(zoneIndex)); // one call, not thousands of appends
    QTimer::singleShot(0, m_staging,
        [this, lines, series, zoneIndex] { fillZoneLine(lines, series, zoneIndex + 1); });
}

void SpotChart::addLevels()
{
    const double endX = double(m_to.toMSecsSinceEpoch());
    auto addLevel = [&](const QString &name, double y, Qt::PenStyle style) {
        auto *line = new QLineSeries(chart());
        line->setName(name);
        line->replace({ QPointF(double(m_from.toMSecsSinceEpoch()), y), QPointF(endX, y) });
        QPen pen(palette().color(QPalette::Text)); // black on light, white on dark themes
        pen.setStyle(style);
        pen.setWidthF(1.5);
        line->setPen(pen);
        chart()->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_priceAxis);
    };
    const double origin = m_origin; // set with the title by rebuild()
    if (origin > 0)
        addLevel(
            tr("On-demand %1").arg(ecs::formatMoney(origin, m_currency, 3)), origin, Qt::DashLine);
    if (m_limit > 0)
        addLevel(tr("Your limit %1").arg(ecs::formatMoney(m_limit, m_currency, 3)), m_limit,
            Qt::DotLine);
    // Clicking a zone in the legend hides or shows its line; the marker stays, dimmed. The legend
    // holds the zones only (the levels are named in the title): Qt Charts drops a legend that
    // does not fit, and eight entries do not fit a small window.
    for (QLegendMarker *marker : chart()->legend()->markers()) {
        const QString zone = marker->label();
        if (!m_byZone.contains(zone)) {
            marker->setVisible(false);
            continue;
        }
        QFont font = marker->font();
        font.setStrikeOut(m_hidden.contains(zone));
        marker->setFont(font);
        marker->setVisible(true);
        connect(marker, &QLegendMarker::clicked, this,
            [this, zone] { setZoneVisible(zone, m_hidden.contains(zone)); });
    }
}

void SpotChart::setZoneVisible(const QString &zoneId, bool visible)
{
    if (visible)
        m_hidden.remove(zoneId);
    else
        m_hidden.insert(zoneId);
    // The line stays (its points too); only whether it shows changes. A line still to come
    // reads m_hidden when it is added.
    for (QAbstractSeries *series : chart()->series())
        if (series->name() == zoneId)
            series->setVisible(visible);
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == zoneId) {
            QFont font = marker->font();
            font.setStrikeOut(!visible);
            marker->setFont(font);
            marker->setVisible(true); // hiding a series hides its marker: this one stays
        }
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
        m_readoutBox->hide();
        m_readout->hide();
        return;
    }
    const QPointF value = chart()->mapToValue(scenePos);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(value.x()));
    // One line per shown zone, in its line's colour, with the price that held at that moment.
    QString html = u"<b>%1</b>"_s.arg(
        QLocale().toString(when.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
    int zoneIndex = 0;
    for (auto it = m_byZone.cbegin(); it != m_byZone.cend(); ++it, ++zoneIndex) {
        if (m_hidden.contains(it.key()))
            continue;
        double price = -1;
        for (const ecs::SpotPricePoint &p : *it) {
            if (p.timestamp > when)
                break;
            price = p.spotPrice;
        }
        html += u"<br><span style=\"color:%1\">■</span> %2&nbsp;&nbsp;<b>%3</b>"_s.arg(
            zoneColor(zoneIndex).name(), it.key().toHtmlEscaped(),
            price < 0 ? tr("no price yet") : ecs::formatMoney(price, m_currency, 4));
    }
    m_crosshair->setLine(QLineF(scenePos.x(), plot.top(), scenePos.x(), plot.bottom()));
    m_readout->setHtml(html);
    const QRectF box = m_readout->boundingRect();
    const double x = scenePos.x() + 12 + box.width() > plot.right()
        ? scenePos.x() - 12 - box.width()
        : scenePos.x() + 12;
    m_readout->setPos(x, plot.top() + 8);
    m_readoutBox->setRect(QRectF(m_readout->pos(), box.size()));
    m_readoutBox->show();
    m_crosshair->show();
    m_readout->show();
}

} // namespace ecs::ui
