// The fault soak, CI-sized: 1,000 mixed operations through the client against ecs-sim answering
// 20% of requests with faults (throttling, 5xx, dropped connections, truncated bodies, answers
// lost after the service acted) and latency jitter. Afterwards the world must hold exactly what
// the caller was told: no duplicate instance, no lost operation, every call answered, no success
// with an unusable answer. `ecs-bench` runs the full-size one.
#include "ecsclient.h"
#include "faultsoak.h"
#include "simserver.h"
#include "types/lifecycle.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soak_data();
    void soak();
    void lostAnswerActsOnce_data();
    void lostAnswerActsOnce();

private:
    struct Setup
    {
        QUrl url;
        QString image;
        QString zone;
    };
    /// Starts `server` and picks an image and a zone with stock in cn-hangzhou.
    static Setup prepare(sim::SimServer &server);
    static ClientConfig config(const QUrl &url);
};

namespace {
const QString kRegion = u"cn-hangzhou"_s;
const QString kType = u"ecs.g7.large"_s;
} // namespace

TestFaultSoak::Setup TestFaultSoak::prepare(sim::SimServer &server)
{
    Setup setup;
    QSignalSpy listening(&server, &sim::SimServer::listening);
    server.start(QHostAddress::LocalHost, 0);
    if (listening.size() != 1)
        return setup;
    setup.url = listening.first().first().toUrl();
    for (const sim::ImageSpec &i : server.world().catalog().images())
        if (setup.image.isEmpty() && i.architecture == u"x86_64" && i.ownerAlias == u"system")
            setup.image = i.id;
    for (const sim::SimRegion &r : server.world().regions().regions())
        if (r.regionId == kRegion)
            for (const sim::SimZone &z : r.zones)
                if (setup.zone.isEmpty() && server.world().remainingStock(z.zoneId, kType) > 100)
                    setup.zone = z.zoneId;
    return setup;
}

ClientConfig TestFaultSoak::config(const QUrl &url)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = url;
    config.transferTimeoutMs = 5'000;
    return config;
}

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
    const Setup setup = prepare(server);
    QVERIFY(setup.url.isValid());
    QVERIFY(!setup.image.isEmpty());
    QVERIFY(!setup.zone.isEmpty());
    server.setFaultRate(0.2); // the world was read before the faults start

    QNetworkAccessManager network;
    EcsClient client(&network, config(setup.url));
    FaultSoak soak(&client, &server.world(), kRegion, setup.zone, setup.image, kType, operations,
        concurrency, seed);
    soak.setDeadline(90'000); // bounded time: calls unanswered by then count as unfinished
    QSignalSpy finished(&soak, &FaultSoak::finished);
    soak.start();
    QVERIFY(finished.wait(120'000));
    const FaultSoak::Report report = soak.report();
    qInfo().noquote() << FaultSoak::toText(report);
    for (const QString &problem : report.problems)
        qWarning().noquote() << problem;
    QCOMPARE(report.operations, operations);
    QCOMPARE(report.unfinished, 0);
    QCOMPARE(report.duplicates, 0);
    QCOMPARE(report.lost, 0);
    QCOMPARE(report.unusableAnswers, 0);
    QCOMPARE(report.succeeded + report.failed, operations);
    // The faults did happen: some were hidden by retries, the others reached the caller.
    QVERIFY(report.retries > 0);
    QVERIFY(report.failed > 0);
    QVERIFY(report.succeeded > operations / 3);
    QVERIFY(report.effectsChecked > operations / 10);
}

void TestFaultSoak::lostAnswerActsOnce_data()
{
    QTest::addColumn<bool>("withToken");
    QTest::newRow("ClientToken") << true;
    QTest::newRow("no ClientToken") << false;
}

// The service creates the instance and the connection dies before a byte of the answer: Qt resends
// the request as it was (the same nonce), which the service refuses as SignatureNonceUsed. With a
// ClientToken, the client tries again and gets the first answer back; without one, the outcome is
// unknown and must be reported, never tried again (that would make a second instance).
void TestFaultSoak::lostAnswerActsOnce()
{
    QFETCH(bool, withToken);
    sim::SimOptions options;
    options.timeScale = 200;
    sim::SimServer server(options);
    const Setup setup = prepare(server);
    QVERIFY(setup.url.isValid());
    QNetworkAccessManager network;
    EcsClient client(&network, config(setup.url));
    RunInstancesSpec spec;
    spec.regionId = kRegion;
    spec.zoneId = setup.zone;
    spec.imageId = setup.image;
    spec.instanceType = kType;
    spec.instanceName = u"lost-answer"_s;
    if (withToken)
        spec.clientToken = ApiRequest::newClientToken();
    server.dropResponses(u"RunInstances"_s, 1);
    const qint64 servedBefore = server.requestsServed();
    ApiCall *call = client.send(spec.request());
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owned(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(20'000));
    QVERIFY(server.requestsServed() >= servedBefore + 2); // the lost one, and Qt's copy of it
    int made = 0;
    for (const sim::SimInstance *i : server.world().instances(kRegion))
        made += i->instanceName == spec.instanceName;
    QCOMPARE(made, 1);
    if (withToken) {
        QVERIFY2(call->ok(), qPrintable(call->error().toDisplayString()));
        const auto parsed = ops::RunInstances::parse(call->response());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->instanceIds.size(), 1);
    } else {
        QVERIFY(!call->ok()); // reported: the caller knows the outcome is unknown
    }
}

QTEST_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
