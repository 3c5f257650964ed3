#pragma once

#include "apierror.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ecs {
class ApiCall;
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class ErrorBanner;
class RegionsModel;
class ZoneDetails;
class ZonesModel;

/// Regions and the zones of the selected one. Fetches DescribeRegions on refresh() and
/// DescribeZones whenever the selection changes; answers for a region no longer selected are
/// dropped, and the call for it is cancelled.
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
    void fetchZones(const QString &regionId);
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
    QPointer<ecs::ApiCall> m_regionsCall;
    QPointer<ecs::ApiCall> m_zonesCall;
    QString m_preferredRegion;
    QString m_zonesRegion; ///< the region the shown (or requested) zones belong to
    bool m_regionsLoaded = false;
    quint64 m_regionsGeneration = 0;
    quint64 m_zonesGeneration = 0;
};

} // namespace ecs::ui
