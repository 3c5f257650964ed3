#include "spotstatstable.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SpotStatsTable::SpotStatsTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(7);
    setHorizontalHeaderLabels({ tr("Zone"), tr("Min"), tr("Mean"), tr("Max"), tr("Now"),
        tr("Discount"), tr("Limit survival") });
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("Spot price statistics"));
}

void SpotStatsTable::fitColumns(int zoneWidth)
{
    resizeColumnsToContents(); // seven short headers, no rows yet
    setColumnWidth(0, std::max(columnWidth(0), zoneWidth));
    for (int column = 1; column < 6; ++column)
        setColumnWidth(
            column, std::max(columnWidth(column), fontMetrics().horizontalAdvance(u"0.00000"_s)));
}

void SpotStatsTable::showStats(const ecs::SpotHistory &history, double priceLimit)
{
    setRowCount(int(history.byZone.size()));
    int row = 0;
    auto cell = [this, &row](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, column, item);
    };
    for (auto it = history.byZone.cbegin(); it != history.byZone.cend(); ++it, ++row) {
        const SpotStats s
            = computeSpotStats(*it, history.window.from, history.window.to, priceLimit);
        cell(0, it.key());
        cell(1, QString::number(s.min, 'f', 4));
        cell(2, QString::number(s.mean, 'f', 4));
        cell(3, QString::number(s.max, 'f', 4));
        cell(4, QString::number(s.current, 'f', 4));
        cell(5, u"%1%"_s.arg(s.discount * 100, 0, 'f', 0));
        cell(6, priceLimit > 0 ? u"%1%"_s.arg(s.survival * 100, 0, 'f', 1) : tr("—"));
    }
}

} // namespace ecs::ui
