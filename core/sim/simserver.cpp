#include "simserver.h"

#include "logging.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
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
{ }

void SimServer::start(const QHostAddress &address, quint16 port)
{
    if (!m_datasetError.isEmpty()) {
        Q_EMIT failed(m_datasetError);
        return;
    }
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        const QList<QTcpServer *> all = servers();
        Q_EMIT failed(u"cannot listen on %1:%2%3"_s.arg(address.toString())
                          .arg(port)
                          .arg(all.isEmpty() ? QString() : u": "_s + all.last()->errorString()));
        return;
    }
    QUrl url;
    url.setScheme(u"http"_s);
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

    const Answer reply
        = body.size() > kMaxRequestBodyBytes ? refuse(request, body.size()) : answer(request);
    ++m_requestsServed;

    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("x-acs-request-id", request.requestId.toLatin1());
    responder.writeHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    responder.writeBody(reply.body);
    return true;
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
