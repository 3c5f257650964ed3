#pragma once

#include "apicall.h"
#include "apierror.h"
#include "apirequest.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <any>
#include <functional>
#include <optional>

namespace ecs {

class ApiCall;
class EcsClient;

/// Where one page starts. Only the field of the pager's mode is meaningful: `pageNumber`
/// (1-based) for PageNumber paging, `token` (empty for the first page) for NextToken paging,
/// `offset` (0 for the first page) for NextOffset paging.
struct PageCursor
{
    int pageNumber = 1;
    QString token;
    qint64 offset = 0;
};

/// What the caller read from one page: how many items it held and the paging fields the answer
/// carried. The pager trusts none of them beyond its limits.
struct PageInfo
{
    qsizetype itemCount = 0;
    qint64 totalCount = -1; ///< TotalCount; -1 when the answer has none
    QString nextToken; ///< NextToken; empty when none
    qint64 nextOffset = 0; ///< NextOffset; 0 when none (the last page)
};

/// The bounds of one walk (see Pager).
struct PagerLimits
{
    /// Items per request, as the caller asks for them; 0 when the request names no size
    /// (then pages are not judged short or overfull).
    int pageSize = 100;
    int maxPages = 1000; ///< pages in one walk, the first included
    qint64 maxItems = 100'000; ///< items in one walk; also the largest TotalCount believed
    int maxInFlight = 4; ///< requests out at once (PageNumber mode; the others are sequential)
    /// Connection lanes of the client the pages 2…N go over (1…EcsClient::kMaxLanes), each page
    /// on the lane with the fewest out; `maxInFlight` counts all lanes together.
    int lanes = 1;
};

/// Walks every page of a listing with bounded work, whatever the server says.
///
/// * PageNumber: page 1 tells TotalCount; pages 2…N (N derived from the PageSize *we asked
///   for*, never the one the server echoes) go through a queue with at most `maxInFlight`
///   requests out, the next one sent as one finishes. Without a TotalCount (or with only a
///   NextToken) the walk goes on one page after another, as in Token mode.
/// * Token: one page after another while NextToken is not empty; a token seen before is
///   Malformed.
/// * Offset: one page after another while NextOffset > 0; it must strictly advance.
///
/// With more than one lane (PageNumber mode), page 1 goes on lane 0 and the rest are spread
/// over the lanes. A page that fails on another lane for want of a connection (Network, Timeout)
/// is sent once more on lane 0 and that lane is not used again; any other failure, or one on
/// lane 0, stops the walk as usual.
///
/// In every mode an empty page or a short one (fewer items than the page size) ends the walk; a
/// TotalCount above `maxItems`, more than `maxPages` pages, more items in all than `maxItems`,
/// or more items on one page than asked for is a Malformed answer: the walk stops with a clear
/// error and nothing more is sent.
///
/// Use:
/// \code
///   auto *pager = new ecs::Pager(client, ecs::Pager::Mode::PageNumber, {}, this);
///   pager->setRequest([=](const ecs::PageCursor &c) {
///       return ops::DescribeImages::request(region, filter, c.pageNumber,
///       pager->limits().pageSize); });
///   pager->setReader([this](const ecs::PageCursor &c, const QJsonObject &body)
///                        -> ecs::Result<ecs::PageInfo> {
///       auto page = ops::DescribeImages::parse(body);
///       if (!page.ok()) return page.error();
///       m_pages.insert(c.pageNumber, page->items);           // keep the items
///       return ecs::PageInfo { page->items.size(), page->totalCount };
///   });
///   connect(pager, &ecs::Pager::finished, this, ...);       // every page read
///   connect(pager, &ecs::Pager::failed, this, ...);         // the first error; nothing follows
///   pager->start();
/// \endcode
/// The reader runs once per successful answer, in arrival order (PageNumber pages may arrive out
/// of order: use the cursor's page number), never after cancel() or the pager's destruction.
/// An error the reader returns stops the walk like a failed call. Delete or cancel() the pager to
/// abandon a walk (latest answer wins: make a new pager per refresh).
class Pager : public QObject
{
    Q_OBJECT

public:
    enum class Mode { PageNumber, Token, Offset };

    using Limits = PagerLimits;

    using RequestFactory = std::function<ApiRequest(const PageCursor &)>;
    using PageReader = std::function<Result<PageInfo>(const PageCursor &, const QJsonObject &)>;

    Pager(EcsClient *client, Mode mode, Limits limits = {}, QObject *parent = nullptr);
    ~Pager() override;

    const Limits &limits() const { return m_limits; }
    void setRequest(RequestFactory request) { m_request = std::move(request); }
    void setReader(PageReader reader) { m_reader = std::move(reader); }
    /// A reader that also gets what `map` made of each page where it was parsed (see
    /// ApiCall::WorkerMap): a page's items mapped in the task that parsed it, off this thread.
    using MappedPageReader
        = std::function<Result<PageInfo>(const PageCursor &, const QJsonObject &, std::any)>;
    void setMappedReader(ApiCall::WorkerMap map, MappedPageReader reader)
    {
        m_workerMap = std::move(map);
        m_mappedReader = std::move(reader);
    }

    /// Sends the first page. Call once.
    void start();
    /// Cancels what is out; no reader call and no signal follow.
    void cancel();

    bool isRunning() const { return m_running; }
    /// Requests sent so far, and the most that were out at once.
    int requestsSent() const { return m_sent; }
    int maxInFlightSeen() const { return m_maxInFlightSeen; }
    qsizetype itemsRead() const { return m_items; }
    /// Pages the walk will read in all, once page 1 told the total (0 before, or unknown).
    int pageCount() const { return m_pageCount; }

    /// The Malformed error the walk stops with; `what` says which bound was broken.
    static ApiError malformed(const QString &what);

Q_SIGNALS:
    /// A page's request went out (for a holder that tracks the call in flight).
    void requestSent(ecs::ApiCall *call);
    /// Every page was read.
    void finished();
    /// The walk stopped: a call failed, the reader refused a page, or the server broke a bound.
    void failed(const ecs::ApiError &error);

private:
    void send(const PageCursor &cursor, int lane = 0);
    /// The live lane with the fewest requests out.
    int quietestLane() const;
    void arrived(ApiCall *call, const PageCursor &cursor);
    /// Sends queued pages while fewer than maxInFlight are out; finishes when nothing is left.
    void pump();
    void fail(const ApiError &error);
    /// The bounds every answer must keep; an error when one is broken.
    std::optional<ApiError> check(const PageCursor &cursor, const PageInfo &info);

    EcsClient *m_client;
    Mode m_mode;
    Limits m_limits;
    RequestFactory m_request;
    PageReader m_reader;
    ApiCall::WorkerMap m_workerMap;
    MappedPageReader m_mappedReader;
    QList<QPointer<ApiCall>> m_out;
    int m_nextPage = 0; ///< PageNumber mode: the next page number to send, 0 when none queued
    QList<int> m_resend; ///< PageNumber mode: pages a failed lane gave back, for lane 0
    QList<bool> m_laneFailed; ///< per lane: it failed once and takes no more pages
    int m_lastPage = 0; ///< PageNumber mode: the last page to send
    int m_pageCount = 0;
    int m_sent = 0;
    int m_pagesRead = 0;
    int m_maxInFlightSeen = 0;
    qsizetype m_items = 0;
    QSet<QString> m_tokens;
    bool m_unknownTotal = false; ///< PageNumber mode without a TotalCount: one page at a time
    bool m_running = false;
    bool m_pumpQueued = false; ///< the rest of a window goes out in the next event-loop turn
};

} // namespace ecs
