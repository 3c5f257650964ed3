#include "requestgate.h"

#include "logging.h"
#include "simerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUuid>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

// A refused client still sending is read (and dropped) this long, so that it can read the answer
// instead of a reset; then the connection closes.
constexpr int kDrainMs = 2000;
// Above the limits by one read's worth, so that an excess is always seen before the cap stalls
// the connection.
constexpr qint64 kReadSlack = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Bad Request";
    }
}

bool isLeadingSpace(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

} // namespace

RequestGate::RequestGate(QTcpSocket *socket, QObject *parser, std::shared_ptr<RequestBudget> budget)
    : QObject(socket)
    , m_socket(socket)
    , m_parser(parser)
    , m_budget(std::move(budget))
    , m_drainTimer(this)
{
    ++m_budget->connections;
    const RequestLimits &limits = m_budget->limits;
    // A hard cap whatever happens: the socket never holds more than one request's worth.
    m_socket->setReadBufferSize(limits.maxHeaderBytes + limits.maxBodyBytes + kReadSlack);
    connect(m_socket, &QIODevice::readyRead, this, &RequestGate::inspect);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, m_socket, &QAbstractSocket::abort);
}

RequestGate::~RequestGate()
{
    release();
    --m_budget->connections;
}

RequestGate *RequestGate::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<RequestGate *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void RequestGate::release()
{
    m_budget->bufferedBytes -= m_accounted;
    m_accounted = 0;
}

void RequestGate::requestHandled()
{
    if (m_state == State::Refused)
        return;
    release();
    // Bytes after the request (pipelining) are still unread: the next inspect() sees them anew.
    m_state = State::Head;
    m_head.clear();
    m_headLines = 0;
    m_contentLength = 0;
    m_chunked = false;
    m_bodySeen = 0;
}

void RequestGate::inspect()
{
    const qint64 available = m_socket->bytesAvailable();
    if (m_state == State::Refused) {
        m_socket->skip(available); // draining: nobody parses this any more
        return;
    }
    if (available <= 0)
        return;
    // The parser consumes everything it is given until a request is complete, so what is
    // unread now arrived since the last look.
    const RequestLimits &limits = m_budget->limits;
    qint64 bodyBytes = available;
    if (m_state == State::Head) {
        const qint64 room = limits.maxHeaderBytes - m_head.size() + 1;
        const QByteArray bytes = m_socket->peek(std::min(available, room));
        const qsizetype used = scanHead(bytes);
        if (m_head.size() > limits.maxHeaderBytes || m_headLines > limits.maxHeaderLines) {
            refuse(431, u"RequestHeaderTooLarge"_s,
                u"The request line and headers exceed %1 bytes or %2 lines."_s
                    .arg(limits.maxHeaderBytes)
                    .arg(limits.maxHeaderLines));
            return;
        }
        if (used < 0) {
            account(available);
            return;
        }
        if (!readHead())
            return;
        bodyBytes = available - used;
    }
    m_bodySeen += bodyBytes;
    if (m_chunked && m_bodySeen > limits.maxBodyBytes + kReadSlack) {
        refuse(413, u"RequestEntityTooLarge"_s,
            u"The request body exceeds the limit of %1 bytes."_s.arg(limits.maxBodyBytes));
        return;
    }
    account(available);
}

qsizetype RequestGate::scanHead(const QByteArray &bytes)
{
    qsizetype i = 0;
    if (m_head.isEmpty()) // as the parser does: line ends left over from a previous request
        while (i < bytes.size() && isLeadingSpace(bytes.at(i)))
            ++i;
    for (; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        m_head.append(c);
        if (c != '\n')
            continue;
        ++m_headLines;
        if (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n"))
            return i + 1;
    }
    return -1;
}

bool RequestGate::readHead()
{
    m_state = State::Body;
    m_contentLength = 0;
    m_chunked = false;
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && m_contentLength == 0) {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0)
                m_contentLength = 0;
        } else if (name == "transfer-encoding") {
            m_chunked = value.toLower().contains("chunked");
        } else if (name == "host" && m_host.isEmpty()) {
            m_host = value.left(255);
        }
    }
    if (!m_chunked && m_contentLength > m_budget->limits.maxBodyBytes) {
        refuse(413, u"RequestEntityTooLarge"_s, errors::requestTooLarge(m_contentLength).message);
        return false;
    }
    return true;
}

void RequestGate::account(qint64 bytes)
{
    m_accounted += bytes;
    m_budget->bufferedBytes += bytes;
    if (m_budget->bufferedBytes > m_budget->limits.maxBufferedBytes)
        refuse(503, u"ServiceUnavailable"_s,
            u"The request has failed due to a temporary failure of the server."_s);
}

void RequestGate::refuse(int status, const QString &code, const QString &message)
{
    m_state = State::Refused;
    release();
    qCInfo(lcEcsSim).noquote() << "refused a request:" << status << code;
    // The parser sees nothing more of this connection; what it holds goes with the socket.
    if (m_parser)
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_parser, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->setReadBufferSize(kReadSlack);
    m_socket->skip(m_socket->bytesAvailable());

    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const QJsonObject error { { u"RequestId"_s, requestId },
        { u"HostId"_s, QString::fromLatin1(m_host).section(u':', 0, 0) }, { u"Code"_s, code },
        { u"Message"_s, message },
        { u"Recommend"_s,
            u"https://api.aliyun.com/troubleshoot?q=%1&product=Ecs&requestId=%2"_s.arg(
                code, requestId) } };
    const QByteArray body = QJsonDocument(error).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json;charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nx-acs-request-id: " + requestId.toLatin1()
        + "\r\nDate: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
              .toLatin1()
        + "\r\nConnection: close\r\n\r\n" + body;
    m_socket->write(response);
    m_drainTimer.start(kDrainMs);
    connect(m_socket, &QIODevice::bytesWritten, this, &RequestGate::closeWhenWritten);
    m_socket->flush();
    closeWhenWritten();
}

void RequestGate::closeWhenWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    disconnect(m_socket, &QIODevice::bytesWritten, this, &RequestGate::closeWhenWritten);
    // TLS has no half-close: the client reads the answer while it is drained, and closes (as
    // "Connection: close" asks) or is cut off when the drain time is up.
    if (qobject_cast<QSslSocket *>(m_socket))
        return;
    // The answer and then the end of our side; the client's remaining upload is drained until
    // it stops or the drain time is up.
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

FlowControl::FlowControl(double requestsPerSecond)
    : m_rate(std::max(0.0, requestsPerSecond))
{ }

bool FlowControl::admit(const QString &accessKeyId, qint64 nowMs)
{
    if (!isLimited())
        return true;
    auto it = m_buckets.find(accessKeyId);
    if (it == m_buckets.end()) // a full bucket: a burst of one second's worth
        it = m_buckets.insert(accessKeyId, { std::max(1.0, m_rate), nowMs, 0, 0 });
    const double capacity = std::max(1.0, m_rate);
    it->tokens = std::min(capacity, it->tokens + double(nowMs - it->lastMs) * m_rate / 1000.0);
    it->lastMs = nowMs;
    if (it->tokens < 1) {
        ++it->refused;
        ++m_refused;
        return false;
    }
    it->tokens -= 1;
    ++it->admitted;
    return true;
}

GatedTcpServer::GatedTcpServer(std::shared_ptr<RequestBudget> budget, QObject *parent)
    : QTcpServer(parent)
    , m_budget(std::move(budget))
{ }

void GatedTcpServer::incomingConnection(qintptr handle)
{
    if (m_budget->connections >= m_budget->limits.maxConnections) {
        ::close(int(handle));
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return;
    }
    new RequestGate(socket, parent(), m_budget); // before QtHttpServer connects to the socket
    addPendingConnection(socket);
}

GatedSslServer::GatedSslServer(std::shared_ptr<RequestBudget> budget, QObject *parent)
    : QSslServer(parent)
    , m_budget(std::move(budget))
{ }

void GatedSslServer::incomingConnection(qintptr handle)
{
    if (m_budget->connections >= m_budget->limits.maxConnections) {
        ::close(int(handle));
        return;
    }
    // QSslServer makes the socket here and hands it over after the handshake.
    QSslServer::incomingConnection(handle);
    for (QSslSocket *socket : findChildren<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly))
        if (!RequestGate::of(socket))
            new RequestGate(socket, parent(), m_budget);
}

} // namespace ecs::sim
