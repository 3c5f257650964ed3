#pragma once

#include "requestauthenticator.h"
#include "simservice.h"
#include "simworld.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QTimer>
#include <QUrl>

#include <random>

namespace ecs::sim {

/// The HTTP face of ecs-sim: turns requests into SimRequests, authenticates them, runs the
/// operation and answers like the real endpoint (JSON or XML body, x-acs-request-id, Date).
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override; ///< writes the state file if anything changed since the last write

    /// Listens (port 0 picks a free one) and emits listening() or failed().
    void start(const QHostAddress &address, quint16 port);

    qint64 requestsServed() const { return m_requestsServed; }
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

Q_SIGNALS:
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
    enum class Fault { None, Throttling, Unavailable, Internal, Drop, Truncate };
    Fault nextFault();
    int nextLatencyMs();
    static void send(QHttpServerResponder &responder, const Answer &reply, QTcpSocket *socket);
    void saveState();
    bool setUpTls(const QHostAddress &address);

    Answer answer(SimRequest &request);
    Answer refuse(const SimRequest &request, qint64 bodySize) const;
    Answer render(
        const SimRequest &request, QString format, const SimError &error, QJsonObject body) const;

    RequestAuthenticator m_authenticator;
    QString m_datasetError;
    SimWorld *m_world; ///< child: lives in this server's thread
    SimService m_service;
    SimOptions m_options;
    std::mt19937_64 m_random;
    QTimer m_saveTimer;
    qint64 m_requestsServed = 0;
    QString m_dropAction;
    int m_dropCount = 0;
};

/// Renders a response object as the service's XML (arrays become repeated elements).
QByteArray toXml(const QString &rootName, const QJsonObject &object);

} // namespace ecs::sim
