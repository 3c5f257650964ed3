#pragma once

#include "callscope.h"
#include "inventory/spothistory.h"
#include "resourcepane.h"
#include "widgets/spotstatstable.h"

#include <QCoro/QCoroTask>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QIODevice;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

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
    bool isLoading() const { return m_loading; }
    /// The types offered in the type box, in their natural order.
    QStringList instanceTypes() const;
    /// What the exported chart says it shows: type, region, range and dates.
    QString exportTitle() const;

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;

private:
    QCoro::Task<> load();
    void showPrices();
    void updateCount();
    void rememberType(const QString &instanceType);
    /// Asks where, writes through `write`, and says `saved(path)` (or why it could not).
    void saveAs(const QString &title, const QString &filter, const QString &suffix,
        const std::function<bool(QIODevice *)> &write,
        const std::function<QString(QString)> &saved);
    void exportCsv();
    void exportPng();

    SpotPointsModel *m_points;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_pointsView;
    SpotChart *m_chart;
    SpotStatsTable *m_stats;
    QComboBox *m_type;
    QComboBox *m_range;
    QDoubleSpinBox *m_limit;
    QPushButton *m_csv;
    QPushButton *m_png;
    ecs::SpotHistory m_history; ///< what is shown
    ecs::CallScope m_scope;
    bool m_loading = false;
};

} // namespace ecs::ui
