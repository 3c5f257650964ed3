#include "advisorpane.h"

#include "inventory/instanceinventory.h"
#include "models/advisormodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

AdvisorPane::AdvisorPane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_model(new AdvisorModel(this))
    , m_proxy(makeProxy(m_model, this))
    , m_table(makeTable(m_proxy, this))
    , m_family(new QComboBox(this))
    , m_cpu(new QComboBox(this))
    , m_memory(new QComboBox(this))
    , m_bid(new QComboBox(this))
    , m_create(new QPushButton(tr("Create preemptible here…"), this))
    , m_detail(new QLabel(this))
    , m_scope(this)
    , m_backtestScope(this)
{
    setObjectName(u"advisorPane"_s);
    m_model->setReclaims(&m_reclaims);
    m_table->setObjectName(u"advisorTable"_s);
    m_table->setAccessibleName(tr("Spot advice by zone and instance type"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(AdvisorModel::TypeColumn, Qt::AscendingOrder);

    m_family->setObjectName(u"advisorFamily"_s);
    m_family->setAccessibleName(tr("Instance family"));
    m_family->addItem(tr("Any family"), QString());
    m_cpu->setObjectName(u"advisorCpu"_s);
    m_cpu->setAccessibleName(tr("vCPUs"));
    m_cpu->addItem(tr("Any"), 0);
    for (const int cores : { 1, 2, 4, 8, 16, 32, 64 })
        m_cpu->addItem(QLocale().toString(cores), cores);
    m_memory->setObjectName(u"advisorMemory"_s);
    m_memory->setAccessibleName(tr("Memory"));
    m_memory->addItem(tr("Any"), 0.0);
    for (const int gib : { 1, 2, 4, 8, 16, 32, 64, 128, 256 })
        m_memory->addItem(tr("%1 GiB").arg(QLocale().toString(gib)), double(gib));
    addLabelledControl(tr("&Family:"), m_family);
    addLabelledControl(tr("v&CPUs:"), m_cpu);
    addLabelledControl(tr("&Memory:"), m_memory);
    for (QComboBox *combo : { m_family, m_cpu, m_memory })
        connect(combo, &QComboBox::activated, this, &AdvisorPane::refresh);
    filterEdit()->setPlaceholderText(tr("Filter instance types  (Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter instance types"));
    connect(filterEdit(), &QLineEdit::textChanged, this,
        [this](const QString &typed) { setTextQuery(m_proxy, typed); });

    m_bid->setObjectName(u"advisorBid"_s);
    m_bid->setAccessibleName(tr("Bid"));
    m_bid->addItem(tr("At the market price"), false);
    m_bid->addItem(tr("With a price limit"), true);
    m_create->setObjectName(u"createPreemptibleButton"_s);
    m_create->setAccessibleName(tr("Create preemptible here…"));
    m_create->setEnabled(false);
    m_detail->setObjectName(u"advisorDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    auto *bidLabel = new QLabel(tr("&Bid:"), content);
    bidLabel->setBuddy(m_bid);
    detailRow->addWidget(bidLabel, 0, Qt::AlignTop);
    detailRow->addWidget(m_bid, 0, Qt::AlignTop);
    detailRow->addWidget(m_create, 0, Qt::AlignTop);
    layout->addLayout(detailRow);
    setContent(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AdvisorPane::currentCellChanged);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const auto [zone, type] = currentCell();
        if (!zone.isEmpty())
            Q_EMIT createRequested(zone, type, m_bid->currentData().toBool());
    });
    updateDetail();
}

void AdvisorPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateDetail();
}

void AdvisorPane::watchInventory(ecs::InstanceInventory *inventory)
{
    connect(inventory, &ecs::InstanceInventory::changed, this,
        [this](const ecs::InventoryChange &change) {
            m_reclaims.apply(change);
            if (!change.removed.isEmpty())
                updateDetail();
        });
}

void AdvisorPane::cancelAll()
{
    m_scope.cancel();
    m_backtestScope.cancel();
    m_backtesting.clear();
}

void AdvisorPane::refresh()
{
    if (regionId().isEmpty())
        return;
    m_scope.renew();
    ecs::SpotAdviceQuery query;
    query.regionId = regionId();
    query.family = m_family->currentData().toString();
    query.cores = m_cpu->currentData().toInt();
    query.memoryGiB = m_memory->currentData().toDouble();
    load(query);
}

QCoro::Task<> AdvisorPane::load(ecs::SpotAdviceQuery query)
{
    setBusy(true);
    auto answer = co_await ecs::fetchSpotAdvice(m_scope, client(), query);
    if (answer.cancelled())
        co_return;
    setBusy(false);
    if (!answer.ok()) {
        showError(tr("Could not read the spot advice of %1").arg(query.regionId), answer.error());
        Q_EMIT loadFailed(answer.error());
        co_return;
    }
    clearError();
    const ecs::SpotAdviceMatrix &matrix = answer.value();
    // The family list grows from what the service offers; a chosen family stays chosen.
    for (const QString &type : matrix.types) {
        const QString family = ecs::instanceFamilyOfType(type);
        if (!family.isEmpty() && m_family->findData(family) < 0)
            m_family->addItem(family, family);
    }
    m_model->setMatrix(matrix);
    setCount(tr("%n instance type(s)", "", int(matrix.types.size())));
    setEmptyText(matrix.types.isEmpty()
            ? tr("No preemptible instance type in %1 matches these filters.").arg(query.regionId)
            : QString());
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0 && !matrix.zones.isEmpty())
        m_table->setCurrentIndex(m_proxy->index(0, AdvisorModel::FirstZoneColumn));
    updateDetail();
    Q_EMIT loaded();
}

std::pair<QString, QString> AdvisorPane::currentCell() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!m_model->cellAt(index))
        return {};
    return { m_model->zoneAt(index.column()), m_model->rowAt(index.row()).instanceType };
}

void AdvisorPane::currentCellChanged()
{
    const auto [zone, type] = currentCell();
    updateDetail();
    if (zone.isEmpty())
        return;
    // One back-test at a time: the newest cell wins, an older one is asked again if revisited.
    m_backtestScope.renew();
    m_backtesting = { ecs::SpotAdviceMatrix::key(zone, type) };
    backtest(regionId(), zone, type);
    updateDetail();
}

QCoro::Task<> AdvisorPane::backtest(QString regionId, QString zoneId, QString instanceType)
{
    auto test = co_await ecs::fetchSpotBacktest(
        m_backtestScope, client(), regionId, zoneId, instanceType);
    if (test.cancelled())
        co_return;
    m_backtesting.remove(ecs::SpotAdviceMatrix::key(zoneId, instanceType));
    m_model->setBacktest(zoneId, instanceType, test.ok() ? test.value() : ecs::SpotBacktest {});
    updateDetail();
}

void AdvisorPane::updateDetail()
{
    const auto [zone, type] = currentCell();
    m_create->setEnabled(!zone.isEmpty() && !m_readOnly);
    if (zone.isEmpty()) {
        m_detail->setText(tr("Pick a cell to see its back-test and your fleet's reclaims there."));
        return;
    }
    QString text = m_model->detailText(zone, type);
    if (m_backtesting.contains(ecs::SpotAdviceMatrix::key(zone, type)))
        text += u'\n' + tr("Back-testing a price limit over the last 30 days…");
    m_detail->setText(text);
}

} // namespace ecs::ui
