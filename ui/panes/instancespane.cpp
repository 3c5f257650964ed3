#include "instancespane.h"

#include "ecsclient.h"
#include "models/instancesmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
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

namespace {

void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, { key });
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype n = 0; n < array.size(); ++n)
            addJson(item, QString::number(n + 1), array.at(n));
        if (array.isEmpty())
            item->setText(1, u"—"_s);
    } else {
        item->setText(
            1, value.isDouble() ? QString::number(value.toDouble()) : value.toVariant().toString());
    }
}

} // namespace

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
    filterEdit()->setPlaceholderText(tr("Filter by name, id, IP or tag  (Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter instances"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Instances"));
    m_view->setObjectName(u"instancesView"_s);
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = { 24, 26, 14, 18, 22, 6, 10, 16, 16, 14, 18, 18, 18, 18, 10, 30 };
    for (int c = 0; c < InstancesModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, em * widths[c]);
    m_view->sortByColumn(InstancesModel::NameColumn, Qt::AscendingOrder);

    m_details->setColumnCount(2);
    m_details->setHeaderLabels({ tr("Field"), tr("Value") });
    m_details->setAccessibleName(tr("Instance details"));
    m_details->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_details->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_details->setColumnWidth(0, em * 26);
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
    m_selectionSummary->setWordWrap(true);
    m_selectionSummary->setText(tr("Select an instance to see every field."));
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
    splitter->setStretchFactor(1, 1);
    setContent(splitter);

    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_allRegionsBox, &QCheckBox::toggled, this, &InstancesPane::setAllRegionsMode);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InstancesPane::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InstancesPane::selectionChanged);
    // A status change under a selected row changes what may be done with it.
    connect(
        m_model, &QAbstractItemModel::dataChanged, &m_selectionTimer, qOverload<>(&QTimer::start));
    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(0);
    connect(&m_selectionTimer, &QTimer::timeout, this, &InstancesPane::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstancesPane::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InstancesPane::showDetails);
    // A refresh may change thousands of rows: the details follow once, after the batch.
    m_pageTimer.setSingleShot(true);
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, &InstancesPane::readNextPage);
    m_detailsTimer.setSingleShot(true);
    m_detailsTimer.setInterval(0);
    connect(&m_detailsTimer, &QTimer::timeout, this, &InstancesPane::showDetails);
    connect(
        m_model, &QAbstractItemModel::dataChanged, &m_detailsTimer, qOverload<>(&QTimer::start));

    m_statusTimer.setInterval(2'000);
    connect(&m_statusTimer, &QTimer::timeout, this, &InstancesPane::pollStatus);
    m_fullTimer.setInterval(60'000);
    connect(&m_fullTimer, &QTimer::timeout, this, &InstancesPane::refresh);
    setEmptyText(tr("Choose a region to see its instances."));
}

void InstancesPane::setPollIntervals(int statusMs, int fullMs)
{
    m_statusTimer.setInterval(statusMs);
    m_fullTimer.setInterval(fullMs);
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

void InstancesPane::cancelAll()
{
    ++m_generation;
    m_polling = false;
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ecs::ApiCall> &call : calls)
        if (call)
            call->cancel();
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
    if (regions.isEmpty())
        return;
    cancelAll();
    clearError();
    // Regions that left the scope leave the table; the others stay until their fresh data lands.
    for (const QString &region : m_byRegion.keys())
        if (!regions.contains(region))
            m_byRegion.remove(region);
    publish();
    m_incoming.clear();
    m_regionsPending = int(regions.size());
    setBusy(true);
    m_pagesPending.clear();
    for (const QString &region : regions)
        fetchRegion(region, QString(), 1, m_generation);
    m_fullTimer.start();
}

void InstancesPane::fetchRegion(
    const QString &region, const QString &nextToken, int pageNumber, quint64 generation)
{
    const ApiRequest request = pageNumber > 0
        ? ops::DescribeInstances::requestPage(region, pageNumber)
        : ops::DescribeInstances::request(region, nextToken);
    ApiCall *call = client()->send(request);
    connect(call, &ApiCall::finished, this, [this, call, region, pageNumber, generation] {
        // Pages that arrive together are read one per event-loop turn, so that 28 pages landing
        // at once never hold the window still for their whole parse.
        m_pages.enqueue(
            { region, pageNumber, generation, call->ok(), call->response(), call->error() });
        if (!m_pageTimer.isActive())
            m_pageTimer.start();
    });
    track(call);
}

void InstancesPane::readNextPage()
{
    if (m_pages.isEmpty())
        return;
    const ArrivedPage page = m_pages.dequeue();
    if (!m_pages.isEmpty())
        m_pageTimer.start();
    if (page.generation != m_generation)
        return;
    pageArrived(page.region, page.pageNumber, page.generation,
        page.ok ? ops::DescribeInstances::parse(page.body)
                : Result<ops::DescribeInstances::Response>(page.error));
}

void InstancesPane::pageArrived(const QString &region, int pageNumber, quint64 generation,
    const Result<ops::DescribeInstances::Response> &result)
{
    if (!result.ok()) {
        cancelAll();
        setBusy(false);
        showError(tr("Could not load the instances of %1.").arg(region), result.error());
        return;
    }
    QList<ecs::Instance> &incoming = m_incoming[region];
    incoming.append(result->instances);
    if (pageNumber == 1 && result->totalCount > result->instances.size()
        && !result->instances.isEmpty()) {
        // The first page tells the total: every other page goes out at once.
        const int pageSize = int(result->instances.size());
        const int pages = (result->totalCount + pageSize - 1) / pageSize;
        m_pagesPending[region] = pages - 1;
        for (int page = 2; page <= pages; ++page)
            fetchRegion(region, QString(), page, generation);
        return;
    }
    if (pageNumber >= 2 && --m_pagesPending[region] > 0)
        return;
    // No total, but a token: pages follow one another.
    const bool unknownTotal = pageNumber == 0 || result->totalCount == 0;
    if (pageNumber <= 1 && unknownTotal && !result->nextToken.isEmpty()) {
        fetchRegion(region, result->nextToken, 0, generation);
        return;
    }
    m_byRegion.insert(region, m_incoming.take(region));
    publishRegion(region, generation, [this] { regionDone(); });
}

void InstancesPane::regionDone()
{
    if (--m_regionsPending > 0)
        return;
    setBusy(false);
    const QStringList regions = scope();
    setEmptyText(m_model->rowCount() > 0 ? QString()
            : regions.size() > 1         ? tr("No instances in any region.")
                                         : tr("No instances in %1.").arg(regions.value(0)));
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0); // the details panel is never blank when there is something to show
    Q_EMIT loaded();
    pollStatus();
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
    const QString &regionId, quint64 generation, const std::function<void()> &then)
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
    *step = [this, rows, inRegion, generation, then, self](qsizetype count) {
        if (generation != m_generation)
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
    if (m_polling || m_regionsPending > 0)
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
            m_polling = true;
            ApiCall *call = client()->call<ops::DescribeInstanceStatus>(
                ops::DescribeInstanceStatus::request(region, batch), this,
                [this, region, generation, batch](
                    const Result<ops::DescribeInstanceStatus::Response> &result) {
                    m_polling = false;
                    if (generation != m_generation || !result.ok())
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
    publish();
    updateCount();
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
        if (bar->actions().size() < 6)
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
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_details->clear();
    if (rows.size() > 1) {
        QMap<QString, int> byStatus;
        for (const QModelIndex &row : rows)
            ++byStatus[row.siblingAtColumn(InstancesModel::StatusColumn).data().toString()];
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts << u"%1 %2"_s.arg(it.value()).arg(it.key());
        m_selectionSummary->setText(
            tr("%1 instances selected: %2").arg(rows.size()).arg(parts.join(u", "_s)));
        return;
    }
    const QModelIndex current = rows.isEmpty() ? m_view->currentIndex() : rows.first();
    const int row = current.isValid() ? m_model->rowOf(current.data(KeyRole).toString()) : -1;
    if (row < 0) {
        m_selectionSummary->setText(tr("Select an instance to see every field."));
        return;
    }
    const ecs::Instance &i = m_model->rowAt(row);
    m_selectionSummary->setText(u"%1 · %2"_s.arg(i.instanceName, i.instanceId));
    auto *root = m_details->invisibleRootItem();
    const QJsonObject raw = i.raw();
    for (auto it = raw.begin(); it != raw.end(); ++it)
        addJson(root, it.key(), it.value());
}

void InstancesPane::updateCount()
{
    const int shown = m_proxy->rowCount();
    setCount(shown == m_model->rowCount()
            ? tr("%1 instances").arg(shown)
            : tr("%1 of %2 instances").arg(shown).arg(m_model->rowCount()));
}

} // namespace ecs::ui
