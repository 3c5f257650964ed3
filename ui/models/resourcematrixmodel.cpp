#include "resourcematrixmodel.h"

#include "types/instancetypeorder.h"
#include "types/vocabulary.h"

#include "desktop/appearance.h"

#include <QColor>
#include <QFontDatabase>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ResourceMatrixModel::ResourceMatrixModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

void ResourceMatrixModel::setZones(const QStringList &zones)
{
    replaceTrailingColumns(FirstZoneColumn, m_zones, zones);
}

QString ResourceMatrixModel::stockText(const QString &category)
{
    switch (fromWireOr(category, StockStatus::Unknown)) {
    case StockStatus::WithStock:
        return tr("In stock");
    case StockStatus::ClosedWithStock:
        return tr("In stock, running low");
    case StockStatus::WithoutStock:
        return tr("Sold out, to be restocked");
    case StockStatus::ClosedWithoutStock:
        return tr("Sold out, not restocked");
    case StockStatus::Unknown:
        break;
    }
    return category.isEmpty() ? tr("Not offered") : category;
}

bool ResourceMatrixModel::canCreate(const QString &category)
{
    return canCreateFrom(fromWireOr(category, StockStatus::Unknown));
}

int ResourceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstZoneColumn + int(m_zones.size());
}

QVariant ResourceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixRow &row = rowAt(index.row());
    const ecs::InstanceTypeInfo &t = row.type;
    if (index.column() >= FirstZoneColumn) {
        const QString zone = zoneAt(index.column());
        const QString category = row.stock.value(zone);
        const bool inStock = canCreate(category);
        switch (role) {
        case Qt::DisplayRole:
            return category.isEmpty() ? tr("—") : inStock ? tr("In stock") : tr("Sold out");
        case Qt::BackgroundRole:
            if (category.isEmpty())
                return {};
            return Appearance::toneTint(inStock ? Appearance::Tone::Good : Appearance::Tone::Bad,
                QGuiApplication::palette());
        case Qt::ToolTipRole:
            return category.isEmpty()
                ? tr("%1 is not offered in %2").arg(t.instanceTypeId, zone)
                : tr("%1 in %2: %3").arg(t.instanceTypeId, zone, stockText(category));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case SortRole:
            return category.isEmpty() ? 0 : inStock ? 2 : 1;
        case StockRole:
            return category;
        case KeyRole:
            return t.instanceTypeId;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return t.instanceTypeId;
        case FamilyColumn:
            return t.family;
        case CpuColumn:
            return t.cpu;
        case MemoryColumn:
            return tr("%1 GiB").arg(t.memoryGiB);
        case GpuColumn:
            return t.gpuAmount > 0 ? u"%1 × %2"_s.arg(t.gpuAmount).arg(t.gpuSpec) : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CpuColumn:
            return t.cpu;
        case MemoryColumn:
            return t.memoryGiB;
        case GpuColumn:
            return t.gpuAmount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return t.instanceTypeId;
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == TypeColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case KeyRole:
        return t.instanceTypeId;
    }
    return {};
}

QVariant ResourceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Instance type");
    case FamilyColumn:
        return tr("Family");
    case CpuColumn:
        return tr("vCPU");
    case MemoryColumn:
        return tr("Memory");
    case GpuColumn:
        return tr("GPU");
    }
    return zoneAt(section);
}

ResourceFilterProxy::ResourceFilterProxy(QObject *parent)
    : TextQueryProxy(parent)
{ }

void ResourceFilterProxy::setFamily(const QString &family)
{
    m_family = family;
    invalidateFilter();
}

void ResourceFilterProxy::setCpuRange(int min, int max)
{
    m_minCpu = min;
    m_maxCpu = max;
    invalidateFilter();
}

void ResourceFilterProxy::setMemoryRange(double min, double max)
{
    m_minMemory = min;
    m_maxMemory = max;
    invalidateFilter();
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *matrix = static_cast<const ResourceMatrixModel *>(sourceModel());
    const ecs::InstanceTypeInfo &t = matrix->rowAt(sourceRow).type;
    if (!m_family.isEmpty() && t.family != m_family)
        return false;
    if (t.cpu < m_minCpu || t.cpu > m_maxCpu || t.memoryGiB < m_minMemory
        || t.memoryGiB > m_maxMemory)
        return false;
    return TextQueryProxy::filterAcceptsRow(sourceRow, sourceParent); // the text box
}

bool ResourceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // By type, and by family too (a type's id starts with its family): ecs.g7 < ecs.g7a <
    // ecs.g10, and large < xlarge < 2xlarge < 16xlarge inside a family.
    if (left.column() == ResourceMatrixModel::TypeColumn
        || left.column() == ResourceMatrixModel::FamilyColumn)
        return ecs::instanceTypeLess(left.data(KeyRole).toString(), right.data(KeyRole).toString());
    return TextQueryProxy::lessThan(left, right);
}

} // namespace ecs::ui
