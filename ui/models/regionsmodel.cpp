#include "regionsmodel.h"

#include "statusdot.h"

#include <QFontDatabase>

namespace ecs::ui {

namespace {

QVariant monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QString statusText(const QString &status)
{
    if (status == u"available")
        return RegionsModel::tr("Available");
    if (status == u"soldOut")
        return RegionsModel::tr("Sold out");
    return status;
}

} // namespace

RegionsModel::RegionsModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int RegionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ecs::Region &region = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case RegionIdColumn:
            return region.regionId;
        case NameColumn:
            return region.localName;
        case EndpointColumn:
            return region.regionEndpoint;
        case StatusColumn:
            return statusText(region.status);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusDot(
                region.status == u"available" ? StatusColor::good() : StatusColor::idle());
        return {};
    case Qt::ToolTipRole:
        return tr("%1 (%2)\nEndpoint: %3")
            .arg(region.localName, region.regionId, region.regionEndpoint);
    case Qt::FontRole:
        if (index.column() == RegionIdColumn || index.column() == EndpointColumn)
            return monospace();
        return {};
    case SearchRole:
        return QStringList { region.regionId, region.localName, region.regionEndpoint }.join(u' ');
    case KeyRole:
        return region.regionId;
    }
    return {};
}

QVariant RegionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionIdColumn:
        return tr("Region ID");
    case NameColumn:
        return tr("Name");
    case EndpointColumn:
        return tr("Endpoint");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

ZonesModel::ZonesModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int ZonesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZonesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ecs::Zone &zone = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ZoneIdColumn:
            return zone.zoneId;
        case NameColumn:
            return zone.localName;
        case TypeColumn:
            return zone.zoneType;
        case InstanceTypesColumn:
            return QString::number(zone.instanceTypes.size());
        case DiskCategoriesColumn:
            return zone.diskCategories.join(QStringLiteral(", "));
        }
        return {};
    case SortRole:
        if (index.column() == InstanceTypesColumn)
            return int(zone.instanceTypes.size());
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == InstanceTypesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == InstanceTypesColumn)
            return zone.instanceTypes.join(QStringLiteral(", "));
        if (index.column() == NameColumn)
            return tr("Can create: %1").arg(zone.resourceCreation.join(QStringLiteral(", ")));
        if (index.column() == DiskCategoriesColumn) // the column is often too narrow for all
            return zone.diskCategories.join(QStringLiteral(", "));
        return {};
    case Qt::FontRole:
        if (index.column() == ZoneIdColumn)
            return monospace();
        return {};
    case SearchRole:
        return QStringList { zone.zoneId, zone.localName }.join(u' ');
    case KeyRole:
        return zone.zoneId;
    }
    return {};
}

QVariant ZonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ZoneIdColumn:
        return tr("Zone ID");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case InstanceTypesColumn:
        return tr("Instance types");
    case DiskCategoriesColumn:
        return tr("Disk categories");
    }
    return {};
}

} // namespace ecs::ui
