#include "retryschedule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

RetrySchedule::RetrySchedule(int initialMs, int maxMs)
{
    setBackoff(initialMs, maxMs);
}

void RetrySchedule::setBackoff(int initialMs, int maxMs)
{
    m_initialMs = std::max(1, initialMs);
    m_maxMs = std::max(m_initialMs, maxMs);
}

bool RetrySchedule::isTransient(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout
        || (error.kind == Kind::Service
            && (error.httpStatus >= 500 || error.code.startsWith(u"Throttling"_s)
                || error.code == u"ServiceUnavailable"));
}

int RetrySchedule::failed(const ApiError &error)
{
    ++m_failures;
    if (!isTransient(error)) {
        m_lastDelayMs = -1;
        return -1;
    }
    const int shift = std::min(m_retries, 16); // 2^16 · 1 ms is past any sensible maximum
    ++m_retries;
    m_lastDelayMs = int(std::min<qint64>(m_maxMs, qint64(m_initialMs) << shift));
    return m_lastDelayMs;
}

void RetrySchedule::succeeded()
{
    m_failures = 0;
    m_retries = 0;
    m_lastDelayMs = 0;
}

} // namespace ecs
