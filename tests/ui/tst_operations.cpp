// Failed operations say what happened: "nothing was sent" when the request never left, "unknown"
// only after it was sent; the RequestId once; Retry in the dock resends what failed; the dock
// explains itself while empty; "Copy as command" on Demo reaches the simulator.
#include "lifecycle/operation.h"
#include "lifecycletesthelpers.h"
#include "operations/operationsmodel.h"
#include "operations/operationspanel.h"
#include "scriptedhttpserver.h"
#include "types/lifecycle.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

namespace {

ClientConfig configFor(const QUrl &endpoint)
{
    ClientConfig config;
    config.credentials = { u"LTAIoperationsTest"_s, u"operations-test-secret"_s, {} };
    config.endpointOverride = endpoint;
    config.transferTimeoutMs = 400;
    config.deadlineMs = 3'000;
    config.retry.baseDelayMs = 5;
    config.retry.maxDelayMs = 20;
    return config;
}

Operation *startOperation(EcsClient *client)
{
    return new Operation(client, u"Start i-1"_s, u"cn-hangzhou"_s, { u"i-1"_s },
        { { u"Starting"_s, { ops::StartInstances::request(u"cn-hangzhou"_s, { u"i-1"_s }) },
            {} } });
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedSaysNothingWasSent();
    void silenceSaysOutcomeUnknown();
    void tooltipNamesRequestIdOnce();
    void retryResendsWhatFailed();
    void emptyDockExplainsItself();
    void copyOnDemoNamesTheEndpoint();
};

void TestOperations::refusedSaysNothingWasSent()
{
    // A port that was free a moment ago: the connection is refused, nothing leaves.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager network;
    EcsClient client(&network, configFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    Operation *operation = startOperation(&client);
    QSignalSpy finished(operation, &Operation::finished);
    operation->start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(operation->state(), Operation::State::Failed);
    QVERIFY2(operation->hint().contains(u"Nothing was sent"_s), qPrintable(operation->hint()));
    QVERIFY2(!operation->detail().contains(u"unknown"_s), qPrintable(operation->detail()));
    delete operation;
}

void TestOperations::silenceSaysOutcomeUnknown()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::silence()); // took the request, never answered
    QNetworkAccessManager network;
    EcsClient client(&network, configFor(server.url()));
    Operation *operation = startOperation(&client);
    QSignalSpy finished(operation, &Operation::finished);
    operation->start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(operation->state(), Operation::State::Failed);
    QVERIFY2(operation->hint().contains(u"unknown"_s), qPrintable(operation->hint()));
    QVERIFY(server.requestCount() >= 1);
    delete operation;
}

void TestOperations::tooltipNamesRequestIdOnce()
{
    Console console;
    QVERIFY(console.open(5));
    OperationsModel *model = console.window->operations();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // An instance that does not exist: the service answers NotFound with a RequestId.
    auto *operation = new Operation(console.client.get(), u"Start i-missing"_s, u"cn-hangzhou"_s,
        { u"i-missing"_s },
        { { u"Starting"_s, { ops::StartInstances::request(u"cn-hangzhou"_s, { u"i-missing"_s }) },
            {} } });
    model->submit(operation);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 15'000);
    QCOMPARE(operation->state(), Operation::State::Failed);
    const QString requestId = operation->error().requestId;
    QVERIFY(!requestId.isEmpty());
    const QString tooltip
        = model->index(0, OperationsModel::DetailColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(tooltip.count(requestId), 1);
}

void TestOperations::retryResendsWhatFailed()
{
    Console console;
    QVERIFY(console.open(5));
    const Instance running = [&] {
        for (int row = 0; row < console.pane()->model()->rowCount(); ++row)
            if (console.pane()->model()->rowAt(row).status == InstanceStatus::Running)
                return console.pane()->model()->rowAt(row);
        return Instance {};
    }();
    QVERIFY(!running.instanceId.isEmpty());
    // Starting a running instance is refused; once it has stopped, the same request succeeds.
    const ApiRequest start = ops::StartInstances::request(running.regionId, { running.instanceId });
    auto *operation
        = new Operation(console.client.get(), u"Start"_s, running.regionId, { running.instanceId },
            { { u"Starting"_s, { start }, WaitTarget::reach(InstanceStatus::Running) } });
    operation->setWaitIntervals(50, 200);
    console.window->operations()->submit(operation);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 15'000);
    QCOMPARE(operation->state(), Operation::State::Failed);

    OperationsPanel *panel = console.window->operationsPanel();
    QTRY_COMPARE(panel->currentOperation(), operation);
    QVERIFY(panel->retryButton()->isEnabled());
    ApiCall *stop = console.client->send(
        ops::StopInstances::request(running.regionId, { running.instanceId }, true, {}));
    QSignalSpy stopped(stop, &ApiCall::finished);
    QVERIFY(stopped.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(console.server->world().instance(running.instanceId)
            && console.server->world().instance(running.instanceId)->status == u"Stopped",
        15'000);

    QVERIFY(press(panel->retryButton()));
    OperationsModel *model = console.window->operations();
    QTRY_COMPARE(model->rowCount(), 2);
    Operation *again = model->operationAt(0);
    QVERIFY(again != operation);
    QVERIFY(again->title().contains(u"retry"_s));
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 15'000);
    QCOMPARE(again->state(), Operation::State::Done);
    // Retry is for what failed only.
    QTRY_COMPARE(panel->currentOperation(), again);
    QVERIFY(!panel->retryButton()->isEnabled());
}

void TestOperations::emptyDockExplainsItself()
{
    OperationsModel model;
    OperationsPanel panel(&model);
    panel.show();
    QVERIFY(panel.emptyState()->isVisible());
    QVERIFY(panel.emptyState()->text().contains(u"No operations yet"_s));
    QNetworkAccessManager network;
    EcsClient client(&network, configFor(QUrl(u"http://127.0.0.1:9"_s)));
    model.submit(startOperation(&client));
    QVERIFY(!panel.emptyState()->isVisible());
    QVERIFY(panel.view()->isVisible());
    client.cancelAll();
}

void TestOperations::copyOnDemoNamesTheEndpoint()
{
    Console console;
    QVERIFY(console.open(5));
    Operation *operation = startOperation(console.client.get());
    const QStringList lines = operation->commandLines(u"Demo"_s);
    QCOMPARE(lines.size(), 1);
    const QString endpoint = console.client->config().endpointOverride.toString();
    QVERIFY2(lines.first().contains(u"--endpoint "_s + endpoint), qPrintable(lines.first()));
    QVERIFY(!lines.first().contains(u"--profile"_s));
    // A stored profile carries its own endpoint: none is added.
    QVERIFY(!operation->commandLines(u"work"_s).first().contains(u"--endpoint"_s));
    delete operation;
}

QTEST_MAIN(TestOperations)
#include "tst_operations.moc"
