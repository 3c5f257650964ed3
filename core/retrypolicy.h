#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QMutex>

#include <memory>

namespace ecs {

class ApiRequest;

/// A process-wide allowance of retries: each retry spends a token, each success earns a fraction
/// back. A sick endpoint drains it, after which calls fail at once instead of hammering it.
class RetryBudget
{
public:
    explicit RetryBudget(double capacity = 20, double refillPerSuccess = 0.2);
    bool tryAcquire();
    void recordSuccess();
    double available() const;

private:
    mutable QMutex m_mutex;
    double m_capacity;
    double m_refill;
    double m_tokens;
};

/// When a failed attempt is tried again, and after how long. The defaults follow the design notes:
/// at most 3 attempts, full-jitter exponential backoff from 100 ms (500 ms for throttling) capped
/// at 20 s, honouring x-acs-retry-after.
struct RetryPolicy
{
    int maxAttempts = 3;
    int baseDelayMs = 100;
    int throttlingBaseDelayMs = 500;
    int maxDelayMs = 20'000;
    std::shared_ptr<RetryBudget> budget = std::make_shared<RetryBudget>();

    /// A failure that says nothing was done (throttled, nonce reused, refused connection, 5xx
    /// gateway answers) may be retried for any call; an unknown outcome (the connection dropped
    /// mid-way) only for calls that are safe to repeat (read-only, or with a ClientToken).
    bool isRetryable(const ApiError &error, const ApiRequest &request) const;
    /// Full jitter: uniform in [0, min(cap, base·2^(attempt-1))]; retryAfterMs wins when given.
    int delayMs(const ApiError &error, int attempt, int retryAfterMs = -1) const;

    static bool isThrottling(const ApiError &error);
    /// Server time minus local time from an HTTP Date header; nullopt-like 0 flag when unparsable.
    static bool clockOffsetFromDate(
        const QByteArray &dateHeader, const QDateTime &localNow, qint64 *offsetMs);
};

} // namespace ecs
