#pragma once

#include <QCalendarWidget>
#include <QComboBox>
#include <QHash>
#include <QPainter>

namespace ecs::ui {

/// A month whose days show how many events fall on them (the Calendar pane's month view).
class EventMonth : public QCalendarWidget
{
public:
    using QCalendarWidget::QCalendarWidget;
    void setCounts(const QHash<QDate, int> &counts)
    {
        m_counts = counts;
        updateCells();
    }
    int countOn(const QDate &day) const { return m_counts.value(day); }

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override
    {
        QCalendarWidget::paintCell(painter, rect, date);
        const int count = m_counts.value(date);
        if (count <= 0)
            return;
        const int size = std::max(12, rect.height() * 4 / 10);
        const QRect badge(rect.right() - size, rect.top() + 1, size, size);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette().color(QPalette::Highlight));
        painter->drawEllipse(badge);
        QFont small = painter->font();
        small.setPixelSize(std::max(8, size * 7 / 10));
        painter->setFont(small);
        painter->setPen(palette().color(QPalette::HighlightedText));
        painter->drawText(
            badge, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
        painter->restore();
    }

private:
    QHash<QDate, int> m_counts;
};

/// Fills `combo` with "all" and `values` (sorted, once each), keeping the current choice while
/// it is still offered; untouched when the choices are the same.
inline void refillChoices(QComboBox *combo, const QString &all, QStringList values)
{
    values.removeDuplicates();
    values.sort();
    QStringList current { QString() };
    for (int i = 1; i < combo->count(); ++i)
        current << combo->itemData(i).toString();
    if (current == QStringList { QString() } + values)
        return;
    const QString keep = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(keep)));
}

} // namespace ecs::ui
