#include "requestgovernor.h"

#include "logging.h"
#include "retrypolicy.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::min();
constexpr qint64 kRateWindowMs = 1'000;
constexpr qsizetype kMaxRecentStarts = 4'096; ///< bounded whatever the rate

qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

AimdLimiter::AimdLimiter(const ThrottleLimits &limits)
    : m_limits(limits)
    , m_rate(std::max(limits.minRate, limits.initialRate))
    , m_concurrency(std::clamp(limits.initialConcurrency, 1, std::max(1, limits.maxConcurrency)))
{ }

qint64 AimdLimiter::nextStartAt(qint64 nowMs) const
{
    if (m_inFlight >= m_concurrency)
        return -1;
    return std::max({ nowMs, m_pausedUntilMs, m_nextSlotMs });
}

void AimdLimiter::started(qint64 nowMs)
{
    ++m_inFlight;
    if (std::isfinite(m_rate))
        m_nextSlotMs = nowMs + qint64(std::ceil(1000.0 / m_rate));
    m_recentStarts.append(nowMs);
    while (!m_recentStarts.isEmpty()
        && (m_recentStarts.first() < nowMs - kRateWindowMs
            || m_recentStarts.size() > kMaxRecentStarts))
        m_recentStarts.removeFirst();
}

void AimdLimiter::finished(qint64 nowMs, qint64 startedAtMs, Outcome outcome)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (!m_limits.adaptive)
        return;
    if (outcome == Outcome::Throttled) {
        if (m_lastDecreaseMs != kNever && startedAtMs <= m_lastDecreaseMs)
            return; // the same burst: already answered by the last decrease
        if (std::isfinite(m_rate)) {
            m_rate = std::max(m_limits.minRate, m_rate / 2);
        } else {
            // No rate known yet: half of what went out in the last second.
            const auto recent = std::count_if(m_recentStarts.cbegin(), m_recentStarts.cend(),
                [nowMs](qint64 t) { return t >= nowMs - kRateWindowMs; });
            m_rate = std::max(m_limits.minRate, double(std::max<qsizetype>(recent, 1)) / 2);
        }
        m_concurrency = std::max(1, m_concurrency / 2);
        m_concurrencyCredit = 0;
        m_lastDecreaseMs = nowMs;
        m_pausedUntilMs = nowMs + std::max(0, m_limits.pauseMs);
        m_nextSlotMs = std::max(m_nextSlotMs, m_pausedUntilMs);
        ++m_decreases;
        return;
    }
    if (outcome != Outcome::Success || nowMs < m_pausedUntilMs)
        return;
    if (std::isfinite(m_rate)) {
        m_rate += m_limits.ratePerSecond / std::max(1.0, m_rate);
        if (m_rate > m_limits.maxRate)
            m_rate = m_limits.maxRate; // kUnlimited: no cap
    }
    if (m_concurrency < m_limits.maxConcurrency) {
        m_concurrencyCredit += 1.0 / m_concurrency;
        if (m_concurrencyCredit >= 1) {
            ++m_concurrency;
            m_concurrencyCredit = 0;
        }
    }
}

RequestGovernor::RequestGovernor(const ThrottleLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limiter(limits)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestGovernor::pump);
}

void RequestGovernor::setLimits(const ThrottleLimits &limits)
{
    // Attempts in flight keep their slots: the new limiter counts them as started now.
    const int inFlight = m_limiter.inFlight();
    m_limiter = AimdLimiter(limits);
    for (int i = 0; i < inFlight; ++i)
        m_limiter.started(now());
    Q_EMIT limitsChanged();
    pump();
}

qint64 RequestGovernor::now() const
{
    return monotonicMs();
}

bool RequestGovernor::isThrottled(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Service)
        return false;
    if (RetryPolicy::isThrottling(error) || error.httpStatus == 429)
        return true;
    return error.code.startsWith(u"ServiceUnavailable")
        && (error.message.contains(u"flow control", Qt::CaseInsensitive)
            || error.message.contains(u"throttl", Qt::CaseInsensitive));
}

void RequestGovernor::dropVanished()
{
    // A call destroyed without finishing gives its slot back.
    for (auto it = m_holding.begin(); it != m_holding.end();) {
        if (it->call) {
            ++it;
            continue;
        }
        m_limiter.finished(now(), it->startedAtMs, AimdLimiter::Outcome::Other);
        it = m_holding.erase(it);
    }
    m_queue.removeIf([](const Waiting &w) { return w.call.isNull(); });
}

bool RequestGovernor::admit(QObject *call, std::function<void()> resume)
{
    dropVanished();
    if (m_holding.contains(call))
        return true; // admitted from the queue: resume() is this very attempt
    const qint64 t = now();
    if (m_queue.isEmpty() && m_limiter.mayStart(t)) {
        m_limiter.started(t);
        m_holding.insert(call, { call, t });
        return true;
    }
    m_queue.append({ call, std::move(resume) });
    pump();
    return false;
}

void RequestGovernor::release(QObject *call, const ApiError &error)
{
    const auto held = m_holding.constFind(call);
    if (held != m_holding.cend()) {
        const double rateBefore = m_limiter.rate();
        const int concurrencyBefore = m_limiter.concurrency();
        const bool throttled = isThrottled(error);
        const AimdLimiter::Outcome outcome = throttled ? AimdLimiter::Outcome::Throttled
            : error.isError()                          ? AimdLimiter::Outcome::Other
                                                       : AimdLimiter::Outcome::Success;
        m_limiter.finished(now(), held->startedAtMs, outcome);
        m_holding.erase(held);
        if (throttled) {
            ++m_throttled;
            if (m_limiter.rate() != rateBefore)
                qCInfo(lcEcsApi).noquote()
                    << "throttled: pacing this profile at" << m_limiter.rate() << "requests/s,"
                    << m_limiter.concurrency() << "in flight";
        }
        if (m_limiter.rate() != rateBefore || m_limiter.concurrency() != concurrencyBefore)
            Q_EMIT limitsChanged();
    } else {
        m_queue.removeIf([call](const Waiting &w) { return w.call == call; });
    }
    pump();
}

void RequestGovernor::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    dropVanished();
    while (!m_queue.isEmpty()) {
        const qint64 t = now();
        const qint64 next = m_limiter.nextStartAt(t);
        if (next < 0)
            break; // every slot is taken: a release() pumps again
        if (next > t) {
            m_timer.start(int(std::min<qint64>(next - t, 60'000)));
            break;
        }
        Waiting w = m_queue.takeFirst();
        if (!w.call)
            continue;
        m_limiter.started(t);
        m_holding.insert(w.call.data(), { w.call, t });
        if (w.resume)
            w.resume();
    }
    m_pumping = false;
}

} // namespace ecs
