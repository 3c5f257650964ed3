#pragma once

#include "apierror.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
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
    /// `target`: a status such as "Running", or kGone for released instances.
    InstanceWaiter(EcsClient *client, const QString &regionId, const QStringList &instanceIds,
        const QString &target, QObject *parent = nullptr);

    static inline const QString kGone = QStringLiteral("Gone");

    /// First poll after `initialMs`, then ×1.5 up to `maxMs`; give up after `timeoutMs`.
    void setIntervals(int initialMs, int maxMs, int timeoutMs);
    void start();
    void cancel();

    QString target() const { return m_target; }
    /// The last status seen per instance ("Gone" once absent).
    QHash<QString, QString> statuses() const { return m_statuses; }
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
    QString m_target;
    QHash<QString, QString> m_statuses;
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
