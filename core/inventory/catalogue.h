#pragma once

#include "callscope.h"
#include "types/availableresource.h"
#include "types/image.h"
#include "types/region.h"
#include "types/vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <coroutine>
#include <functional>
#include <memory>
#include <optional>

namespace ecs {

class EcsClient;

template<typename T> using CatalogueHandler = std::function<void(const Result<T> &)>;

/// What `co_await catalogue->zones(scope, region)` waits on: resumes with the catalogue's answer,
/// or with a Cancelled error when `scope` was renewed (or destroyed) first — the same contract as
/// CallScope::ask: the first thing after the co_await is `if (r.cancelled()) co_return;`.
template<typename T> class CatalogueAwaiter
{
public:
    using Cached = std::function<std::optional<T>()>;
    using Start = std::function<void(QObject *context, CatalogueHandler<T> handler)>;
    CatalogueAwaiter(QObject *context, Cached cached, Start start)
        : m_context(context)
        , m_cached(std::move(cached))
        , m_start(std::move(start))
    { }

    bool await_ready()
    {
        if (!m_context) {
            m_result.emplace(ApiError::make(ApiError::Kind::Cancelled, {}));
            return true;
        }
        if (std::optional<T> cached = m_cached()) {
            m_result.emplace(std::move(*cached));
            return true;
        }
        return false;
    }
    void await_suspend(std::coroutine_handle<> flow)
    {
        // Exactly one of the two resumes the flow: the answer, or the question's end.
        auto done = std::make_shared<bool>(false);
        auto ended = std::make_shared<QMetaObject::Connection>();
        *ended = QObject::connect(m_context, &QObject::destroyed, [this, flow, done] {
            if (std::exchange(*done, true))
                return;
            m_result.emplace(ApiError::make(ApiError::Kind::Cancelled, {}));
            flow.resume();
        });
        m_start(m_context, [this, flow, done, ended](const Result<T> &answer) {
            if (std::exchange(*done, true))
                return;
            QObject::disconnect(*ended);
            m_result.emplace(answer);
            flow.resume();
        });
    }
    Result<T> await_resume() { return std::move(*m_result); }

private:
    QPointer<QObject> m_context;
    Cached m_cached;
    Start m_start;
    std::optional<Result<T>> m_result;
};

/// The lookups every view of one profile shares: the regions, zones per region, the instance types
/// with their vCPU, memory and GPU, images per region and filter, and the available resources per
/// region and billing. Each is fetched once and kept; two askers at once share one request; a
/// failure is handed to every asker and not kept, so the next ask fetches again. One catalogue per
/// client (Catalogue::of), shared by the Resources pane, the create wizard and Change type.
///
/// Two ways to ask, both latest-wins through the asker's CallScope:
/// \code
///   // in a coroutine
///   const auto zones = co_await ecs::Catalogue::of(client)->zones(m_scope, region);
///   if (zones.cancelled()) co_return;
///   // with a handler: it never runs once the scope was renewed (or the context is gone)
///   catalogue->zones(region, m_scope.context(), [this](const Result<QList<Zone>> &zones) { … });
/// \endcode
/// A cached answer is handed over at once (the handler runs before the call returns; the
/// coroutine does not suspend).
class Catalogue : public QObject
{
    Q_OBJECT

public:
    /// Cached: a kept answer if there is one. Fresh: ask the service again (joining a request
    /// already out, which is fresh enough), for a user's Refresh.
    enum class Fetch { Cached, Fresh };

    /// DescribeImages' filter and the page size the walk asks for.
    struct ImageQuery
    {
        ops::DescribeImages::Filter filter;
        int pageSize = ops::DescribeImages::kMaxPageSize;
    };

    /// A catalogue of `client`'s own, destroyed with it. Prefer Catalogue::of().
    explicit Catalogue(EcsClient *client);
    ~Catalogue() override;
    /// The one catalogue of `client`, made on first use (a child of the client).
    static Catalogue *of(EcsClient *client);

    EcsClient *client() const { return m_client; }

    // Handler style: `handler` runs once, unless `context` is destroyed first.
    /// DescribeRegions, names in English (the client learns each region's endpoint from it).
    void regions(
        QObject *context, CatalogueHandler<QList<Region>> handler, Fetch fetch = Fetch::Cached);
    void zones(const QString &regionId, QObject *context, CatalogueHandler<QList<Zone>> handler,
        Fetch fetch = Fetch::Cached);
    void instanceTypes(QObject *context, CatalogueHandler<QList<InstanceTypeInfo>> handler,
        Fetch fetch = Fetch::Cached);
    void images(const QString &regionId, const ImageQuery &query, QObject *context,
        CatalogueHandler<QList<Image>> handler, Fetch fetch = Fetch::Cached);
    /// DescribeAvailableResource for one region and billing; with a `zoneId`, that zone only.
    void availableResources(const QString &regionId, ChargeType chargeType,
        SpotStrategy spotStrategy, QObject *context, CatalogueHandler<QList<ZoneStock>> handler,
        Fetch fetch = Fetch::Cached, const QString &zoneId = {});

    // Coroutine style, latest wins through `scope`.
    CatalogueAwaiter<QList<Region>> regions(CallScope &scope, Fetch fetch = Fetch::Cached);
    CatalogueAwaiter<QList<Zone>> zones(
        CallScope &scope, const QString &regionId, Fetch fetch = Fetch::Cached);
    CatalogueAwaiter<QList<InstanceTypeInfo>> instanceTypes(
        CallScope &scope, Fetch fetch = Fetch::Cached);
    CatalogueAwaiter<QList<Image>> images(CallScope &scope, const QString &regionId,
        const ImageQuery &query, Fetch fetch = Fetch::Cached);
    CatalogueAwaiter<QList<ZoneStock>> availableResources(CallScope &scope, const QString &regionId,
        ChargeType chargeType, SpotStrategy spotStrategy, Fetch fetch = Fetch::Cached,
        const QString &zoneId = {});
    CatalogueAwaiter<QList<ZoneStock>> availableResources(CallScope &scope, const QString &regionId,
        Billing billing, bool priceLimit = false, Fetch fetch = Fetch::Cached,
        const QString &zoneId = {})
    {
        return availableResources(scope, regionId, chargeTypeOf(billing),
            spotStrategyOf(billing, priceLimit), fetch, zoneId);
    }

    /// What is kept, without asking (nullopt: not fetched yet, failed, or being fetched again).
    std::optional<QList<Zone>> cachedZones(const QString &regionId) const;
    std::optional<QList<InstanceTypeInfo>> cachedInstanceTypes() const;
    /// One type's specifications, if the types were fetched and it is among them.
    std::optional<InstanceTypeInfo> instanceType(const QString &instanceTypeId) const;

    /// Forgets every kept answer (requests out go on and are kept when they arrive).
    void forget();
    /// Requests this catalogue sent (every page counted), for tests and the bench.
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    /// The instance types arrived (or were fetched again).
    void instanceTypesChanged();

public:
    /// One kept lookup: its answer, or the askers waiting for the request that is out.
    template<typename T> struct Entry
    {
        std::optional<T> value;
        bool loading = false;
        QList<std::pair<QPointer<QObject>, CatalogueHandler<T>>> waiters;
    };

private:
    template<typename T, typename Fetcher>
    void ask(QHash<QString, Entry<T>> &entries, const QString &key, QObject *context,
        CatalogueHandler<T> handler, Fetch fetch, Fetcher fetcher);
    template<typename T>
    void answer(QHash<QString, Entry<T>> &entries, const QString &key, const Result<T> &result);

    void fetchRegions();
    void fetchZones(const QString &key, const QString &regionId);
    void fetchTypes();
    void fetchImages(const QString &key, const QString &regionId, const ImageQuery &query);
    void fetchStock(const QString &key, const QString &regionId, ChargeType chargeType,
        SpotStrategy spotStrategy);

    EcsClient *m_client;
    QHash<QString, Entry<QList<Region>>> m_regions; ///< one key
    QHash<QString, Entry<QList<Zone>>> m_zones;
    QHash<QString, Entry<QList<InstanceTypeInfo>>> m_types; ///< one key: the catalogue is global
    QHash<QString, Entry<QList<Image>>> m_images;
    QHash<QString, Entry<QList<ZoneStock>>> m_stock;
    QHash<QString, InstanceTypeInfo> m_typeIndex;
    int m_requestsSent = 0;
};

} // namespace ecs
