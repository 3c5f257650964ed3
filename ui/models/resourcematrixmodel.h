#pragma once

#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/availableresource.h"

#include <QSortFilterProxyModel>

namespace ecs::ui {

/// One row of the zone × instance-type matrix.
struct MatrixRow
{
    ecs::InstanceTypeInfo type;
    QHash<QString, QString> stock; ///< zone → StatusCategory; absent: not offered there

    bool operator==(const MatrixRow &) const = default;
};

/// Instance types down, zones across: each cell tells whether the type can be had in that zone
/// for the chosen billing (WithStock, ClosedWithStock, WithoutStock, ClosedWithoutStock).
class ResourceMatrixModel : public KeyedRowsModel<MatrixRow>
{
    Q_OBJECT

public:
    enum Column { TypeColumn, FamilyColumn, CpuColumn, MemoryColumn, GpuColumn, FirstZoneColumn };
    /// The StatusCategory of a zone cell.
    static constexpr int StockRole = SearchRole + 1;

    explicit ResourceMatrixModel(QObject *parent = nullptr);

    /// The zone columns; changing them inserts and removes columns, never resets.
    void setZones(const QStringList &zones);
    const QStringList &zones() const { return m_zones; }
    QString zoneAt(int column) const { return m_zones.value(column - FirstZoneColumn); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MatrixRow &row) const override { return row.type.instanceTypeId; }

private:
    QStringList m_zones;
};

/// The matrix's filters: family, vCPU and memory ranges, GPU only.
class ResourceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFamily(const QString &family);
    void setCpuRange(int min, int max);
    void setMemoryRange(double min, double max);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_family;
    int m_minCpu = 0;
    int m_maxCpu = 1 << 20;
    double m_minMemory = 0;
    double m_maxMemory = 1e9;
};

} // namespace ecs::ui
