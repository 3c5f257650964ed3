#include "scriptedhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

bool ScriptedHttpServer::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (!port)
        return false;
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(QStringLiteral("127.0.0.1"));
    m_url.setPort(port);
    m_url.setPath(QStringLiteral("/"));
    return true;
}

bool ScriptedHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    m_lastBody = request.body();
    m_lastHeaders = request.headers();
    m_seen.append({ request.url(), request.headers(), request.body() });
    const Reply reply = m_queue.isEmpty() ? m_reply : m_queue.takeFirst();
    switch (reply.kind) {
    case Reply::Kind::Respond: {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto &[name, value] : reply.headers)
            responder.writeHeader(name, value);
        responder.writeBody(reply.body);
        break;
    }
    case Reply::Kind::Truncate:
        // Promise more than is sent, then hang up: a body cut off in transit.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(reply.body.size() + 1000) + "\r\n\r\n" + reply.body);
        socket->flush();
        socket->disconnectFromHost();
        break;
    case Reply::Kind::Close:
        socket->disconnectFromHost();
        break;
    case Reply::Kind::Silence:
        m_silenced.append(socket);
        break;
    }
    return true;
}

ScriptedHttpServer::Reply ScriptedHttpServer::serviceError(
    int status, const QByteArray &code, QList<std::pair<QByteArray, QByteArray>> headers)
{
    static int counter = 0;
    const QByteArray id = "SCRIPTED-" + QByteArray::number(++counter);
    headers.emplace_back("x-acs-request-id", id);
    return { Reply::Kind::Respond, status, "application/json",
        R"({"RequestId":")" + id + R"(","HostId":"127.0.0.1","Code":")" + code
            + R"(","Message":"scripted )" + code + R"("})",
        headers };
}

QByteArray ScriptedHttpServer::Seen::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void ScriptedHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) { }
