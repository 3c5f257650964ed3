#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/instance.h"

#include <QIcon>

namespace ecs::ui {

class InstancesModel : public KeyedRowsModel<ecs::Instance>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        InstanceIdColumn,
        StatusColumn,
        ZoneColumn,
        TypeColumn,
        CpuColumn,
        MemoryColumn,
        PublicIpColumn,
        PrivateIpColumn,
        BillingColumn,
        SpotColumn,
        CreatedColumn,
        ExpiresColumn,
        AutoReleaseColumn,
        LocksColumn,
        TagsColumn,
        ColumnCount
    };

    explicit InstancesModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A coloured dot per state: green running, amber in transition, grey stopped, red locked.
    static QIcon statusIcon(const ecs::Instance &instance);

protected:
    QString keyOf(const ecs::Instance &instance) const override { return instance.instanceId; }
};

} // namespace ecs::ui
