#include "apicall.h"

#include "background.h"

#include "credentialsource.h"
#include "ecsclient.h"
#include "logging.h"
#include "requestbuilder.h"
#include "responsemapper.h"
#include "retrypolicy.h"
#include "throttle/requestgovernor.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUuid>

namespace ecs {

namespace {

/// An HTTP answer read, and a successful one mapped further by the call's WorkerMap, if any.
MappedResponse mapAnswer(const RawResponse &raw, const ApiCall::WorkerMap &map)
{
    MappedResponse mapped = mapResponse(raw);
    if (map && !mapped.error.isError())
        mapped.mapped = map(mapped.body, raw.body);
    return mapped;
}

} // namespace

ApiCall::ApiCall(EcsClient *client, ApiRequest request, int lane)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_lane(lane)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // never earlier than x-acs-retry-after says
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiCall::start()
{
    if (m_finished) // cancelled before it started
        return;
    m_clock.start();
    const ClientConfig &config = m_client->config();
    m_endpoint = m_client->endpointFor(m_request);

    CredentialSource *source = config.credentialSource.get();
    if (!source && !config.credentials.isComplete()) {
        finishWith(ApiError::make(ApiError::Kind::Configuration,
            tr("No credentials: the profile has no AccessKey ID or secret.")));
        return;
    }
    if (!m_endpoint.isValid()
        || (m_endpoint.scheme() != u"https" && m_endpoint.scheme() != u"http")) {
        finishWith(ApiError::make(ApiError::Kind::Configuration,
            tr("The endpoint \"%1\" is not an http(s) URL.").arg(m_endpoint.toDisplayString())));
        return;
    }
    if (m_endpoint.scheme() == u"http" && !isLoopbackHost(m_endpoint.host())) {
        finishWith(ApiError::make(ApiError::Kind::Configuration,
            tr("Plain HTTP to %1 was refused: credentials and signatures must "
               "travel over HTTPS. Use https:// for this endpoint.")
                .arg(m_endpoint.host())));
        return;
    }

    // Whatever the service echoes, these values never reach a log line or a view.
    registerSecretValue(config.credentials.accessKeySecret);
    registerSecretValue(config.credentials.securityToken);
    if (config.deadlineMs > 0)
        m_deadline.start(config.deadlineMs);
    if (source && !source->isUsable()) { // first use, or they ran out: obtained before sending
        source->refresh(this, [this](const QString &why) { resumeWithCredentials(why); });
        return;
    }
    sendAttempt();
}

const ClientConfig &ApiCall::signingConfig()
{
    const ClientConfig &config = m_client->config();
    if (!config.credentialSource)
        return config;
    if (!m_signing)
        m_signing = std::make_unique<ClientConfig>(config);
    m_signing->credentials = config.credentialSource->current();
    return *m_signing;
}

void ApiCall::resumeWithCredentials(const QString &error)
{
    if (m_finished)
        return;
    if (!error.isEmpty()) {
        finishWith(ApiError::make(ApiError::Kind::Configuration,
            tr("No temporary credentials could be obtained: %1").arg(error)));
        return;
    }
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    if (m_finished)
        return;
    // The profile's pacing: a waiting attempt is sent by the governor once it may go.
    if (!m_client->governor()->admit(this, [this] { sendAttempt(); }))
        return;
    ++m_attempt;
    m_tlsErrors.clear();
    const ClientConfig &config = signingConfig();
    // Every attempt is signed anew: a fresh nonce, and the timestamp with the latest clock offset.
    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(m_client->clockOffsetMs());
    const HttpRequest http = buildHttpRequest(
        m_request, config, m_endpoint, now, QUuid::createUuid().toString(QUuid::WithoutBraces));
    qCDebug(lcEcsApi).noquote() << http.method << m_request.action() << "attempt" << m_attempt
                                << "->" << redact(http.request.url().toString());

    QNetworkAccessManager *nam = m_client->laneNetwork(m_lane);
    QNetworkReply *reply = http.method == "GET"
        ? nam->get(http.request)
        : nam->sendCustomRequest(http.request, http.method, http.body);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only: verification failures are never ignored.
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 max = m_client->config().maxResponseBytes;
        if ((received > max || total > max) && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

bool ApiCall::retryAfter(
    const ApiError &error, const QByteArray &retryAfterHeader, const QByteArray &dateHeader)
{
    m_client->governor()->release(this, error); // a throttled answer slows the profile down
    // Every failed attempt passes here: remember whether one of them may have been carried out.
    if (!error.neverSent())
        m_attemptMayHaveLanded = true;
    if (m_cancelled || m_deadlineExceeded)
        return false;
    if (CredentialSource *source = m_client->config().credentialSource.get(); source && m_signing
        && !m_credentialsRenewed && CredentialSource::isExpiredCredentialError(error)) {
        // The temporary key ran out (or was revoked) since it was checked: renew once, resend.
        m_credentialsRenewed = true;
        qCInfo(lcEcsApi).noquote()
            << m_request.action() << "renewing temporary credentials (" << error.title() << ")";
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        m_tooLarge = false;
        source->refresh(
            this, [this](const QString &why) { resumeWithCredentials(why); },
            m_signing->credentials.accessKeyId);
        return true;
    }
    const RetryPolicy &policy = m_client->retryPolicy();
    int delay = -1;
    if (error.code == u"InvalidTimeStamp.Expired" && !m_clockCorrected) {
        // Our clock is off: learn the offset from the server's Date, keep it, re-sign once.
        qint64 offset = 0;
        if (!RetryPolicy::clockOffsetFromDate(dateHeader, QDateTime::currentDateTimeUtc(), &offset))
            return false;
        m_clockCorrected = true;
        // Measured against the uncorrected local clock, so it replaces any earlier estimate.
        m_client->setClockOffsetMs(offset);
        delay = 0;
    } else {
        if (m_attempt >= policy.maxAttempts || !policy.isRetryable(error, m_request))
            return false;
        if (policy.budget && !policy.budget->tryAcquire()) {
            qCWarning(lcEcsApi) << "retry budget exhausted; not retrying" << m_request.action();
            return false;
        }
        bool ok = false;
        const int retryAfterMs = retryAfterHeader.trimmed().toInt(&ok);
        delay = policy.delayMs(error, m_attempt, ok && retryAfterMs >= 0 ? retryAfterMs : -1);
    }
    qCInfo(lcEcsApi).noquote() << m_request.action() << "attempt" << m_attempt << "failed ("
                               << error.title() << "); retrying in" << delay << "ms";
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_tooLarge = false;
    Q_EMIT retrying(m_attempt + 1, error.redacted(), delay);
    m_retryTimer.start(delay);
    return true;
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (std::exchange(m_parsing, false)) // the answer is in, but not read: it is dropped
        finishWith(mapTransportFailure({ .cancelledByCaller = true }));
    else if (m_reply)
        m_reply->abort(); // finished() follows synchronously, mapped to Cancelled
    else
        finishWith(mapTransportFailure({ .cancelledByCaller = true }));
}

void ApiCall::onDeadline()
{
    if (m_finished)
        return;
    m_deadlineExceeded = true;
    if (std::exchange(m_parsing, false))
        finishWith(mapTransportFailure({ .deadlineExceeded = true }));
    else if (m_reply)
        m_reply->abort();
    else // between attempts
        finishWith(mapTransportFailure({ .deadlineExceeded = true }));
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_finished)
        return;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    // A fast peer can deliver the whole oversized body before downloadProgress gets to abort.
    if (reply->bytesAvailable() > m_client->config().maxResponseBytes)
        m_tooLarge = true;

    // Qt's content errors also cover bodies it could not decode (a broken or oversized compressed
    // body): those come with a 2xx status and are transport failures, not service answers.
    if (!m_tooLarge
        && (error == QNetworkReply::NoError
            || (isHttpStatusError(error) && m_httpStatus >= 300 && !m_cancelled
                && !m_deadlineExceeded))) {
        RawResponse raw;
        raw.httpStatus = m_httpStatus;
        raw.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        raw.requestIdHeader = reply->rawHeader("x-acs-request-id");
        raw.body = reply->readAll();
        QByteArray retryAfterHeader = reply->rawHeader("x-acs-retry-after");
        QByteArray dateHeader = reply->rawHeader("Date");
        if (raw.body.size() < kWorkerParseBytes) {
            m_parsedOn = QThread::currentThread();
            onMapped(mapAnswer(raw, m_workerMap), retryAfterHeader, dateHeader);
            return;
        }
        // A large page (a hundred instances) takes milliseconds to parse: not on this thread.
        // The continuation runs here, queued, and not at all once this call is gone; a call
        // cancelled or past its deadline meanwhile has finished, and the late result is dropped.
        m_parsing = true;
        runInBackground([raw = std::move(raw), map = m_workerMap] {
            return std::pair<MappedResponse, const QThread *>(
                mapAnswer(raw, map), QThread::currentThread());
        })
            .then(this,
                [this, retryAfterHeader = std::move(retryAfterHeader),
                    dateHeader = std::move(dateHeader)](
                    std::pair<MappedResponse, const QThread *> parsed) {
                    if (!std::exchange(m_parsing, false))
                        return;
                    m_parsedOn = parsed.second;
                    onMapped(std::move(parsed.first), retryAfterHeader, dateHeader);
                });
        return;
    }

    TransportFailure failure;
    failure.error = error;
    failure.errorString = reply->errorString();
    failure.cancelledByCaller = m_cancelled;
    failure.deadlineExceeded = m_deadlineExceeded;
    failure.bodyTooLarge = m_tooLarge;
    failure.maxBodyBytes = m_client->config().maxResponseBytes;
    failure.tlsErrors = m_tlsErrors;
    failure.httpStatus = m_httpStatus;
    failure.host = m_endpoint.host();
    m_requestId = QString::fromLatin1(reply->rawHeader("x-acs-request-id"));
    ApiError mapped = mapTransportFailure(failure);
    mapped.requestId = m_requestId;
    if (retryAfter(mapped, reply->rawHeader("x-acs-retry-after"), reply->rawHeader("Date")))
        return;
    finishWith(std::move(mapped));
}

void ApiCall::onMapped(
    MappedResponse mapped, const QByteArray &retryAfterHeader, const QByteArray &dateHeader)
{
    if (m_finished)
        return;
    m_requestId = mapped.requestId;
    if (mapped.error.isError() && retryAfter(mapped.error, retryAfterHeader, dateHeader))
        return;
    finishWith(std::move(mapped.error), std::move(mapped.body), std::move(mapped.mapped));
}

void ApiCall::finishWith(ApiError error, QJsonObject body, std::any mapped)
{
    if (m_finished)
        return;
    m_finished = true;
    m_client->governor()->release(this, error); // also drops an attempt still waiting
    m_deadline.stop();
    m_retryTimer.stop();
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_error = error.redacted();
    m_response = std::move(body);
    m_mapped = std::move(mapped);
    m_workerMap = {};
    if (!m_error.isError() && m_client->retryPolicy().budget)
        m_client->retryPolicy().budget->recordSuccess();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_error.isError() && !m_error.isCancelled())
        qCInfo(lcEcsApi).noquote() << m_request.action() << "failed:" << m_error.toDisplayString();
    else
        qCDebug(lcEcsApi).noquote() << m_request.action() << "done in" << m_elapsedMs << "ms";
    --m_client->m_inFlight;
    Q_EMIT finished();
    Q_EMIT m_client->callFinished(this);
    if (m_autoDelete) {
        // A big answer's tree is thousands of allocations: whoever read it holds a reference;
        // the call's own goes on a worker, not in the GUI thread's DeferredDelete.
        if (m_parsedOn && m_parsedOn != thread())
            destroyInBackground(std::exchange(m_response, {}));
        deleteLater();
    }
}

} // namespace ecs
