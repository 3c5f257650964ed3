#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

/// A loopback HTTP server that misbehaves on purpose: it answers the next request with whatever
/// the test scripted (any status and body, a body cut off mid-way, a closed connection, silence).
class ScriptedHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Reply
    {
        enum class Kind { Respond, Truncate, Close, Silence };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    static Reply json(int status, const QByteArray &body)
    {
        return { Reply::Kind::Respond, status, "application/json", body, {} };
    }
    static Reply html(int status, const QByteArray &body)
    {
        return { Reply::Kind::Respond, status, "text/html", body, {} };
    }
    static Reply truncated(const QByteArray &partialBody)
    {
        return { Reply::Kind::Truncate, 200, "application/json", partialBody, {} };
    }
    static Reply close() { return { Reply::Kind::Close, 0, {}, {}, {} }; }
    static Reply silence() { return { Reply::Kind::Silence, 0, {}, {}, {} }; }

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    /// Listens on 127.0.0.1 at a free port; returns false if that failed.
    bool start();
    QUrl url() const { return m_url; }

    /// The reply for every following request until changed.
    void setReply(Reply reply) { m_reply = std::move(reply); }
    /// Replies used one per request, in order, before falling back to setReply()'s.
    void queueReplies(QList<Reply> replies) { m_queue = std::move(replies); }
    /// A service error body in the real shape.
    static Reply serviceError(
        int status, const QByteArray &code, QList<std::pair<QByteArray, QByteArray>> headers = {});

    struct Seen
    {
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    const QList<Seen> &requests() const { return m_seen; }
    int requestCount() const { return m_requests; }
    QByteArray lastBody() const { return m_lastBody; }
    QList<std::pair<QByteArray, QByteArray>> lastHeaders() const { return m_lastHeaders; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply m_reply;
    QList<Reply> m_queue;
    QList<Seen> m_seen;
    QUrl m_url;
    int m_requests = 0;
    QByteArray m_lastBody;
    QList<std::pair<QByteArray, QByteArray>> m_lastHeaders;
    QList<QPointer<QTcpSocket>> m_silenced; // kept open, never answered
};
