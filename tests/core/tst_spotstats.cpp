// Spot price arithmetic on known series: time-weighted stats, the bid back-test, and the chart's
// downsampling and step shaping.
#include "charts/downsample.h"
#include "types/spotprice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

SpotPricePoint at(int hours, double price)
{
    return { u"z"_s, t0.addSecs(hours * 3600), price, 1.0 };
}

} // namespace

class TestSpotStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backTest_data();
    void backTest();
    void pointsBeforeTheRange();
    void emptyOrInvalid();
    void downsampleKeepsSpikes();
    void downsampleLeavesSmallSeries();
    void steps();
    void niceScale_data();
    void niceScale();
};

void TestSpotStats::backTest_data()
{
    // Ten hours: 0.2 for 4 h, 0.5 for 2 h, 0.3 for 4 h.
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("survival");
    QTest::newRow("above everything") << 0.6 << 1.0;
    QTest::newRow("between") << 0.35 << 0.8;
    QTest::newRow("exactly the high price") << 0.5 << 1.0;
    QTest::newRow("below the middle") << 0.25 << 0.4;
    QTest::newRow("below everything") << 0.1 << 0.0;
}

void TestSpotStats::backTest()
{
    QFETCH(double, limit);
    QFETCH(double, survival);
    const QList<SpotPricePoint> series { at(0, 0.2), at(4, 0.5), at(6, 0.3) };
    const SpotStats s = computeSpotStats(series, t0, t0.addSecs(10 * 3600), limit);
    QVERIFY(s.valid);
    QCOMPARE(s.min, 0.2);
    QCOMPARE(s.max, 0.5);
    QVERIFY(qAbs(s.mean - (0.2 * 4 + 0.5 * 2 + 0.3 * 4) / 10) < 1e-12);
    QCOMPARE(s.current, 0.3);
    QVERIFY(qAbs(s.discount - 0.7) < 1e-12);
    QVERIFY2(qAbs(s.survival - survival) < 1e-12, qPrintable(QString::number(s.survival)));
}

void TestSpotStats::pointsBeforeTheRange()
{
    // The price set at hour 0 is in force when the range starts at hour 2.
    const QList<SpotPricePoint> series { at(0, 0.4), at(3, 0.1) };
    const SpotStats s = computeSpotStats(series, t0.addSecs(2 * 3600), t0.addSecs(4 * 3600), 0.2);
    QCOMPARE(s.max, 0.4);
    QVERIFY(qAbs(s.mean - 0.25) < 1e-12);
    QVERIFY(qAbs(s.survival - 0.5) < 1e-12);
}

void TestSpotStats::emptyOrInvalid()
{
    QVERIFY(!computeSpotStats({}, t0, t0.addSecs(60), 1).valid);
    QVERIFY(!computeSpotStats({ at(0, 1) }, t0.addSecs(60), t0, 1).valid);
}

void TestSpotStats::downsampleKeepsSpikes()
{
    QList<QPointF> points;
    for (int i = 0; i < 10'000; ++i)
        points.append(QPointF(i, i == 5'123 ? 9.0 : (i == 7'001 ? -3.0 : 1.0)));
    const QList<QPointF> out = ecs::ui::downsampleMinMax(points, 100);
    QVERIFY(out.size() <= 200);
    QVERIFY(out.contains(QPointF(5'123, 9.0)));
    QVERIFY(out.contains(QPointF(7'001, -3.0)));
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out.at(i - 1).x() <= out.at(i).x());
    QCOMPARE(out.first().x(), 0.0);
}

void TestSpotStats::downsampleLeavesSmallSeries()
{
    const QList<QPointF> points { { 0, 1 }, { 1, 2 }, { 2, 3 } };
    QCOMPARE(ecs::ui::downsampleMinMax(points, 100), points);
}

void TestSpotStats::steps()
{
    const QList<QPointF> steps = ecs::ui::toSteps({ { 0, 1 }, { 10, 2 } }, 20);
    QCOMPARE(steps, (QList<QPointF> { { 0, 1 }, { 10, 1 }, { 10, 2 }, { 20, 2 } }));
}

void TestSpotStats::niceScale_data()
{
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");
    // The spot chart's case: a $0.112 on-demand line over cents of spot price.
    QTest::newRow("on-demand 0.1176") << 0.1176 << 0.12 << 0.02 << 2;
    QTest::newRow("cheap type") << 0.0231 << 0.025 << 0.005 << 3;
    QTest::newRow("exact top") << 0.3 << 0.3 << 0.05 << 2;
    QTest::newRow("dollars") << 2.592 << 3.0 << 0.5 << 1;
    QTest::newRow("GPU hours") << 27.4 << 30.0 << 5.0 << 0;
    QTest::newRow("quarter steps") << 1.4 << 1.5 << 0.25 << 2;
    QTest::newRow("nothing") << 0.0 << 1.0 << 0.2 << 1;
}

void TestSpotStats::niceScale()
{
    QFETCH(double, high);
    QFETCH(double, top);
    QFETCH(double, step);
    QFETCH(int, decimals);
    const ui::NiceScale scale = ui::niceScale(high, 6);
    QCOMPARE(scale.step, step);
    QVERIFY2(qFuzzyCompare(scale.top, top), qPrintable(QString::number(scale.top)));
    QCOMPARE(scale.decimals, decimals);
    QVERIFY(scale.intervals >= 1 && scale.intervals <= 6);
    QVERIFY(qFuzzyCompare(scale.step * scale.intervals, scale.top));
    QVERIFY(high <= 0 || scale.top >= high);
    // Every tick label is round: the step's decimals show it exactly.
    for (int n = 0; n <= scale.intervals; ++n) {
        const double tick = n * scale.step;
        QCOMPARE(
            QString::number(tick, 'f', scale.decimals).toDouble(), std::round(tick * 1e6) / 1e6);
    }
}

QTEST_GUILESS_MAIN(TestSpotStats)
#include "tst_spotstats.moc"
