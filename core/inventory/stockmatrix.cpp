#include "stockmatrix.h"

namespace ecs {

StockMatrix joinStock(const QList<InstanceTypeInfo> &types, const QList<ZoneStock> &stock)
{
    StockMatrix matrix;
    QHash<QString, StockRow> offered;
    for (const ZoneStock &zone : stock) {
        if (!matrix.zones.contains(zone.zoneId))
            matrix.zones << zone.zoneId;
        for (auto it = zone.statusCategory.cbegin(); it != zone.statusCategory.cend(); ++it)
            offered[it.key()].stock.insert(zone.zoneId, it.value());
    }
    for (const InstanceTypeInfo &t : types) {
        auto it = offered.find(t.instanceTypeId);
        if (it == offered.end())
            continue; // not offered in this region at all
        it->type = t;
        matrix.rows << *it;
    }
    matrix.zones.sort();
    return matrix;
}

QStringList familiesOf(const QList<InstanceTypeInfo> &types)
{
    QStringList families;
    for (const InstanceTypeInfo &t : types)
        if (!t.family.isEmpty() && !families.contains(t.family))
            families << t.family;
    families.sort();
    return families;
}

} // namespace ecs
