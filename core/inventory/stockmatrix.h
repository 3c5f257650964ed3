#pragma once

#include "types/availableresource.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace ecs {

/// One instance type across a region's zones: its specifications and, by zone, the
/// StatusCategory DescribeAvailableResource gave it (absent: not offered in that zone).
struct StockRow
{
    InstanceTypeInfo type;
    QHash<QString, QString> stock;

    bool operator==(const StockRow &) const = default;
};

/// What can be had where, for one billing: the zones (sorted) and a row for every type offered in
/// at least one of them, in the catalogue's order.
struct StockMatrix
{
    QStringList zones;
    QList<StockRow> rows;
};

/// Joins the type catalogue with a region's stock. A type the region does not offer at all has
/// no row; a type in stock that is missing from the catalogue is left out too (its vCPU and
/// memory would be unknown, shown as zero).
StockMatrix joinStock(const QList<InstanceTypeInfo> &types, const QList<ZoneStock> &stock);

/// The families of `types`, sorted, each once.
QStringList familiesOf(const QList<InstanceTypeInfo> &types);

} // namespace ecs
