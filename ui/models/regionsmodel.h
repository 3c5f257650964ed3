#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/region.h"

namespace ecs::ui {

class RegionsModel : public KeyedRowsModel<ecs::Region>
{
    Q_OBJECT

public:
    enum Column { RegionIdColumn, NameColumn, EndpointColumn, StatusColumn, ColumnCount };
    /// The region id of the row, whatever the column (the shared KeyRole).
    static constexpr int RawRole = KeyRole;

    explicit RegionsModel(QObject *parent = nullptr);

    /// Merges a fresh DescribeRegions answer; never resets (see KeyedRowsModel::setRows).
    void setRegions(const QList<ecs::Region> &regions) { setRows(regions); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ecs::Region &region) const override { return region.regionId; }
};

class ZonesModel : public KeyedRowsModel<ecs::Zone>
{
    Q_OBJECT

public:
    enum Column {
        ZoneIdColumn,
        NameColumn,
        TypeColumn,
        InstanceTypesColumn,
        DiskCategoriesColumn,
        ColumnCount
    };
    static constexpr int RawRole = KeyRole;

    explicit ZonesModel(QObject *parent = nullptr);

    /// Merges a fresh DescribeZones answer; clear() empties it row by row on a region switch.
    void setZones(const QList<ecs::Zone> &zones) { setRows(zones); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ecs::Zone &zone) const override { return zone.zoneId; }
};

} // namespace ecs::ui
