#pragma once

#include "apierror.h"
#include "lifecycle/waittarget.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace ecs {

class ApiCall;
class EcsClient;

/// Waits until instances reach a state (or are gone), polling DescribeInstanceStatus in batches
/// of 50 with a growing interval. Asynchronous; finished() comes once, unless cancelled first.
class InstanceWaiter : public QObject
{
    Q_OBJECT

public:
    InstanceWaiter(EcsClient *client, const QString &regionId, const QStringList &instanceIds,
        const WaitTarget &target, QObject *parent = nullptr);

    /// First poll after `initialMs`, then ×1.5 up to `maxMs`; give up after `timeoutMs`.
    void setIntervals(int initialMs, int maxMs, int timeoutMs);
    void start();
    void cancel();

    WaitTarget target() const { return m_target; }
    /// The last status seen per instance; an instance absent from the last answer is not in it.
    QHash<QString, InstanceStatus> statuses() const { return m_statuses; }
    /// Whether `instanceId` was last seen there.
    bool hasReached(const QString &instanceId) const;
    int reached() const;

Q_SIGNALS:
    void progress(int reached, int total);
    /// `error` is None when every instance reached the target.
    void finished(const ecs::ApiError &error);

private:
    void poll();
    void batchDone(
        const QStringList &batch, const QList<std::pair<QString, InstanceStatus>> &answer);
    void finish(const ApiError &error);

    EcsClient *m_client;
    QString m_regionId;
    QStringList m_ids;
    WaitTarget m_target;
    QHash<QString, InstanceStatus> m_statuses;
    QSet<QString> m_gone; ///< seen absent
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QList<QPointer<ApiCall>> m_calls;
    int m_intervalMs = 1'000;
    int m_maxIntervalMs = 10'000;
    int m_timeoutMs = 15 * 60'000;
    int m_pending = 0;
    int m_failuresInARow = 0;
    bool m_done = false;
};

} // namespace ecs
