#pragma once

#include "fleet/fleetscope.h"
#include "instancedetails.h"
#include "inventory/instanceinventory.h"
#include "resourcepane.h"
#include "sortfreeze.h"
#include "types/instance.h"

#include <QColor>
#include <QHash>
#include <QTimer>

class QAction;
class QCheckBox;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace ecs::ui {

class InstancesFilterProxy;
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
    /// Every profile on screen: this window's (profileId "", on the pane's own inventory) and
    /// the others a profile scope added (each on its own client and inventory).
    ecs::FleetScope *fleet() const { return m_fleet; }
    /// How this window's profile is named and coloured in the Profile column.
    void setOwnProfile(const QString &name, const QColor &colour);
    /// The fleet's members changed (added or removed): the Profile column, the looks, a reload.
    void fleetChanged();
    /// Loads one member of the fleet (its credentials just resolved); the others stay as shown.
    void refreshMember(const QString &profileId);
    bool isAllRegionsMode() const;
    InstancesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *details() const { return m_details->tree(); }
    // The fleet's settings and state are the inventory's:
    /// Every region id, for "All regions".
    void setAllRegions(const QStringList &regionIds) { m_allRegions = regionIds; }
    void setAllRegionsMode(bool all);
    bool isLoading() const { return m_fleet->isLoading(); }
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
    void cancelAll() override { m_fleet->cancel(); }

private:
    QStringList scope() const;
    // instancesfleet.cpp: the profiles and regions in scope, their problems and stale rows.
    void applyFleetScope();
    /// The header's context menu: a tick per column, to show or hide it.
    void setUpColumnMenu();
    void applyFleetChange(const ecs::FleetChange &change);
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
    ecs::FleetScope *m_fleet;
    InstancesModel *m_model;
    InstancesFilterProxy *m_proxy;
    QTableView *m_view;
    InstanceDetailsPanel *m_details;
    QCheckBox *m_allRegionsBox;
    QStringList m_allRegions;
    QString m_ownName;
    QColor m_ownColour;
    SortFreeze *m_sortFreeze; ///< rows never move under the pointer
    QTimer m_detailsTimer;
    QTimer m_selectionTimer;
};

} // namespace ecs::ui
