#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/instance.h"

#include <QHash>
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

    /// Rows of these regions come from an earlier answer: their refresh failed for the given
    /// reason. They are shown greyed with the reason as tooltip until the region loads again.
    void setStaleRegions(const QHash<QString, QString> &reasons);
    bool isStale(const ecs::Instance &instance) const
    {
        return !m_stale.isEmpty() && m_stale.contains(instance.regionId);
    }

    /// A coloured dot per state: green running, amber in transition, grey stopped, red locked.
    static QIcon statusIcon(const ecs::Instance &instance);

protected:
    QString keyOf(const ecs::Instance &instance) const override { return instance.instanceId; }

private:
    QHash<QString, QString> m_stale; ///< region → why its rows are stale
};

} // namespace ecs::ui
