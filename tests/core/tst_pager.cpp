// The one paging walk every listing uses, against a scripted server that lies about its paging:
// however big the TotalCount, however small the echoed PageSize, however the tokens and offsets
// loop, the walk sends a bounded number of requests, never more than a few at once, keeps the
// event loop turning and stops with a clear Malformed error.
#include "ecsclient.h"
#include "pager.h"
#include "scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

/// A page body: `items` items, and the paging fields given (absent when null).
QByteArray pageBody(int items, QJsonValue totalCount, QJsonValue nextToken = {},
    QJsonValue nextOffset = {}, int echoedPageSize = 1)
{
    QJsonArray list;
    for (int n = 0; n < items; ++n)
        list.append(QJsonObject { { u"Id"_s, u"item-%1"_s.arg(n) } });
    QJsonObject body { { u"RequestId"_s, u"PAGER-TEST"_s }, { u"Items"_s, list },
        { u"PageSize"_s, echoedPageSize } };
    if (!totalCount.isNull())
        body.insert(u"TotalCount"_s, totalCount);
    if (!nextToken.isNull())
        body.insert(u"NextToken"_s, nextToken);
    if (!nextOffset.isNull())
        body.insert(u"NextOffset"_s, nextOffset);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<PageInfo> readPage(const QJsonObject &body)
{
    PageInfo info;
    info.itemCount = body.value(u"Items"_s).toArray().size();
    info.totalCount = body.contains(u"TotalCount"_s) ? body.value(u"TotalCount"_s).toInteger() : -1;
    info.nextToken = body.value(u"NextToken"_s).toString();
    info.nextOffset = body.value(u"NextOffset"_s).toInteger();
    return info;
}

} // namespace

class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void hugeTotalCountIsMalformedAfterOneRequest();
    void shortFirstPageEndsTheWalk();
    void pagesComeFromThePageSizeAskedFor();
    void atMostMaxInFlightAndTheEventLoopTurns();
    void tooManyPagesIsMalformed();
    void shortPageInTheMiddleStopsSending();
    void repeatedTokenIsMalformed();
    void tokenWalkIsCapped();
    void unknownTotalWalksOneByOneAndIsCapped();
    void offsetMustAdvance();
    void offsetWalkIsCapped();
    void failedPageStopsTheWalkWithItsError();
    void cancelledWalkCallsNothing();
    void pagesSpreadOverLanesWithinTheBound_data();
    void pagesSpreadOverLanesWithinTheBound();
    void failedLaneGivesItsPagesToLaneZero();
    void serviceErrorOnSecondLaneStopsTheWalk();

private:
    std::unique_ptr<Pager> walk(Pager::Mode mode, PagerLimits limits);
    /// Runs the walk to its end; true when it finished, false when it failed (error in m_error).
    bool run(Pager *pager);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<EcsClient> m_client;
    QNetworkAccessManager m_nam;
    QList<PageCursor> m_cursors;
    ApiError m_error;
};

void TestPager::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->start());
    ClientConfig config;
    config.credentials = { u"LTAIpager"_s, u"secret"_s, {} };
    config.endpointOverride = m_server->url();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<EcsClient>(&m_nam, config);
    m_cursors.clear();
    m_error = {};
}

std::unique_ptr<Pager> TestPager::walk(Pager::Mode mode, PagerLimits limits)
{
    auto pager = std::make_unique<Pager>(m_client.get(), mode, limits);
    pager->setRequest([](const PageCursor &c) {
        ApiRequest r(u"ListThings"_s);
        r.setRegion(u"cn-hangzhou"_s)
            .set(u"PageNumber"_s, c.pageNumber)
            .setIfNotEmpty(u"NextToken"_s, c.token)
            .set(u"Offset"_s, int(c.offset));
        return r;
    });
    pager->setReader([this](const PageCursor &c, const QJsonObject &body) {
        m_cursors.append(c);
        return readPage(body);
    });
    return pager;
}

bool TestPager::run(Pager *pager)
{
    QSignalSpy finished(pager, &Pager::finished);
    QSignalSpy failed(pager, &Pager::failed);
    pager->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20'000))
        qFatal("the walk never ended");
    if (!failed.isEmpty())
        m_error = failed.first().first().value<ApiError>();
    if (finished.size() + failed.size() != 1 || pager->isRunning())
        qFatal("a walk ended twice, or ended and still runs");
    return failed.isEmpty();
}

void TestPager::hugeTotalCountIsMalformedAfterOneRequest()
{
    // The probe: TotalCount 1,000,000 with one item on page 1.
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(1, 1'000'000)));
    auto pager = walk(Pager::Mode::PageNumber, {});
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
    QVERIFY2(m_error.message.contains(u"1000000"_s), qPrintable(m_error.message));
    QCOMPARE(m_server->requestCount(), 1);
    // The same total with full pages is refused as well.
    init();
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(100, 1'000'000)));
    pager = walk(Pager::Mode::PageNumber, {});
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPager::shortFirstPageEndsTheWalk()
{
    // A believable total with a short first page (the Images probe: PageSize 1 echoed back).
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(1, 5'000)));
    auto pager = walk(Pager::Mode::PageNumber, {});
    QVERIFY(run(pager.get()));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(pager->itemsRead(), 1);
}

void TestPager::pagesComeFromThePageSizeAskedFor()
{
    // The server echoes PageSize 1; we asked for 10: 95 items are 10 pages, not 95.
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, 95, {}, {}, 1)));
    auto pager = walk(Pager::Mode::PageNumber, { 10, 1000, 100'000, 4 });
    QVERIFY(run(pager.get()));
    QCOMPARE(pager->pageCount(), 10);
    QCOMPARE(m_server->requestCount(), 10);
    QSet<int> pages;
    for (const PageCursor &c : std::as_const(m_cursors))
        pages.insert(c.pageNumber);
    QCOMPARE(pages.size(), 10);
    QVERIFY(pages.contains(1) && pages.contains(10));
}

void TestPager::atMostMaxInFlightAndTheEventLoopTurns()
{
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(5, 5 * 300)));
    auto pager = walk(Pager::Mode::PageNumber, { 5, 1000, 100'000, 4 });
    int maxOut = 0;
    connect(m_client.get(), &EcsClient::callStarted, this,
        [&] { maxOut = std::max(maxOut, m_client->callsInFlight()); });
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();
    QVERIFY(run(pager.get()));
    QCOMPARE(m_server->requestCount(), 300);
    QCOMPARE(pager->itemsRead(), 1500);
    QVERIFY2(pager->maxInFlightSeen() <= 4, QByteArray::number(pager->maxInFlightSeen()));
    QVERIFY2(maxOut <= 4, QByteArray::number(maxOut));
    QVERIFY(pager->maxInFlightSeen() >= 2); // parallel, not one by one
    QVERIFY2(ticks > 10, QByteArray::number(ticks)); // a timer kept firing during the walk
}

void TestPager::tooManyPagesIsMalformed()
{
    // 100,000 items are believable, but in pages of 10 they are 10,000 pages.
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, 100'000)));
    auto pager = walk(Pager::Mode::PageNumber, { 10, 1000, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
    QVERIFY2(m_error.message.contains(u"10000 pages"_s), qPrintable(m_error.message));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPager::shortPageInTheMiddleStopsSending()
{
    // Pages 1 and 2 full, then short pages: the total claimed 100 pages, the walk ends early.
    m_server->queueReplies({ ScriptedHttpServer::json(200, pageBody(10, 1000)),
        ScriptedHttpServer::json(200, pageBody(10, 1000)),
        ScriptedHttpServer::json(200, pageBody(3, 1000)) });
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(0, 1000)));
    auto pager = walk(Pager::Mode::PageNumber, { 10, 1000, 100'000, 2 });
    QVERIFY(run(pager.get()));
    QVERIFY2(m_server->requestCount() <= 5, QByteArray::number(m_server->requestCount()));
}

void TestPager::repeatedTokenIsMalformed()
{
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, {}, u"same"_s)));
    auto pager = walk(Pager::Mode::Token, { 10, 1000, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
    QVERIFY2(m_error.message.contains(u"NextToken"_s), qPrintable(m_error.message));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_cursors.value(1).token, u"same"_s);
}

void TestPager::tokenWalkIsCapped()
{
    QList<ScriptedHttpServer::Reply> replies;
    for (int n = 0; n < 40; ++n)
        replies << ScriptedHttpServer::json(200, pageBody(10, {}, u"t%1"_s.arg(n)));
    m_server->queueReplies(replies);
    auto pager = walk(Pager::Mode::Token, { 10, 20, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
    QCOMPARE(m_server->requestCount(), 20);
    // A PageNumber walk that gets no total but a token follows the tokens, one by one.
    init();
    m_server->queueReplies({ ScriptedHttpServer::json(200, pageBody(10, {}, u"a"_s)),
        ScriptedHttpServer::json(200, pageBody(10, {}, u"b"_s)) });
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(4, {}, u""_s)));
    pager = walk(Pager::Mode::PageNumber, { 10, 20, 100'000, 4 });
    QVERIFY(run(pager.get()));
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(pager->itemsRead(), 24);
    QCOMPARE(m_cursors.value(2).token, u"b"_s);
}

void TestPager::unknownTotalWalksOneByOneAndIsCapped()
{
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, {})));
    auto pager = walk(Pager::Mode::PageNumber, { 10, 30, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
    QCOMPARE(m_server->requestCount(), 30);
    QCOMPARE(pager->maxInFlightSeen(), 1);
}

void TestPager::offsetMustAdvance()
{
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, {}, {}, 7)));
    auto pager = walk(Pager::Mode::Offset, { 0, 1000, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
    QVERIFY2(m_error.message.contains(u"NextOffset"_s), qPrintable(m_error.message));
    QCOMPARE(m_server->requestCount(), 2); // offset 0 → 7, then 7 → 7
    QCOMPARE(m_cursors.value(1).offset, 7);
    // Going back is no better.
    init();
    m_server->queueReplies({ ScriptedHttpServer::json(200, pageBody(10, {}, {}, 50)) });
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, {}, {}, 10)));
    pager = walk(Pager::Mode::Offset, { 0, 1000, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestPager::offsetWalkIsCapped()
{
    QList<ScriptedHttpServer::Reply> replies;
    for (int n = 1; n <= 50; ++n)
        replies << ScriptedHttpServer::json(200, pageBody(10, {}, {}, n * 10));
    m_server->queueReplies(replies);
    auto pager = walk(Pager::Mode::Offset, { 0, 25, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_server->requestCount(), 25);
    // A jump past the item bound is refused before it is requested.
    init();
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, {}, {}, 2'000'000'000)));
    pager = walk(Pager::Mode::Offset, { 0, 25, 100'000, 4 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_server->requestCount(), 1);
    // An ordinary walk ends on NextOffset 0.
    init();
    m_server->queueReplies({ ScriptedHttpServer::json(200, pageBody(10, {}, {}, 10)),
        ScriptedHttpServer::json(200, pageBody(10, {}, {}, 20)) });
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, {}, {}, 0)));
    pager = walk(Pager::Mode::Offset, { 0, 25, 100'000, 4 });
    QVERIFY(run(pager.get()));
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(pager->itemsRead(), 30);
}

void TestPager::failedPageStopsTheWalkWithItsError()
{
    m_server->queueReplies({ ScriptedHttpServer::json(200, pageBody(10, 200)),
        ScriptedHttpServer::serviceError(403, "Forbidden.RAM") });
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(10, 200)));
    auto pager = walk(Pager::Mode::PageNumber, { 10, 1000, 100'000, 1 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.code, u"Forbidden.RAM"_s);
    QVERIFY(!m_error.requestId.isEmpty());
    QCOMPARE(m_server->requestCount(), 2);
    // Too many items on one page is refused as well.
    init();
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(11, 200)));
    pager = walk(Pager::Mode::PageNumber, { 10, 1000, 100'000, 1 });
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.kind, ApiError::Kind::Malformed);
}

void TestPager::cancelledWalkCallsNothing()
{
    m_server->setReply(ScriptedHttpServer::silence());
    auto pager = walk(Pager::Mode::PageNumber, {});
    QSignalSpy finished(pager.get(), &Pager::finished);
    QSignalSpy failed(pager.get(), &Pager::failed);
    pager->start();
    QTRY_COMPARE(m_server->requestCount(), 1);
    pager->cancel();
    QTest::qWait(50);
    QVERIFY(finished.isEmpty() && failed.isEmpty());
    QVERIFY(m_cursors.isEmpty());
    QVERIFY(!pager->isRunning());
}

void TestPager::pagesSpreadOverLanesWithinTheBound_data()
{
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("maxInFlight");
    QTest::newRow("2 lanes, 8 out") << 2 << 8;
    QTest::newRow("2 lanes, 12 out") << 2 << 12;
    QTest::newRow("1 lane, 6 out") << 1 << 6;
    QTest::newRow("3 lanes, 18 out") << 3 << 18;
    QTest::newRow("more lanes than the client has: 3") << 7 << 6;
}

void TestPager::pagesSpreadOverLanesWithinTheBound()
{
    QFETCH(int, lanes);
    QFETCH(int, maxInFlight);
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(5, 5 * 60)));
    PagerLimits limits { 5, 1000, 100'000, maxInFlight };
    limits.lanes = lanes;
    auto pager = walk(Pager::Mode::PageNumber, limits);
    const int usable = std::min(lanes, EcsClient::kMaxLanes);
    QList<int> maxOut(EcsClient::kMaxLanes, 0);
    int firstLane = -1;
    // As each call starts, the calls of its lane still unfinished, itself included (no pointer
    // kept: calls delete themselves).
    connect(m_client.get(), &EcsClient::callStarted, this, [&](ApiCall *started) {
        if (firstLane < 0)
            firstLane = started->lane();
        int out = 0;
        for (const ApiCall *call : m_client->findChildren<ApiCall *>(Qt::FindDirectChildrenOnly))
            out += !call->isFinished() && call->lane() == started->lane() ? 1 : 0;
        maxOut[started->lane()] = std::max(maxOut[started->lane()], out);
    });
    QVERIFY(run(pager.get()));
    QCOMPARE(firstLane, 0); // page 1 on lane 0
    QCOMPARE(m_server->requestCount(), 60); // each page once
    QCOMPARE(pager->itemsRead(), 300);
    QSet<int> pages;
    for (const PageCursor &c : std::as_const(m_cursors))
        pages.insert(c.pageNumber);
    QCOMPARE(pages.size(), 60);
    QVERIFY(pages.contains(1) && pages.contains(60));
    QVERIFY2(pager->maxInFlightSeen() <= maxInFlight, QByteArray::number(pager->maxInFlightSeen()));
    const int perLane = (maxInFlight + usable - 1) / usable;
    for (int lane = 0; lane < EcsClient::kMaxLanes; ++lane) {
        const QByteArray what
            = "lane " + QByteArray::number(lane) + ": " + QByteArray::number(maxOut.at(lane));
        QVERIFY2(maxOut.at(lane) <= perLane, what.constData());
        if (lane < usable)
            QVERIFY2(maxOut.at(lane) >= 2, what.constData()); // used, in parallel
        else
            QVERIFY2(maxOut.at(lane) == 0, what.constData());
    }
}

void TestPager::failedLaneGivesItsPagesToLaneZero()
{
    // Lane 1 reaches nothing (a proxy that refuses): its pages are read over lane 0, each once.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    m_client->laneNetwork(1)->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, deadPort));
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(5, 5 * 40)));
    PagerLimits limits { 5, 1000, 100'000, 8 };
    limits.lanes = 2;
    auto pager = walk(Pager::Mode::PageNumber, limits);
    int secondLaneCalls = 0;
    connect(m_client.get(), &EcsClient::callStarted, this,
        [&](ApiCall *call) { secondLaneCalls += call->lane() == 1 ? 1 : 0; });
    QVERIFY(run(pager.get()));
    QCOMPARE(m_server->requestCount(), 40); // every page reached the server once
    QCOMPARE(pager->itemsRead(), 200);
    QMap<int, int> reads;
    for (const PageCursor &c : std::as_const(m_cursors))
        ++reads[c.pageNumber];
    QCOMPARE(reads.size(), 40);
    for (auto it = reads.cbegin(); it != reads.cend(); ++it)
        QCOMPARE(it.value(), 1);
    // The lane was given up after its first failures: only what was out on it at once.
    QVERIFY2(secondLaneCalls >= 1 && secondLaneCalls <= 4, QByteArray::number(secondLaneCalls));
    QCOMPARE(pager->requestsSent(), 40 + secondLaneCalls);
}

void TestPager::serviceErrorOnSecondLaneStopsTheWalk()
{
    // The service's own refusal is not a lane's fault: whichever lane it comes on, the walk ends.
    QList<ScriptedHttpServer::Reply> replies { ScriptedHttpServer::json(200, pageBody(5, 5 * 40)) };
    for (int n = 0; n < 4; ++n)
        replies << ScriptedHttpServer::serviceError(403, "Forbidden.RAM");
    m_server->queueReplies(replies);
    m_server->setReply(ScriptedHttpServer::json(200, pageBody(5, 5 * 40)));
    PagerLimits limits { 5, 1000, 100'000, 4 };
    limits.lanes = 2;
    auto pager = walk(Pager::Mode::PageNumber, limits);
    QVERIFY(!run(pager.get()));
    QCOMPARE(m_error.code, u"Forbidden.RAM"_s);
    QVERIFY(pager->requestsSent() <= 5);
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
