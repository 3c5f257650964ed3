#include "pager.h"

#include "apicall.h"
#include "ecsclient.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

Pager::Pager(EcsClient *client, Mode mode, Limits limits, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_mode(mode)
    , m_limits(limits)
{
    m_limits.maxPages = std::max(1, m_limits.maxPages);
    m_limits.maxInFlight = std::max(1, m_limits.maxInFlight);
    m_limits.maxItems = std::max<qint64>(0, m_limits.maxItems);
    m_limits.lanes = std::clamp(m_limits.lanes, 1, EcsClient::kMaxLanes);
    m_laneFailed = QList<bool>(m_limits.lanes, false);
}

Pager::~Pager()
{
    cancel();
}

ApiError Pager::malformed(const QString &what)
{
    return ApiError::make(ApiError::Kind::Malformed,
        u"The service's paging cannot be trusted: %1. Nothing more was requested."_s.arg(what));
}

void Pager::start()
{
    if (m_running || m_sent > 0)
        return;
    m_running = true;
    send(PageCursor {});
}

void Pager::cancel()
{
    m_running = false;
    const auto out = std::exchange(m_out, {});
    for (const QPointer<ApiCall> &call : out)
        if (call)
            call->cancel();
}

int Pager::quietestLane() const
{
    QList<int> out(m_limits.lanes, 0);
    for (const QPointer<ApiCall> &call : m_out)
        if (call && call->lane() < out.size())
            ++out[call->lane()];
    int best = 0;
    for (int lane = 1; lane < m_limits.lanes; ++lane)
        if (!m_laneFailed.at(lane) && out.at(lane) < out.at(best))
            best = lane;
    return best;
}

void Pager::send(const PageCursor &cursor, int lane)
{
    ApiCall *call = m_client->send(m_request(cursor), lane);
    if (m_workerMap)
        call->setWorkerMap(m_workerMap);
    ++m_sent;
    m_out.append(call);
    m_maxInFlightSeen = std::max(m_maxInFlightSeen, int(m_out.size()));
    connect(call, &ApiCall::finished, this, [this, call, cursor] { arrived(call, cursor); });
    Q_EMIT requestSent(call);
}

std::optional<ApiError> Pager::check(const PageCursor &cursor, const PageInfo &info)
{
    Q_UNUSED(cursor)
    if (info.itemCount < 0)
        return malformed(u"a page reported a negative number of items"_s);
    if (m_limits.pageSize > 0 && info.itemCount > m_limits.pageSize)
        return malformed(
            u"a page held %1 items where at most %2 were asked for"_s.arg(info.itemCount)
                .arg(m_limits.pageSize));
    if (info.totalCount > m_limits.maxItems)
        return malformed(u"it reported a TotalCount of %1, more than the %2 a listing may hold"_s
                             .arg(info.totalCount)
                             .arg(m_limits.maxItems));
    if (m_items + info.itemCount > m_limits.maxItems)
        return malformed(u"its pages held more than %1 items"_s.arg(m_limits.maxItems));
    return std::nullopt;
}

void Pager::arrived(ApiCall *call, const PageCursor &cursor)
{
    if (!m_running)
        return;
    m_out.removeAll(QPointer<ApiCall>(call));
    if (!call->ok()) {
        const ApiError::Kind kind = call->error().kind;
        const int lane = call->lane();
        if (m_mode == Mode::PageNumber && cursor.pageNumber > 1 && lane > 0
            && lane < m_laneFailed.size()
            && (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout)) {
            // That lane's connections fail, not the service: the page goes again on lane 0,
            // and the lane takes no more (so each page is re-sent once at most).
            m_laneFailed[lane] = true;
            m_resend.append(cursor.pageNumber);
            pump();
            return;
        }
        fail(call->error());
        return;
    }
    const QPointer<Pager> self(this);
    const Result<PageInfo> read = m_mappedReader
        ? m_mappedReader(cursor, call->response(), call->takeMapped())
        : m_reader(cursor, call->response());
    if (!self || !m_running)
        return; // the reader cancelled or deleted the walk
    if (!read.ok()) {
        fail(read.error());
        return;
    }
    const PageInfo &info = read.value();
    if (const auto broken = check(cursor, info)) {
        fail(*broken);
        return;
    }
    ++m_pagesRead;
    m_items += info.itemCount;
    const bool shortPage
        = info.itemCount == 0 || (m_limits.pageSize > 0 && info.itemCount < m_limits.pageSize);

    switch (m_mode) {
    case Mode::PageNumber:
        if (cursor.pageNumber == 1) {
            if (shortPage) {
                m_pageCount = 1;
            } else if (info.totalCount >= 0 && m_limits.pageSize > 0) {
                const qint64 pages = (info.totalCount + m_limits.pageSize - 1) / m_limits.pageSize;
                if (pages > m_limits.maxPages) {
                    fail(malformed(
                        u"its TotalCount of %1 makes %2 pages, more than %3"_s.arg(info.totalCount)
                            .arg(pages)
                            .arg(m_limits.maxPages)));
                    return;
                }
                m_pageCount = int(pages);
                m_nextPage = 2;
                m_lastPage = m_pageCount;
            } else if (!info.nextToken.isEmpty()) {
                // No total but a token: pages follow one another.
                m_mode = Mode::Token;
                m_tokens.insert(info.nextToken);
                send({ 0, info.nextToken, 0 });
                return;
            } else {
                // No total at all: one page after another until a short one.
                m_unknownTotal = true;
                m_nextPage = 2;
                m_lastPage = m_limits.maxPages + 1; // sending past maxPages is the error
            }
        } else if (shortPage) {
            // A short page is the last one: nothing past it is sent.
            m_lastPage = std::min(m_lastPage, cursor.pageNumber);
        }
        pump();
        return;
    case Mode::Token:
        if (shortPage || info.nextToken.isEmpty())
            break;
        if (m_tokens.contains(info.nextToken)) {
            fail(malformed(u"it sent the same NextToken twice"_s));
            return;
        }
        if (m_pagesRead >= m_limits.maxPages) {
            fail(malformed(u"it kept sending pages past %1"_s.arg(m_limits.maxPages)));
            return;
        }
        m_tokens.insert(info.nextToken);
        send({ 0, info.nextToken, 0 });
        return;
    case Mode::Offset:
        if (shortPage || info.nextOffset <= 0)
            break;
        if (info.nextOffset <= cursor.offset) {
            fail(malformed(
                u"its NextOffset went from %1 to %2 instead of forward"_s.arg(cursor.offset)
                    .arg(info.nextOffset)));
            return;
        }
        if (info.nextOffset > m_limits.maxItems || m_pagesRead >= m_limits.maxPages) {
            fail(malformed(u"it kept sending pages past %1 (NextOffset %2)"_s.arg(m_pagesRead)
                               .arg(info.nextOffset)));
            return;
        }
        send({ 0, QString(), info.nextOffset });
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

void Pager::pump()
{
    m_pumpQueued = false;
    const int window = m_unknownTotal ? 1 : m_limits.maxInFlight;
    // Signing and handing a request to Qt takes up to half a millisecond on a busy machine: a
    // window of dozens is sent over a few event-loop turns, a lane's connections' worth at a time.
    const int turn = EcsClient::kConnectionsPerLane;
    int sentNow = 0;
    while (m_running && !m_resend.isEmpty() && m_out.size() < window && sentNow < turn) {
        const int page = m_resend.takeFirst();
        if (page <= m_lastPage) { // pages past a short one are not needed
            send({ page, QString(), 0 }, 0);
            ++sentNow;
        }
    }
    while (m_running && m_nextPage > 0 && m_nextPage <= m_lastPage && m_out.size() < window
        && sentNow < turn) {
        if (m_nextPage > m_limits.maxPages) {
            fail(malformed(u"it kept sending full pages past %1"_s.arg(m_limits.maxPages)));
            return;
        }
        send({ m_nextPage++, QString(), 0 }, m_unknownTotal ? 0 : quietestLane());
        ++sentNow;
    }
    const bool more = !m_resend.isEmpty() || (m_nextPage > 0 && m_nextPage <= m_lastPage);
    if (m_running && sentNow >= turn && more && m_out.size() < window && !m_pumpQueued) {
        m_pumpQueued = true;
        QTimer::singleShot(0, this, &Pager::pump);
    }
    if (m_running && m_out.isEmpty() && m_resend.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void Pager::fail(const ApiError &error)
{
    cancel();
    Q_EMIT failed(error);
}

} // namespace ecs
