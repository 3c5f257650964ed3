#pragma once

#include "inventory/stockmatrix.h"
#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "panes/resourcepane.h"
#include "types/availableresource.h"

namespace ecs::ui {

/// One row of the zone × instance-type matrix (joined in core: ecs::joinStock).
using MatrixRow = ecs::StockRow;

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

    /// A StatusCategory in words ("WithStock" → "In stock"); empty: not offered.
    static QString stockText(const QString &category);
    /// Whether an instance can be created with this StatusCategory.
    static bool canCreate(const QString &category);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MatrixRow &row) const override { return row.type.instanceTypeId; }

private:
    QStringList m_zones;
};

/// The matrix's filters: family, vCPU and memory ranges, and the typed text (an ecs::TextQuery).
/// Instance types sort as people read them (large < xlarge < 2xlarge < 16xlarge).
class ResourceFilterProxy : public TextQueryProxy
{
    Q_OBJECT

public:
    /// Sorts by SortRole, filters by SearchRole, case-insensitively.
    explicit ResourceFilterProxy(QObject *parent = nullptr);
    void setFamily(const QString &family);
    void setCpuRange(int min, int max);
    void setMemoryRange(double min, double max);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_family;
    int m_minCpu = 0;
    int m_maxCpu = 1 << 20;
    double m_minMemory = 0;
    double m_maxMemory = 1e9;
};

} // namespace ecs::ui
