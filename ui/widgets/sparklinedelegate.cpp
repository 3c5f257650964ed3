#include "sparklinedelegate.h"

#include "insight/cpusparklines.h"
#include "models/instancesmodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTableView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

/// Lines kept drawn: a few screens of rows, each in a colour or two.
constexpr qsizetype kKeptLines = 512;
/// Room around a kept line for its pen.
constexpr int kLinePad = 2;

/// The widest value the text shows: the series and the text keep their places row after row.
QString widestValue()
{
    return InstancesModel::tr("%1 %").arg(QLocale().toString(100));
}

QPalette::ColorGroup groupOf(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
}

} // namespace

SparklineDelegate::SparklineDelegate(int seriesRole, QObject *parent)
    : CellTextDelegate(parent)
    , m_seriesRole(seriesRole)
    , m_lines(kKeptLines)
{ }

void SparklineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    painter->setClipRect(opt.rect);
    drawPanel(painter, opt); // the background and selection; the rest is ours

    const QList<float> series = index.data(m_seriesRole).value<QList<float>>();
    const bool known = std::any_of(
        series.cbegin(), series.cend(), [](float value) { return std::isfinite(value); });
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = inkOf(opt);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 2;
    const QRect area = opt.rect.adjusted(margin, 3, -margin, -3);
    // Measured once per font, not per cell and frame (the widest value is a translated string).
    if (m_measuredWidth < 0 || !(opt.font == m_measuredFont)) {
        const QFontMetrics metrics(opt.font);
        m_measuredFont = opt.font;
        m_measuredWidth = metrics.horizontalAdvance(widestValue());
        m_measuredCharWidth = metrics.averageCharWidth();
    }
    QRect textRect = area;
    textRect.setLeft(area.right() - m_measuredWidth);
    QRect lineRect = area;
    lineRect.setRight(textRect.left() - m_measuredCharWidth);

    painter->setFont(opt.font);
    painter->setPen(
        known || selected ? ink : opt.palette.color(groupOf(opt), QPalette::PlaceholderText));
    opt.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    drawText(painter, opt, textRect, opt.text);

    if (known && lineRect.width() >= 12 && lineRect.height() >= 4) {
        const QColor stroke = selected ? ink : opt.palette.color(groupOf(opt), QPalette::Highlight);
        QColor baseline = ink;
        baseline.setAlphaF(0.2f);
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(lineRect.topLeft() - QPoint(kLinePad, kLinePad),
            line(series, lineRect.size(), ratio, stroke, baseline));
    }
    drawFocus(painter, opt);
    painter->restore();
}

QPixmap SparklineDelegate::line(const QList<float> &series, QSize size, qreal ratio,
    const QColor &stroke, const QColor &baseline) const
{
    const quint64 key = qHashMulti(qHashBits(series.constData(), series.size() * sizeof(float)),
        size.width(), size.height(), qRound(ratio * 100), stroke.rgba(), baseline.rgba());
    if (const QPixmap *kept = m_lines.object(key))
        return *kept;
    // The pen (1.5 px, round caps) reaches past the line's rectangle: a pad keeps it whole.
    QPixmap pixmap((size + QSize(2 * kLinePad, 2 * kLinePad)) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.translate(kLinePad, kLinePad);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect lineRect(QPoint(0, 0), size);
    QColor fill = stroke;
    fill.setAlphaF(0.22f);
    const qreal bottom = lineRect.bottom() + 0.5;
    painter.setPen(QPen(baseline, 1));
    painter.drawLine(QPointF(lineRect.left(), bottom), QPointF(lineRect.right(), bottom));
    // From 0 to the row's peak (at least 20 %): the shape shows, an idle row stays low; the
    // figures are in the text and tooltip. A gap (NaN) breaks the line.
    qreal top = 20;
    for (const float value : series)
        if (std::isfinite(value))
            top = std::max(top, std::min(qreal(value), 100.0));
    const qreal step = series.size() > 1 ? qreal(lineRect.width()) / (series.size() - 1) : 0;
    QPolygonF run;
    const auto flush = [&] {
        if (run.size() == 1)
            run << run.first() + QPointF(1, 0);
        if (run.size() >= 2) {
            QPolygonF area = run;
            area << QPointF(run.last().x(), bottom) << QPointF(run.first().x(), bottom);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPolygon(area);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(stroke, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(run);
        }
        run.clear();
    };
    for (qsizetype n = 0; n < series.size(); ++n) {
        const float value = series.at(n);
        if (!std::isfinite(value)) {
            flush();
            continue;
        }
        const qreal share = std::clamp(qreal(value), 0.0, top) / top;
        run << QPointF(lineRect.left() + n * step, bottom - share * (lineRect.height() - 1));
    }
    flush();
    painter.end();
    m_lines.insert(key, new QPixmap(pixmap));
    return pixmap;
}

QSize SparklineDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(metrics.horizontalAdvance(widestValue()) + metrics.averageCharWidth() * 12);
    return size;
}

CpuSparklineColumn::CpuSparklineColumn(
    QTableView *view, InstancesModel *model, const ecs::FleetScope *fleet, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_sparklines(new ecs::CpuSparklines(fleet, this))
{
    constexpr int column = InstancesModel::CpuUsageColumn;
    view->setItemDelegateForColumn(
        column, new SparklineDelegate(InstancesModel::CpuSeriesRole, this));
    model->setCpuSparklines(m_sparklines);
    // Next to the name, in sight on a small screen; a person may move or hide it as any other.
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(
        header->visualIndex(column), header->visualIndex(InstancesModel::NameColumn) + 1);
    const QFontMetrics metrics(view->font());
    view->setColumnWidth(
        column, metrics.horizontalAdvance(widestValue()) + metrics.averageCharWidth() * 13);

    // Asked once the view holds still: a scroll, a sort or a filter moves many rows at once.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &CpuSparklineColumn::tellVisibleRows);
    const auto settle = qOverload<>(&QTimer::start);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, &m_settle, settle);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, &m_settle, settle);
    QAbstractItemModel *shown = view->model();
    connect(shown, &QAbstractItemModel::rowsInserted, &m_settle, settle);
    connect(shown, &QAbstractItemModel::rowsRemoved, &m_settle, settle);
    connect(shown, &QAbstractItemModel::layoutChanged, &m_settle, settle);
    connect(shown, &QAbstractItemModel::modelReset, &m_settle, settle);
    connect(header, &QHeaderView::sectionResized, &m_settle, settle); // hidden, shown, resized
    connect(header, &QHeaderView::sectionMoved, &m_settle, settle);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

CpuSparklineColumn::~CpuSparklineColumn() = default;

bool CpuSparklineColumn::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::Resize:
        m_settle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CpuSparklineColumn::tellVisibleRows()
{
    constexpr int column = InstancesModel::CpuUsageColumn;
    QTableView *view = m_view;
    if (!view || !view->isVisible() || view->isColumnHidden(column)) {
        m_sparklines->clear();
        return;
    }
    const int x = view->columnViewportPosition(column);
    const int top = view->rowAt(0);
    if (top < 0 || x + view->columnWidth(column) <= 0 || x >= view->viewport()->width()) {
        m_sparklines->clear(); // nothing on screen, or the column scrolled out of sight
        return;
    }
    QAbstractItemModel *shown = view->model();
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = shown->rowCount() - 1;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown);
    QList<ecs::SparklineTarget> targets;
    targets.reserve(bottom - top + 1);
    for (int row = top; row <= bottom && targets.size() < ecs::CpuSparklines::kMaxTargets; ++row) {
        QModelIndex index = shown->index(row, 0);
        if (proxy)
            index = proxy->mapToSource(index);
        if (index.model() != m_model)
            continue;
        const ecs::Instance &i = m_model->rowAt(index.row());
        targets.append({ i.profileId, i.regionId, i.instanceId });
    }
    m_sparklines->setInstances(targets);
}

} // namespace ecs::ui
