#pragma once

#include "callscope.h"
#include "insight/spotadvice.h"
#include "resourcepane.h"

#include <QCoro/QCoroTask>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ecs {
class InstanceInventory;
}

namespace ecs::ui {

class AdvisorModel;

/// The spot advisor: DescribeSpotAdvice as a zone × instance-type matrix of interruption-rate
/// band and average price, filtered by family, vCPU and memory (asked of the service) and by the
/// typed text (the rows). The current cell's detail adds the price-history back-test of a limit
/// and the fleet's own reclaims; "Create preemptible here…" opens the create wizard preset.
class AdvisorPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit AdvisorPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    AdvisorModel *model() const { return m_model; }
    QComboBox *familyCombo() const { return m_family; }
    QComboBox *cpuCombo() const { return m_cpu; }
    QComboBox *memoryCombo() const { return m_memory; }
    QComboBox *bidCombo() const { return m_bid; }
    QPushButton *createButton() const { return m_create; }
    QLabel *detailLabel() const { return m_detail; }
    void setReadOnly(bool readOnly);
    /// The fleet whose reclaims the cells tell about (what it sees disappear under Recycling).
    void watchInventory(ecs::InstanceInventory *inventory);

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    /// "Create preemptible here…": the zone, the type and whether to bid with a price limit.
    void createRequested(const QString &zoneId, const QString &instanceType, bool withPriceLimit);

protected:
    void cancelAll() override;

private:
    QCoro::Task<> load(ecs::SpotAdviceQuery query);
    QCoro::Task<> backtest(QString regionId, QString zoneId, QString instanceType);
    void currentCellChanged();
    void updateDetail();
    std::pair<QString, QString> currentCell() const; ///< zone, type; empty when none

    AdvisorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_family;
    QComboBox *m_cpu;
    QComboBox *m_memory;
    QComboBox *m_bid;
    QPushButton *m_create;
    QLabel *m_detail;
    ecs::CallScope m_scope;
    ecs::CallScope m_backtestScope;
    ecs::FleetReclaims m_reclaims;
    QSet<QString> m_backtesting; ///< SpotAdviceMatrix keys asked and not yet answered
    bool m_readOnly = false;
};

} // namespace ecs::ui
