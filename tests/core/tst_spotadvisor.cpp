// The spot advisor's core: DescribeSpotAdvice parsed into a zone × type matrix, each cell's
// price-history back-test and the fleet's own reclaims; against ecs-sim over a real socket, the
// matrix is the simulator's market.
#include "ecsclient.h"
#include "insight/spotadvice.h"
#include "inventory/instanceinventory.h"
#include "simserver.h"

#include "../support/simclient.h"

#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <cmath>

using namespace ecs;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ecs::InterruptBand)

namespace {

QJsonObject adviceBody()
{
    return QJsonDocument::fromJson(R"({"RegionId":"cn-hangzhou","RequestId":"R",
      "AvailableSpotZones":{"AvailableSpotZone":[
        {"ZoneId":"cn-hangzhou-k","AvailableSpotResources":{"AvailableSpotResource":[
          {"InstanceType":"ecs.g7.xlarge","InterruptionRate":3.2,"InterruptRateDesc":"0-5%","AverageSpotDiscount":21},
          {"InstanceType":"ecs.g7.16xlarge","InterruptionRate":22,"InterruptRateDesc":">20%","AverageSpotDiscount":40}]}},
        {"ZoneId":"cn-hangzhou-h","AvailableSpotResources":{"AvailableSpotResource":[
          {"InstanceType":"ecs.g7.2xlarge","InterruptionRate":"7.5","InterruptRateDesc":"5-10%","AverageSpotDiscount":"18"},
          {"InstanceType":"ecs.g7.xlarge","InterruptRateDesc":"10-15%"}]}}]}})")
        .object();
}

Instance spot(const QString &id, const QStringList &locks,
    SpotStrategy strategy = SpotStrategy::SpotAsPriceGo)
{
    Instance i;
    i.instanceId = id;
    i.zoneId = u"cn-hangzhou-h"_s;
    i.instanceType = u"ecs.g7.large"_s;
    i.spotStrategy = strategy;
    i.lockReasons = locks;
    return i;
}

} // namespace

class TestSpotAdvisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bands_data();
    void bands();
    void parsesIntoAMatrix();
    void malformedAnswer();
    void backtest_data();
    void backtest();
    void fleetReclaims_data();
    void fleetReclaims();
    void matrixIsTheSimulatorsMarket();
    void backtestAgainstTheSimulator();

private:
    QNetworkAccessManager m_nam;
};

void TestSpotAdvisor::bands_data()
{
    QTest::addColumn<QString>("desc");
    QTest::addColumn<double>("rate");
    QTest::addColumn<InterruptBand>("band");
    QTest::newRow("0-5") << u"0-5%"_s << 99.0 << InterruptBand::Below5;
    QTest::newRow("spaced") << u"5 - 10 %"_s << -1.0 << InterruptBand::From5To10;
    QTest::newRow("10-15") << u"10-15%"_s << -1.0 << InterruptBand::From10To15;
    QTest::newRow("15-20") << u"15-20%"_s << -1.0 << InterruptBand::From15To20;
    QTest::newRow(">20") << u">20%"_s << -1.0 << InterruptBand::Above20;
    QTest::newRow("rate only low") << QString() << 4.99 << InterruptBand::Below5;
    QTest::newRow("rate only edge") << QString() << 15.0 << InterruptBand::From15To20;
    QTest::newRow("rate only high") << QString() << 35.0 << InterruptBand::Above20;
    QTest::newRow("unknown words, no rate") << u"3-5%"_s << -1.0 << InterruptBand::Unknown;
    QTest::newRow("nothing") << QString() << -1.0 << InterruptBand::Unknown;
}

void TestSpotAdvisor::bands()
{
    QFETCH(QString, desc);
    QFETCH(double, rate);
    QFETCH(InterruptBand, band);
    QCOMPARE(interruptBandOf(desc, rate), band);
}

void TestSpotAdvisor::parsesIntoAMatrix()
{
    const auto cells = ops::DescribeSpotAdvice::parse(adviceBody());
    QVERIFY(cells.ok());
    QCOMPARE(cells->size(), 4);
    const SpotAdviceMatrix matrix = SpotAdviceMatrix::from(cells.value());
    QCOMPARE(matrix.zones, (QStringList { u"cn-hangzhou-h"_s, u"cn-hangzhou-k"_s }));
    // Types as people read them: 2xlarge before 16xlarge.
    QCOMPARE(matrix.types,
        (QStringList { u"ecs.g7.xlarge"_s, u"ecs.g7.2xlarge"_s, u"ecs.g7.16xlarge"_s }));
    const SpotAdviceCell *cell = matrix.cell(u"cn-hangzhou-h"_s, u"ecs.g7.2xlarge"_s);
    QVERIFY(cell);
    QCOMPARE(cell->band, InterruptBand::From5To10);
    QCOMPARE(cell->interruptionRate, 7.5);
    QCOMPARE(cell->averagePercent, 18.0);
    const SpotAdviceCell *partial = matrix.cell(u"cn-hangzhou-h"_s, u"ecs.g7.xlarge"_s);
    QVERIFY(partial);
    QCOMPARE(partial->band, InterruptBand::From10To15);
    QCOMPARE(partial->averagePercent, -1.0); // not sent: unknown, never zero
    QVERIFY(!matrix.cell(u"cn-hangzhou-h"_s, u"ecs.g7.16xlarge"_s));
}

void TestSpotAdvisor::malformedAnswer()
{
    const QJsonObject body = QJsonDocument::fromJson(
        R"({"AvailableSpotZones":{"AvailableSpotZone":[{"ZoneId":"z","AvailableSpotResources":{"AvailableSpotResource":["x"]}}]}})")
                                 .object();
    const auto cells = ops::DescribeSpotAdvice::parse(body);
    QVERIFY(!cells.ok());
    QCOMPARE(cells.error().kind, ApiError::Kind::Malformed);
}

void TestSpotAdvisor::backtest_data()
{
    QTest::addColumn<QList<double>>("prices"); // one an hour for 10 hours
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("survival");
    QTest::newRow("always under") << QList<double> { 0.1, 0.12, 0.11 } << 0.2 << 1.0;
    QTest::newRow("never") << QList<double> { 0.3, 0.4 } << 0.2 << 0.0;
    QTest::newRow("half") << QList<double> { 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 0.3, 0.3, 0.3, 0.3 }
                          << 0.2 << 0.5;
    QTest::newRow("at the limit survives") << QList<double> { 0.2 } << 0.2 << 1.0;
    QTest::newRow("suggested (30% of 1.0)") << QList<double> { 0.25, 0.25, 0.25, 0.25, 0.35, 0.35,
        0.35, 0.35, 0.35, 0.35 } << 0.0 << 0.4;
}

void TestSpotAdvisor::backtest()
{
    QFETCH(QList<double>, prices);
    QFETCH(double, limit);
    QFETCH(double, survival);
    SpotHistory history;
    const QDateTime from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    history.window = { from, from.addSecs(10 * 3600) };
    history.currency = u"USD"_s;
    const qint64 step = 10 * 3600 / prices.size();
    for (int n = 0; n < prices.size(); ++n)
        history.points.append({ u"cn-hangzhou-h"_s, from.addSecs(n * step), prices.at(n), 1.0 });
    history.byZone = groupByZone(history.points);
    const SpotBacktest test = backtestLimit(history, u"cn-hangzhou-h"_s, limit);
    QVERIFY(test.valid);
    QCOMPARE(test.limit, limit > 0 ? limit : 0.3);
    QCOMPARE(test.currency, u"USD"_s);
    QVERIFY2(std::abs(test.survival - survival) < 1e-9, qPrintable(QString::number(test.survival)));
    QVERIFY(!backtestLimit(history, u"cn-hangzhou-x"_s, limit).valid); // no series for that zone
}

void TestSpotAdvisor::fleetReclaims_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<int>("reclaimed");
    QTest::addColumn<int>("recycling");
    QTest::newRow("locked, then gone") << 0 << 1 << 0;
    QTest::newRow("released by hand") << 1 << 0 << 0;
    QTest::newRow("locked, still there") << 2 << 0 << 1;
    QTest::newRow("pay-as-you-go with a lock word") << 3 << 0 << 0;
    QTest::newRow("lock lifted, then released") << 4 << 0 << 0;
}

void TestSpotAdvisor::fleetReclaims()
{
    QFETCH(int, scenario);
    QFETCH(int, reclaimed);
    QFETCH(int, recycling);
    FleetReclaims fleet;
    InventoryChange first { u"cn-hangzhou"_s, {}, {}, {} };
    InventoryChange second = first;
    switch (scenario) {
    case 0:
        first.added = { spot(u"i-1"_s, {}) };
        second.changed = { spot(u"i-1"_s, { u"Recycling"_s }) };
        break;
    case 1:
        first.added = { spot(u"i-1"_s, {}) };
        break;
    case 2:
        first.added = { spot(u"i-1"_s, { u"Recycling"_s }) };
        break;
    case 3:
        first.added = { spot(u"i-1"_s, { u"Recycling"_s }, SpotStrategy::NoSpot) };
        break;
    case 4:
        first.added = { spot(u"i-1"_s, { u"Recycling"_s }) };
        second.changed = { spot(u"i-1"_s, {}) };
        break;
    }
    fleet.apply(first);
    fleet.apply(second);
    if (scenario != 2) {
        InventoryChange gone { u"cn-hangzhou"_s, {}, {}, { u"i-1"_s } };
        fleet.apply(gone);
    }
    QCOMPARE(int(fleet.reclaims(u"cn-hangzhou-h"_s, u"ecs.g7.large"_s).size()), reclaimed);
    QCOMPARE(int(fleet.total()), reclaimed);
    QCOMPARE(fleet.recycling(u"cn-hangzhou-h"_s, u"ecs.g7.large"_s), recycling);
    QCOMPARE(int(fleet.reclaims(u"cn-hangzhou-i"_s, u"ecs.g7.large"_s).size()), 0);
}

void TestSpotAdvisor::matrixIsTheSimulatorsMarket()
{
    sim::SimOptions options;
    options.seed = 5;
    sim::SimServer server(options);
    const QUrl endpoint = startOnLoopback(server);
    QVERIFY(endpoint.isValid());
    EcsClient client(&m_nam, simClientConfig(endpoint));
    CallScope scope(this);
    std::optional<Result<SpotAdviceMatrix>> got;
    [](CallScope *scope, EcsClient *client,
        std::optional<Result<SpotAdviceMatrix>> *got) -> QCoro::Task<> {
        SpotAdviceQuery query;
        query.regionId = u"cn-hangzhou"_s;
        query.family = u"ecs.c7"_s;
        got->emplace(co_await fetchSpotAdvice(*scope, client, query));
    }(&scope, &client, &got);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10'000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().toDisplayString()));
    const SpotAdviceMatrix &matrix = got->value();
    QVERIFY(matrix.zones.size() >= 2);
    QVERIFY(!matrix.types.isEmpty());
    const sim::SpotMarket &market = server.world().market();
    for (const QString &zone : matrix.zones) {
        for (const QString &type : matrix.types) {
            QVERIFY(type.startsWith(u"ecs.c7."_s));
            const SpotAdviceCell *cell = matrix.cell(zone, type);
            if (!cell)
                continue;
            const double rate = market.interruptionRate(zone, type) * 100;
            QCOMPARE(cell->band, interruptBandOf(QString(), rate));
            QVERIFY(std::abs(cell->interruptionRate - rate) <= 0.05);
            QVERIFY(cell->averagePercent > 0 && cell->averagePercent < 100);
        }
    }
}

void TestSpotAdvisor::backtestAgainstTheSimulator()
{
    sim::SimOptions options;
    options.seed = 5;
    sim::SimServer server(options);
    const QUrl endpoint = startOnLoopback(server);
    QVERIFY(endpoint.isValid());
    EcsClient client(&m_nam, simClientConfig(endpoint));
    CallScope scope(this);
    std::optional<Result<SpotBacktest>> got;
    [](CallScope *scope, EcsClient *client, std::optional<Result<SpotBacktest>> *got,
        QDateTime now) -> QCoro::Task<> {
        got->emplace(co_await fetchSpotBacktest(
            *scope, client, u"cn-hangzhou"_s, u"cn-hangzhou-h"_s, u"ecs.g7.large"_s, 0, now));
    }(&scope, &client, &got, server.world().now());
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15'000);
    QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().toDisplayString()));
    const SpotBacktest &test = got->value();
    QVERIFY(test.valid);
    QCOMPARE(test.currency, u"USD"_s);
    QVERIFY(test.originPrice > 0);
    QCOMPARE(test.limit, std::round(test.originPrice * 0.3 * 1000) / 1000);
    QVERIFY(test.survival >= 0 && test.survival <= 1);
    // The same back-test from the market itself, hour by hour: close to what the history says.
    const sim::SpotMarket &market = server.world().market();
    int under = 0, hours = 0;
    for (QDateTime at = test.window.from; at < test.window.to; at = at.addSecs(600), ++hours)
        under += market.priceAt(u"cn-hangzhou-h"_s, u"ecs.g7.large"_s, test.originPrice, at)
            <= test.limit;
    QVERIFY2(std::abs(double(under) / hours - test.survival) < 0.02,
        qPrintable(u"%1 vs %2"_s.arg(double(under) / hours).arg(test.survival)));
}

QTEST_GUILESS_MAIN(TestSpotAdvisor)
#include "tst_spotadvisor.moc"
