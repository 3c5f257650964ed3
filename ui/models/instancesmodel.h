#pragma once

#include "fleet/fleetscope.h"
#include "insight/cpusparklines.h"
#include "inventory/instanceinventory.h"
#include "keyedrowsmodel.h"
#include "modelroles.h"
#include "types/instance.h"

#include <QCollator>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <functional>
#include <optional>

namespace ecs::ui {

/// The instances of an ecs::InstanceInventory as a table: apply() takes each InventoryChange as
/// it comes (rows inserted, removed, changed in place; never a reset). The texts a filter or a
/// sort reads are made once per row, when the row is stored, not on every data() call.
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
        CpuUsageColumn, ///< the last hour's CPU, a sparkline (ecs::CpuSparklines' cache)
        ProfileColumn, ///< the account of a fleet of several profiles, with its colour
        ColumnCount
    };
    enum Role {
        /// CpuUsageColumn: the last hour's CPU percentages (QList<float>, NaN where missing).
        CpuSeriesRole = SearchRole + 1,
    };

    explicit InstancesModel(QObject *parent = nullptr);

    /// One region's change, applied incrementally.
    void apply(const ecs::InventoryChange &change);
    /// One fleet member's change: rows keyed by profile + instance id.
    void apply(const ecs::FleetChange &change);
    /// The rows `change` removes, as they stand before it is applied.
    QList<int> rowsRemovedBy(const ecs::FleetChange &change) const;

    /// How the profiles of the rows are shown (by FleetMember::profileId; "" is the window's).
    struct ProfileLook
    {
        QString name;
        QColor colour;
    };
    void setProfiles(const QHash<QString, ProfileLook> &profiles);
    ProfileLook profileOf(const ecs::Instance &instance) const
    {
        return m_profiles.value(instance.profileId);
    }
    /// The row's key: FleetScope::keyOf(profile, instance id).
    static QString keyFor(const ecs::Instance &instance)
    {
        return ecs::FleetScope::keyOf(instance.profileId, instance.instanceId);
    }
    /// Where CpuUsageColumn reads (a cache lookup per data() call); its updated() cells change.
    void setCpuSparklines(const ecs::CpuSparklines *sparklines);

    /// A small square of the profile's colour (the Profile column's decoration, the picker's).
    static QIcon swatch(const QColor &colour);

    /// What the filter searches (SearchRole's text), without a QVariant per row. Case-folded
    /// (ecs::TextQuery::matchesCaseFolded): one copy per row, where a folded second copy would
    /// cost 100,000 fleets' rows another 30 MB.
    const QString &searchText(int row) const { return m_texts.at(row).search; }
    const QString &foldedSearchText(int row) const { return m_texts.at(row).search; }
    /// The sort: whether `column` is compared on cached fields (numbers, times, collation keys
    /// of the shown text), and that comparison (what SortRole would give, in the locale's
    /// order, without a string built per comparison).
    static bool sortsOnCachedKeys(int column);
    bool lessThan(int leftRow, int rightRow, int column) const
    {
        if (column == m_sortColumn
            && m_ranks.size() == rows().size()) // inline: no call per compare
            return m_ranks[leftRow] < m_ranks[rightRow];
        return keyLess(leftRow, rightRow, column);
    }
    /// The column the view sorts by: its collation keys are kept per row from now on.
    void setSortColumn(int column);
    /// Before every row is sorted (a filter, a new sort, the end of a load): ranks the rows by
    /// the sort column once, so the sort's comparisons read one int per row until rows change.
    void prepareSort();
    /// The same on a worker thread, from a copy of the collation keys (a load's 10,000 rows
    /// ranked in milliseconds the window does not wait for); then `ready` runs here, unless
    /// `context` is gone. At once when the ranks hold or the column has no kept keys; ranked
    /// here after all when rows changed meanwhile.
    void prepareSortInBackground(QObject *context, std::function<void()> ready);

    int columnCount(const QModelIndex &parent = {}) const override;
    /// As QAbstractTableModel's, without its virtual calls: a sort over 100,000 rows asks it
    /// twice per comparison.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        return row >= 0 && row < rows().size() && column >= 0 && column < ColumnCount
                && !parent.isValid()
            ? createIndex(row, column)
            : QModelIndex();
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Keys are FleetScope::keyOf(profile, region): the bare region for the window's profile.
    /// Rows of these regions come from an earlier answer: their refresh failed with the given
    /// error. They are shown greyed, with why as tooltip, until the region loads again.
    void setStaleRegions(const QHash<QString, ecs::ApiError> &failures);
    bool isStale(const ecs::Instance &instance) const
    {
        return !m_stale.isEmpty()
            && m_stale.contains(ecs::FleetScope::keyOf(instance.profileId, instance.regionId));
    }

    /// A coloured dot per state: green running, amber in transition, grey stopped, red locked.
    static QIcon statusIcon(const ecs::Instance &instance);

protected:
    QString keyOf(const ecs::Instance &instance) const override { return keyFor(instance); }
    void rowsStored(int first, int last) override;
    void rowsErasing(int first, int last) override;

public:
    /// What data() would otherwise join on every call, made when the row is stored (public only
    /// for Q_DECLARE_TYPEINFO below).
    struct Texts
    {
        QString status;
        QString publicIps;
        QString privateIps;
        QString locks;
        QString tags;
        QString search; ///< case-folded
    };

private:
    QHash<QString, QString> m_stale; ///< region → why its rows are stale
    QHash<QString, ProfileLook> m_profiles;
    QList<Texts> m_texts; ///< per row, parallel to rows()
    QPointer<const ecs::CpuSparklines> m_sparklines;

    std::optional<QVariant> cpuUsageData(const ecs::Instance &instance, int role) const;
    QCollator m_collator; ///< the locale's order, as QString::localeAwareCompare
    int m_sortColumn = -1;
    /// Per row, parallel to rows(), while m_sortColumn is a text column: its collation keys.
    QList<QCollatorSortKey> m_sortKeys;
    /// Per row, parallel to rows() while valid: the row's place in the sort column's order
    /// (equal for equal keys). Emptied when a stored row may have moved in that order.
    QList<int> m_ranks;
    /// Counts every change of the keys or ranks: a ranking made from a copy lands only if none
    /// came meanwhile.
    quint64 m_keysGeneration = 0;
    /// Who waits for the ranking on a worker (prepareSortInBackground).
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_rankWaiters;
    bool keyLess(int leftRow, int rightRow, int column) const;
    bool sortsOnText(int column) const;
    QString sortText(int row, int column) const;
};

} // namespace ecs::ui

// Six strings per row, moved by their bytes when the list of a big fleet grows.
Q_DECLARE_TYPEINFO(ecs::ui::InstancesModel::Texts, Q_RELOCATABLE_TYPE);
