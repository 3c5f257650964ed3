#include "spotpointsmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SpotPointsModel::SpotPointsModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

QString SpotPointsModel::keyOf(const ecs::SpotPricePoint &p) const
{
    return p.zoneId + u'@' + QString::number(p.timestamp.toMSecsSinceEpoch());
}

int SpotPointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpotPointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ecs::SpotPricePoint &p = rowAt(index.row());
    const double discount = p.originPrice > 0 ? 1.0 - p.spotPrice / p.originPrice : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ZoneColumn:
            return p.zoneId;
        case TimeColumn:
            return QLocale().toString(p.timestamp.toLocalTime(), QLocale::ShortFormat);
        case SpotColumn:
            return QString::number(p.spotPrice, 'f', 4);
        case OriginColumn:
            return QString::number(p.originPrice, 'f', 4);
        case DiscountColumn:
            return u"%1%"_s.arg(discount * 100, 0, 'f', 0);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return p.timestamp;
        case SpotColumn:
            return p.spotPrice;
        case OriginColumn:
            return p.originPrice;
        case DiscountColumn:
            return discount;
        default:
            return p.zoneId;
        }
    case SearchRole:
        return p.zoneId;
    case Qt::ToolTipRole:
        return p.timestamp.toString(Qt::ISODate);
    case Qt::TextAlignmentRole:
        return index.column() >= SpotColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    case KeyRole:
        return keyOf(p);
    }
    return {};
}

bool SpotPointsModel::lessThan(int leftRow, int rightRow, int column) const
{
    const ecs::SpotPricePoint &l = rowAt(leftRow);
    const ecs::SpotPricePoint &r = rowAt(rightRow);
    const auto discount = [](const ecs::SpotPricePoint &p) {
        return p.originPrice > 0 ? 1.0 - p.spotPrice / p.originPrice : 0;
    };
    switch (column) {
    case TimeColumn:
        return l.timestamp < r.timestamp;
    case SpotColumn:
        return l.spotPrice < r.spotPrice;
    case OriginColumn:
        return l.originPrice < r.originPrice;
    case DiscountColumn:
        return discount(l) < discount(r);
    default:
        return QString::localeAwareCompare(l.zoneId, r.zoneId) < 0;
    }
}

SpotPointsProxy::SpotPointsProxy(SpotPointsModel *points, QObject *parent)
    : TextQueryProxy(parent)
    , m_points(points)
{
    setSourceModel(points);
}

bool SpotPointsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortRole() != SortRole || left.column() != right.column())
        return TextQueryProxy::lessThan(left, right);
    return m_points->lessThan(left.row(), right.row(), left.column());
}

QVariant SpotPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ZoneColumn:
        return tr("Zone");
    case TimeColumn:
        return tr("Since");
    case SpotColumn:
        return tr("Spot price");
    case OriginColumn:
        return tr("On-demand");
    case DiscountColumn:
        return tr("Discount");
    }
    return {};
}

QByteArray SpotPointsModel::toCsv() const
{
    // By zone, then in time order: the rows arrive in the service's order, which is neither.
    QList<ecs::SpotPricePoint> sorted = rows();
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.zoneId != b.zoneId ? a.zoneId < b.zoneId : a.timestamp < b.timestamp;
    });
    QByteArray csv = "zone,timestamp_utc,spot_price,on_demand_price\n";
    for (const ecs::SpotPricePoint &p : std::as_const(sorted))
        csv += u"%1,%2,%3,%4\n"_s.arg(p.zoneId, p.timestamp.toUTC().toString(Qt::ISODate))
                   .arg(p.spotPrice, 0, 'f', 4)
                   .arg(p.originPrice, 0, 'f', 4)
                   .toUtf8();
    return csv;
}

} // namespace ecs::ui
