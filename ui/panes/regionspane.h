#pragma once

#include "apierror.h"
#include "callscope.h"

#include <QCoro/QCoroTask>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ecs {
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class ErrorBanner;
class RegionsModel;
class ZoneDetails;
class ZonesModel;

/// Regions and the zones of the selected one. Fetches DescribeRegions on refresh(); the zones come
/// from the client's catalogue whenever the selection changes (fetched again on refresh()). Latest
/// wins: the answer for a region no longer selected never reaches the view.
class RegionsPane : public QWidget
{
    Q_OBJECT

public:
    explicit RegionsPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    RegionsModel *regionsModel() const { return m_regions; }
    ZonesModel *zonesModel() const { return m_zones; }
    QTableView *regionsView() const { return m_regionsView; }
    QTableView *zonesView() const { return m_zonesView; }
    ErrorBanner *errorBanner() const { return m_banner; }
    ZoneDetails *zoneDetails() const { return m_zoneDetails; }
    QString selectedRegionId() const;
    bool selectRegion(const QString &regionId);
    bool isLoading() const;
    /// The region selected when the regions first arrive (the profile's default region).
    void setPreferredRegion(const QString &regionId) { m_preferredRegion = regionId; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The regions and the selected region's zones are on screen.
    void loaded();
    void loadFailed(const ecs::ApiError &error);
    /// Enter or a double click on a region: work in it.
    void regionActivated(const QString &regionId);

private:
    QCoro::Task<> loadRegions();
    QCoro::Task<> loadZones(QString regionId, bool fresh);
    void showZoneDetails();
    void updateState();
    void updateCount();

    ecs::EcsClient *m_client;
    RegionsModel *m_regions;
    ZonesModel *m_zones;
    QSortFilterProxyModel *m_regionsProxy;
    QSortFilterProxyModel *m_zonesProxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QProgressBar *m_busy;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QTableView *m_regionsView;
    QTableView *m_zonesView;
    QLabel *m_zonesTitle;
    ZoneDetails *m_zoneDetails;
    ecs::CallScope m_regionsScope;
    ecs::CallScope m_zonesScope;
    bool m_loadingRegions = false;
    bool m_loadingZones = false;
    QString m_preferredRegion;
    QString m_zonesRegion; ///< the region the shown (or requested) zones belong to
    bool m_regionsLoaded = false;
};

} // namespace ecs::ui
