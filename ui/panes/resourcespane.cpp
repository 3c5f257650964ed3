#include "resourcespane.h"

#include "ecsclient.h"
#include "models/resourcematrixmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

struct Billing
{
    const char *label;
    const char *chargeType;
    const char *spotStrategy;
};
const Billing kBillings[] = {
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Pay-as-you-go"), "PostPaid", "NoSpot" },
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Subscription"), "PrePaid", "NoSpot" },
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Preemptible, market price"), "PostPaid",
        "SpotAsPriceGo" },
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Preemptible, price limit"), "PostPaid",
        "SpotWithPriceLimit" },
};

} // namespace

ResourcesPane::ResourcesPane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_model(new ResourceMatrixModel(this))
    , m_proxy(new ResourceFilterProxy(this))
    , m_view(makeTable(m_proxy, this))
    , m_billing(new QComboBox(this))
    , m_family(new QComboBox(this))
    , m_minCpu(new QSpinBox(this))
    , m_maxCpu(new QSpinBox(this))
    , m_minMemory(new QDoubleSpinBox(this))
    , m_maxMemory(new QDoubleSpinBox(this))
    , m_selection(new QLabel(this))
    , m_priceHistory(new QPushButton(tr("Price history…"), this))
    , m_create(new QPushButton(tr("Create instance here…"), this))
{
    setObjectName(u"resourcesPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setAccessibleName(tr("Available resources"));
    m_view->setObjectName(u"resourcesView"_s);
    m_view->sortByColumn(ResourceMatrixModel::TypeColumn, Qt::AscendingOrder);

    for (const Billing &billing : kBillings)
        m_billing->addItem(tr(billing.label));
    m_billing->setAccessibleName(tr("Billing"));
    m_billing->setToolTip(
        tr("Billing: stock differs between pay-as-you-go, subscription and preemptible"));
    m_family->addItem(tr("All families"), QString());
    m_family->setAccessibleName(tr("Instance family"));
    m_minCpu->setRange(0, 1024);
    m_maxCpu->setRange(0, 1024);
    m_maxCpu->setValue(1024);
    m_minCpu->setPrefix(tr("vCPU ≥ "));
    m_maxCpu->setPrefix(tr("≤ "));
    m_minMemory->setRange(0, 4096);
    m_maxMemory->setRange(0, 4096);
    m_maxMemory->setValue(4096);
    m_minMemory->setDecimals(0);
    m_maxMemory->setDecimals(0);
    m_minMemory->setPrefix(tr("GiB ≥ "));
    m_maxMemory->setPrefix(tr("≤ "));
    m_minCpu->setAccessibleName(tr("Minimum vCPU"));
    m_maxCpu->setAccessibleName(tr("Maximum vCPU"));
    m_minMemory->setAccessibleName(tr("Minimum memory"));
    m_maxMemory->setAccessibleName(tr("Maximum memory"));
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_billing, m_family, m_minCpu, m_maxCpu, m_minMemory, m_maxMemory })
        controlsLayout()->addWidget(w);
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

    connect(m_billing, &QComboBox::currentIndexChanged, this, &ResourcesPane::refresh);
    connect(m_family, &QComboBox::currentIndexChanged, this, &ResourcesPane::applyFilters);
    for (QSpinBox *box : { m_minCpu, m_maxCpu })
        connect(box, &QSpinBox::valueChanged, this, &ResourcesPane::applyFilters);
    for (QDoubleSpinBox *box : { m_minMemory, m_maxMemory })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ResourcesPane::applyFilters);
    connect(filterEdit(), &QLineEdit::textChanged, this, &ResourcesPane::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ResourcesPane::selectionChanged);
    connect(m_priceHistory, &QPushButton::clicked, this, [this] {
        const QModelIndex cell = m_view->currentIndex();
        const QString zone = m_model->zoneAt(m_proxy->mapToSource(cell).column());
        Q_EMIT priceHistoryRequested(cell.data(KeyRole).toString(), zone);
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QModelIndex cell = m_view->currentIndex();
        const QString zone = m_model->zoneAt(m_proxy->mapToSource(cell).column());
        Q_EMIT createRequested(cell.data(KeyRole).toString(), zone);
    });
    selectionChanged();
    setEmptyText(tr("Choose a region to see what is available in its zones."));
}

void ResourcesPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_create->setToolTip(readOnly ? tr("This profile is read-only.")
                                  : tr("Open the create wizard with this type in this zone"));
    selectionChanged();
}

void ResourcesPane::setBilling(int choice)
{
    m_billing->setCurrentIndex(choice);
}

void ResourcesPane::cancelAll()
{
    ++m_generation;
    if (m_typesCall)
        m_typesCall->cancel();
    if (m_stockCall)
        m_stockCall->cancel();
}

void ResourcesPane::refresh()
{
    if (regionId().isEmpty())
        return;
    cancelAll();
    clearError();
    setBusy(true);
    m_stockReady = false;
    const quint64 generation = m_generation;
    auto failed = [this](const QString &what, const ecs::ApiError &error) {
        cancelAll();
        setBusy(false);
        showError(what, error);
    };
    if (m_types.isEmpty()) {
        m_typesCall = client()->call<ops::DescribeInstanceTypes>(
            ops::DescribeInstanceTypes::request(), this,
            [this, generation, failed](const Result<ops::DescribeInstanceTypes::Response> &result) {
                if (generation != m_generation)
                    return;
                m_typesCall = nullptr;
                if (!result.ok())
                    return failed(tr("Could not load the instance types."), result.error());
                m_types = result->types;
                QStringList families;
                for (const InstanceTypeInfo &t : std::as_const(m_types))
                    if (!families.contains(t.family))
                        families << t.family;
                families.sort();
                for (const QString &family : std::as_const(families))
                    m_family->addItem(family, family);
                join();
            });
    }
    const Billing &billing = kBillings[std::max(0, m_billing->currentIndex())];
    m_stockCall = client()->call<ops::DescribeAvailableResource>(
        ops::DescribeAvailableResource::request(regionId(), QString::fromLatin1(billing.chargeType),
            QString::fromLatin1(billing.spotStrategy)),
        this,
        [this, generation, failed](const Result<ops::DescribeAvailableResource::Response> &result) {
            if (generation != m_generation)
                return;
            m_stockCall = nullptr;
            if (!result.ok())
                return failed(tr("Could not load the available resources of %1.").arg(regionId()),
                    result.error());
            m_stock = result.value();
            m_stockReady = true;
            join();
        });
}

void ResourcesPane::join()
{
    if (m_types.isEmpty() || !m_stockReady)
        return;
    QStringList zones;
    QHash<QString, MatrixRow> rows;
    for (const ZoneStock &zone : std::as_const(m_stock)) {
        zones << zone.zoneId;
        for (auto it = zone.statusCategory.cbegin(); it != zone.statusCategory.cend(); ++it)
            rows[it.key()].stock.insert(zone.zoneId, it.value());
    }
    QList<MatrixRow> list;
    for (const InstanceTypeInfo &t : std::as_const(m_types)) {
        auto it = rows.find(t.instanceTypeId);
        if (it == rows.end())
            continue; // not offered in this region at all
        it->type = t;
        list << *it;
    }
    zones.sort();
    m_model->setZones(zones);
    m_model->setRows(list);
    // New zone columns make the proxy forget its sort; the header still knows what the user chose.
    m_proxy->sort(m_view->horizontalHeader()->sortIndicatorSection(),
        m_view->horizontalHeader()->sortIndicatorOrder());
    const int em = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ResourceMatrixModel::TypeColumn, em * 26);
    m_view->setColumnWidth(ResourceMatrixModel::FamilyColumn, em * 12);
    m_view->setColumnWidth(ResourceMatrixModel::CpuColumn, em * 7);
    m_view->setColumnWidth(ResourceMatrixModel::MemoryColumn, em * 11);
    m_view->setColumnWidth(ResourceMatrixModel::GpuColumn, em * 16);
    for (int c = ResourceMatrixModel::FirstZoneColumn; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, em * 16);
    setBusy(false);
    applyFilters();
    setEmptyText(list.isEmpty() ? tr("Nothing is offered in %1 for this billing.").arg(regionId())
                                : QString());
    Q_EMIT loaded();
}

void ResourcesPane::applyFilters()
{
    m_proxy->setFamily(m_family->currentData().toString());
    m_proxy->setCpuRange(m_minCpu->value(), m_maxCpu->value());
    m_proxy->setMemoryRange(m_minMemory->value(), m_maxMemory->value());
    m_proxy->setFilterFixedString(filterEdit()->text());
    setCount(tr("%1 of %2 instance types · %3 zones")
                 .arg(m_proxy->rowCount())
                 .arg(m_model->rowCount())
                 .arg(m_model->zones().size()));
}

void ResourcesPane::selectionChanged()
{
    const QModelIndex cell = m_view->currentIndex();
    const QModelIndex source = m_proxy->mapToSource(cell);
    const QString zone = source.isValid() ? m_model->zoneAt(source.column()) : QString();
    m_priceHistory->setEnabled(!zone.isEmpty());
    m_create->setEnabled(!zone.isEmpty() && !m_readOnly);
    if (zone.isEmpty()) {
        m_selection->setText(tr("Select a cell: an instance type in a zone."));
        return;
    }
    m_selection->setText(tr("%1 in %2: %3")
                             .arg(cell.data(KeyRole).toString(), zone,
                                 source.data(ResourceMatrixModel::StockRole).toString()));
}

} // namespace ecs::ui
