#pragma once

#include "apicall.h"
#include "resourcepane.h"
#include "types/availableresource.h"

#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ecs {
class ApiCall;
}

namespace ecs::ui {

class ResourceFilterProxy;
class ResourceMatrixModel;

/// What can be had where: a zone × instance-type matrix for one billing choice, from
/// DescribeAvailableResource joined with DescribeInstanceTypes, filtered by family, vCPU and
/// memory. A selected cell leads to its price history.
class ResourcesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit ResourcesPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    ResourceMatrixModel *model() const { return m_model; }
    ResourceFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    /// 0 pay-as-you-go, 1 subscription, 2 preemptible at market price, 3 preemptible with a limit.
    void setBilling(int choice);
    /// A read-only profile cannot create instances.
    void setReadOnly(bool readOnly);
    bool isLoading() const { return m_typesCall || m_stockCall; }

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void priceHistoryRequested(const QString &instanceType, const QString &zoneId);
    void createRequested(const QString &instanceType, const QString &zoneId);

protected:
    void cancelAll() override;

private:
    void join();
    void applyFilters();
    void selectionChanged();
    /// The one selected zone cell (a source index), or invalid.
    QModelIndex selectedCell() const;
    /// Where the user's chosen cell is in the view now; invalid when hidden or gone.
    QModelIndex chosenCell() const;

    ResourceMatrixModel *m_model;
    ResourceFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_billing;
    QComboBox *m_family;
    QSpinBox *m_minCpu;
    QSpinBox *m_maxCpu;
    QDoubleSpinBox *m_minMemory;
    QDoubleSpinBox *m_maxMemory;
    QLabel *m_selection;
    QPushButton *m_priceHistory;
    QPushButton *m_create;
    bool m_readOnly = false;
    QString m_chosenType; ///< the cell the user chose last, kept while a filter hides it
    QString m_chosenZone;
    bool m_reshaping = false; ///< selection changes now come from filters or a refresh
    QList<ecs::InstanceTypeInfo> m_types; ///< the catalogue, fetched once
    QList<ecs::ZoneStock> m_stock;
    bool m_stockReady = false;
    QPointer<ecs::ApiCall> m_typesCall;
    QPointer<ecs::ApiCall> m_stockCall;
    quint64 m_generation = 0;
};

} // namespace ecs::ui
