#pragma once

#include "apierror.h"
#include "throttle/throttlelimits.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <limits>

namespace ecs {

/// The arithmetic of ThrottleLimits, on a clock it is given (milliseconds, monotonic): no timers,
/// so that tests drive it with made-up times.
class AimdLimiter
{
public:
    enum class Outcome { Success, Throttled, Other };

    explicit AimdLimiter(const ThrottleLimits &limits = {});

    /// When the next request may start (≥ nowMs), or -1 while the concurrency is used up (a
    /// finish frees a slot).
    qint64 nextStartAt(qint64 nowMs) const;
    bool mayStart(qint64 nowMs) const { return nextStartAt(nowMs) == nowMs; }
    void started(qint64 nowMs);
    /// An attempt started at `startedAtMs` ended. Throttled answers to requests started before
    /// the last decrease do not decrease again: one burst is one signal.
    void finished(qint64 nowMs, qint64 startedAtMs, Outcome outcome);

    double rate() const { return m_rate; }
    int concurrency() const { return m_concurrency; }
    int inFlight() const { return m_inFlight; }
    qint64 pausedUntilMs() const { return m_pausedUntilMs; }
    int decreases() const { return m_decreases; }
    const ThrottleLimits &limits() const { return m_limits; }

private:
    ThrottleLimits m_limits;
    double m_rate;
    int m_concurrency;
    double m_concurrencyCredit = 0; ///< successes towards the next slot
    int m_inFlight = 0;
    qint64 m_nextSlotMs = std::numeric_limits<qint64>::min();
    qint64 m_pausedUntilMs = std::numeric_limits<qint64>::min();
    qint64 m_lastDecreaseMs = std::numeric_limits<qint64>::min();
    int m_decreases = 0;
    /// Starts of the last second (for the first decrease from an unlimited rate).
    QList<qint64> m_recentStarts;
};

/// One client's pacing of its attempts (see ThrottleLimits). Every attempt of every ApiCall asks
/// admit() before it is sent and release()s when it is over; an attempt that cannot go yet waits
/// in a queue, in order, and is sent when a slot and the rate allow. A call cancelled while it
/// waits is dropped from the queue without being sent (release() on its finish).
class RequestGovernor : public QObject
{
    Q_OBJECT

public:
    explicit RequestGovernor(const ThrottleLimits &limits = {}, QObject *parent = nullptr);

    void setLimits(const ThrottleLimits &limits);
    const ThrottleLimits &limits() const { return m_limiter.limits(); }

    /// True: `call` may send now and holds a slot until release(). False: it waits; `resume`
    /// runs (and the slot is held) once it may send.
    bool admit(QObject *call, std::function<void()> resume);
    /// `call`'s attempt is over with `error` (none: a success), or the call finished while it
    /// waited. Safe to call more than once and for calls never admitted.
    void release(QObject *call, const ApiError &error);

    /// Whether `error` is the service's flow control: Throttling*, HTTP 429, or a
    /// ServiceUnavailable that says so.
    static bool isThrottled(const ApiError &error);

    double rate() const { return m_limiter.rate(); }
    int concurrency() const { return m_limiter.concurrency(); }
    int inFlight() const { return m_limiter.inFlight(); }
    int waiting() const { return int(m_queue.size()); }
    int throttledAnswers() const { return m_throttled; }
    int decreases() const { return m_limiter.decreases(); }

Q_SIGNALS:
    /// The rate or concurrency changed (a throttled answer, or recovery).
    void limitsChanged();

private:
    struct Waiting
    {
        QPointer<QObject> call;
        std::function<void()> resume;
    };
    struct Holding
    {
        QPointer<QObject> call;
        qint64 startedAtMs = 0;
    };
    qint64 now() const;
    void pump();
    void dropVanished();

    AimdLimiter m_limiter;
    QList<Waiting> m_queue;
    QHash<QObject *, Holding> m_holding;
    QTimer m_timer;
    int m_throttled = 0;
    bool m_pumping = false;
};

} // namespace ecs
