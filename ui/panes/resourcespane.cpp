#include "resourcespane.h"

#include "inventory/catalogue.h"
#include "models/resourcematrixmodel.h"
#include "widgets/typefilters.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ResourcesPane::ResourcesPane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_model(new ResourceMatrixModel(this))
    , m_proxy(new ResourceFilterProxy(this))
    , m_view(makeTable(m_proxy, this))
    , m_filters(new TypeFilters(this))
    , m_selection(new QLabel(this))
    , m_priceHistory(new QPushButton(tr("Price history…"), this))
    , m_create(new QPushButton(tr("Create instance here…"), this))
    , m_scope(this)
{
    setObjectName(u"resourcesPane"_s);
    m_proxy->setSourceModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setAccessibleName(tr("Available resources"));
    m_view->setObjectName(u"resourcesView"_s);
    m_view->sortByColumn(ResourceMatrixModel::TypeColumn, Qt::AscendingOrder);

    addLabelledControl(tr("&Billing:"), m_filters->billing());
    addLabelledControl(tr("Fa&mily:"), m_filters->family());
    // The size filters get a row of their own: beside the choices the row would not fit a
    // 1024-pixel window.
    for (QWidget *w : m_filters->sizeBoxes())
        actionsLayout()->addWidget(w);
    actionsLayout()->addStretch(1);
    filterEdit()->setPlaceholderText(tr("Filter types  (Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter instance types"));

    m_priceHistory->setEnabled(false);
    m_priceHistory->setToolTip(
        tr("Chart the spot price of the selected type in the selected zone"));
    m_create->setEnabled(false);
    m_create->setToolTip(tr("Open the create wizard with this type in this zone"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_selection, 1);
    actions->addWidget(m_priceHistory);
    actions->addWidget(m_create);
    layout->addLayout(actions);
    setContent(content);

    connect(m_filters, &TypeFilters::billingChanged, this, [this] { load(false); });
    connect(m_filters, &TypeFilters::changed, this, &ResourcesPane::applyFilters);
    connect(filterEdit(), &QLineEdit::textChanged, this, &ResourcesPane::applyFilters);
    // The selection, not the current index: when a filter hides the chosen cell, Qt moves the
    // current index to a neighbour the user never chose.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ResourcesPane::selectionChanged);
    connect(m_priceHistory, &QPushButton::clicked, this, [this] {
        const QModelIndex cell = selectedCell();
        if (cell.isValid())
            Q_EMIT priceHistoryRequested(
                cell.data(KeyRole).toString(), m_model->zoneAt(cell.column()));
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QModelIndex cell = selectedCell();
        if (cell.isValid()
            && ResourceMatrixModel::canCreate(cell.data(ResourceMatrixModel::StockRole).toString()))
            Q_EMIT createRequested(cell.data(KeyRole).toString(), m_model->zoneAt(cell.column()));
    });
    selectionChanged();
    setEmptyText(tr("Choose a region to see what is available in its zones."));
}

void ResourcesPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    selectionChanged();
}

void ResourcesPane::setBilling(ecs::Billing billing, bool priceLimit)
{
    m_filters->setBilling(billing, priceLimit);
}

void ResourcesPane::cancelAll()
{
    m_scope.cancel();
    m_loading = false;
}

void ResourcesPane::refresh()
{
    load(true);
}

QCoro::Task<> ResourcesPane::load(bool fresh)
{
    if (regionId().isEmpty())
        co_return;
    m_scope.renew();
    clearError();
    setBusy(true);
    m_loading = true;
    ecs::Catalogue *catalogue = ecs::Catalogue::of(client());
    const std::pair<ecs::Billing, bool> choice = m_filters->billingChoice();
    const ecs::Billing billing = choice.first;
    const bool priceLimit = choice.second;
    const auto fetch = fresh ? ecs::Catalogue::Fetch::Fresh : ecs::Catalogue::Fetch::Cached;
    // Both lookups go out at once; the second co_await joins the request already out.
    catalogue->availableResources(
        regionId(), chargeTypeOf(billing), spotStrategyOf(billing, priceLimit), m_scope.context(),
        [](const Result<QList<ZoneStock>> &) {}, fetch);
    const auto types = co_await catalogue->instanceTypes(m_scope);
    if (types.cancelled())
        co_return;
    if (!types.ok())
        co_return failed(tr("Could not load the instance types."), types.error());
    m_filters->setFamilies(ecs::familiesOf(types.value()));
    const auto stock
        = co_await catalogue->availableResources(m_scope, regionId(), billing, priceLimit);
    if (stock.cancelled())
        co_return;
    if (!stock.ok())
        co_return failed(
            tr("Could not load the available resources of %1.").arg(regionId()), stock.error());
    showMatrix(ecs::joinStock(types.value(), stock.value()));
}

void ResourcesPane::failed(const QString &what, const ecs::ApiError &error)
{
    m_loading = false;
    setBusy(false);
    showError(what, error);
}

void ResourcesPane::showMatrix(const ecs::StockMatrix &matrix)
{
    m_loading = false;
    {
        const QScopedValueRollback reshaping(m_reshaping, true);
        m_model->setZones(matrix.zones);
        m_model->setRows(matrix.rows);
    }
    // New zone columns make the proxy forget its sort; the header still knows what the user chose.
    m_proxy->sort(m_view->horizontalHeader()->sortIndicatorSection(),
        m_view->horizontalHeader()->sortIndicatorOrder());
    fitColumns();
    setBusy(false);
    applyFilters();
    setEmptyText(matrix.rows.isEmpty()
            ? tr("Nothing is offered in %1 for this billing.").arg(regionId())
            : QString());
    Q_EMIT loaded();
}

void ResourcesPane::fitColumns()
{
    // Samples of the widest values the catalogue has; headers (and their sort arrows) fit too.
    fitColumn(m_view, ResourceMatrixModel::TypeColumn, u"ecs.gn7i-c32g1.16xlarge"_s, true);
    fitColumn(m_view, ResourceMatrixModel::FamilyColumn, u"ecs.gn7i"_s);
    fitColumn(m_view, ResourceMatrixModel::CpuColumn, u"128"_s);
    fitColumn(m_view, ResourceMatrixModel::MemoryColumn, tr("%1 GiB").arg(1024));
    QString widestGpu;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString gpu = m_model->index(row, ResourceMatrixModel::GpuColumn).data().toString();
        if (gpu.size() > widestGpu.size())
            widestGpu = gpu;
    }
    fitColumn(m_view, ResourceMatrixModel::GpuColumn, widestGpu + u"  "_s);
    for (int c = ResourceMatrixModel::FirstZoneColumn; c < m_model->columnCount(); ++c)
        fitColumn(m_view, c, ResourceMatrixModel::tr("Sold out"));
}

void ResourcesPane::applyFilters()
{
    {
        // A hidden row takes its selection with it, and the view then selects a neighbour the
        // user never chose: what the filters do to the selection is not the user's choice.
        const QScopedValueRollback reshaping(m_reshaping, true);
        m_filters->applyTo(m_proxy);
        m_proxy->setQuery(filterEdit()->text());
        // The chosen cell, selected and in view when it is shown; nothing selected when hidden.
        const QModelIndex chosen = chosenCell();
        if (chosen.isValid()) {
            m_view->selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(chosen);
        } else {
            m_view->selectionModel()->clear();
        }
    }
    setCount(tr("%1 of %2 · %3")
                 .arg(m_proxy->rowCount())
                 .arg(tr("%n type(s)", "", m_model->rowCount()),
                     tr("%n zone(s)", "", int(m_model->zones().size()))));
    selectionChanged();
}

QModelIndex ResourcesPane::chosenCell() const
{
    const int row = m_chosenType.isEmpty() ? -1 : m_model->rowOf(m_chosenType);
    const int zone = int(m_model->zones().indexOf(m_chosenZone));
    if (row < 0 || zone < 0)
        return {};
    return m_proxy->mapFromSource(m_model->index(row, ResourceMatrixModel::FirstZoneColumn + zone));
}

QModelIndex ResourcesPane::selectedCell() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.size() != 1)
        return {};
    const QModelIndex source = m_proxy->mapToSource(selected.first());
    return source.column() >= ResourceMatrixModel::FirstZoneColumn ? source : QModelIndex();
}

void ResourcesPane::selectionChanged()
{
    if (m_reshaping)
        return; // applyFilters() and join() settle the selection, then come here
    const QModelIndex cell = selectedCell();
    const QString zone = cell.isValid() ? m_model->zoneAt(cell.column()) : QString();
    if (cell.isValid() || m_chosenType.isEmpty() || chosenCell().isValid()) {
        // The user's choice (or a choice given up by selecting something else).
        m_chosenType = cell.isValid() ? cell.data(KeyRole).toString() : QString();
        m_chosenZone = zone;
    }
    const bool chosenHidden = !cell.isValid() && !m_chosenType.isEmpty();
    m_priceHistory->setEnabled(!zone.isEmpty());
    const QString category = cell.data(ResourceMatrixModel::StockRole).toString();
    const bool creatable = !zone.isEmpty() && ResourceMatrixModel::canCreate(category);
    m_create->setEnabled(creatable && !m_readOnly);
    // Why the button is disabled, where the pointer and the eye go.
    const QString billing = m_filters->billing()->currentText().toLower();
    QString reason;
    if (zone.isEmpty())
        reason = tr("Select a cell that is in stock first.");
    else if (category.isEmpty())
        reason = tr("%1 is not offered in %2.").arg(m_chosenType, zone);
    else if (!creatable)
        reason = tr("%1 is sold out in %2 for %3: choose another zone or billing.")
                     .arg(m_chosenType, zone, billing);
    else if (m_readOnly)
        reason = tr("This profile is read-only.");
    m_create->setToolTip(
        reason.isEmpty() ? tr("Open the create wizard with this type in this zone") : reason);
    if (zone.isEmpty()) {
        m_selection->setText(!chosenHidden ? tr("Select a cell: an instance type in a zone.")
                : m_model->rowOf(m_chosenType) < 0
                ? tr("The type you chose is not offered for this billing: select another cell.")
                : tr("The cell you chose is hidden by the filters: select another one."));
        return;
    }
    m_selection->setText(
        tr("%1 in %2: %3")
            .arg(m_chosenType, zone, ResourceMatrixModel::stockText(category).toLower())
        + (creatable || m_readOnly ? QString() : u" — "_s + tr("cannot be created now")));
}

} // namespace ecs::ui
