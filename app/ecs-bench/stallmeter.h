#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QList>
#include <QMetaEnum>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <algorithm>

/// The application, timing every event the GUI thread handles while tracing is on: when the
/// event loop stalls, what held it (receiver class, its parent's class, event type).
class TracingApplication : public QApplication
{
public:
    struct Slow
    {
        double ms = 0;
        QByteArray receiver; ///< "Class(parent Class)"
        QByteArray event;
    };

    TracingApplication(int &argc, char **argv)
        : QApplication(argc, argv)
    { }

    static TracingApplication *instance()
    {
        return static_cast<TracingApplication *>(QCoreApplication::instance());
    }
    void setTracing(bool on)
    {
        m_tracing = on;
        if (on)
            m_slow.clear();
    }
    /// The slowest events since tracing was switched on, slowest first.
    QList<Slow> slowest(qsizetype count) const
    {
        QList<Slow> sorted = m_slow;
        std::sort(
            sorted.begin(), sorted.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        return sorted.mid(0, count);
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_tracing || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Read before delivery: the receiver may be gone afterwards (DeferredDelete).
        const char *receiverClass = receiver->metaObject()->className();
        const char *parentClass
            = receiver->parent() ? receiver->parent()->metaObject()->className() : "-";
        const QEvent::Type type = event->type();
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = clock.nsecsElapsed() / 1e6;
        if (ms >= kSlowMs) {
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            m_slow.append({ ms, QByteArray(receiverClass) + "(parent " + parentClass + ')',
                typeName ? QByteArray(typeName) : QByteArray::number(int(type)) });
        }
        return result;
    }

private:
    static constexpr double kSlowMs = 8;
    bool m_tracing = false;
    int m_depth = 0;
    QList<Slow> m_slow;
};

/// How late a 1 ms timer fires while the GUI thread works: the event-loop stalls a user feels.
class StallMeter : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateness.append(std::max<qint64>(0, now - m_last - 1'000'000) / 1e6);
            m_last = now;
        });
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
        TracingApplication::instance()->setTracing(true);
    }
    void stop()
    {
        m_timer.stop();
        TracingApplication::instance()->setTracing(false);
        m_slowest = TracingApplication::instance()->slowest(8);
    }
    double maxMs() const
    {
        return m_lateness.isEmpty() ? 0 : *std::max_element(m_lateness.cbegin(), m_lateness.cend());
    }
    double percentileMs(double p) const
    {
        if (m_lateness.isEmpty())
            return 0;
        QList<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
    }
    qsizetype samples() const { return m_lateness.size(); }
    /// The slowest events the GUI thread handled while the meter ran (≥ 8 ms each).
    QList<TracingApplication::Slow> slowest() const { return m_slowest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_lateness;
    QList<TracingApplication::Slow> m_slowest;
};
