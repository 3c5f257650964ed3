#include "imagesmodel.h"

#include <QFontDatabase>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ImagesModel::ImagesModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int ImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ecs::Image &image = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return image.imageName;
        case ImageIdColumn:
            return image.imageId;
        case OsColumn:
            return image.osName;
        case ArchitectureColumn:
            return image.architecture;
        case OwnerColumn:
            return image.ownerAlias;
        case SizeColumn:
            return tr("%1 GiB").arg(image.sizeGiB);
        case StatusColumn:
            return image.status;
        case CreatedColumn:
            return QLocale().toString(image.creationTime.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case SortRole:
        if (index.column() == SizeColumn)
            return image.sizeGiB;
        if (index.column() == CreatedColumn)
            return image.creationTime;
        return data(index, Qt::DisplayRole);
    case SearchRole:
        return QStringList { image.imageName, image.imageId, image.osName, image.platform }.join(
            u' ');
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return image.creationTime.toString(Qt::ISODate);
        return image.description.isEmpty() ? image.imageName : image.description;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == ImageIdColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case KeyRole:
        return image.imageId;
    }
    return {};
}

QVariant ImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ImageIdColumn:
        return tr("Image ID");
    case OsColumn:
        return tr("Operating system");
    case ArchitectureColumn:
        return tr("Architecture");
    case OwnerColumn:
        return tr("Owner");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace ecs::ui
