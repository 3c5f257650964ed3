#pragma once

#include "callscope.h"
#include "inventory/stockmatrix.h"
#include "resourcepane.h"
#include "types/vocabulary.h"

#include <QCoro/QCoroTask>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ecs::ui {

class ResourceFilterProxy;
class ResourceMatrixModel;
class TypeFilters;

/// What can be had where: a zone × instance-type matrix for one billing choice, the client's
/// catalogue (available resources joined with the instance types, ecs::joinStock) filtered by
/// family, vCPU and memory. A selected cell leads to its price history. Latest wins: a region or
/// billing left before its answer came never shows it.
class ResourcesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit ResourcesPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    ResourceMatrixModel *model() const { return m_model; }
    ResourceFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    /// Preemptible with `priceLimit`: SpotWithPriceLimit (else at market price).
    void setBilling(ecs::Billing billing, bool priceLimit = false);
    /// A read-only profile cannot create instances.
    void setReadOnly(bool readOnly);
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void priceHistoryRequested(const QString &instanceType, const QString &zoneId);
    void createRequested(const QString &instanceType, const QString &zoneId);

protected:
    void cancelAll() override;

private:
    QCoro::Task<> load(bool fresh);
    void failed(const QString &what, const ecs::ApiError &error);
    void showMatrix(const ecs::StockMatrix &matrix);
    void fitColumns();
    void applyFilters();
    void selectionChanged();
    /// The one selected zone cell (a source index), or invalid.
    QModelIndex selectedCell() const;
    /// Where the user's chosen cell is in the view now; invalid when hidden or gone.
    QModelIndex chosenCell() const;

    ResourceMatrixModel *m_model;
    ResourceFilterProxy *m_proxy;
    QTableView *m_view;
    TypeFilters *m_filters;
    QLabel *m_selection;
    QPushButton *m_priceHistory;
    QPushButton *m_create;
    bool m_readOnly = false;
    QString m_chosenType; ///< the cell the user chose last, kept while a filter hides it
    QString m_chosenZone;
    bool m_reshaping = false; ///< selection changes now come from filters or a refresh
    bool m_loading = false;
    ecs::CallScope m_scope;
};

} // namespace ecs::ui
