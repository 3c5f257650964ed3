#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/region.h"

namespace ecs::ui {

class RegionsModel : public KeyedRowsModel<ecs::Region>
{
    Q_OBJECT

public:
    /// The status before the long endpoint, so that it is seen without scrolling sideways.
    enum Column { RegionIdColumn, NameColumn, StatusColumn, EndpointColumn, ColumnCount };
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

    /// The service's words in people's words ("AvailabilityZone" → "Availability zone").
    static QString zoneTypeText(const QString &zoneType);
    static QString resourceText(const QString &resourceType);
    static QString diskCategoryText(const QString &category);
    /// The zone's instance types as people read them (large < xlarge < 2xlarge < 16xlarge).
    static QStringList sortedTypes(const ecs::Zone &zone);

protected:
    QString keyOf(const ecs::Zone &zone) const override { return zone.zoneId; }
};

} // namespace ecs::ui
