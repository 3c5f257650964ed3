#include "regionsmodel.h"

#include "statusdot.h"
#include "types/instancetypeorder.h"
#include "types/vocabulary.h"

#include <QFontDatabase>

namespace ecs::ui {

namespace {

QVariant monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QString statusText(const QString &status)
{
    switch (ecs::fromWireOr(status, ecs::RegionState::Unknown)) {
    case ecs::RegionState::Available:
        return RegionsModel::tr("Available");
    case ecs::RegionState::SoldOut:
        return RegionsModel::tr("Sold out");
    case ecs::RegionState::Unknown:
        break;
    }
    return status;
}

} // namespace

QString ZonesModel::zoneTypeText(const QString &zoneType)
{
    if (zoneType == u"AvailabilityZone")
        return tr("Availability zone");
    if (zoneType == u"CloudBoxZone")
        return tr("CloudBox zone");
    if (zoneType == u"LocalZone" || zoneType == u"Local")
        return tr("Local zone");
    return zoneType; // a kind this console does not know yet: as the service says it
}

QString ZonesModel::resourceText(const QString &resourceType)
{
    static const struct
    {
        const char16_t *api;
        const char *words;
    } kWords[] = {
        { u"Instance", QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "instances") },
        { u"Disk", QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "disks") },
        { u"VSwitch", QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "vSwitches") },
        { u"IoOptimized", QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "I/O optimized instances") },
        { u"DedicatedHost", QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "dedicated hosts") },
    };
    for (const auto &entry : kWords)
        if (resourceType == QStringView(entry.api))
            return tr(entry.words);
    return resourceType;
}

QString ZonesModel::diskCategoryText(const QString &category)
{
    using ecs::DiskCategory;
    static const struct
    {
        DiskCategory category;
        const char *words;
    } kWords[] = {
        { DiskCategory::CloudEssd, QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "ESSD") },
        { DiskCategory::CloudEssdEntry, QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "ESSD Entry") },
        { DiskCategory::CloudAuto, QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "ESSD AutoPL") },
        { DiskCategory::CloudSsd, QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "standard SSD") },
        { DiskCategory::CloudEfficiency, QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "ultra disk") },
        { DiskCategory::Cloud, QT_TRANSLATE_NOOP("ecs::ui::ZonesModel", "basic disk") },
    };
    const DiskCategory known = ecs::fromWireOr(category, DiskCategory::Unknown);
    for (const auto &entry : kWords)
        if (known == entry.category)
            return tr("%1 (%2)").arg(tr(entry.words), category);
    return category;
}

QStringList ZonesModel::sortedTypes(const ecs::Zone &zone)
{
    QStringList types = zone.instanceTypes;
    std::sort(types.begin(), types.end(), ecs::instanceTypeLess);
    return types;
}

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
            return statusDot(ecs::fromWireOr(region.status, ecs::RegionState::Unknown)
                        == ecs::RegionState::Available
                    ? StatusColor::good()
                    : StatusColor::idle());
        return {};
    case Qt::ToolTipRole:
        return tr("%1 (%2)\nEndpoint: %3\nEnter or double-click: work in this region")
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
            return zoneTypeText(zone.zoneType);
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
            return sortedTypes(zone).join(QStringLiteral(", "));
        if (index.column() == NameColumn) {
            QStringList words;
            for (const QString &resource : zone.resourceCreation)
                words << resourceText(resource);
            return tr("Can create: %1").arg(words.join(QStringLiteral(", ")));
        }
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
