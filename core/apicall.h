#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "clientconfig.h"
#include "responsemapper.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <any>
#include <functional>
#include <memory>

class QNetworkReply;
class QThread;

namespace ecs {

class EcsClient;

/// One API call: it owns its network reply, can be cancelled, and emits finished() exactly once
/// with either a response body or an ApiError. It deletes itself after finished() unless
/// setAutoDelete(false) was called, so holders keep a QPointer.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const QJsonObject &response() const { return m_response; }
    QString requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    /// The endpoint it went to (no query: nothing secret).
    QUrl endpoint() const { return m_endpoint; }
    /// How many times the request was sent (retries re-sign with a fresh nonce and timestamp).
    int attempts() const { return m_attempt; }
    /// The client's connection lane it goes through (EcsClient::send).
    int lane() const { return m_lane; }
    /// False only when no attempt can have reached the service (every one was refused before
    /// sending): then nothing happened, and the outcome is not unknown.
    bool mayHaveReachedService() const { return m_attemptMayHaveLanded || !m_error.neverSent(); }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Aborts the transfer; finished() follows with a Cancelled error (if not already finished).
    /// A body still being parsed on a worker thread is dropped when it arrives.
    void cancel();

    /// Bodies from this size on are parsed and mapped on a worker thread (QThreadPool), the
    /// result handed back queued; smaller ones at once, where a thread hop costs more.
    static constexpr qsizetype kWorkerParseBytes = 32 * 1024;
    /// The thread that parsed and mapped the last answer (tests: a large one is not this call's).
    const QThread *parsedOn() const { return m_parsedOn; }

    /// Work that belongs with a successful answer's parsing (a page's records mapped): it runs
    /// where the body was parsed (a worker thread for a large one) with the parsed body and the
    /// text it came from, so that a page is read in one task, while its text is still at hand
    /// and in the cache. It may take the body (response() is then empty) when what it returns
    /// holds all that is needed: the parsed tree, ten times the text, then goes on that thread
    /// at once. It must be safe on any thread. Set it before returning to the event loop after
    /// EcsClient::send.
    using WorkerMap = std::function<std::any(QJsonObject &body, QByteArrayView text)>;
    void setWorkerMap(WorkerMap map) { m_workerMap = std::move(map); }
    /// What the WorkerMap made of the answer: empty without one or after an error; taken once.
    std::any takeMapped() { return std::exchange(m_mapped, {}); }
    /// What the worker map returned, left in place (see takeMapped()).
    const std::any &mapped() const { return m_mapped; }

Q_SIGNALS:
    void finished();
    /// An attempt failed with a retryable error; the next one starts after delayMs.
    void retrying(int nextAttempt, const ecs::ApiError &error, int delayMs);

private:
    friend class EcsClient;
    ApiCall(EcsClient *client, ApiRequest request, int lane);

    void start();
    void sendAttempt();
    void onReplyFinished();
    /// A service answer read: retried, or the call finishes with it.
    void onMapped(
        MappedResponse mapped, const QByteArray &retryAfterHeader, const QByteArray &dateHeader);
    /// Schedules another attempt if the policy allows it; false when the error is final.
    bool retryAfter(
        const ApiError &error, const QByteArray &retryAfterHeader, const QByteArray &dateHeader);
    void onDeadline();
    void finishWith(ApiError error, QJsonObject body = {}, std::any mapped = {});
    /// The config to sign with: the client's, with a CredentialSource's current credentials.
    const ClientConfig &signingConfig();
    void resumeWithCredentials(const QString &error);

    EcsClient *m_client;
    ApiRequest m_request;
    QUrl m_endpoint;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QStringList m_tlsErrors;
    ApiError m_error;
    QJsonObject m_response;
    WorkerMap m_workerMap;
    std::any m_mapped;
    QString m_requestId;
    int m_httpStatus = 0;
    int m_attempt = 0;
    int m_lane = 0;
    bool m_clockCorrected = false;
    bool m_attemptMayHaveLanded = false;
    qint64 m_elapsedMs = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_deadlineExceeded = false;
    bool m_tooLarge = false;
    bool m_autoDelete = true;
    bool m_credentialsRenewed = false;
    bool m_parsing = false; ///< a body is being mapped on a worker thread
    const QThread *m_parsedOn = nullptr;
    std::unique_ptr<ClientConfig> m_signing; ///< only with a CredentialSource
};

} // namespace ecs
