// What the panes no longer compute themselves: the spot price history walk (bounded NextOffset
// paging as a coroutine of a CallScope), its window and grouping, and the Resources pane's join
// of the type catalogue with a region's stock. Against a scripted server over a real socket.
#include "ecsclient.h"
#include "inventory/spothistory.h"
#include "inventory/stockmatrix.h"
#include "scriptedhttpserver.h"

#include <QCoro/QCoroTask>
#include <QNetworkAccessManager>
#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

QByteArray spotPage(int nextOffset, const QList<std::pair<const char *, const char *>> &points)
{
    QByteArray items;
    for (const auto &[zone, time] : points)
        items += (items.isEmpty() ? "" : ",") + QByteArray(R"({"ZoneId":")") + zone
            + R"(","Timestamp":")" + time + R"(","SpotPrice":0.1,"OriginPrice":0.5})";
    return R"({"RequestId":"R","NextOffset":)" + QByteArray::number(nextOffset)
        + R"(,"Currency":"USD","SpotPrices":{"SpotPriceType":[)" + items + "]}}";
}

} // namespace

class TestSpotHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowStaysInsideThirtyDays_data();
    void windowStaysInsideThirtyDays();
    void groupedByZoneInTimeOrder();
    void paging_data();
    void paging();
    void renewWithdrawsTheWalk();
    void joinStock_data();
    void joinStock();

private:
    std::unique_ptr<EcsClient> client(const QUrl &url);
    QNetworkAccessManager m_nam;
};

std::unique_ptr<EcsClient> TestSpotHistory::client(const QUrl &url)
{
    ClientConfig config;
    config.credentials = { u"id"_s, u"secret"_s, {} };
    config.endpointOverride = url;
    config.retry.maxAttempts = 1;
    return std::make_unique<EcsClient>(&m_nam, config);
}

void TestSpotHistory::windowStaysInsideThirtyDays_data()
{
    QTest::addColumn<qint64>("asked");
    QTest::addColumn<qint64>("got");
    constexpr qint64 day = 24 * 3600;
    QTest::newRow("3 hours") << qint64(3 * 3600) << qint64(3 * 3600);
    QTest::newRow("7 days") << 7 * day << 7 * day;
    QTest::newRow("30 days: a few minutes less") << 30 * day << 30 * day - 300;
    QTest::newRow("a year: 30 days less a few minutes") << 365 * day << 30 * day - 300;
    QTest::newRow("negative: nothing") << qint64(-5) << qint64(0);
}

void TestSpotHistory::windowStaysInsideThirtyDays()
{
    QFETCH(qint64, asked);
    QFETCH(qint64, got);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const SpotWindow window = SpotWindow::lastSeconds(asked, now);
    QCOMPARE(window.to, now);
    QCOMPARE(window.from.secsTo(window.to), got);
}

void TestSpotHistory::groupedByZoneInTimeOrder()
{
    const auto at = [](int s) { return QDateTime::fromSecsSinceEpoch(s, Qt::UTC); };
    const QList<SpotPricePoint> points { { u"z-b"_s, at(30), 0.3, 1 }, { u"z-a"_s, at(20), 0.2, 1 },
        { u"z-b"_s, at(10), 0.1, 1 } };
    const auto byZone = groupByZone(points);
    QCOMPARE(byZone.keys(), (QStringList { u"z-a"_s, u"z-b"_s }));
    QCOMPARE(byZone.value(u"z-b"_s).first().timestamp, at(10));
    QCOMPARE(byZone.value(u"z-b"_s).last().timestamp, at(30));
    SpotHistory history;
    QCOMPARE(history.suggestedLimit(), 0.0);
    history.points = points;
    QCOMPARE(history.suggestedLimit(), 0.3); // 30% of on-demand
}

void TestSpotHistory::paging_data()
{
    QTest::addColumn<QList<QByteArray>>("pages");
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("points"); // -1: a Malformed error
    QTest::addColumn<QString>("says");
    QTest::newRow("one page") << QList<QByteArray> {
        spotPage(0, { { "z-a", "2026-11-30T10:00:00Z" } })
    } << 200 << 1 << 1 << QString();
    QTest::newRow("offsets forward")
        << QList<QByteArray> { spotPage(1000, { { "z-a", "2026-11-30T10:00:00Z" } }),
               spotPage(2000, { { "z-b", "2026-11-30T11:00:00Z" } }),
               spotPage(0, { { "z-a", "2026-11-30T12:00:00Z" } }) }
        << 200 << 3 << 3 << QString();
    QTest::newRow("an empty page ends it") << QList<QByteArray> {
        spotPage(1000, { { "z-a", "2026-11-30T10:00:00Z" } }), spotPage(2000, {})
    } << 200 << 2 << 1 << QString();
    QTest::newRow("an offset that does not advance")
        << QList<QByteArray> { spotPage(1000, { { "z-a", "2026-11-30T10:00:00Z" } }),
               spotPage(1000, { { "z-a", "2026-11-30T11:00:00Z" } }) }
        << 200 << 2 << -1 << u"NextOffset"_s;
    QTest::newRow("pages past the bound")
        << QList<QByteArray> { spotPage(1000, { { "z-a", "2026-11-30T10:00:00Z" } }),
               spotPage(2000, { { "z-a", "2026-11-30T11:00:00Z" } }),
               spotPage(3000, { { "z-a", "2026-11-30T12:00:00Z" } }) }
        << 2 << 2 << -1 << u"past 2"_s;
}

void TestSpotHistory::paging()
{
    QFETCH(QList<QByteArray>, pages);
    QFETCH(int, maxPages);
    QFETCH(int, requests);
    QFETCH(int, points);
    QFETCH(QString, says);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    QList<ScriptedHttpServer::Reply> replies;
    for (const QByteArray &page : pages)
        replies << ScriptedHttpServer::json(200, page);
    server.queueReplies(replies);
    server.setReply(ScriptedHttpServer::json(200, spotPage(0, {})));
    auto c = client(server.url());
    CallScope scope(this);
    std::optional<Result<SpotHistory>> got;
    // A coroutine lambda must not capture: its frame outlives the temporary closure object.
    [](CallScope *scope, EcsClient *client, std::optional<Result<SpotHistory>> *got,
        int maxPages) -> QCoro::Task<> {
        auto history = co_await fetchSpotHistory(*scope, client, u"cn-hangzhou"_s,
            u"ecs.g7.large"_s, QString(), SpotWindow::lastSeconds(3600), { maxPages, 1000 });
        got->emplace(std::move(history));
    }(&scope, c.get(), &got, maxPages);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15'000);
    QCOMPARE(server.requestCount(), requests);
    if (points < 0) {
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, ApiError::Kind::Malformed);
        QVERIFY2(got->error().message.contains(says), qPrintable(got->error().message));
        return;
    }
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().toDisplayString()));
    QCOMPARE(int(got->value().points.size()), points);
    int grouped = 0;
    for (const auto &zone : got->value().byZone)
        grouped += int(zone.size());
    QCOMPARE(grouped, points);
}

void TestSpotHistory::renewWithdrawsTheWalk()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::silence()); // the answer never comes
    auto c = client(server.url());
    CallScope scope(this);
    std::optional<Result<SpotHistory>> got;
    // A coroutine lambda must not capture: its frame outlives the temporary closure object.
    [](CallScope *scope, EcsClient *client,
        std::optional<Result<SpotHistory>> *got) -> QCoro::Task<> {
        auto history = co_await fetchSpotHistory(*scope, client, u"cn-hangzhou"_s,
            u"ecs.g7.large"_s, QString(), SpotWindow::lastSeconds(3600));
        got->emplace(std::move(history));
    }(&scope, c.get(), &got);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 15'000);
    scope.renew(); // the person chose another region
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15'000);
    QVERIFY(got->cancelled());
}

void TestSpotHistory::joinStock_data()
{
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("every offered type, in the catalogue's order; zones sorted")
        << QStringList { u"z-a"_s, u"z-b"_s }
        << QStringList { u"ecs.g7.large"_s, u"ecs.c7.large"_s };
}

void TestSpotHistory::joinStock()
{
    QFETCH(QStringList, zones);
    QFETCH(QStringList, rows);
    const QList<InstanceTypeInfo> types { { u"ecs.g7.large"_s, u"ecs.g7"_s, 2, 8, 0, {}, {} },
        { u"ecs.r7.large"_s, u"ecs.r7"_s, 2, 16, 0, {}, {} },
        { u"ecs.c7.large"_s, u"ecs.c7"_s, 2, 4, 0, {}, {} } };
    const QList<ZoneStock> stock {
        { u"z-b"_s, u"Available"_s, { { u"ecs.c7.large"_s, u"WithoutStock"_s } } },
        { u"z-a"_s, u"Available"_s,
            { { u"ecs.g7.large"_s, u"WithStock"_s }, { u"ecs.unknown.large"_s, u"WithStock"_s } } },
    };
    const StockMatrix matrix = ecs::joinStock(types, stock);
    QCOMPARE(matrix.zones, zones);
    QStringList ids;
    for (const StockRow &row : matrix.rows)
        ids << row.type.instanceTypeId;
    QCOMPARE(ids, rows); // r7 is not offered; the unknown type has no specs to show
    QCOMPARE(matrix.rows.first().stock.value(u"z-a"_s), u"WithStock"_s);
    QVERIFY(!matrix.rows.first().stock.contains(u"z-b"_s));
    QCOMPARE(familiesOf(types), (QStringList { u"ecs.c7"_s, u"ecs.g7"_s, u"ecs.r7"_s }));
}

QTEST_GUILESS_MAIN(TestSpotHistory)
#include "tst_spothistory.moc"
