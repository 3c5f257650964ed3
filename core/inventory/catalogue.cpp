#include "catalogue.h"

#include "ecsclient.h"
#include "pager.h"

#include <QJsonObject>

#include <map>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

// Bounds on what the service may make us fetch, whatever it says: the whole type catalogue is
// about a thousand entries, a region's images a few thousand at most.
// The type walk follows NextToken even after a short page (pageSize 0: pages are not judged
// short), since a service may answer fewer than MaxResults per page; pages and items stay bounded.
constexpr int kTypesPerPage = 1600;
constexpr PagerLimits kTypeLimits { 0, 20, 30'000, 1 };
constexpr qint64 kMaxImages = 20'000;

QString imageKey(const QString &regionId, const Catalogue::ImageQuery &query)
{
    return u"%1|%2|%3|%4|%5"_s.arg(regionId, query.filter.ownerAlias, query.filter.osType,
        query.filter.architecture, QString::number(query.pageSize));
}

QString stockKey(const QString &regionId, ChargeType chargeType, SpotStrategy spotStrategy)
{
    return u"%1|%2|%3"_s.arg(regionId, toWire(chargeType), toWire(spotStrategy));
}

/// The handler, reading one zone's part of a region's answer when `zoneId` is given.
CatalogueHandler<QList<ZoneStock>> zoneOnly(
    const QString &zoneId, CatalogueHandler<QList<ZoneStock>> handler)
{
    if (zoneId.isEmpty())
        return handler;
    return [zoneId, handler = std::move(handler)](const Result<QList<ZoneStock>> &all) {
        if (!all.ok())
            return handler(all);
        QList<ZoneStock> zone;
        for (const ZoneStock &z : all.value())
            if (z.zoneId == zoneId)
                zone << z;
        handler(zone);
    };
}

template<typename T>
std::optional<T> keptValue(const QHash<QString, Catalogue::Entry<T>> &entries, const QString &key)
{
    // An answer being fetched again is not handed out: the asker waits for the fresh one.
    const auto it = entries.constFind(key);
    return it == entries.cend() || it->loading ? std::nullopt : it->value;
}

} // namespace

Catalogue::Catalogue(EcsClient *client)
    : QObject(client)
    , m_client(client)
{ }

Catalogue::~Catalogue()
{
    // Nobody is left waiting for ever: coroutines resume with Cancelled and return.
    const auto cancelAll = [](auto &entries) {
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            for (const auto &[context, handler] : std::exchange(it->waiters, {}))
                if (context)
                    handler(ApiError::make(ApiError::Kind::Cancelled, {}));
        }
    };
    cancelAll(m_regions);
    cancelAll(m_zones);
    cancelAll(m_types);
    cancelAll(m_images);
    cancelAll(m_stock);
}

Catalogue *Catalogue::of(EcsClient *client)
{
    if (!client)
        return nullptr;
    if (auto *kept = client->findChild<Catalogue *>(QString(), Qt::FindDirectChildrenOnly))
        return kept;
    return new Catalogue(client);
}

template<typename T, typename Fetcher>
void Catalogue::ask(QHash<QString, Entry<T>> &entries, const QString &key, QObject *context,
    CatalogueHandler<T> handler, Fetch fetch, Fetcher fetcher)
{
    Entry<T> &entry = entries[key];
    if (entry.value && fetch == Fetch::Cached && !entry.loading) {
        const Result<T> kept(*entry.value);
        handler(kept);
        return;
    }
    entry.waiters.append({ QPointer<QObject>(context), std::move(handler) });
    if (entry.loading)
        return; // one request for every asker
    entry.loading = true;
    fetcher();
}

template<typename T>
void Catalogue::answer(
    QHash<QString, Entry<T>> &entries, const QString &key, const Result<T> &result)
{
    auto it = entries.find(key);
    if (it == entries.end())
        return;
    it->loading = false;
    // A failure is not kept (an answer from before stays): the next ask fetches again.
    if (result.ok())
        it->value = result.value();
    const auto waiters = std::exchange(it->waiters, {});
    // `it` may be invalid from here: a handler may ask again.
    for (const auto &[context, handler] : waiters)
        if (context)
            handler(result);
}

void Catalogue::regions(QObject *context, CatalogueHandler<QList<Region>> handler, Fetch fetch)
{
    ask(m_regions, QString(), context, std::move(handler), fetch, [this] { fetchRegions(); });
}

void Catalogue::zones(
    const QString &regionId, QObject *context, CatalogueHandler<QList<Zone>> handler, Fetch fetch)
{
    ask(m_zones, regionId, context, std::move(handler), fetch,
        [this, regionId] { fetchZones(regionId, regionId); });
}

void Catalogue::instanceTypes(
    QObject *context, CatalogueHandler<QList<InstanceTypeInfo>> handler, Fetch fetch)
{
    ask(m_types, QString(), context, std::move(handler), fetch, [this] { fetchTypes(); });
}

void Catalogue::images(const QString &regionId, const ImageQuery &query, QObject *context,
    CatalogueHandler<QList<Image>> handler, Fetch fetch)
{
    const QString key = imageKey(regionId, query);
    ask(m_images, key, context, std::move(handler), fetch,
        [this, key, regionId, query] { fetchImages(key, regionId, query); });
}

void Catalogue::availableResources(const QString &regionId, ChargeType chargeType,
    SpotStrategy spotStrategy, QObject *context, CatalogueHandler<QList<ZoneStock>> handler,
    Fetch fetch, const QString &zoneId)
{
    const QString key = stockKey(regionId, chargeType, spotStrategy);
    ask(m_stock, key, context, zoneOnly(zoneId, std::move(handler)), fetch,
        [this, key, regionId, chargeType, spotStrategy] {
            fetchStock(key, regionId, chargeType, spotStrategy);
        });
}

CatalogueAwaiter<QList<Region>> Catalogue::regions(CallScope &scope, Fetch fetch)
{
    return { scope.context(),
        [this, fetch]() -> std::optional<QList<Region>> {
            return fetch == Fetch::Cached ? keptValue(m_regions, QString()) : std::nullopt;
        },
        [this, fetch](QObject *context, CatalogueHandler<QList<Region>> handler) {
            regions(context, std::move(handler), fetch);
        } };
}

CatalogueAwaiter<QList<Zone>> Catalogue::zones(
    CallScope &scope, const QString &regionId, Fetch fetch)
{
    return { scope.context(),
        [this, regionId, fetch]() -> std::optional<QList<Zone>> {
            return fetch == Fetch::Cached ? cachedZones(regionId) : std::nullopt;
        },
        [this, regionId, fetch](QObject *context, CatalogueHandler<QList<Zone>> handler) {
            zones(regionId, context, std::move(handler), fetch);
        } };
}

CatalogueAwaiter<QList<InstanceTypeInfo>> Catalogue::instanceTypes(CallScope &scope, Fetch fetch)
{
    return { scope.context(),
        [this, fetch]() -> std::optional<QList<InstanceTypeInfo>> {
            return fetch == Fetch::Cached ? cachedInstanceTypes() : std::nullopt;
        },
        [this, fetch](QObject *context, CatalogueHandler<QList<InstanceTypeInfo>> handler) {
            instanceTypes(context, std::move(handler), fetch);
        } };
}

CatalogueAwaiter<QList<Image>> Catalogue::images(
    CallScope &scope, const QString &regionId, const ImageQuery &query, Fetch fetch)
{
    return { scope.context(),
        [this, regionId, query, fetch]() -> std::optional<QList<Image>> {
            return fetch == Fetch::Cached ? keptValue(m_images, imageKey(regionId, query))
                                          : std::nullopt;
        },
        [this, regionId, query, fetch](QObject *context, CatalogueHandler<QList<Image>> handler) {
            images(regionId, query, context, std::move(handler), fetch);
        } };
}

CatalogueAwaiter<QList<ZoneStock>> Catalogue::availableResources(CallScope &scope,
    const QString &regionId, ChargeType chargeType, SpotStrategy spotStrategy, Fetch fetch,
    const QString &zoneId)
{
    return { scope.context(),
        [this, regionId, chargeType, spotStrategy, fetch,
            zoneId]() -> std::optional<QList<ZoneStock>> {
            if (fetch == Fetch::Fresh)
                return std::nullopt;
            std::optional<QList<ZoneStock>> all
                = keptValue(m_stock, stockKey(regionId, chargeType, spotStrategy));
            if (all && !zoneId.isEmpty())
                all->removeIf([&](const ZoneStock &z) { return z.zoneId != zoneId; });
            return all;
        },
        [this, regionId, chargeType, spotStrategy, fetch, zoneId](
            QObject *context, CatalogueHandler<QList<ZoneStock>> handler) {
            availableResources(
                regionId, chargeType, spotStrategy, context, std::move(handler), fetch, zoneId);
        } };
}

std::optional<QList<Zone>> Catalogue::cachedZones(const QString &regionId) const
{
    return keptValue(m_zones, regionId);
}

std::optional<QList<InstanceTypeInfo>> Catalogue::cachedInstanceTypes() const
{
    return keptValue(m_types, QString());
}

std::optional<InstanceTypeInfo> Catalogue::instanceType(const QString &instanceTypeId) const
{
    const auto it = m_typeIndex.constFind(instanceTypeId);
    return it == m_typeIndex.cend() ? std::nullopt : std::optional(*it);
}

void Catalogue::forget()
{
    const auto drop = [](auto &entries) {
        for (auto it = entries.begin(); it != entries.end(); ++it)
            it->value.reset();
    };
    drop(m_regions);
    drop(m_zones);
    drop(m_types);
    drop(m_images);
    drop(m_stock);
    m_typeIndex.clear();
}

void Catalogue::fetchRegions()
{
    ++m_requestsSent;
    m_client->call<ops::DescribeRegions>(
        ops::DescribeRegions::request(acceptLanguageFor(QLocale())), this,
        [this](const Result<QList<Region>> &regions) { answer(m_regions, QString(), regions); });
}

void Catalogue::fetchZones(const QString &key, const QString &regionId)
{
    ++m_requestsSent;
    m_client->call<ops::DescribeZones>(
        ops::DescribeZones::request(regionId, acceptLanguageFor(QLocale())), this,
        [this, key](const Result<QList<Zone>> &zones) { answer(m_zones, key, zones); });
}

void Catalogue::fetchTypes()
{
    auto types = std::make_shared<QList<InstanceTypeInfo>>();
    auto *pager = new Pager(m_client, Pager::Mode::Token, kTypeLimits, this);
    pager->setRequest([](const PageCursor &c) {
        return ops::DescribeInstanceTypes::request(c.token, kTypesPerPage);
    });
    pager->setReader([types](const PageCursor &, const QJsonObject &body) -> Result<PageInfo> {
        auto page = ops::DescribeInstanceTypes::parse(body);
        if (!page.ok())
            return page.error();
        *types += page->types;
        return PageInfo { page->types.size(), -1, page->nextToken, 0 };
    });
    connect(pager, &Pager::requestSent, this, [this] { ++m_requestsSent; });
    connect(pager, &Pager::finished, this, [this, pager, types] {
        pager->deleteLater();
        m_typeIndex.clear();
        for (const InstanceTypeInfo &t : std::as_const(*types))
            m_typeIndex.insert(t.instanceTypeId, t);
        answer<QList<InstanceTypeInfo>>(m_types, QString(), *types);
        Q_EMIT instanceTypesChanged();
    });
    connect(pager, &Pager::failed, this, [this, pager](const ApiError &error) {
        pager->deleteLater();
        answer<QList<InstanceTypeInfo>>(m_types, QString(), error);
    });
    pager->start();
}

void Catalogue::fetchImages(const QString &key, const QString &regionId, const ImageQuery &query)
{
    // Pages from the size we ask for, never the PageSize the server echoes; a few at a time.
    PagerLimits limits;
    limits.pageSize = std::clamp(query.pageSize, 1, ops::DescribeImages::kMaxPageSize);
    limits.maxItems = kMaxImages;
    auto pages = std::make_shared<std::map<int, QList<Image>>>();
    auto *pager = new Pager(m_client, Pager::Mode::PageNumber, limits, this);
    pager->setRequest(
        [regionId, filter = query.filter, size = limits.pageSize](const PageCursor &c) {
            return ops::DescribeImages::request(regionId, filter, c.pageNumber, size);
        });
    pager->setReader([pages](const PageCursor &c, const QJsonObject &body) -> Result<PageInfo> {
        auto page = ops::DescribeImages::parse(body);
        if (!page.ok())
            return page.error();
        (*pages)[c.pageNumber] = page->items;
        return PageInfo { page->items.size(), page->totalCount, {}, 0 };
    });
    connect(pager, &Pager::requestSent, this, [this] { ++m_requestsSent; });
    connect(pager, &Pager::finished, this, [this, pager, pages, key] {
        pager->deleteLater();
        QList<Image> all;
        for (const auto &[number, items] : *pages)
            all += items;
        answer<QList<Image>>(m_images, key, all);
    });
    connect(pager, &Pager::failed, this, [this, pager, key](const ApiError &error) {
        pager->deleteLater();
        answer<QList<Image>>(m_images, key, error);
    });
    pager->start();
}

void Catalogue::fetchStock(
    const QString &key, const QString &regionId, ChargeType chargeType, SpotStrategy spotStrategy)
{
    ++m_requestsSent;
    m_client->call<ops::DescribeAvailableResource>(
        ops::DescribeAvailableResource::request(regionId, toWire(chargeType), toWire(spotStrategy)),
        this, [this, key](const Result<QList<ZoneStock>> &stock) { answer(m_stock, key, stock); });
}

} // namespace ecs
