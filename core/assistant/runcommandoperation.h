#pragma once

#include "assistant/cloudassistant.h"
#include "lifecycle/operation.h"
#include "types/instance.h"

#include <QHash>
#include <QTimer>

#include <coroutine>

namespace ecs {

/// One RunCommand call's worth of a selection: one profile's instances in one region, at most
/// ops::RunCommand::kMaxIds of them (the service takes one region and 100 ids per call).
struct RunCommandTarget
{
    QString profileId; ///< Instance::profileId: empty for the window's own profile
    QString regionId;
    QStringList instanceIds;
    QHash<QString, QString> names; ///< instance id → name
};

/// One instance's row of a run: its result so far, or why it was skipped.
struct RunCommandRow
{
    QString instanceId;
    QString name; ///< the instance's name, for people
    bool skipped = false; ///< no running Cloud Assistant Agent: never sent
    InvocationResult result;

    /// Done and not a success (skipped included).
    bool failed() const;
};

/// Run command as a tracked operation: DescribeCloudAssistantStatus first (instances without a
/// running agent are named and skipped), RunCommand on the others, then
/// DescribeInvocationResults polled with a bounded backoff until every instance is final.
/// cancel() asks StopInvocation and follows the invocation until the service says it stopped.
class RunCommandOperation : public Operation
{
    Q_OBJECT

public:
    /// `names`: instance id → name, for the rows (optional).
    RunCommandOperation(EcsClient *client, const QString &regionId, const QStringList &instanceIds,
        const CommandSpec &spec, const QHash<QString, QString> &names = {},
        QObject *parent = nullptr);
    ~RunCommandOperation() override;

    const CommandSpec &spec() const { return m_spec; }
    /// A selection split per profile × region, in the selection's order, chunks of kMaxIds.
    static QList<RunCommandTarget> targetsOf(const QList<Instance> &selection);
    /// Of another profile than the window's: the title names it and the region (kept by
    /// runAgainOnFailed()).
    void setProfileName(const QString &profileName);
    QString profileName() const { return m_profileName; }
    QString invokeId() const { return m_invokeId; }
    /// In the order of the selection.
    const QList<RunCommandRow> &rows() const { return m_rows; }
    QStringList failedInstanceIds() const;

    /// Runs the same command again on the instances that failed or were skipped, with a new
    /// client token (a new invocation). Null when none failed.
    RunCommandOperation *runAgainOnFailed(QObject *parent = nullptr) const;
    Operation *retry(QObject *parent = nullptr) const override { return runAgainOnFailed(parent); }
    Operation *retryFailedOnly(QObject *parent = nullptr) const override
    {
        return runAgainOnFailed(parent);
    }
    void cancel() override;

    /// Polling of the results (tests shorten it): from initialMs, ×1.5 each time, at most maxMs.
    void setPollIntervals(int initialMs, int maxMs)
    {
        m_pollInitialMs = initialMs, m_pollMaxMs = maxMs;
    }

Q_SIGNALS:
    /// A row changed (a result arrived).
    void rowsChanged();

protected:
    QCoro::Task<> run() override;

private:
    /// `co_await Pause(this, ms)`: resumes after ms, at once on cancel(), or on destruction.
    class Pause;
    void wake();
    void finishRows();
    RunCommandRow *rowOf(const QString &instanceId);

    CommandSpec m_spec;

    QString m_profileName;
    QList<RunCommandRow> m_rows;
    QString m_invokeId;
    bool m_stopRequested = false;
    bool m_stopSent = false;
    QTimer m_pause;
    std::coroutine_handle<> m_sleeping;
    int m_pollInitialMs = 1'000;
    int m_pollMaxMs = 5'000;
};

} // namespace ecs
