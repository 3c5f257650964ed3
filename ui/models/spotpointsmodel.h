#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "panes/resourcepane.h"
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
    /// What SortRole compares, on the row's own fields: no QVariant made per comparison.
    bool lessThan(int leftRow, int rightRow, int column) const;

protected:
    QString keyOf(const ecs::SpotPricePoint &p) const override;
};

/// The points' filter and sort, as every pane's (TextQueryProxy over SearchRole, SortRole in the
/// locale's order), comparing on the model's fields: a month of six zones is thousands of rows,
/// each placed by a dozen comparisons when they arrive, and two QVariants per comparison were
/// most of the 20 ms that took.
class SpotPointsProxy : public TextQueryProxy
{
    Q_OBJECT

public:
    explicit SpotPointsProxy(SpotPointsModel *points, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SpotPointsModel *m_points;
};

} // namespace ecs::ui
