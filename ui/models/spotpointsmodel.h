#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/spotprice.h"

namespace ecs::ui {

/// The points under the spot chart: one row per price change of a zone.
class SpotPointsModel : public KeyedRowsModel<ecs::SpotPricePoint>
{
    Q_OBJECT

public:
    enum Column { ZoneColumn, TimeColumn, SpotColumn, OriginColumn, DiscountColumn, ColumnCount };

    explicit SpotPointsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The rows as CSV (UTC times) sorted by zone, then time, for export.
    QByteArray toCsv() const;

protected:
    QString keyOf(const ecs::SpotPricePoint &p) const override;
};

} // namespace ecs::ui
