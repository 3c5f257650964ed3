#include "regionspane.h"

#include "ecsclient.h"
#include "inventory/catalogue.h"
#include "models/regionsmodel.h"
#include "resourcepane.h"
#include "types/region.h"
#include "widgets/errorbanner.h"
#include "widgets/zonedetails.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

RegionsPane::RegionsPane(ecs::EcsClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_regions(new RegionsModel(this))
    , m_zones(new ZonesModel(this))
    , m_regionsProxy(ResourcePane::makeProxy(m_regions, this))
    , m_zonesProxy(ResourcePane::makeProxy(m_zones, this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_regionsView(ResourcePane::makeTable(m_regionsProxy, this))
    , m_zonesView(ResourcePane::makeTable(m_zonesProxy, this))
    , m_zonesTitle(new QLabel(this))
    , m_zoneDetails(new ZoneDetails(this))
    , m_regionsScope(this)
    , m_zonesScope(this)
{
    setObjectName(u"regionsPane"_s);
    m_filter->setPlaceholderText(tr("Filter regions by id, name or endpoint  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter regions"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_count->setAccessibleName(tr("Region count"));

    auto *filterShortcut = new QShortcut(QKeySequence::Find, this);
    connect(filterShortcut, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        ResourcePane::setTextQuery(m_regionsProxy, text);
        updateCount();
    });

    m_regionsView->setAccessibleName(tr("Regions"));
    m_regionsView->setObjectName(u"regionsView"_s);
    m_regionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_zonesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regionsView->sortByColumn(RegionsModel::RegionIdColumn, Qt::AscendingOrder);
    m_regionsView->sortByColumn(
        -1, Qt::AscendingOrder); // keep the service's order until the user sorts
    // Samples of the longest ids and names the service has today.
    ResourcePane::fitColumn(m_regionsView, RegionsModel::RegionIdColumn, u"cn-zhangjiakou"_s, true);
    ResourcePane::fitColumn(
        m_regionsView, RegionsModel::NameColumn, u"China (Nanjing - Local Region)"_s);
    ResourcePane::fitColumn(
        m_regionsView, RegionsModel::EndpointColumn, u"ecs.ap-northeast-1.aliyuncs.com"_s, true);
    m_zonesView->setAccessibleName(tr("Zones"));
    m_zonesView->setObjectName(u"zonesView"_s);
    ResourcePane::fitColumn(m_zonesView, ZonesModel::ZoneIdColumn, u"ap-southeast-1a"_s, true);
    ResourcePane::fitColumn(m_zonesView, ZonesModel::NameColumn, u"Hangzhou Zone B"_s);
    ResourcePane::fitColumn(
        m_zonesView, ZonesModel::TypeColumn, ZonesModel::tr("Availability zone"));
    ResourcePane::fitColumn(m_zonesView, ZonesModel::InstanceTypesColumn, u"000"_s);
    // Too long for a cell beside the regions, or the same for nearly every zone: the details
    // below show them in full.
    m_zonesView->hideColumn(ZonesModel::DiskCategoriesColumn);
    m_zonesView->hideColumn(ZonesModel::TypeColumn);
    m_zonesView->sortByColumn(ZonesModel::ZoneIdColumn, Qt::AscendingOrder);
    m_zonesTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_zonesTitle->font();
    titleFont.setBold(true);
    m_zonesTitle->setFont(titleFont);

    auto *zonesPanel = new QWidget(this);
    auto *zonesLayout = new QVBoxLayout(zonesPanel);
    zonesLayout->setContentsMargins(0, 0, 0, 0);
    zonesLayout->addWidget(m_zonesTitle);
    zonesLayout->addWidget(m_zonesView, 1);
    // A region has a handful of zones: the table gets room for about that many and the selected
    // zone's details take the rest, instead of an empty table.
    auto *zonesSplitter = new QSplitter(Qt::Vertical, this);
    zonesSplitter->setObjectName(u"zonesSplitter"_s);
    zonesSplitter->addWidget(zonesPanel);
    zonesSplitter->addWidget(m_zoneDetails);
    zonesSplitter->setChildrenCollapsible(false);
    const int rowHeight = m_zonesView->verticalHeader()->defaultSectionSize();
    zonesSplitter->setSizes({ rowHeight * 9, rowHeight * 12 });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"regionsSplitter"_s);
    splitter->addWidget(m_regionsView);
    splitter->addWidget(zonesSplitter);
    splitter->setChildrenCollapsible(false);
    // The regions get the width their columns need (no sideways scrolling at the default window
    // size); the zones and their details take the rest, and any growth goes to both.
    // The status has a dot in front of its word.
    ResourcePane::fitColumn(
        m_regionsView, RegionsModel::StatusColumn, RegionsModel::tr("Available"), false, true);
    auto tableWidth = [](QTableView *view) {
        int width = view->frameWidth() * 2 + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        for (int column = 0; column < view->model()->columnCount(); ++column)
            if (!view->isColumnHidden(column))
                width += view->columnWidth(column);
        return width;
    };
    splitter->setSizes({ tableWidth(m_regionsView), tableWidth(m_zonesView) });
    // On a small screen the regions give way (their endpoint column scrolls) and the zones keep
    // the width their columns need.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_emptyState);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_busy);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &RegionsPane::refresh);
    connect(m_regionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                loadZones(current.data(KeyRole).toString(), false);
        });
    connect(m_zonesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RegionsPane::showZoneDetails);
    // Enter or a double click makes the region the one every other pane works in.
    connect(m_regionsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString regionId = index.data(KeyRole).toString();
        if (regionId.isEmpty())
            return;
        Q_EMIT regionActivated(regionId);
        ResourcePane::confirm(this, tr("Working in %1 now.").arg(regionId));
    });
    updateState();
}

QString RegionsPane::selectedRegionId() const
{
    return m_regionsView->selectionModel()->currentIndex().data(KeyRole).toString();
}

bool RegionsPane::selectRegion(const QString &regionId)
{
    const int row = m_regions->rowOf(regionId);
    if (row < 0)
        return false;
    const QModelIndex index = m_regionsProxy->mapFromSource(m_regions->index(row, 0));
    if (!index.isValid())
        return false;
    m_regionsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_regionsView->scrollTo(index);
    return true;
}

bool RegionsPane::isLoading() const
{
    return m_loadingRegions || m_loadingZones;
}

void RegionsPane::refresh()
{
    loadRegions();
}

QCoro::Task<> RegionsPane::loadRegions()
{
    m_regionsScope.renew();
    m_banner->hide();
    m_regionsLoaded = false;
    m_loadingRegions = true;
    updateState();
    const auto regions = co_await ecs::Catalogue::of(m_client)->regions(
        m_regionsScope, ecs::Catalogue::Fetch::Fresh);
    if (regions.cancelled())
        co_return;
    m_loadingRegions = false;
    if (!regions.ok()) {
        m_banner->showError(tr("Could not load the regions."), regions.error());
        Q_EMIT loadFailed(regions.error());
        updateState();
        co_return;
    }
    m_regions->setRegions(regions.value());
    m_regionsLoaded = true;
    updateCount();
    const QString current = selectedRegionId();
    if (current.isEmpty() && m_regionsProxy->rowCount() > 0) {
        // The profile's region when there is one, else the first.
        if (!selectRegion(m_preferredRegion))
            selectRegion(m_regionsProxy->index(0, 0).data(KeyRole).toString());
    } else if (!current.isEmpty()) {
        loadZones(current, true); // zones may have changed too
    }
    updateState();
    if (m_regions->rowCount() == 0)
        Q_EMIT loaded();
}

QCoro::Task<> RegionsPane::loadZones(QString regionId, bool fresh)
{
    m_zonesScope.renew(); // the user moved on: an older answer would be stale
    if (regionId != m_zonesRegion) {
        m_zones->clear();
        showZoneDetails();
    }
    m_zonesRegion = regionId;
    const int row = m_regions->rowOf(regionId);
    const QString name = row >= 0 ? m_regions->rowAt(row).localName : regionId;
    m_zonesTitle->setText(tr("Zones in %1 (%2)").arg(name, regionId));
    m_loadingZones = true;
    updateState();
    const auto zones = co_await ecs::Catalogue::of(m_client)->zones(m_zonesScope, regionId,
        fresh ? ecs::Catalogue::Fetch::Fresh : ecs::Catalogue::Fetch::Cached);
    if (zones.cancelled())
        co_return;
    m_loadingZones = false;
    if (!zones.ok()) {
        m_banner->showError(tr("Could not load the zones of %1.").arg(regionId), zones.error());
        Q_EMIT loadFailed(zones.error());
        updateState();
        co_return;
    }
    m_zones->setZones(zones.value());
    // The first zone's details, unless the user picked one; a kept one may have changed.
    if (!m_zonesView->selectionModel()->currentIndex().isValid() && m_zonesProxy->rowCount() > 0)
        m_zonesView->selectionModel()->setCurrentIndex(m_zonesProxy->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showZoneDetails();
    updateState();
    if (m_regionsLoaded)
        Q_EMIT loaded();
}

void RegionsPane::showZoneDetails()
{
    const QModelIndex current = m_zonesView->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_zones->rowOf(current.data(KeyRole).toString()) : -1;
    m_zoneDetails->setZone(row >= 0 ? &m_zones->rowAt(row) : nullptr);
}

void RegionsPane::updateCount()
{
    const int shown = m_regionsProxy->rowCount();
    const int total = m_regions->rowCount();
    const QString regions = tr("%n region(s)", "", total);
    m_count->setText(shown == total ? regions : tr("%1 of %2").arg(shown).arg(regions));
}

void RegionsPane::updateState()
{
    m_busy->setVisible(isLoading());
    if (m_regions->rowCount() > 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_emptyState->setText(m_loadingRegions ? tr("Loading regions…")
            : !m_banner->isHidden()
            ? tr("No regions to show yet. Retry above once the problem is solved.")
            : tr("This account sees no regions."));
    m_stack->setCurrentIndex(m_regionsLoaded || m_loadingRegions || !m_banner->isHidden() ? 1 : 0);
}

} // namespace ecs::ui
