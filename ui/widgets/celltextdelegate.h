#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ecs::ui {

/// Paints a plain-text cell as QStyledItemDelegate does (the style's panel, selection and focus
/// frame, the palette's ink, the cell's font, alignment and elision), but shapes each text once
/// and keeps it (QStaticText): shaping every cell again on every frame was most of a big
/// table's paint. A cell with an icon, a check box or several lines is the base class's.
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellTextDelegate(QObject *parent = nullptr);
    ~CellTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

protected:
    /// What CE_ItemViewItem draws under the text: the background brush, the selection.
    static void drawPanel(QPainter *painter, const QStyleOptionViewItem &option);
    /// What CE_ItemViewItem draws over it when the cell has the focus.
    static void drawFocus(QPainter *painter, const QStyleOptionViewItem &option);
    /// The ink the style would pick: highlighted text when selected, by the cell's color group.
    static QColor inkOf(const QStyleOptionViewItem &option);
    /// Draws `text` in `rect` (already inside the margins) with the option's font, alignment and
    /// elide mode, in the painter's pen.
    void drawText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
        const QString &text) const;
    /// The text area of a cell without icon or check box: the margins the style leaves.
    static QRect textRectOf(const QStyleOptionViewItem &option);

private:
    struct ShapedKey
    {
        QString text;
        QFont font;
        int width = -1; ///< -1: the whole text; else elided to this width
        Qt::TextElideMode mode = Qt::ElideRight;
        bool operator==(const ShapedKey &other) const = default;
    };
    friend size_t qHash(const ShapedKey &key, size_t seed) noexcept;
    const QStaticText &shaped(const ShapedKey &key) const;

    mutable QCache<ShapedKey, QStaticText> m_shaped;
};

} // namespace ecs::ui
