#pragma once

#include "simdefaults.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace ecs::sim {

/// What all connections of one server hold together, against RequestLimits.
struct RequestBudget
{
    RequestLimits limits;
    qint64 bufferedBytes = 0; ///< bytes of requests not yet complete, over all connections
    int connections = 0;
};

/// Watches one connection's input ahead of QtHttpServer's parser. In Qt 6.4 the parser keeps
/// every byte of a request (a socket transaction, then two copies of the body) until the
/// request is complete, whatever its size, and reads headers without limit. The gate sees each
/// readyRead first: it reads the head itself (peeking, so the parser still gets every byte),
/// refuses a head or a Content-Length beyond the limits at once, counts the body, caps the
/// socket's read buffer, and keeps all connections within one budget. A refused connection is
/// answered (413, 431 or 503, the service's error body), cut off from the parser, drained for
/// a moment so that the client reads the answer, then closed.
class RequestGate : public QObject
{
    Q_OBJECT

public:
    /// Becomes a child of `socket`. `parser` receives the socket's readyRead after the gate.
    RequestGate(QTcpSocket *socket, QObject *parser, std::shared_ptr<RequestBudget> budget);
    ~RequestGate() override;

    static RequestGate *of(QTcpSocket *socket);
    /// The parser has handed over a complete request: what follows starts the next one.
    void requestHandled();

private:
    enum class State { Head, Body, Refused };
    void inspect();
    /// Bytes of `bytes` that complete the head, or -1 when the head goes on.
    qsizetype scanHead(const QByteArray &bytes);
    bool readHead(); ///< false when the head is refused
    void account(qint64 bytes);
    void release();
    void refuse(int status, const QString &code, const QString &message);
    void closeWhenWritten();

    QTcpSocket *m_socket;
    QPointer<QObject> m_parser;
    std::shared_ptr<RequestBudget> m_budget;
    State m_state = State::Head;
    QByteArray m_head;
    int m_headLines = 0;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    qint64 m_bodySeen = 0;
    qint64 m_accounted = 0; ///< this request's bytes in the budget
    QByteArray m_host;
    QTimer m_drainTimer;
};

/// The service's per-user flow control (`ecs-sim --qps-limit N`): a token bucket per AccessKey
/// holding N requests and refilled at N per second, shared by every region's socket. Only
/// authenticated keys get a bucket, so the table is as small as the keys the simulator knows.
class FlowControl
{
public:
    explicit FlowControl(double requestsPerSecond = 0);

    bool isLimited() const { return m_rate > 0; }
    /// Takes a token of `accessKeyId`'s bucket at `nowMs` (monotonic), or false: beyond the limit.
    bool admit(const QString &accessKeyId, qint64 nowMs);
    /// Requests refused so far (all keys, or one).
    qint64 refused() const { return m_refused; }
    qint64 refused(const QString &accessKeyId) const
    {
        return m_buckets.value(accessKeyId).refused;
    }
    qint64 admitted(const QString &accessKeyId) const
    {
        return m_buckets.value(accessKeyId).admitted;
    }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
        qint64 admitted = 0;
        qint64 refused = 0;
    };
    double m_rate;
    QHash<QString, Bucket> m_buckets;
    qint64 m_refused = 0;
};

/// The listening side: every accepted connection gets its RequestGate before QtHttpServer
/// (bound to this server) connects to it; beyond the connection limit, connections are closed.
class GatedTcpServer : public QTcpServer
{
public:
    GatedTcpServer(std::shared_ptr<RequestBudget> budget, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::shared_ptr<RequestBudget> m_budget;
};

/// The same for HTTPS: the gate goes on the socket as it is made, before its handshake.
class GatedSslServer : public QSslServer
{
public:
    GatedSslServer(std::shared_ptr<RequestBudget> budget, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::shared_ptr<RequestBudget> m_budget;
};

} // namespace ecs::sim
