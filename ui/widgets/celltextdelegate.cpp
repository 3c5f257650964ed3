#include "celltextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace ecs::ui {

namespace {

/// Texts kept shaped: every cell of a few screens of a wide table, in a few widths.
constexpr qsizetype kShapedTexts = 8192;

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

bool isPlainText(const QStyleOptionViewItem &option)
{
    constexpr auto others = QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::WrapText;
    return !(option.features & others) && !(option.state & QStyle::State_Editing)
        && !option.text.contains(QChar::LineFeed);
}

} // namespace

size_t qHash(const CellTextDelegate::ShapedKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.text, key.font, key.width, int(key.mode));
}

CellTextDelegate::CellTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shaped(kShapedTexts)
{ }

CellTextDelegate::~CellTextDelegate() = default;

void CellTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainText(opt))
        return QStyledItemDelegate::paint(painter, option, index);
    painter->save();
    painter->setClipRect(opt.rect);
    drawPanel(painter, opt);
    if (!opt.text.isEmpty()) {
        painter->setFont(opt.font);
        painter->setPen(inkOf(opt));
        drawText(painter, opt, textRectOf(opt), opt.text);
    }
    drawFocus(painter, opt);
    painter->restore();
}

void CellTextDelegate::drawPanel(QPainter *painter, const QStyleOptionViewItem &option)
{
    styleOf(option)->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, option.widget);
}

void CellTextDelegate::drawFocus(QPainter *painter, const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_HasFocus))
        return;
    QStyle *style = styleOf(option);
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(option);
    focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &option, option.widget);
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    focus.backgroundColor = option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
}

QColor CellTextDelegate::inkOf(const QStyleOptionViewItem &option)
{
    QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    return option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

QRect CellTextDelegate::textRectOf(const QStyleOptionViewItem &option)
{
    // The margin QCommonStyle draws item text with.
    const int margin
        = styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return option.rect.adjusted(margin, 0, -margin, 0);
}

void CellTextDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &option,
    const QRect &rect, const QString &text) const
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    ShapedKey key { text, option.font, -1, option.textElideMode };
    const QStaticText *line = &shaped(key);
    if (line->size().width() > rect.width() && option.textElideMode != Qt::ElideNone) {
        key.width = rect.width();
        line = &shaped(key);
    }
    const QRect placed = QStyle::alignedRect(
        option.direction, option.displayAlignment, line->size().toSize(), rect);
    painter->drawStaticText(placed.topLeft(), *line);
}

const QStaticText &CellTextDelegate::shaped(const ShapedKey &key) const
{
    if (const QStaticText *kept = m_shaped.object(key))
        return *kept;
    const QString shown = key.width < 0
        ? key.text
        : QFontMetrics(key.font).elidedText(key.text, key.mode, key.width);
    auto *line = new QStaticText(shown);
    line->setTextFormat(Qt::PlainText);
    line->prepare(QTransform(), key.font);
    m_shaped.insert(key, line);
    return *m_shaped.object(key);
}

} // namespace ecs::ui
