#include "retrypolicy.h"

#include "apirequest.h"

#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace ecs {

RetryBudget::RetryBudget(double capacity, double refillPerSuccess)
    : m_capacity(capacity)
    , m_refill(refillPerSuccess)
    , m_tokens(capacity)
{ }

bool RetryBudget::tryAcquire()
{
    QMutexLocker lock(&m_mutex);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void RetryBudget::recordSuccess()
{
    QMutexLocker lock(&m_mutex);
    m_tokens = std::min(m_capacity, m_tokens + m_refill);
}

double RetryBudget::available() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokens;
}

bool RetryPolicy::isThrottling(const ApiError &error)
{
    return error.kind == ApiError::Kind::Service && error.code.startsWith(u"Throttling");
}

bool RetryPolicy::isRetryable(const ApiError &error, const ApiRequest &request) const
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Service: {
        // Refused before any work was done: safe for every call.
        if (isThrottling(error) || error.code.startsWith(u"ServiceUnavailable"))
            return true;
        // Every attempt is signed with a fresh nonce, so a used nonce means this very attempt
        // reached the service before: Qt 6.4 resends a request, POST included, once its
        // connection closes before any byte of the answer. That first copy may have acted.
        if (error.code == u"SignatureNonceUsed")
            return request.isRetrySafe();
        // The service may have acted before failing: only for calls that are safe to repeat.
        const bool serverFault = error.code == u"InternalError" || error.httpStatus == 500
            || error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
        return serverFault && request.isRetrySafe();
    }
    case Kind::Network:
        // A refused connection or an unknown host never reached the service; anything else may
        // have.
        return request.isRetrySafe() || error.networkError == QNetworkReply::ConnectionRefusedError
            || error.networkError == QNetworkReply::HostNotFoundError;
    case Kind::Timeout:
        return request.isRetrySafe();
    case Kind::Malformed:
        // A gateway's HTML page or a body cut off: the answer was lost, not refused.
        return request.isRetrySafe() && error.httpStatus >= 500;
    case Kind::None:
    case Kind::Tls:
    case Kind::Cancelled:
    case Kind::Configuration:
        return false;
    }
    return false;
}

int RetryPolicy::delayMs(const ApiError &error, int attempt, int retryAfterMs) const
{
    if (retryAfterMs >= 0)
        return std::min(retryAfterMs, maxDelayMs);
    const qint64 base = isThrottling(error) ? throttlingBaseDelayMs : baseDelayMs;
    const qint64 ceiling = std::min<qint64>(maxDelayMs, base << std::clamp(attempt - 1, 0, 20));
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

bool RetryPolicy::clockOffsetFromDate(
    const QByteArray &dateHeader, const QDateTime &localNow, qint64 *offsetMs)
{
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime server = QLocale::c().toDateTime(QString::fromLatin1(dateHeader).trimmed(),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!server.isValid())
        return false;
    server.setTimeSpec(Qt::UTC);
    *offsetMs = localNow.msecsTo(server);
    return true;
}

} // namespace ecs
