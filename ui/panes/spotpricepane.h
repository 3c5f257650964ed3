#pragma once

#include "resourcepane.h"
#include "types/spotprice.h"

#include <QMap>
#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace ecs {
class ApiCall;
}

namespace ecs::ui {

class SpotChart;
class SpotPointsModel;

/// Spot price history of one instance type in a region's zones: the chart, the numbers a bidder
/// needs per zone (min, mean, max, now, discount, and how long a given limit would have survived),
/// the points, CSV and PNG export.
class SpotPricePane : public ResourcePane
{
    Q_OBJECT

public:
    explicit SpotPricePane(ecs::EcsClient *client, QWidget *parent = nullptr);

    SpotChart *chart() const { return m_chart; }
    SpotPointsModel *pointsModel() const { return m_points; }
    QTableWidget *statsTable() const { return m_stats; }
    void setInstanceType(const QString &instanceType);
    void setPriceLimit(double limit);
    bool isLoading() const { return !m_call.isNull(); }
    /// The types offered in the type box, in their natural order.
    QStringList instanceTypes() const;
    /// What the exported chart says it shows: type, region, range and dates.
    QString exportTitle() const;

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;

private:
    void fetch(int offset, quint64 generation);
    void showPrices();
    void updateStats();
    void updateCount();
    void rememberType(const QString &instanceType);
    QString exportFileName(const QString &suffix) const;
    void exportCsv();
    void exportPng();

    SpotPointsModel *m_points;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_pointsView;
    SpotChart *m_chart;
    QTableWidget *m_stats;
    QComboBox *m_type;
    QComboBox *m_range;
    QDoubleSpinBox *m_limit;
    QPushButton *m_csv;
    QPushButton *m_png;
    QList<ecs::SpotPricePoint> m_incoming;
    QMap<QString, QList<ecs::SpotPricePoint>> m_byZone;
    QDateTime m_from;
    QDateTime m_to;
    QPointer<ecs::ApiCall> m_call;
    quint64 m_generation = 0;
};

} // namespace ecs::ui
