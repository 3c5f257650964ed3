#pragma once

#include "resourcepane.h"
#include "types/instance.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QQueue>

#include <QTimer>
#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace ecs {
class ApiCall;
}

namespace ecs::ui {

class InstancesModel;

/// The fleet: one region or all of them (fetched in parallel, token-paged), a filter box, a
/// details panel with every field. While anything is in transition it polls
/// DescribeInstanceStatus in batches and refetches only what changed; a slow full refresh runs
/// besides. Rows are updated in place, so selection, sort and scroll survive.
class InstancesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit InstancesPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    InstancesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *details() const { return m_details; }
    /// Every region id, for "All regions".
    void setAllRegions(const QStringList &regionIds) { m_allRegions = regionIds; }
    void setAllRegionsMode(bool all);
    bool isLoading() const { return !m_calls.isEmpty(); }
    /// How often transitional instances are polled, and the slow full refresh.
    void setPollIntervals(int statusMs, int fullMs);
    /// The selected rows' instances, in view order.
    QList<ecs::Instance> selectedInstances() const;
    /// Shows these actions in the pane's tool row and the table's context menu.
    void setActions(const QList<QAction *> &actions, QAction *create);
    /// Fetches these instances again now (an operation changed them): new ones appear, released
    /// ones go, transitional ones are then polled.
    void watch(const QString &regionId, const QStringList &instanceIds);

Q_SIGNALS:
    void selectionChanged();

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;

private:
    QStringList scope() const;
    /// Page 1 tells the total, then every other page goes out at once (PageNumber paging);
    /// `pageNumber` 0 follows `nextToken` instead, for an endpoint that sends no total.
    void fetchRegion(
        const QString &regionId, const QString &nextToken, int pageNumber, quint64 generation);
    void readNextPage();
    void pageArrived(const QString &region, int pageNumber, quint64 generation,
        const Result<ops::DescribeInstances::Response> &result);
    void regionDone();
    void pollStatus();
    void refetch(const QString &regionId, const QStringList &ids);
    /// Updates `requested` from `updated`: new ones are added, absent ones were released.
    void replaceInstances(
        const QString &regionId, const QStringList &requested, const QList<ecs::Instance> &updated);
    void publish();
    void publishRegion(
        const QString &regionId, quint64 generation, const std::function<void()> &then);
    void published();
    void showDetails();
    void updateCount();
    void track(ecs::ApiCall *call);

    InstancesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTreeWidget *m_details;
    QLabel *m_selectionSummary;
    QCheckBox *m_allRegionsBox;
    QStringList m_allRegions;
    QHash<QString, QList<ecs::Instance>> m_byRegion; ///< last complete data per region
    QHash<QString, QList<ecs::Instance>> m_incoming; ///< pages of a fetch in progress
    QHash<QString, int> m_pagesPending; ///< pages 2…N still out, per region
    QList<QPointer<ecs::ApiCall>> m_calls;
    quint64 m_generation = 0;
    int m_regionsPending = 0;
    QTimer m_statusTimer;
    QTimer m_fullTimer;
    QTimer m_detailsTimer;
    QTimer m_pageTimer;
    struct ArrivedPage
    {
        QString region;
        int pageNumber = 0;
        quint64 generation = 0;
        bool ok = false;
        QJsonObject body;
        ecs::ApiError error;
    };
    QQueue<ArrivedPage> m_pages;
    QTimer m_selectionTimer;
    bool m_polling = false;
};

} // namespace ecs::ui
