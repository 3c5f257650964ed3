#pragma once

#include "inventory/spothistory.h"

#include <QTableWidget>

namespace ecs::ui {

/// The numbers a bidder needs per zone: min, mean, max, now, discount, and how long a given
/// limit would have survived (ecs::computeSpotStats over the history's window).
class SpotStatsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit SpotStatsTable(QWidget *parent = nullptr);

    /// Columns wide enough for a zone id `zoneWidth` pixels wide and prices.
    void fitColumns(int zoneWidth);
    /// One row per zone of `history`; the survival column for `priceLimit` (0: no limit).
    void showStats(const ecs::SpotHistory &history, double priceLimit);
};

} // namespace ecs::ui
