#pragma once

#include "requestauthenticator.h"
#include "requestgate.h"
#include "simservice.h"
#include "simstatefile.h"
#include "simworld.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <random>

class QHttpServerResponder;

namespace ecs::sim {

struct RequestBudget;

/// The HTTP face of ecs-sim: turns requests into SimRequests, authenticates them, runs the
/// operation and answers like the real endpoint (JSON or XML body, x-acs-request-id, Date).
/// With a state file, an answer is sent only once what it reports is on disk (instances, the
/// id counter, ClientTokens, used nonces): the answers of one event-loop turn wait for one write.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override; ///< writes the state file if anything changed since the last write

    /// Listens (port 0 picks a free one), and unless SimOptions::singleEndpoint on a loopback
    /// port of its own for each region; emits regionEndpointsListening() and listening(), or
    /// failed(). Every socket is served by the same handler (gate, authentication, faults,
    /// latency): the main one answers every region, as ecs.aliyuncs.com does.
    void start(const QHostAddress &address, quint16 port);

    /// RegionId → "127.0.0.1:<port>" once listening (empty with SimOptions::singleEndpoint).
    const QMap<QString, QString> &regionEndpoints() const { return m_regionEndpoints; }
    qint64 requestsServed() const { return m_requestsServed; }
    /// Requests received on the listening socket of this local port.
    qint64 requestsServedOn(quint16 port) const { return m_requestsByPort.value(port); }
    /// Connections that have sent a request, on all sockets (how many a client keeps open).
    qint64 connectionsServed() const { return m_connectionsServed; }
    /// Changes the share of faulty answers while running (a soak prepares without faults).
    void setFaultRate(double rate) { m_options.faultRate = rate; }
    /// A fault for tests: the next `count` requests for `action` are carried out, but their
    /// answers are lost (the connection closes), as when a network dies after the service acted.
    void dropResponses(const QString &action, int count)
    {
        m_dropAction = action;
        m_dropCount = count;
    }
    SimWorld &world() { return *m_world; }
    /// Tests: every temporary credential issued so far expires now (InvalidSecurityToken.Expired).
    void expireTemporaryCredentials();
    /// Requests answered Throttling.User by SimOptions::qpsLimit (not by the fault rate).
    const FlowControl &flowControl() const { return m_flowControl; }

Q_SIGNALS:
    /// Just before listening(), unless SimOptions::singleEndpoint.
    void regionEndpointsListening(const QMap<QString, QString> &endpoints);
    void listening(const QUrl &url);
    void failed(const QString &reason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray requestId;
        bool truncate = false; ///< a fault: half the body, then the connection closes
    };
    enum class Fault { None, Throttling, Unavailable, Internal, Drop, Truncate, Lost };
    Fault nextFault();
    int nextLatencyMs();
    static void send(QHttpServerResponder &responder, const Answer &reply, QTcpSocket *socket);
    bool setUpTls(const QHostAddress &address);
    /// A gated (and with TLS, encrypting) listening socket bound to this server, or null.
    QTcpServer *openSocket(const QHostAddress &address, quint16 port);

    /// An answer made, to be sent after its delay once the state it reports is saved.
    struct Outgoing
    {
        std::shared_ptr<QHttpServerResponder> responder;
        Answer reply;
        QPointer<QTcpSocket> socket;
        int delayMs = 0;
    };
    void deliver(Outgoing outgoing);
    bool restoreState(QString *error);
    bool hasUnsavedChanges() const;
    bool saveSnapshot(QString *error);
    bool saveState(); ///< a snapshot when the world or tokens changed, else the nonce journal
    void scheduleSave();
    void saveAndAnswer();

    Answer answer(SimRequest &request);
    Answer refuse(const SimRequest &request, qint64 bodySize) const;
    /// `raw`: a member already JSON text (SimService::Outcome::rawKey), spliced into the body.
    Answer render(const SimRequest &request, QString format, const SimError &error,
        QJsonObject body, const SimService::Outcome *raw = nullptr) const;

    RequestAuthenticator m_authenticator;
    FlowControl m_flowControl;
    QElapsedTimer m_flowClock;
    QString m_datasetError;
    SimWorld *m_world; ///< child: lives in this server's thread
    SimService m_service;
    SimOptions m_options;
    std::mt19937_64 m_random;
    std::unique_ptr<SimStateFile> m_stateFile;
    bool m_worldChanged = false;
    bool m_snapshotOwed = false; ///< a journal write failed: the next save is a snapshot
    quint64 m_savedIdCounter = 0;
    quint64 m_savedTokenGeneration = 0;
    QList<Outgoing> m_awaitingSave;
    bool m_saveQueued = false;
    QTimer m_lazySaveTimer; ///< changes nobody waits for (the state machine's steps)
    std::shared_ptr<RequestBudget> m_budget;
    QSslConfiguration m_sslConfiguration;
    qint64 m_requestsServed = 0;
    QHash<quint16, qint64> m_requestsByPort;
    qint64 m_connectionsServed = 0;
    QMap<QString, QString> m_regionEndpoints;
    QString m_dropAction;
    int m_dropCount = 0;
};

/// Renders a response object as the service's XML (arrays become repeated elements).
QByteArray toXml(const QString &rootName, const QJsonObject &object);

} // namespace ecs::sim
