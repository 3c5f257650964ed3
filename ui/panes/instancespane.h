#pragma once

#include "instancedetails.h"
#include "inventory/instanceinventory.h"
#include "resourcepane.h"
#include "sortfreeze.h"
#include "types/instance.h"

#include <QHash>
#include <QTimer>

class QAction;
class QCheckBox;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace ecs::ui {

class InstancesModel;

/// The fleet on screen: one region or all of them, a filter box, a details panel, the actions
/// row. The instances themselves are an ecs::InstanceInventory's (loading, polling, retries,
/// latest wins); this pane shows its changes as they come, its failures in the banner and its
/// stale regions greyed. While the pointer is over the table or rows are selected, live changes
/// do not re-sort it (rows never move under a click).
class InstancesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit InstancesPane(ecs::EcsClient *client, QWidget *parent = nullptr);
    ~InstancesPane() override;

    ecs::InstanceInventory *inventory() const { return m_inventory; }
    InstancesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *details() const { return m_details->tree(); }
    // The fleet's settings and state are the inventory's:
    /// Every region id, for "All regions".
    void setAllRegions(const QStringList &regionIds) { m_allRegions = regionIds; }
    void setAllRegionsMode(bool all);
    bool isLoading() const { return m_inventory->isLoading(); }
    /// How often transitional instances are polled, and the slow full refresh.
    void setPollIntervals(int statusMs, int fullMs)
    {
        m_inventory->setPollIntervals(statusMs, fullMs);
    }
    /// Instances per DescribeInstances page (the service allows up to 100).
    void setPageSize(int pageSize) { m_inventory->setPageSize(pageSize); }
    /// The first retry of a failed region waits `initialMs`, doubling up to `maxMs`.
    void setRetryBackoff(int initialMs, int maxMs)
    {
        m_inventory->setRetryBackoff(initialMs, maxMs);
    }
    /// How long live changes wait, once the pointer left the table, before they re-sort it.
    void setResortPause(int ms) { m_sortFreeze->setPause(ms); }
    /// The regions whose last load failed, with why.
    QHash<QString, ecs::ApiError> failedRegions() const { return m_inventory->failedRegions(); }
    /// The selected rows' instances (by id, in view order).
    QList<ecs::Instance> selectedInstances() const;
    /// Shows these actions in the pane's tool row and the table's context menu.
    void setActions(const QList<QAction *> &actions, QAction *create);
    /// Fetches these instances again now (an operation changed them): new ones appear, released
    /// ones go, transitional ones are then polled.
    void watch(const QString &regionId, const QStringList &instanceIds)
    {
        m_inventory->watch(regionId, instanceIds);
    }

Q_SIGNALS:
    void selectionChanged();

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override { m_inventory->cancel(); }

private:
    QStringList scope() const;
    void applyChange(const ecs::InventoryChange &change);
    /// A region's load state moved: the busy mark, the banner, the stale rows, the empty state.
    void showRegionStatus();
    /// No region is loading any more: the round ends.
    void settled();
    void showProblems();
    void updateStale();
    void showDetails();
    void updateCount();
    /// The empty state follows the row count, whichever path added or removed the rows.
    void updatePlaceholder();

    ecs::InstanceInventory *m_inventory;
    InstancesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    InstanceDetailsPanel *m_details;
    QCheckBox *m_allRegionsBox;
    QStringList m_allRegions;
    SortFreeze *m_sortFreeze; ///< rows never move under the pointer
    QTimer m_detailsTimer;
    QTimer m_selectionTimer;
};

} // namespace ecs::ui
