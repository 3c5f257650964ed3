#include "advisormodel.h"

#include "types/money.h"

#include "desktop/appearance.h"

#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecs::ui {

using ecs::InterruptBand;

namespace {

Appearance::Tone toneOf(InterruptBand band)
{
    switch (band) {
    case InterruptBand::Below5:
    case InterruptBand::From5To10:
        return Appearance::Tone::Good;
    case InterruptBand::From10To15:
    case InterruptBand::From15To20:
        return Appearance::Tone::Caution;
    case InterruptBand::Above20:
        return Appearance::Tone::Bad;
    case InterruptBand::Unknown:
        break;
    }
    return Appearance::Tone::Neutral;
}

} // namespace

AdvisorModel::AdvisorModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

QString AdvisorModel::bandText(InterruptBand band)
{
    switch (band) {
    case InterruptBand::Below5:
        return tr("0–5 %");
    case InterruptBand::From5To10:
        return tr("5–10 %");
    case InterruptBand::From10To15:
        return tr("10–15 %");
    case InterruptBand::From15To20:
        return tr("15–20 %");
    case InterruptBand::Above20:
        return tr(">20 %");
    case InterruptBand::Unknown:
        break;
    }
    return tr("unknown");
}

void AdvisorModel::setZones(const QStringList &zones)
{
    replaceTrailingColumns(FirstZoneColumn, m_zones, zones);
}

void AdvisorModel::setMatrix(const ecs::SpotAdviceMatrix &matrix)
{
    setZones(matrix.zones);
    QList<AdvisorRow> rows;
    rows.reserve(matrix.types.size());
    for (const QString &type : matrix.types) {
        AdvisorRow row { type, ecs::instanceFamilyOfType(type), {} };
        for (const QString &zone : matrix.zones)
            if (const ecs::SpotAdviceCell *cell = matrix.cell(zone, type))
                row.cells.insert(zone, *cell);
        rows.append(row);
    }
    setRows(rows);
}

const ecs::SpotAdviceCell *AdvisorModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < FirstZoneColumn || index.row() >= rowCount())
        return nullptr;
    const AdvisorRow &row = rowAt(index.row());
    const auto it = row.cells.constFind(zoneAt(index.column()));
    return it == row.cells.cend() ? nullptr : &*it;
}

void AdvisorModel::cellChanged(const QString &zoneId, const QString &type)
{
    const int row = rowOf(type);
    const int column = int(m_zones.indexOf(zoneId));
    if (row >= 0 && column >= 0)
        Q_EMIT dataChanged(index(row, FirstZoneColumn + column),
            index(row, FirstZoneColumn + column), { Qt::ToolTipRole });
}

void AdvisorModel::setBacktest(
    const QString &zoneId, const QString &type, const ecs::SpotBacktest &test)
{
    m_backtests.insert(ecs::SpotAdviceMatrix::key(zoneId, type), test);
    cellChanged(zoneId, type);
}

void AdvisorModel::setReclaims(const ecs::FleetReclaims *reclaims)
{
    m_reclaims = reclaims;
}

QString AdvisorModel::detailText(const QString &zoneId, const QString &type) const
{
    const int row = rowOf(type);
    if (row < 0)
        return {};
    const auto cell = rowAt(row).cells.constFind(zoneId);
    if (cell == rowAt(row).cells.cend())
        return tr("%1 is not offered as preemptible in %2.").arg(type, zoneId);
    QStringList lines;
    lines << tr("%1 in %2: interrupted %3 of the time over the last 30 days.")
                 .arg(type, zoneId, bandText(cell->band));
    if (cell->averagePercent >= 0)
        lines << tr("Average price: %1 % of pay-as-you-go (%2 % off).")
                     .arg(QLocale().toString(cell->averagePercent, 'f', 0),
                         QLocale().toString(100 - cell->averagePercent, 'f', 0));
    const auto test = m_backtests.constFind(ecs::SpotAdviceMatrix::key(zoneId, type));
    if (test != m_backtests.cend() && test->valid)
        lines << tr("A limit of %1 an hour would have survived %2 % of the last 30 days.")
                     .arg(ecs::formatMoney(test->limit, test->currency, 3),
                         QLocale().toString(test->survival * 100, 'f', 0));
    else if (test != m_backtests.cend())
        lines << tr("No price history to back-test a limit with.");
    if (m_reclaims) {
        const int reclaimed = int(m_reclaims->reclaims(zoneId, type).size());
        const int locked = m_reclaims->recycling(zoneId, type);
        lines << (reclaimed || locked
                ? tr("Your fleet: %n reclaimed while watched", "", reclaimed)
                    + (locked ? tr(", %n being reclaimed now", "", locked) : QString())
                : tr("Your fleet: no reclaims seen here since the console started."));
    }
    return lines.join(u'\n');
}

int AdvisorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstZoneColumn + int(m_zones.size());
}

QVariant AdvisorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdvisorRow &row = rowAt(index.row());
    if (role == KeyRole)
        return row.instanceType;
    if (index.column() < FirstZoneColumn) {
        const QString text = index.column() == TypeColumn ? row.instanceType : row.family;
        if (role == Qt::DisplayRole || role == SortRole)
            return text;
        if (role == SearchRole)
            return row.instanceType;
        return {};
    }
    const QString zone = zoneAt(index.column());
    const ecs::SpotAdviceCell *cell = cellAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (!cell)
            return tr("—");
        return cell->averagePercent >= 0
            ? tr("%1 · %2 %")
                  .arg(bandText(cell->band), QLocale().toString(cell->averagePercent, 'f', 0))
            : bandText(cell->band);
    case Qt::BackgroundRole:
        return cell ? QVariant(Appearance::toneTint(toneOf(cell->band), QGuiApplication::palette()))
                    : QVariant();
    case Qt::ToolTipRole:
        return detailText(zone, row.instanceType);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case SortRole:
        return cell ? int(cell->band) : 99;
    case BandRole:
        return cell ? int(cell->band) : -1;
    }
    return {};
}

QVariant AdvisorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Instance type");
    case FamilyColumn:
        return tr("Family");
    }
    return zoneAt(section);
}

} // namespace ecs::ui
