#include "simserver.h"

#include "logging.h"
#include "simcertificate.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QPointer>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

void writeXmlValue(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            writeXmlValue(xml, name, item);
        return;
    }
    xml.writeStartElement(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeXmlValue(xml, it.key(), it.value());
    } else if (value.isBool()) {
        xml.writeCharacters(value.toBool() ? u"true"_s : u"false"_s);
    } else if (value.isDouble()) {
        xml.writeCharacters(QString::number(value.toDouble(), 'g', 15));
    } else {
        xml.writeCharacters(value.toString());
    }
    xml.writeEndElement();
}

} // namespace

QByteArray toXml(const QString &rootName, const QJsonObject &object)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    writeXmlValue(xml, rootName, object);
    xml.writeEndDocument();
    return out;
}

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_authenticator(options)
    , m_world(new SimWorld(SimDataset::builtIn(&m_datasetError),
          SimCatalog::builtIn(&m_datasetError), options.seed, options.timeScale, this))
    , m_service(*m_world)
    , m_options(options)
    , m_random(options.seed ^ 0x5eed)
    , m_saveTimer(this)
{
    if (!m_datasetError.isEmpty())
        return;
    bool restored = false;
    if (!options.stateFile.isEmpty() && QFile::exists(options.stateFile)) {
        QFile file(options.stateFile);
        QJsonParseError parseError {};
        const QJsonDocument state = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll(), &parseError)
            : QJsonDocument();
        QString error;
        if (!state.isObject() || !m_world->restoreState(state.object(), &error)) {
            m_datasetError = u"cannot restore the state file %1: %2"_s.arg(
                options.stateFile, error.isEmpty() ? parseError.errorString() : error);
            return;
        }
        restored = true;
    }
    if (!restored && options.instances > 0)
        m_world->populate(options.instances, options.instanceRegions);
    if (!options.stateFile.isEmpty()) {
        // Written a moment after changes settle, atomically, and once more at exit.
        m_saveTimer.setSingleShot(true);
        m_saveTimer.setInterval(250);
        connect(&m_saveTimer, &QTimer::timeout, this, &SimServer::saveState);
        connect(m_world, &SimWorld::instanceChanged, &m_saveTimer, qOverload<>(&QTimer::start));
        connect(m_world, &SimWorld::instanceReleased, &m_saveTimer, qOverload<>(&QTimer::start));
        if (!restored)
            saveState();
    }
}

SimServer::~SimServer()
{
    if (m_saveTimer.isActive())
        saveState();
}

void SimServer::saveState()
{
    m_saveTimer.stop();
    QSaveFile file(m_options.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcEcsSim) << "cannot write the state file" << m_options.stateFile
                            << file.errorString();
        return;
    }
    file.write(QJsonDocument(m_world->saveState()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        qCWarning(lcEcsSim) << "cannot write the state file" << m_options.stateFile
                            << file.errorString();
}

bool SimServer::setUpTls(const QHostAddress &address)
{
    const SelfSignedCertificate certificate
        = makeSelfSignedCertificate({ address.toString(), u"localhost"_s });
    if (!certificate.ok()) {
        Q_EMIT failed(certificate.error);
        return false;
    }
    if (!m_options.certificateOut.isEmpty()) {
        QSaveFile out(m_options.certificateOut);
        if (!out.open(QIODevice::WriteOnly) || out.write(certificate.certificatePem) < 0
            || !out.commit()) {
            Q_EMIT failed(u"cannot write the certificate to %1"_s.arg(m_options.certificateOut));
            return false;
        }
    }
    sslSetup(QSslCertificate(certificate.certificatePem, QSsl::Pem),
        QSslKey(certificate.privateKeyPem, QSsl::Ec));
    return true;
}

SimServer::Fault SimServer::nextFault()
{
    if (m_options.faultRate <= 0)
        return Fault::None;
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    if (chance(m_random) >= m_options.faultRate)
        return Fault::None;
    return Fault(1 + m_random() % 5);
}

int SimServer::nextLatencyMs()
{
    if (m_options.latencyMs <= 0 && m_options.latencyJitterMs <= 0)
        return 0;
    const int jitter = m_options.latencyJitterMs > 0
        ? int(m_random() % quint64(m_options.latencyJitterMs + 1))
        : 0;
    return std::max(0, m_options.latencyMs) + jitter;
}

void SimServer::start(const QHostAddress &address, quint16 port)
{
    if (!m_datasetError.isEmpty()) {
        Q_EMIT failed(m_datasetError);
        return;
    }
    if (m_options.tls && !setUpTls(address))
        return;
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        const QList<QTcpServer *> all = servers();
        Q_EMIT failed(u"cannot listen on %1:%2%3"_s.arg(address.toString())
                          .arg(port)
                          .arg(all.isEmpty() ? QString() : u": "_s + all.last()->errorString()));
        return;
    }
    QUrl url;
    url.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    url.setHost(address.toString());
    url.setPort(bound);
    qCInfo(lcEcsSim) << "listening on" << url.toString();
    Q_EMIT listening(url);
}

bool SimServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const QByteArray body = httpRequest.body();
    // An oversized body is refused before it is parsed.
    SimRequest request = SimRequest::fromHttp(methodName(httpRequest.method()), httpRequest.url(),
        httpRequest.headers(), body.size() > kMaxRequestBodyBytes ? QByteArray() : body);
    request.requestId = newRequestId();

    ++m_requestsServed;
    Answer reply;
    switch (nextFault()) {
    case Fault::None:
        reply = body.size() > kMaxRequestBodyBytes ? refuse(request, body.size()) : answer(request);
        if (m_dropCount > 0 && request.action == m_dropAction) {
            --m_dropCount;
            socket->abort(); // the work is done; the answer never arrives
            return true;
        }
        break;
    case Fault::Throttling:
        reply = render(request, u"JSON"_s,
            { 400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s }, {});
        break;
    case Fault::Unavailable:
        reply = render(request, u"JSON"_s,
            { 503, u"ServiceUnavailable"_s,
                u"The request has failed due to a temporary failure of the server."_s },
            {});
        break;
    case Fault::Internal:
        reply = render(request, u"JSON"_s,
            { 500, u"InternalError"_s,
                u"The request processing has failed due to some unknown error."_s },
            {});
        break;
    case Fault::Drop:
        socket->abort(); // no answer at all, as when a connection dies mid-flight
        return true;
    case Fault::Truncate:
        reply = answer(request);
        reply.truncate = true;
        break;
    }
    reply.requestId = request.requestId.toLatin1();

    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    const int delay = nextLatencyMs();
    if (delay <= 0) {
        send(responder, reply, socket);
        return true;
    }
    // Answered later from the event loop; the socket may be gone by then.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delay, this, [held, reply, guard = QPointer<QTcpSocket>(socket)] {
        if (guard)
            send(*held, reply, guard);
    });
    return true;
}

void SimServer::send(QHttpServerResponder &responder, const Answer &reply, QTcpSocket *socket)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("x-acs-request-id", reply.requestId);
    responder.writeHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    if (!reply.truncate) {
        responder.writeBody(reply.body);
        return;
    }
    responder.writeBody(reply.body.left(reply.body.size() / 2));
    socket->disconnectFromHost();
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this exists because the base class requires it.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

SimServer::Answer SimServer::answer(SimRequest &request)
{
    // Which format to answer errors in before the request is understood: v3 is always JSON.
    QString format = request.headers.contains("authorization")
        ? u"JSON"_s
        : request.query.value(u"Format"_s, request.form.value(u"Format"_s)).toUpper();

    QJsonObject body;
    SimError error = m_authenticator.authenticate(request, QDateTime::currentDateTimeUtc());
    if (!error.isError() && !request.action.startsWith(u"Describe"_s)) {
        for (const SimKey &key : m_options.extraKeys)
            if (key.readOnly && key.accessKeyId == request.accessKeyId)
                error = errors::operationDenied(u"Forbidden.RAM"_s,
                    u"User not authorized to operate on the specified resource, or this API doesn't support RAM."_s);
    }
    if (!error.isError()) {
        format = request.format;
        SimService::Outcome outcome = m_service.handle(request);
        error = outcome.error;
        body = outcome.body;
    }
    return render(request, format, error, body);
}

SimServer::Answer SimServer::refuse(const SimRequest &request, qint64 bodySize) const
{
    return render(request, u"JSON"_s, errors::requestTooLarge(bodySize), {});
}

SimServer::Answer SimServer::render(
    const SimRequest &request, QString format, const SimError &error, QJsonObject body) const
{
    if (format.isEmpty())
        format = u"XML"_s; // the service's default for v1 requests

    Answer reply;
    if (error.isError()) {
        reply.status = error.httpStatus;
        const QString host = QString::fromLatin1(request.header("host"));
        body = QJsonObject {
            { u"Code"_s, error.code },
            { u"Message"_s, error.message },
            { u"HostId"_s, host.section(u':', 0, 0) },
            { u"Recommend"_s,
                u"https://api.aliyun.com/troubleshoot?q=%1&product=Ecs&requestId=%2"_s.arg(
                    error.code, request.requestId) },
        };
        qCInfo(lcEcsSim).noquote()
            << request.method << (request.action.isEmpty() ? u"-"_s : request.action)
            << error.httpStatus << error.code;
    } else {
        qCDebug(lcEcsSim).noquote() << request.method << request.action << 200;
    }
    body.insert(u"RequestId"_s, request.requestId);

    if (format == u"XML") {
        reply.contentType = "text/xml;charset=utf-8";
        reply.body = toXml(error.isError() ? u"Error"_s : request.action + u"Response"_s, body);
    } else {
        reply.contentType = "application/json;charset=utf-8";
        reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return reply;
}

} // namespace ecs::sim
