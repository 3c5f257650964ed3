#include "instancespane.h"

#include "ecsclient.h"
#include "instancedetails.h"
#include "models/instancesmodel.h"
#include "pager.h"
#include "widgets/errorbanner.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

InstancesPane::InstancesPane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_model(new InstancesModel(this))
    , m_proxy(makeProxy(m_model, this))
    , m_view(makeTable(m_proxy, this))
    , m_details(new QTreeWidget(this))
    , m_selectionSummary(new QLabel(this))
    , m_allRegionsBox(new QCheckBox(tr("All regions"), this))
    , m_statusTimer(this)
    , m_fullTimer(this)
{
    setObjectName(u"instancesPane"_s);
    m_allRegionsBox->setToolTip(tr("Show the instances of every region"));
    controlsLayout()->addWidget(m_allRegionsBox);
    filterEdit()->setPlaceholderText(tr("Filter by name, id, IP or tag  (/ or Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter instances"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Instances"));
    m_view->setObjectName(u"instancesView"_s);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = { 24, 26, 14, 18, 22, 6, 10, 16, 16, 14, 18, 18, 18, 18, 10, 30 };
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

    m_details->setColumnCount(2);
    m_details->setHeaderLabels({ tr("Field"), tr("Value") });
    m_details->setAccessibleName(tr("Instance details"));
    m_details->setObjectName(u"instanceDetails"_s);
    m_details->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_details->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_details->setColumnWidth(0, em * 16);
    m_details->setTextElideMode(Qt::ElideMiddle); // an id keeps both its ends
    // Every field copyable: Ctrl+C or the context menu copies the selected rows as "Field: Value".
    auto *copy = new QAction(tr("&Copy"), m_details);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_details->addAction(copy);
    m_details->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, m_details, [this] {
        QStringList lines;
        for (const QTreeWidgetItem *item : m_details->selectedItems())
            lines << (item->text(1).isEmpty() ? item->text(0)
                                              : item->text(0) + u": "_s + item->text(1));
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
    m_selectionSummary->setObjectName(u"instanceSummary"_s);
    m_selectionSummary->setWordWrap(true);
    m_selectionSummary->setText(tr("Select an instance to see its details."));
    m_selectionSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsPanel = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPanel);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_selectionSummary);
    detailsLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"instancesSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setContent(splitter);

    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        setTextQuery(m_proxy, text); // one token search, as in every pane
        updateCount();
        showDetails(); // a filter that hides the selected instance hides its details too
    });
    connect(m_allRegionsBox, &QCheckBox::toggled, this, &InstancesPane::setAllRegionsMode);
    QItemSelectionModel *selection = m_view->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &InstancesPane::showDetails);
    connect(
        selection, &QItemSelectionModel::selectionChanged, this, &InstancesPane::selectionChanged);
    // Never from inside the proxy's own change (a filter dropping the selected row): queued.
    m_freezeTimer.setSingleShot(true);
    m_freezeTimer.setInterval(0);
    connect(&m_freezeTimer, &QTimer::timeout, this, &InstancesPane::updateSortFreeze);
    connect(selection, &QItemSelectionModel::selectionChanged, &m_freezeTimer,
        qOverload<>(&QTimer::start));
    // A status change under a selected row changes what may be done with it; rows the filter
    // hides leave the selection.
    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(0);
    connect(&m_selectionTimer, &QTimer::timeout, this, &InstancesPane::selectionChanged);
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_model),
             static_cast<QAbstractItemModel *>(m_proxy) }) {
        connect(model, &QAbstractItemModel::dataChanged, &m_selectionTimer,
            qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsRemoved, &m_selectionTimer,
            qOverload<>(&QTimer::start));
    }
    // Whatever path adds or removes rows (a load, a refetch, the wizard's new instances), the
    // count and the empty state follow.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InstancesPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstancesPane::updateCount);
    // A refresh may change thousands of rows: the details follow once, after the batch.
    m_detailsTimer.setSingleShot(true);
    m_detailsTimer.setInterval(0);
    connect(&m_detailsTimer, &QTimer::timeout, this, &InstancesPane::showDetails);
    connect(
        m_model, &QAbstractItemModel::dataChanged, &m_detailsTimer, qOverload<>(&QTimer::start));
    connect(
        m_proxy, &QAbstractItemModel::rowsRemoved, &m_detailsTimer, qOverload<>(&QTimer::start));
    // Live changes under a selection re-sort after a pause, never under the pointer.
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(1'500);
    connect(&m_resortTimer, &QTimer::timeout, this, &InstancesPane::resort);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_proxy->dynamicSortFilter() && !m_pointerInView && !m_resortTimer.isActive())
            m_resortTimer.start();
    });

    m_statusTimer.setInterval(2'000);
    connect(&m_statusTimer, &QTimer::timeout, this, &InstancesPane::pollStatus);
    m_fullTimer.setInterval(60'000);
    connect(&m_fullTimer, &QTimer::timeout, this, &InstancesPane::refresh);
    updatePlaceholder();
}

InstancesPane::~InstancesPane()
{
    cancelAll();
}

void InstancesPane::setPollIntervals(int statusMs, int fullMs)
{
    m_statusTimer.setInterval(statusMs);
    m_fullTimer.setInterval(fullMs);
}

void InstancesPane::setRetryBackoff(int initialMs, int maxMs)
{
    m_retryInitialMs = std::max(1, initialMs);
    m_retryMaxMs = std::max(m_retryInitialMs, maxMs);
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

bool InstancesPane::isLoading() const
{
    for (const RegionLoad &load : m_regions)
        if (load.state == RegionLoad::State::Loading)
            return true;
    return !m_calls.isEmpty();
}

QHash<QString, ecs::ApiError> InstancesPane::failedRegions() const
{
    QHash<QString, ecs::ApiError> out;
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it)
        if (it->state == RegionLoad::State::Failed)
            out.insert(it.key(), it->error);
    return out;
}

void InstancesPane::cancelAll()
{
    ++m_generation;
    m_pollsInFlight = 0;
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ecs::ApiCall> &call : calls)
        if (call)
            call->cancel();
    for (RegionLoad &load : m_regions) {
        load.token = ++m_nextToken; // drops the walk's answers and any scheduled retry
        if (load.pager) {
            load.pager->cancel();
            load.pager->deleteLater();
        }
        load.pager = nullptr;
        load.incoming.clear();
        if (load.state == RegionLoad::State::Loading)
            load.state = RegionLoad::State::Idle;
    }
}

void InstancesPane::track(ecs::ApiCall *call)
{
    m_calls.append(call);
    connect(call, &ApiCall::finished, this,
        [this, call] { m_calls.removeAll(QPointer<ecs::ApiCall>(call)); });
}

void InstancesPane::refresh()
{
    const QStringList regions = scope();
    if (regions.isEmpty()) {
        updatePlaceholder();
        return;
    }
    cancelAll();
    // Regions that left the scope leave the table; the others stay until their fresh data lands.
    for (const QString &region : m_byRegion.keys())
        if (!regions.contains(region))
            m_byRegion.remove(region);
    for (const QString &region : m_regions.keys())
        if (!regions.contains(region))
            m_regions.remove(region);
    publish();
    for (const QString &region : regions)
        loadRegion(region);
    m_fullTimer.start();
}

void InstancesPane::publish()
{
    QList<ecs::Instance> all;
    for (auto it = m_byRegion.cbegin(); it != m_byRegion.cend(); ++it)
        all.append(it.value());
    m_model->setRows(all);
    published();
}

void InstancesPane::publishRegion(
    const QString &regionId, quint64 token, const std::function<void()> &then)
{
    // One region's answer touches only that region's rows: 10,000 instances in 27 regions are
    // 27 small merges, not 27 passes over everything.
    const auto inRegion = [regionId](const ecs::Instance &i) { return i.regionId == regionId; };
    const QList<ecs::Instance> rows = m_byRegion.value(regionId);
    const bool shown = std::any_of(m_model->rows().cbegin(), m_model->rows().cend(), inRegion);
    constexpr qsizetype kChunk = 500;
    if (shown || rows.size() <= kChunk) {
        m_model->mergeRows(rows, inRegion);
        published();
        then();
        return;
    }
    // A big region seen for the first time goes in by chunks, one per event-loop turn, so that
    // sorting thousands of new rows into the view never holds the window still. (A refresh
    // merges at once: removing rows not yet reached would lose the selection.)
    // The pending turn holds the only strong reference: no cycle, nothing left behind.
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    const std::weak_ptr<std::function<void(qsizetype)>> self = step;
    *step = [this, regionId, rows, inRegion, token, then, self](qsizetype count) {
        const auto it = m_regions.constFind(regionId);
        if (it == m_regions.cend() || it->token != token)
            return; // a newer fetch publishes its own answer
        m_model->mergeRows(rows.mid(0, count), inRegion);
        published();
        if (count >= rows.size()) {
            then();
            return;
        }
        QTimer::singleShot(0, this, [next = self.lock(), count] { (*next)(count + kChunk); });
    };
    (*step)(kChunk);
}

void InstancesPane::published()
{
    updateCount();
    bool transitional = false;
    for (const ecs::Instance &i : m_model->rows())
        if (i.isTransitional()) {
            transitional = true;
            break;
        }
    if (transitional && !m_statusTimer.isActive())
        m_statusTimer.start();
    else if (!transitional)
        m_statusTimer.stop();
}

void InstancesPane::pollStatus()
{
    // One round at a time: the next starts only when every batch of this one has answered.
    if (m_pollsInFlight > 0)
        return;
    for (const RegionLoad &load : std::as_const(m_regions))
        if (load.state == RegionLoad::State::Loading)
            return;
    // Only what is changing, per region, 50 ids a call.
    QHash<QString, QStringList> changing;
    for (const ecs::Instance &i : m_model->rows())
        if (i.isTransitional())
            changing[i.regionId].append(i.instanceId);
    if (changing.isEmpty()) {
        m_statusTimer.stop();
        return;
    }
    const quint64 generation = m_generation;
    for (auto it = changing.cbegin(); it != changing.cend(); ++it) {
        const QString region = it.key();
        for (qsizetype first = 0; first < it->size();
             first += ops::DescribeInstanceStatus::kMaxIds) {
            const QStringList batch = it->mid(first, ops::DescribeInstanceStatus::kMaxIds);
            ++m_pollsInFlight;
            ApiCall *call = client()->call<ops::DescribeInstanceStatus>(
                ops::DescribeInstanceStatus::request(region, batch), this,
                [this, region, generation, batch](
                    const Result<ops::DescribeInstanceStatus::Response> &result) {
                    if (generation != m_generation)
                        return; // cancelled: cancelAll() reset the count
                    --m_pollsInFlight;
                    if (!result.ok())
                        return; // the next tick or the full refresh will try again
                    QStringList moved = batch;
                    for (const auto &[id, status] : result.value()) {
                        const int row = m_model->rowOf(id);
                        if (row < 0 || m_model->rowAt(row).status == status)
                            moved.removeAll(id);
                    }
                    // What remains changed, or vanished from the answer (released): refetch.
                    if (!moved.isEmpty())
                        refetch(region, moved);
                });
            track(call);
        }
    }
}

void InstancesPane::refetch(const QString &region, const QStringList &ids)
{
    const quint64 generation = m_generation;
    ApiCall *call = client()->call<ops::DescribeInstances>(
        ops::DescribeInstances::byIds(region, ids), this,
        [this, generation, region, ids](const Result<ops::DescribeInstances::Response> &result) {
            if (generation != m_generation || !result.ok())
                return;
            replaceInstances(region, ids, result->instances);
        });
    track(call);
}

void InstancesPane::replaceInstances(
    const QString &regionId, const QStringList &requested, const QList<ecs::Instance> &updated)
{
    if (!m_byRegion.contains(regionId))
        return; // a region this pane does not show
    QList<ecs::Instance> &list = m_byRegion[regionId];
    QSet<QString> answered;
    for (const ecs::Instance &fresh : updated) {
        if (!requested.contains(fresh.instanceId))
            continue; // only what was asked for: an answer cannot add strangers
        answered.insert(fresh.instanceId);
        auto it = std::find_if(list.begin(), list.end(),
            [&](const ecs::Instance &i) { return i.instanceId == fresh.instanceId; });
        if (it != list.end())
            *it = fresh;
        else
            list.append(fresh); // just created
    }
    list.removeIf([&](const ecs::Instance &i) {
        return requested.contains(i.instanceId) && !answered.contains(i.instanceId);
    });
    const auto inRegion = [regionId](const ecs::Instance &i) { return i.regionId == regionId; };
    m_model->mergeRows(list, inRegion);
    published();
}

void InstancesPane::watch(const QString &regionId, const QStringList &instanceIds)
{
    if (!m_byRegion.contains(regionId) || instanceIds.isEmpty())
        return;
    for (qsizetype first = 0; first < instanceIds.size();
         first += ops::DescribeInstances::kMaxResults)
        refetch(regionId, instanceIds.mid(first, ops::DescribeInstances::kMaxResults));
}

QList<ecs::Instance> InstancesPane::selectedInstances() const
{
    // By id: whatever order the rows are in by now, these are the instances the user chose.
    QList<ecs::Instance> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const int source = m_model->rowOf(row.data(KeyRole).toString());
        if (source >= 0)
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
        m_details->clear();
        QMap<QString, int> byStatus;
        for (const QModelIndex &row : rows)
            ++byStatus[row.siblingAtColumn(InstancesModel::StatusColumn).data().toString()];
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts << u"%1 %2"_s.arg(it.value()).arg(it.key());
        m_selectionSummary->setText(
            tr("%n instance(s) selected: %1", "", int(rows.size())).arg(parts.join(u", "_s)));
        return;
    }
    const int row = rows.isEmpty() ? -1 : m_model->rowOf(rows.first().data(KeyRole).toString());
    if (row < 0) {
        m_details->clear();
        m_selectionSummary->setText(m_proxy->rowCount() == 0 && m_model->rowCount() > 0
                ? tr("No instance matches the filter.")
                : tr("Select an instance to see its details."));
        return;
    }
    const ecs::Instance &i = m_model->rowAt(row);
    const QString title
        = i.instanceName.isEmpty() ? i.instanceId : u"%1 · %2"_s.arg(i.instanceName, i.instanceId);
    m_selectionSummary->setText(m_model->isStale(i)
            ? tr("%1 (not current: the last refresh of %2 failed)").arg(title, i.regionId)
            : title);
    showInstanceDetails(m_details, i);
    // Whole field names, as long as the values keep more than half the panel.
    m_details->resizeColumnToContents(0);
    m_details->setColumnWidth(
        0, std::min(m_details->columnWidth(0), m_details->viewport()->width() / 2));
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
    const QString where = regions.size() > 1 ? tr("any region") : regions.value(0);
    QString text;
    if (regions.isEmpty()) {
        text = tr("Choose a region to see its instances.");
    } else if (m_model->rowCount() == 0) {
        bool loading = false;
        bool failed = false;
        for (const QString &region : regions) {
            const auto it = m_regions.constFind(region);
            loading
                = loading || (it != m_regions.cend() && it->state == RegionLoad::State::Loading);
            failed = failed || (it != m_regions.cend() && it->state == RegionLoad::State::Failed);
        }
        text = loading ? tr("Loading the instances of %1…")
                             .arg(regions.size() > 1 ? tr("every region") : regions.value(0))
            : failed ? tr("The instances of %1 could not be loaded: see the message above.")
                           .arg(regions.size() > 1 ? tr("some regions") : regions.value(0))
            : regions.size() > 1 ? tr("No instances in any region.")
                                 : tr("No instances in %1.").arg(where);
    } else if (m_proxy->rowCount() == 0) {
        text = tr("No instance matches “%1”. Press Escape in the filter box to clear it.")
                   .arg(filterEdit()->text());
    }
    setEmptyText(text);
}

void InstancesPane::updateSortFreeze()
{
    const bool freeze = m_pointerInView || m_view->selectionModel()->hasSelection();
    if (freeze == !m_proxy->dynamicSortFilter())
        return;
    if (freeze) {
        m_proxy->setDynamicSortFilter(false);
        return;
    }
    m_resortTimer.stop();
    m_proxy->setDynamicSortFilter(true);
    m_proxy->invalidate(); // what changed while frozen takes its place now
}

void InstancesPane::resort()
{
    if (m_pointerInView || m_proxy->dynamicSortFilter())
        return; // live sorting is on, or someone is pointing at the rows
    // The selection and the current row follow their instances (persistent indexes).
    m_proxy->invalidate();
    updateCount();
}

bool InstancesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Enter:
        case QEvent::MouseMove:
        case QEvent::HoverEnter:
        case QEvent::HoverMove:
            if (!m_pointerInView) {
                m_pointerInView = true;
                m_resortTimer.stop();
                updateSortFreeze();
            }
            break;
        case QEvent::Leave:
        case QEvent::HoverLeave:
            if (m_pointerInView) {
                m_pointerInView = false;
                updateSortFreeze();
                if (!m_proxy->dynamicSortFilter())
                    m_resortTimer.start(); // after a pause, the changes take their places
            }
            break;
        default:
            break;
        }
    }
    return ResourcePane::eventFilter(watched, event);
}

} // namespace ecs::ui
