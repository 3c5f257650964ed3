#include "instancewaiter.h"

#include "ecsclient.h"
#include "types/instance.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

InstanceWaiter::InstanceWaiter(EcsClient *client, const QString &regionId,
    const QStringList &instanceIds, const WaitTarget &target, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_regionId(regionId)
    , m_ids(instanceIds)
    , m_target(target)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InstanceWaiter::poll);
}

void InstanceWaiter::setIntervals(int initialMs, int maxMs, int timeoutMs)
{
    m_intervalMs = initialMs;
    m_maxIntervalMs = maxMs;
    m_timeoutMs = timeoutMs;
}

bool InstanceWaiter::hasReached(const QString &instanceId) const
{
    if (m_gone.contains(instanceId))
        return m_target.reachedBy(InstanceStatus::Unknown, false);
    const auto seen = m_statuses.constFind(instanceId);
    return seen != m_statuses.cend() && m_target.reachedBy(*seen, true);
}

int InstanceWaiter::reached() const
{
    return int(std::count_if(
        m_ids.cbegin(), m_ids.cend(), [this](const QString &id) { return hasReached(id); }));
}

void InstanceWaiter::start()
{
    m_elapsed.start();
    m_timer.start(m_intervalMs);
}

void InstanceWaiter::cancel()
{
    m_timer.stop();
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->cancel();
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Stopped waiting.")));
}

void InstanceWaiter::poll()
{
    if (m_done)
        return;
    m_calls.clear();
    QStringList waiting;
    for (const QString &id : std::as_const(m_ids))
        if (!hasReached(id))
            waiting << id;
    for (qsizetype first = 0; first < waiting.size();
         first += ops::DescribeInstanceStatus::kMaxIds) {
        const QStringList batch = waiting.mid(first, ops::DescribeInstanceStatus::kMaxIds);
        ++m_pending;
        m_calls << m_client->call<ops::DescribeInstanceStatus>(
            ops::DescribeInstanceStatus::request(m_regionId, batch), this,
            [this, batch](const Result<ops::DescribeInstanceStatus::Response> &result) {
                --m_pending;
                if (m_done)
                    return;
                if (!result.ok()) {
                    // The client has retried what is retryable; a few failures in a row end it.
                    if (++m_failuresInARow >= 3 || result.error().isCancelled())
                        return finish(result.error());
                } else {
                    m_failuresInARow = 0;
                    batchDone(batch, result.value());
                }
                if (m_pending > 0 || m_done)
                    return;
                Q_EMIT progress(reached(), int(m_ids.size()));
                if (reached() == m_ids.size())
                    return finish({});
                if (m_elapsed.elapsed() > m_timeoutMs)
                    return finish(ApiError::make(ApiError::Kind::Timeout,
                        tr("%1 of %2 instances reached %3 in %4 s; stopped waiting.")
                            .arg(reached())
                            .arg(m_ids.size())
                            .arg(m_target.name())
                            .arg(m_elapsed.elapsed() / 1000)));
                m_intervalMs = std::min(m_maxIntervalMs, m_intervalMs * 3 / 2);
                m_timer.start(m_intervalMs);
            });
    }
}

void InstanceWaiter::batchDone(
    const QStringList &batch, const QList<std::pair<QString, InstanceStatus>> &answer)
{
    QSet<QString> seen;
    for (const auto &[id, status] : answer) {
        m_statuses.insert(id, status);
        m_gone.remove(id);
        seen.insert(id);
    }
    for (const QString &id : batch) {
        if (!seen.contains(id)) { // released instances drop out of the answer
            m_statuses.remove(id);
            m_gone.insert(id);
        }
    }
}

void InstanceWaiter::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished(error);
}

} // namespace ecs
