#include "simserver.h"

#include "logging.h"
#include "requestgate.h"
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

namespace {
// A journal longer than this is folded into the next snapshot.
constexpr qint64 kMaxJournalBytes = 4 * 1024 * 1024;
} // namespace

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_authenticator(options)
    , m_flowControl(options.qpsLimit)
    , m_world(new SimWorld(SimDataset::builtIn(&m_datasetError),
          SimCatalog::builtIn(&m_datasetError), options.seed, options.timeScale, this))
    , m_service(*m_world)
    , m_options(options)
    , m_random(options.seed ^ 0x5eed)
    , m_lazySaveTimer(this)
    , m_budget(std::make_shared<RequestBudget>(RequestBudget { options.limits }))
{
    m_flowClock.start();
    m_authenticator.setStsIssuer(&m_service.sts());
    if (!m_datasetError.isEmpty())
        return;
    bool restored = false;
    if (!options.stateFile.isEmpty()) {
        m_stateFile = std::make_unique<SimStateFile>(options.stateFile);
        QString error;
        if (!restoreState(&error)) {
            m_datasetError
                = u"cannot restore the state file %1: %2"_s.arg(options.stateFile, error);
            return;
        }
        restored = m_world->instanceCount() > 0 || QFile::exists(options.stateFile);
    }
    if (!restored && options.instances > 0)
        m_world->populate(options.instances, options.instanceRegions);
    if (m_stateFile) {
        m_authenticator.setRecordNewNonces(true);
        const auto changed = [this] {
            m_worldChanged = true;
            if (!m_lazySaveTimer.isActive())
                m_lazySaveTimer.start();
        };
        connect(m_world, &SimWorld::instanceChanged, this, changed);
        connect(m_world, &SimWorld::instanceReleased, this, changed);
        m_lazySaveTimer.setSingleShot(true);
        m_lazySaveTimer.setInterval(1000);
        connect(&m_lazySaveTimer, &QTimer::timeout, this, &SimServer::saveState);
        // A fresh snapshot at start: a new file is usable at once, a journal is folded in.
        QString error;
        if (!saveSnapshot(&error))
            m_datasetError = u"cannot write the state file %1: %2"_s.arg(options.stateFile, error);
    }
}

SimServer::~SimServer()
{
    if (m_stateFile && m_datasetError.isEmpty() && hasUnsavedChanges())
        saveState();
}

bool SimServer::restoreState(QString *error)
{
    QJsonObject snapshot;
    QHash<QString, qint64> nonces;
    if (!m_stateFile->load(&snapshot, &nonces, error))
        return false;
    if (!snapshot.isEmpty() && !m_world->restoreState(snapshot, error))
        return false;
    m_service.restoreTokens(snapshot.value("tokens"_L1).toArray());
    for (const QJsonValue &value : snapshot.value("nonces"_L1).toArray()) {
        const QJsonArray pair = value.toArray();
        nonces.insert(pair.at(0).toString(), pair.at(1).toString().toLongLong());
    }
    m_authenticator.restoreNonces(nonces, QDateTime::currentDateTimeUtc());
    return true;
}

bool SimServer::hasUnsavedChanges() const
{
    return m_worldChanged || m_snapshotOwed || m_world->idCounter() != m_savedIdCounter
        || m_service.tokenGeneration() != m_savedTokenGeneration || m_authenticator.hasNewNonces();
}

bool SimServer::saveSnapshot(QString *error)
{
    QJsonObject state = m_world->saveState();
    state.insert(u"format"_s, 2);
    state.insert(u"tokens"_s, m_service.saveTokens());
    QJsonArray nonces;
    const QHash<QString, qint64> live = m_authenticator.nonces(QDateTime::currentDateTimeUtc());
    for (auto it = live.cbegin(); it != live.cend(); ++it)
        nonces.append(QJsonArray { it.key(), QString::number(it.value()) });
    state.insert(u"nonces"_s, nonces);
    if (!m_stateFile->writeSnapshot(state, error))
        return false;
    m_authenticator.takeNewNonces(); // the snapshot holds them
    m_worldChanged = false;
    m_snapshotOwed = false;
    m_savedIdCounter = m_world->idCounter();
    m_savedTokenGeneration = m_service.tokenGeneration();
    m_lazySaveTimer.stop();
    return true;
}

bool SimServer::saveState()
{
    QString error;
    bool saved = true;
    if (m_worldChanged || m_snapshotOwed || m_world->idCounter() != m_savedIdCounter
        || m_service.tokenGeneration() != m_savedTokenGeneration
        || m_stateFile->journalBytes() > kMaxJournalBytes) {
        saved = saveSnapshot(&error);
    } else if (m_authenticator.hasNewNonces()) {
        saved = m_stateFile->appendNonces(m_authenticator.takeNewNonces(), &error);
        m_snapshotOwed = !saved;
    }
    if (!saved)
        qCWarning(lcEcsSim).noquote()
            << "cannot write the state file" << m_stateFile->path() << error;
    return saved;
}

void SimServer::scheduleSave()
{
    if (m_saveQueued)
        return;
    m_saveQueued = true;
    // Queued, so that the requests of this event-loop turn share one write.
    QMetaObject::invokeMethod(this, &SimServer::saveAndAnswer, Qt::QueuedConnection);
}

void SimServer::saveAndAnswer()
{
    m_saveQueued = false;
    const bool saved = !hasUnsavedChanges() || saveState();
    for (Outgoing &outgoing : std::exchange(m_awaitingSave, {})) {
        if (!saved) {
            // Done in memory but not durable: say so rather than acknowledge it. A retry with
            // the same ClientToken gets the first result once the state can be written.
            const QJsonObject body {
                { u"RequestId"_s, QString::fromLatin1(outgoing.reply.requestId) },
                { u"Code"_s, u"InternalError"_s },
                { u"Message"_s, u"The request processing has failed due to some unknown error."_s }
            };
            outgoing.reply.status = 500;
            outgoing.reply.contentType = "application/json;charset=utf-8";
            outgoing.reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            outgoing.reply.truncate = false;
        }
        deliver(std::move(outgoing));
    }
}

bool SimServer::setUpTls(const QHostAddress &address)
{
    // The region endpoints listen on 127.0.0.1 whatever the main address is.
    QStringList hosts { address.toString(), u"127.0.0.1"_s, u"localhost"_s };
    hosts.removeDuplicates();
    const SelfSignedCertificate certificate = makeSelfSignedCertificate(hosts);
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
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setLocalCertificate(QSslCertificate(certificate.certificatePem, QSsl::Pem));
    m_sslConfiguration.setPrivateKey(QSslKey(certificate.privateKeyPem, QSsl::Ec));
    m_sslConfiguration.setProtocol(QSsl::SecureProtocols);
    return true;
}

SimServer::Fault SimServer::nextFault()
{
    if (m_options.faultRate <= 0)
        return Fault::None;
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    if (chance(m_random) >= m_options.faultRate)
        return Fault::None;
    return Fault(1 + m_random() % 6);
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

QTcpServer *SimServer::openSocket(const QHostAddress &address, quint16 port)
{
    // Our own listening socket rather than listen(): every connection gets its RequestGate
    // before QtHttpServer reads from it.
    QTcpServer *tcp = nullptr;
    if (m_options.tls) {
        auto *ssl = new GatedSslServer(m_budget, this);
        ssl->setSslConfiguration(m_sslConfiguration);
        tcp = ssl;
    } else {
        tcp = new GatedTcpServer(m_budget, this);
    }
    if (!tcp->listen(address, port)) {
        Q_EMIT failed(u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                          .arg(port)
                          .arg(tcp->errorString()));
        delete tcp;
        return nullptr;
    }
    bind(tcp);
    return tcp;
}

void SimServer::start(const QHostAddress &address, quint16 port)
{
    if (!m_datasetError.isEmpty()) {
        Q_EMIT failed(m_datasetError);
        return;
    }
    if (m_options.tls && !setUpTls(address))
        return;
    QTcpServer *main = openSocket(address, port);
    if (!main)
        return;
    if (!m_options.singleEndpoint) {
        // One endpoint per region, as the service has: a client gets its connections per region.
        const QHostAddress loopback(QHostAddress::LocalHost);
        for (const SimRegion &region : m_world->regions().regions()) {
            QTcpServer *socket = openSocket(loopback, 0);
            if (!socket)
                return;
            const QString endpoint = u"%1:%2"_s.arg(loopback.toString()).arg(socket->serverPort());
            m_regionEndpoints.insert(region.regionId, endpoint);
            m_world->mutableRegions().setRegionEndpoint(region.regionId, endpoint);
        }
        qCInfo(lcEcsSim) << "serving" << m_regionEndpoints.size() << "regions at their own ports";
        Q_EMIT regionEndpointsListening(m_regionEndpoints);
    }
    QUrl url;
    url.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    url.setHost(address.toString());
    url.setPort(main->serverPort());
    qCInfo(lcEcsSim) << "listening on" << url.toString();
    Q_EMIT listening(url);
}

bool SimServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    if (RequestGate *gate = RequestGate::of(socket))
        gate->requestHandled();
    const QByteArray body = httpRequest.body();
    // An oversized body is refused before it is parsed.
    SimRequest request = SimRequest::fromHttp(methodName(httpRequest.method()), httpRequest.url(),
        httpRequest.headers(), body.size() > kMaxRequestBodyBytes ? QByteArray() : body);
    request.requestId = newRequestId();

    ++m_requestsServed;
    ++m_requestsByPort[socket->localPort()];
    if (!socket->property("ecsSimCounted").toBool()) {
        socket->setProperty("ecsSimCounted", true);
        ++m_connectionsServed;
    }
    Answer reply;
    switch (nextFault()) {
    case Fault::None:
        reply = body.size() > kMaxRequestBodyBytes ? refuse(request, body.size()) : answer(request);
        if (m_dropCount > 0 && request.action == m_dropAction) {
            --m_dropCount;
            socket->abort(); // the work is done; the answer never arrives
            if (m_stateFile)
                scheduleSave();
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
    case Fault::Lost:
        answer(request);
        socket->abort(); // the service acted; the connection died before its answer
        if (m_stateFile)
            scheduleSave();
        return true;
    case Fault::Truncate:
        reply = answer(request);
        reply.truncate = true;
        break;
    }
    reply.requestId = request.requestId.toLatin1();

    Outgoing outgoing { std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket)),
        reply, socket, nextLatencyMs() };
    // Answers wait for the write of what they report; once one waits, the later ones queue
    // behind it so that a connection's answers keep their order.
    if (m_stateFile && (hasUnsavedChanges() || !m_awaitingSave.isEmpty())) {
        m_awaitingSave.append(std::move(outgoing));
        scheduleSave();
        return true;
    }
    deliver(std::move(outgoing));
    return true;
}

void SimServer::deliver(Outgoing outgoing)
{
    if (outgoing.delayMs <= 0) {
        if (outgoing.socket)
            send(*outgoing.responder, outgoing.reply, outgoing.socket);
        return;
    }
    // Answered later from the event loop; the socket may be gone by then.
    QTimer::singleShot(outgoing.delayMs, this, [outgoing] {
        if (outgoing.socket)
            send(*outgoing.responder, outgoing.reply, outgoing.socket);
    });
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

void SimServer::expireTemporaryCredentials()
{
    m_service.sts().expireAll(QDateTime::currentMSecsSinceEpoch());
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

    // The instance metadata service and the credentials URI, for the indirect credential modes.
    if (const CredentialEndpointAnswer endpoint
        = answerCredentialEndpoint(request, m_service.sts(), m_options.timeScale);
        endpoint.handled)
        return { endpoint.status, endpoint.contentType, endpoint.body };

    QJsonObject body;
    SimService::Outcome outcome;
    SimError error = m_authenticator.authenticate(request, QDateTime::currentDateTimeUtc());
    if (!error.isError() && !m_flowControl.admit(request.accessKeyId, m_flowClock.elapsed()))
        error = { 400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s };
    if (!error.isError() && !request.action.startsWith(u"Describe"_s)) {
        for (const SimKey &key : m_options.extraKeys)
            if (key.readOnly && key.accessKeyId == request.accessKeyId)
                error = errors::operationDenied(u"Forbidden.RAM"_s,
                    u"User not authorized to operate on the specified resource, or this API doesn't support RAM."_s);
    }
    if (!error.isError()) {
        format = request.format;
        outcome = m_service.handle(request);
        error = outcome.error;
        body = std::move(outcome.body);
    }
    return render(request, format, error, std::move(body), &outcome);
}

SimServer::Answer SimServer::refuse(const SimRequest &request, qint64 bodySize) const
{
    return render(request, u"JSON"_s, errors::requestTooLarge(bodySize), {});
}

SimServer::Answer SimServer::render(const SimRequest &request, QString format,
    const SimError &error, QJsonObject body, const SimService::Outcome *raw) const
{
    const bool spliced = raw && !error.isError() && !raw->rawKey.isEmpty();
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
        if (spliced)
            body.insert(raw->rawKey, SimService::bodyWithRawMember(*raw).value(raw->rawKey));
        reply.contentType = "text/xml;charset=utf-8";
        reply.body = toXml(error.isError() ? u"Error"_s : request.action + u"Response"_s, body);
    } else {
        reply.contentType = "application/json;charset=utf-8";
        reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (spliced) { // `{…}` becomes `{…,"Key":<raw>}`
            reply.body.chop(1);
            reply.body.reserve(reply.body.size() + raw->rawKey.size() + raw->rawValue.size() + 5);
            if (reply.body.size() > 1)
                reply.body.append(',');
            reply.body.append('"').append(raw->rawKey.data(), raw->rawKey.size()).append("\":");
            reply.body.append(raw->rawValue).append('}');
        }
    }
    return reply;
}

} // namespace ecs::sim
