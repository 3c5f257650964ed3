#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

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
    }
    void stop() { m_timer.stop(); }
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

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_lateness;
};
