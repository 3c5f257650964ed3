// The one latest-wins mechanism: a scope's older questions are cancelled when a new one starts,
// their answers never reach a handler or a flow, and a flow suspended on a withdrawn question is
// resumed with Cancelled (so no coroutine frame is left hanging). The server holds every request
// until the test releases it, so answers can arrive in any order: A → B → A answered B, A, A'
// shows only the last A.
#include "callscope.h"
#include "ecsclient.h"

#include <QAbstractHttpServer>
#include <QCoro/QCoroTask>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace ecs;
using namespace Qt::StringLiterals;

namespace {

/// Holds every request; release(n) answers the n-th one with {"Answer": <its Question>}.
class HoldingServer : public QAbstractHttpServer
{
public:
    bool start()
    {
        const quint16 port = listen(QHostAddress::LocalHost, 0);
        m_url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        return port != 0;
    }
    QUrl url() const { return m_url; }
    int held() const { return int(m_held.size()); }
    QString question(int n) const { return m_held.at(n).question; }
    void release(int n)
    {
        Held &h = m_held[n];
        if (!h.socket)
            return;
        const QByteArray body = QJsonDocument(
            QJsonObject { { u"RequestId"_s, u"HOLD-%1"_s.arg(n) },
                { u"Answer"_s,
                    h.question } }).toJson(QJsonDocument::Compact);
        h.socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        h.socket->flush();
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QUrlQuery query(request.url());
        if (!request.body().isEmpty())
            query = QUrlQuery(QString::fromUtf8(request.body()));
        m_held.append({ socket, query.queryItemValue(u"Question"_s) });
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    struct Held
    {
        QPointer<QTcpSocket> socket;
        QString question;
    };
    QList<Held> m_held;
    QUrl m_url;
};

struct Ask
{
    using Response = QString;
    static ApiRequest request(const QString &question)
    {
        ApiRequest r(u"DescribeZones"_s);
        r.setRegion(u"cn-hangzhou"_s).set(u"Question"_s, question);
        return r;
    }
    static Result<QString> parse(const QJsonObject &body)
    {
        return body.value(u"Answer"_s).toString();
    }
};

/// A view that asks one question at a time, as a pane does when a person switches choices.
class Asker : public QObject
{
public:
    /// `cancelled` lives outside: a flow resumed while its owner is destroyed touches nothing of
    /// it.
    Asker(EcsClient *client, int *cancelled)
        : m_client(client)
        , m_cancelled(cancelled)
        , m_scope(this)
    { }

    QCoro::Task<> choose(QString question)
    {
        m_scope.renew();
        ++started;
        const Result<QString> answer = co_await m_scope.ask<Ask>(m_client, Ask::request(question));
        if (answer.cancelled()) {
            ++*m_cancelled;
            co_return;
        }
        shown.append(answer.ok() ? answer.value() : u"error"_s);
    }
    void chooseWithHandler(const QString &question)
    {
        m_scope.renew();
        m_scope.call<Ask>(m_client, Ask::request(question),
            [this](const Result<QString> &answer) { shown.append(answer.value()); });
    }

    EcsClient *m_client;
    int *m_cancelled;
    CallScope m_scope;
    QStringList shown;
    int started = 0;
};

} // namespace

class TestCallScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void switchBackAndForthShowsOnlyTheLastChoice_data();
    void switchBackAndForthShowsOnlyTheLastChoice();
    void handlersOfOlderQuestionsNeverRun();
    void destroyingTheOwnerResumesItsFlowsWithCancelled();
    void guardDropsAnswersOfOlderQuestions();
    void aFlowWithoutAClientGoesOnAtOnce();

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<HoldingServer> m_server;
    std::unique_ptr<EcsClient> m_client;
};

void TestCallScope::init()
{
    m_server = std::make_unique<HoldingServer>();
    QVERIFY(m_server->start());
    ClientConfig config;
    config.credentials = { u"LTAIscope"_s, u"secret"_s, {} };
    config.endpointOverride = m_server->url();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<EcsClient>(&m_nam, config);
}

void TestCallScope::switchBackAndForthShowsOnlyTheLastChoice_data()
{
    // The order in which the server answers the three questions A, B, A'.
    QTest::addColumn<QList<int>>("answerOrder");
    QTest::newRow("in order") << QList<int> { 0, 1, 2 };
    QTest::newRow("B late") << QList<int> { 0, 2, 1 };
    QTest::newRow("first A last") << QList<int> { 2, 1, 0 };
    QTest::newRow("last first") << QList<int> { 2, 0, 1 };
}

void TestCallScope::switchBackAndForthShowsOnlyTheLastChoice()
{
    QFETCH(QList<int>, answerOrder);
    int cancelled = 0;
    Asker view(m_client.get(), &cancelled);
    view.choose(u"zone-a"_s);
    view.choose(u"zone-b"_s);
    view.choose(u"zone-a"_s);
    QCOMPARE(view.started, 3);
    // The two withdrawn questions resumed their flows with Cancelled at once.
    QCOMPARE(cancelled, 2);
    // Cancelled calls may never reach the server; the last one does.
    QTRY_VERIFY(m_server->held() >= 1);
    for (int n : answerOrder)
        if (n < m_server->held())
            m_server->release(n);
    QTRY_COMPARE(view.shown, QStringList { u"zone-a"_s });
    QTRY_COMPARE(m_client->callsInFlight(), 0);
    QCOMPARE(view.shown, QStringList { u"zone-a"_s });
}

void TestCallScope::handlersOfOlderQuestionsNeverRun()
{
    int cancelled = 0;
    Asker view(m_client.get(), &cancelled);
    view.chooseWithHandler(u"vpc-a"_s);
    QTRY_COMPARE(m_server->held(), 1);
    view.chooseWithHandler(u"vpc-b"_s);
    QTRY_VERIFY(m_server->held() >= 2);
    m_server->release(1);
    m_server->release(0);
    QTRY_COMPARE(view.shown, QStringList { u"vpc-b"_s });
    QTRY_COMPARE(m_client->callsInFlight(), 0);
    QCOMPARE(view.shown, QStringList { u"vpc-b"_s });
}

void TestCallScope::destroyingTheOwnerResumesItsFlowsWithCancelled()
{
    int cancelled = 0;
    auto view = std::make_unique<Asker>(m_client.get(), &cancelled);
    view->choose(u"region-a"_s);
    QTRY_COMPARE(m_server->held(), 1);
    QCOMPARE(view->m_scope.pending(), 1);
    // The flow's frame must not outlive its question: destroying the owner resumes it with
    // Cancelled at once (ASan's leak check would see a frame left suspended).
    view.reset();
    QCOMPARE(cancelled, 1);
    QTRY_COMPARE(m_client->callsInFlight(), 0);
    m_server->release(0); // the socket is gone with the cancelled call: nothing to deliver
}

void TestCallScope::guardDropsAnswersOfOlderQuestions()
{
    QObject owner;
    CallScope scope(&owner);
    QStringList seen;
    auto first = scope.guard([&](const QString &s) { seen << s; });
    scope.renew();
    auto second = scope.guard([&](const QString &s) { seen << s; });
    first(u"old"_s);
    second(u"new"_s);
    QCOMPARE(seen, QStringList { u"new"_s });
}

void TestCallScope::aFlowWithoutAClientGoesOnAtOnce()
{
    int cancelled = 0;
    Asker view(nullptr, &cancelled);
    view.choose(u"anything"_s);
    QCOMPARE(cancelled, 1);
    QVERIFY(view.shown.isEmpty());
}

QTEST_GUILESS_MAIN(TestCallScope)
#include "tst_callscope.moc"
