// The fault soak, CI-sized: 1,000 mixed operations through the client against ecs-sim answering
// 20% of requests with faults (throttling, 5xx, dropped connections, truncated bodies) and latency
// jitter. Afterwards the world must hold exactly what the caller was told: no duplicate instance,
// no lost operation, every call answered. `ecs-bench` runs the full-size one.
#include "ecsclient.h"
#include "faultsoak.h"
#include "simserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soak_data();
    void soak();
};

void TestFaultSoak::soak_data()
{
    QTest::addColumn<int>("operations");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("1000 ops, 8 in flight") << 1000 << 8 << quint64(7);
    QTest::newRow("150 ops, 1 in flight") << 150 << 1 << quint64(8);
}

void TestFaultSoak::soak()
{
    QFETCH(int, operations);
    QFETCH(int, concurrency);
    QFETCH(quint64, seed);
    sim::SimOptions options;
    options.seed = seed;
    options.timeScale = 200;
    options.latencyMs = 1;
    options.latencyJitterMs = 4;
    sim::SimServer server(options);
    QSignalSpy listening(&server, &sim::SimServer::listening);
    server.start(QHostAddress::LocalHost, 0);
    QCOMPARE(listening.size(), 1);

    // What to create: an image and a zone with stock, read from the world before the faults start.
    const QString region = u"cn-hangzhou"_s;
    const QString type = u"ecs.g7.large"_s;
    QString image, zone;
    for (const sim::ImageSpec &i : server.world().catalog().images())
        if (image.isEmpty() && i.architecture == u"x86_64" && i.ownerAlias == u"system")
            image = i.id;
    for (const sim::SimRegion &r : server.world().regions().regions())
        if (r.regionId == region)
            for (const sim::SimZone &z : r.zones)
                if (zone.isEmpty() && server.world().remainingStock(z.zoneId, type) > 100)
                    zone = z.zoneId;
    QVERIFY(!image.isEmpty());
    QVERIFY(!zone.isEmpty());
    server.setFaultRate(0.2);

    QNetworkAccessManager network;
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = listening.first().first().toUrl();
    config.transferTimeoutMs = 5'000;
    EcsClient client(&network, config);
    FaultSoak soak(
        &client, &server.world(), region, zone, image, type, operations, concurrency, seed);
    QSignalSpy finished(&soak, &FaultSoak::finished);
    soak.start();
    QVERIFY(finished.wait(120'000)); // bounded time
    const FaultSoak::Report report = soak.report();
    qInfo().noquote() << FaultSoak::toText(report);
    QCOMPARE(report.operations, operations);
    QCOMPARE(report.unfinished, 0);
    QCOMPARE(report.duplicates, 0);
    QCOMPARE(report.lost, 0);
    QCOMPARE(report.succeeded + report.failed, operations);
    // The faults did happen, and reached the caller as errors when retries could not hide them.
    QVERIFY(report.failed > 0);
    QVERIFY(report.succeeded > operations / 3);
}

QTEST_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
