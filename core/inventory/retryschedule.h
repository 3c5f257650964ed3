#pragma once

#include "apierror.h"

namespace ecs {

/// When a failed load is tried again by itself: after `initialMs`, doubling with each failure in a
/// row, up to `maxMs` (2 s, 4 s, 8 s… a minute). Only failures the endpoint may recover from are
/// retried (refused connections, timeouts, 5xx, throttling); a refusal (a wrong secret, a denied
/// permission) or an answer that cannot be trusted would only fail the same way again.
/// A value: the owner keeps the timer, this keeps the count.
class RetrySchedule
{
public:
    explicit RetrySchedule(int initialMs = 2'000, int maxMs = 60'000);

    void setBackoff(int initialMs, int maxMs);
    int initialMs() const { return m_initialMs; }
    int maxMs() const { return m_maxMs; }

    /// Worth trying again unasked: the endpoint may be back in a moment.
    static bool isTransient(const ApiError &error);

    /// One more failure: the pause before the next attempt, or -1 when `error` must not be
    /// retried by itself (the count still grows: the rows stay marked stale).
    int failed(const ApiError &error);
    /// A success: the next failure waits `initialMs` again.
    void succeeded();

    /// Failures in a row since the last success.
    int failures() const { return m_failures; }
    /// The pause the last failure was given; -1 when it is not retried, 0 before any failure.
    int lastDelayMs() const { return m_lastDelayMs; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_failures = 0;
    int m_retries = 0; ///< retried failures in a row: the exponent
    int m_lastDelayMs = 0;
};

} // namespace ecs
