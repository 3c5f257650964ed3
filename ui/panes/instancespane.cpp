#include "instancespane.h"

#include "inventory/instanceinventory.h"
#include "models/instancesfilter.h"
#include "models/instancesmodel.h"
#include "widgets/errorbanner.h"
#include "widgets/sparklinedelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

/// A frame: what follows a re-sort (the first row selected, its record shown) waits this long.
constexpr int kDetailsAfterSortMs = 16;

/// A zero-delay single-shot timer: many triggers in one event-loop turn run `slot` once.
void coalesce(QTimer &timer, QObject *context, const std::function<void()> &slot)
{
    timer.setSingleShot(true);
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, context, slot);
}

/// Made with its source: the sort freeze and the view connect to both at once.
InstancesFilterProxy *filterProxyOf(InstancesModel *model, QObject *parent)
{
    auto *proxy = new InstancesFilterProxy(parent);
    proxy->setSourceModel(model);
    return proxy;
}

} // namespace

InstancesPane::InstancesPane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_inventory(new ecs::InstanceInventory(client, this))
    , m_fleet(new ecs::FleetScope(this))
    , m_model(new InstancesModel(this))
    , m_proxy(filterProxyOf(m_model, this))
    , m_view(makeTable(m_proxy, this))
    , m_details(new InstanceDetailsPanel(this))
    , m_allRegionsBox(new QCheckBox(tr("All regions"), this))
    , m_sortFreeze(new SortFreeze(m_view, m_proxy, this))
{
    setObjectName(u"instancesPane"_s);
    m_fleet->addMember({}, client, m_inventory);
    m_allRegionsBox->setToolTip(tr("Show the instances of every region"));
    controlsLayout()->addWidget(m_allRegionsBox);
    filterEdit()->setPlaceholderText(tr("Filter by name, id, IP; tag:key=value  (/ or Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter instances"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Instances"));
    m_view->setObjectName(u"instancesView"_s);
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = { 24, 26, 14, 18, 22, 6, 10, 16, 16, 14, 18, 18, 18, 18, 10, 30, 16, 16 };
    for (int c = 0; c < InstancesModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, em * widths[c]);
    // Whole ids, states and billing words: measured in their own fonts, not guessed in pixels.
    fitColumn(m_view, InstancesModel::InstanceIdColumn, u"i-bp1t2euwbkyr4v4kdztp"_s, true);
    fitColumn(
        m_view, InstancesModel::StatusColumn, tr("%1 (locked)").arg(u"Stopping"_s), false, true);
    fitColumn(m_view, InstancesModel::BillingColumn, InstancesModel::tr("Pay-as-you-go"));
    fitColumn(m_view, InstancesModel::CpuColumn, u"128"_s);
    fitColumn(m_view, InstancesModel::PublicIpColumn, u"255.255.255.255"_s, true);
    fitColumn(m_view, InstancesModel::PrivateIpColumn, u"192.168.255.255"_s, true);
    m_view->sortByColumn(InstancesModel::NameColumn, Qt::AscendingOrder);
    // The Profile column is shown while several profiles are in scope.
    m_view->setColumnHidden(InstancesModel::ProfileColumn, true);
    setUpColumnMenu();
    // The last hour's CPU of the rows on screen, asked through each row's profile.
    new CpuSparklineColumn(m_view, m_model, m_fleet, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"instancesSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setContent(splitter);

    connect(m_fleet, &ecs::FleetScope::changed, this, &InstancesPane::applyFleetChange);
    connect(m_fleet, &ecs::FleetScope::statusChanged, this, &InstancesPane::showRegionStatus);
    connect(m_fleet, &ecs::FleetScope::loadFailed, this,
        [this](const QString &, const QString &, const ecs::ApiError &error) {
            Q_EMIT loadFailed(error);
        });
    connect(m_fleet, &ecs::FleetScope::settled, this, &InstancesPane::settled);

    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text); // tag:key=value terms, then one token search
        updateCount();
        showDetails(); // a filter that hides the selected instance hides its details too
    });
    connect(m_allRegionsBox, &QCheckBox::toggled, this, &InstancesPane::setAllRegionsMode);
    QItemSelectionModel *selection = m_view->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &InstancesPane::showDetails);
    connect(
        selection, &QItemSelectionModel::selectionChanged, this, &InstancesPane::selectionChanged);
    // A status change under a selected row changes what may be done with it; rows the filter
    // hides leave the selection. A refresh may change thousands of rows: the details follow
    // once, after the batch.
    coalesce(m_selectionTimer, this, [this] { Q_EMIT selectionChanged(); });
    coalesce(m_detailsTimer, this, [this] { showDetails(); });
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_model),
             static_cast<QAbstractItemModel *>(m_proxy) }) {
        for (QTimer *timer : { &m_selectionTimer, &m_detailsTimer }) {
            connect(model, &QAbstractItemModel::dataChanged, timer, qOverload<>(&QTimer::start));
            connect(model, &QAbstractItemModel::rowsRemoved, timer, qOverload<>(&QTimer::start));
        }
    }
    // Whatever path adds or removes rows, the count and the empty state follow.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InstancesPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstancesPane::updateCount);
    connect(m_sortFreeze, &SortFreeze::resorted, this, &InstancesPane::updateCount);
    updatePlaceholder();
}

InstancesPane::~InstancesPane()
{
    // The fleet's signals reach this pane no more while its widgets go.
    disconnect(m_fleet, nullptr, this, nullptr);
}

void InstancesPane::setAllRegionsMode(bool all)
{
    if (m_allRegionsBox->isChecked() != all)
        m_allRegionsBox->setChecked(all); // re-enters through toggled()
    else
        refresh();
}

QStringList InstancesPane::scope() const
{
    if (m_allRegionsBox->isChecked() && !m_allRegions.isEmpty())
        return m_allRegions;
    return regionId().isEmpty() ? QStringList() : QStringList { regionId() };
}

void InstancesPane::refresh()
{
    // Regions that leave the scope leave the table; the others stay until their fresh data lands.
    applyFleetScope();
    m_fleet->refresh();
    showRegionStatus();
}

void InstancesPane::showRegionStatus()
{
    setBusy(m_fleet->isLoadingRegions());
    m_sortFreeze->setLoading(m_fleet->isLoadingRegions()); // sorted once, when the load ends
    updateStale();
    showProblems();
    updatePlaceholder();
}

void InstancesPane::settled()
{
    setBusy(false);
    m_sortFreeze->setLoading(false);
    // A load is when the table may re-sort (never under the pointer); the pane is loaded once
    // the rows are in their places.
    m_sortFreeze->resort([this] {
        updateCount();
        // The details panel is never blank when there is something to show. It fills in the
        // next frame: a re-sorted table and a new record in one paint held the window twice as
        // long.
        QTimer::singleShot(kDetailsAfterSortMs, this, [this] {
            if (m_fleet->isLoadingRegions())
                return; // another load began meanwhile: its own end says loaded
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->selectRow(0);
            if (m_fleet->failures().isEmpty())
                Q_EMIT loaded();
        });
    });
}

QList<ecs::Instance> InstancesPane::selectedInstances() const
{
    // By id: whatever order the rows are in by now, these are the instances the user chose.
    QList<ecs::Instance> out;
    // (Asked while rows are being removed, the key index may be a run behind: checked.)
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const QString key = row.data(KeyRole).toString();
        const int source = m_model->rowOf(key);
        if (source >= 0 && source < m_model->rowCount()
            && InstancesModel::keyFor(m_model->rowAt(source)) == key)
            out << m_model->rowAt(source);
    }
    return out;
}

void InstancesPane::setActions(const QList<QAction *> &actions, QAction *create)
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"instanceActionsBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    bar->setIconSize(QSize(icon, icon));
    auto *more = new QMenu(tr("More"), bar);
    for (QAction *action : actions) {
        addAction(action); // shortcuts work wherever the focus is in the pane
        if (bar->actions().size() < 4)
            bar->addAction(action);
        else
            more->addAction(action);
    }
    if (!more->isEmpty()) {
        QAction *moreAction = bar->addAction(tr("More"));
        moreAction->setMenu(more);
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(moreAction)))
            button->setPopupMode(QToolButton::InstantPopup);
    }
    actionsLayout()->addWidget(bar);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(create);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addActions(actions);
}

void InstancesPane::showDetails()
{
    // Only what is selected and visible: a row the filter hid leaves the panel with it, and the
    // current index moving to a neighbour never puts another instance there.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        QStringList statuses;
        for (const QModelIndex &row : rows)
            statuses << row.siblingAtColumn(InstancesModel::StatusColumn).data().toString();
        m_details->showSelection(statuses);
        return;
    }
    const int row = rows.isEmpty() ? -1 : m_model->rowOf(rows.first().data(KeyRole).toString());
    if (row < 0) {
        m_details->showNothing(m_proxy->rowCount() == 0 && m_model->rowCount() > 0
                ? tr("No instance matches the filter.")
                : tr("Select an instance to see its details."));
        return;
    }
    const ecs::Instance &i = m_model->rowAt(row);
    const QString title = m_fleet->memberIds().size() > 1
        ? tr("%1 · profile %2").arg(InstanceDetailsPanel::titleOf(i), m_model->profileOf(i).name)
        : InstanceDetailsPanel::titleOf(i);
    m_details->showInstance(i,
        m_model->isStale(i)
            ? tr("%1 (not current: the last refresh of %2 failed)").arg(title, i.regionId)
            : title);
}

void InstancesPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    setCount(shown == total ? tr("%n instance(s)", "", total)
                            : tr("%1 of %n instance(s)", "", total).arg(shown));
    updatePlaceholder();
}

void InstancesPane::updatePlaceholder()
{
    const QStringList regions = scope();
    const bool several = regions.size() > 1;
    QString text;
    if (regions.isEmpty()) {
        text = tr("Choose a region to see its instances.");
    } else if (m_model->rowCount() == 0) {
        const bool failed = m_fleet->anyRegionIn(ecs::RegionStatus::Load::Failed);
        text = m_fleet->anyRegionIn(ecs::RegionStatus::Load::Loading)
            ? tr("Loading the instances of %1…").arg(several ? tr("every region") : regions.first())
            : failed ? tr("The instances of %1 could not be loaded: see the message above.")
                           .arg(several ? tr("some regions") : regions.first())
            : several ? tr("No instances in any region.")
                      : tr("No instances in %1.").arg(regions.first());
    } else if (m_proxy->rowCount() == 0) {
        text = tr("No instance matches “%1”. Press Escape in the filter box to clear it.")
                   .arg(filterEdit()->text());
    }
    setEmptyText(text);
}

} // namespace ecs::ui
