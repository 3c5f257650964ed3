#pragma once

#include "insight/spotadvice.h"
#include "keyedrowsmodel.h"
#include "modelroles.h"

namespace ecs::ui {

/// One instance type of the spot advisor's matrix: its advice in every zone that lists it.
struct AdvisorRow
{
    QString instanceType;
    QString family;
    QHash<QString, ecs::SpotAdviceCell> cells; ///< by zone

    bool operator==(const AdvisorRow &) const = default;
};

/// Instance types down, zones across: each cell shows the interruption-rate band (tinted from the
/// palette: calm green to contested red, in light and dark alike) and the average price as a share
/// of pay-as-you-go; its tooltip adds the back-test and the fleet's own reclaims once known.
class AdvisorModel : public KeyedRowsModel<AdvisorRow>
{
    Q_OBJECT

public:
    enum Column { TypeColumn, FamilyColumn, FirstZoneColumn };
    /// The cell's ecs::InterruptBand, as an int (-1 unknown or not listed).
    static constexpr int BandRole = SearchRole + 1;

    explicit AdvisorModel(QObject *parent = nullptr);

    /// The matrix of an answer: rows merged by type, zone columns inserted and removed.
    void setMatrix(const ecs::SpotAdviceMatrix &matrix);
    const QStringList &zones() const { return m_zones; }
    QString zoneAt(int column) const { return m_zones.value(column - FirstZoneColumn); }
    const ecs::SpotAdviceCell *cellAt(const QModelIndex &index) const;

    /// What a cell's tooltip adds: the back-test of a limit and the fleet's reclaims.
    void setBacktest(const QString &zoneId, const QString &type, const ecs::SpotBacktest &test);
    void setReclaims(const ecs::FleetReclaims *reclaims);
    /// The cell's detail in words (the tooltip and the detail line share it).
    QString detailText(const QString &zoneId, const QString &type) const;

    static QString bandText(ecs::InterruptBand band);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const AdvisorRow &row) const override { return row.instanceType; }

private:
    void setZones(const QStringList &zones);
    void cellChanged(const QString &zoneId, const QString &type);

    QStringList m_zones;
    QHash<QString, ecs::SpotBacktest> m_backtests; ///< by SpotAdviceMatrix::key
    const ecs::FleetReclaims *m_reclaims = nullptr;
};

} // namespace ecs::ui
