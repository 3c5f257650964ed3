// System proxy settings are honoured for real endpoints (an HTTPS call goes out as CONNECT
// through the proxy the environment names), and never for the loopback simulator.
#include "ecsclient.h"
#include "networkproxy.h"
#include "types/region.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyQuery>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestNetworkProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loopbackNeverProxied_data();
    void loopbackNeverProxied();
    void httpsCallGoesThroughTheSystemProxy();

private:
    QTcpServer m_proxy;
};

void TestNetworkProxy::initTestCase()
{
    QVERIFY(m_proxy.listen(QHostAddress::LocalHost, 0));
    // Set before the first query: the system configuration is read from the environment.
    const QByteArray proxy = "http://127.0.0.1:" + QByteArray::number(m_proxy.serverPort());
    qputenv("http_proxy", proxy);
    qputenv("https_proxy", proxy);
    qputenv("HTTPS_PROXY", proxy);
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    SystemProxyFactory::install();
}

void TestNetworkProxy::loopbackNeverProxied_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("IPv4") << u"http://127.0.0.1:8080/"_s;
    QTest::newRow("IPv6") << u"http://[::1]:8080/"_s;
    QTest::newRow("name") << u"http://localhost:8080/"_s;
}

void TestNetworkProxy::loopbackNeverProxied()
{
    QFETCH(QString, url);
    SystemProxyFactory factory;
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
}

void TestNetworkProxy::httpsCallGoesThroughTheSystemProxy()
{
    QByteArray firstLine;
    connect(&m_proxy, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = m_proxy.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            if (firstLine.isEmpty() && socket->canReadLine())
                firstLine = socket->readLine().trimmed();
            // A proxy that refuses: the call must fail, and say so.
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    QNetworkAccessManager nam;
    ClientConfig config;
    config.credentials = { u"LTAIproxytest"_s, u"proxy-test-secret"_s, {} };
    config.retry.maxAttempts = 1;
    EcsClient client(&nam, config);
    ApiError error;
    bool finished = false;
    const ApiRequest request = ops::DescribeRegions::request();
    const QUrl endpoint = client.endpointFor(request);
    QCOMPARE(endpoint.scheme(), u"https"_s);
    client.call<ops::DescribeRegions>(request, this, [&](const Result<QList<Region>> &r) {
        error = r.error();
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15'000);
    QCOMPARE(firstLine, "CONNECT " + endpoint.host().toLatin1() + ":443 HTTP/1.1");
    QVERIFY(error.isError());
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(!error.toDisplayString().contains(u"proxy-test-secret"_s));
}

QTEST_MAIN(TestNetworkProxy)
#include "tst_networkproxy.moc"
