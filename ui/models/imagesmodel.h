#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/image.h"

namespace ecs::ui {

class ImagesModel : public KeyedRowsModel<ecs::Image>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ImageIdColumn,
        OsColumn,
        ArchitectureColumn,
        OwnerColumn,
        SizeColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit ImagesModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ecs::Image &image) const override { return image.imageId; }
};

} // namespace ecs::ui
