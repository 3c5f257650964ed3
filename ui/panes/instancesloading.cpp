// InstancesPane, the loading half: one bounded walk per region, each region's state, its retries
// with backoff, and what the banner and the stale rows say about failures.
#include "instancespane.h"

#include "ecsclient.h"
#include "models/instancesmodel.h"
#include "pager.h"
#include "widgets/errorbanner.h"

#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ecs::ui {

void InstancesPane::loadRegion(const QString &region)
{
    RegionLoad &load = m_regions[region];
    if (load.pager) {
        load.pager->cancel();
        load.pager->deleteLater();
    }
    const quint64 token = ++m_nextToken;
    load.token = token;
    load.state = RegionLoad::State::Loading;
    load.incoming.clear();
    // One bounded walk per region: pages from the size we ask for, a few requests at a time, a
    // TotalCount beyond reason refused (see ecs::Pager).
    ecs::PagerLimits limits;
    limits.pageSize = std::clamp(m_pageSize, 1, ops::DescribeInstances::kMaxResults);
    auto *pager = new ecs::Pager(client(), ecs::Pager::Mode::PageNumber, limits, this);
    load.pager = pager;
    pager->setRequest([region, size = limits.pageSize](const ecs::PageCursor &c) {
        return c.token.isEmpty() ? ops::DescribeInstances::requestPage(region, c.pageNumber, size)
                                 : ops::DescribeInstances::request(region, c.token, size);
    });
    pager->setReader([this, region, token](const ecs::PageCursor &,
                         const QJsonObject &body) -> Result<ecs::PageInfo> {
        auto page = ops::DescribeInstances::parse(body);
        if (!page.ok())
            return page.error();
        const auto it = m_regions.find(region);
        if (it != m_regions.end() && it->token == token)
            it->incoming.append(page->instances);
        return ecs::PageInfo { page->instances.size(), page->totalCount, page->nextToken, 0 };
    });
    connect(
        pager, &ecs::Pager::finished, this, [this, region, token] { regionLoaded(region, token); });
    connect(pager, &ecs::Pager::failed, this,
        [this, region, token](const ecs::ApiError &error) { regionFailed(region, token, error); });
    setBusy(true);
    updatePlaceholder();
    pager->start();
}

void InstancesPane::regionLoaded(const QString &region, quint64 token)
{
    const auto it = m_regions.find(region);
    if (it == m_regions.end() || it->token != token)
        return;
    it->state = RegionLoad::State::Loaded;
    it->failures = 0;
    it->error = {};
    if (it->pager)
        it->pager->deleteLater();
    it->pager = nullptr;
    m_byRegion.insert(region, std::exchange(it->incoming, {}));
    updateStale();
    showProblems();
    publishRegion(region, token, [this] { settled(); });
}

void InstancesPane::regionFailed(const QString &region, quint64 token, const ecs::ApiError &error)
{
    const auto it = m_regions.find(region);
    if (it == m_regions.end() || it->token != token || error.isCancelled())
        return;
    it->state = RegionLoad::State::Failed;
    it->error = error;
    it->incoming.clear();
    if (it->pager)
        it->pager->deleteLater();
    it->pager = nullptr;
    // This region alone is tried again, later each time: 2 s, 4 s, 8 s… up to a minute. When the
    // endpoint is back, it recovers without anyone pressing Retry.
    const int shift = std::min(it->failures, 16);
    ++it->failures;
    it->retryInMs = int(std::min<qint64>(m_retryMaxMs, qint64(m_retryInitialMs) << shift));
    QTimer::singleShot(it->retryInMs, this, [this, region, token] {
        const auto again = m_regions.find(region);
        if (again != m_regions.end() && again->token == token
            && again->state == RegionLoad::State::Failed)
            loadRegion(region);
    });
    updateStale();
    showProblems();
    Q_EMIT loadFailed(error);
    settled();
}

void InstancesPane::settled()
{
    bool failed = false;
    for (const RegionLoad &load : std::as_const(m_regions)) {
        if (load.state == RegionLoad::State::Loading)
            return;
        failed = failed || load.state == RegionLoad::State::Failed;
    }
    setBusy(false);
    m_everLoaded = true;
    updateCount();
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0); // the details panel is never blank when there is something to show
    resort(); // a refresh is when the table may re-sort (never under the pointer)
    if (!failed)
        Q_EMIT loaded();
    pollStatus();
}

void InstancesPane::showProblems()
{
    QList<std::pair<QString, ecs::ApiError>> failures;
    int retryInMs = 0;
    for (const QString &region : scope()) {
        const auto it = m_regions.constFind(region);
        if (it != m_regions.cend() && it->state == RegionLoad::State::Failed) {
            failures.append({ region, it->error });
            retryInMs = std::max(retryInMs, it->retryInMs);
        }
    }
    if (failures.isEmpty()) {
        clearError();
        return;
    }
    const int seconds = (retryInMs + 999) / 1000;
    if (failures.size() == 1) {
        errorBanner()->showError(
            tr("Could not load the instances of %1 (trying again in %n s)", "", seconds)
                .arg(failures.first().first),
            failures.first().second);
        return;
    }
    errorBanner()->showErrors(
        tr("Could not load the instances of %n region(s)", "", int(failures.size())), failures,
        tr("Each failed region is tried again by itself (next within %n s); greyed rows are from "
           "its last successful load.",
            "", seconds));
}

void InstancesPane::updateStale()
{
    QHash<QString, QString> reasons;
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it) {
        if (it->failures == 0)
            continue;
        const ecs::ApiError &e = it->error;
        reasons.insert(it.key(),
            e.requestId.isEmpty()
                ? tr("Not current: refreshing %1 failed (%2). This row is from its last "
                     "successful load.")
                      .arg(it.key(), e.title())
                : tr("Not current: refreshing %1 failed (%2, RequestId %3). This row is from its "
                     "last successful load.")
                      .arg(it.key(), e.title(), e.requestId));
    }
    m_model->setStaleRegions(reasons);
}

} // namespace ecs::ui
