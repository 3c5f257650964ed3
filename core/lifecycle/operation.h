#pragma once

#include "apierror.h"
#include "lifecycle/plans.h"
#include "lifecycle/requestlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <QCoro/QCoroTask>

#include <memory>

namespace ecs {

class ApiCall;
class EcsClient;
class InstanceWaiter;

/// One tracked action on the instances of one region: its steps go out one after the other (stop
/// → change type → start is three), each step's requests together, each step optionally waiting
/// for the instances to reach a state; then done, or failed with the service's Code, Message and
/// RequestId and a hint in plain words. It lives on its own, independent of panes, so refreshes
/// and region switches leave it alone.
class Operation : public QObject
{
    Q_OBJECT

public:
    enum class State { Submitted, Waiting, Done, Failed, Cancelled };
    using Step = PlanStep;

    Operation(EcsClient *client, const QString &title, const QString &regionId,
        const QStringList &instanceIds, const QList<PlanStep> &steps, QObject *parent = nullptr);
    Operation(
        EcsClient *client, const QString &title, const RegionPlan &plan, QObject *parent = nullptr);
    ~Operation() override;
    /// One operation per region of `plan`, not started.
    static QList<Operation *> fromPlan(
        EcsClient *client, const ActionPlan &plan, QObject *parent = nullptr);

    void start();
    /// A new operation that resends what failed (the failed step and those after it), or null
    /// when this one did not fail.
    virtual Operation *retry(QObject *parent = nullptr) const;
    /// For a step sent in several batches of which some went through: only the refused batches
    /// again (then the steps after it). Null when that does not apply.
    virtual Operation *retryFailedOnly(QObject *parent = nullptr) const;
    bool canRetryFailedOnly() const;
    /// Stops what can still be stopped: calls not yet answered, waiting, the remaining steps. What
    /// the service has already accepted stays done.
    virtual void cancel();
    /// Every request sent so far and its answer, redacted (the operation's details).
    const RequestLog &requestLog() const { return m_log; }
    bool isFinished() const { return m_state >= State::Done; }

    QString title() const { return m_title; }
    QString regionId() const { return m_regionId; }
    /// The instances concerned; for RunInstances, the ones created, once known.
    QStringList instanceIds() const { return m_instanceIds; }
    State state() const { return m_state; }
    QString stateText() const;
    /// What is happening now, or how it ended, in words.
    QString detail() const { return m_detail; }
    ApiError error() const { return m_error; }
    /// A plain-words hint for the error (what to do), or empty.
    QString hint() const;
    qint64 elapsedMs() const;
    /// The `ecs-console call …` lines of every request, for "copy as command".
    QStringList commandLines(const QString &profileName = {}) const;
    /// Timing of the waiter's polls (tests shorten them).
    void setWaitIntervals(int initialMs, int maxMs)
    {
        m_waitInitialMs = initialMs, m_waitMaxMs = maxMs;
    }

Q_SIGNALS:
    void changed();
    /// A step's calls were accepted: the instances are changing now.
    void accepted(const QString &regionId, const QStringList &instanceIds);
    void finished();
    /// A request was sent or answered: requestLog() grew.
    void requestLogged();

protected:
    /// The steps, top to bottom; returns at once when the operation is cancelled or destroyed.
    virtual QCoro::Task<> run();
    void fail(const ApiError &error);
    void setState(State state, const QString &detail);
    void setError(const ApiError &error) { m_error = error; }
    void setInstanceIds(const QStringList &ids) { m_instanceIds = ids; }
    /// Before submission only (the dock reads it once).
    void setTitle(const QString &title) { m_title = title; }
    EcsClient *client() const;
    /// Sends through the client, recorded in requestLog() and cancelled with the operation.
    ApiCall *sendLogged(const ApiRequest &request);
    /// False once the destructor began: a suspended flow checks its copy before touching this.
    std::shared_ptr<bool> aliveFlag() const { return m_alive; }

private:
    QPointer<EcsClient> m_client;
    QString m_title;
    QString m_regionId;
    QStringList m_instanceIds;
    QList<PlanStep> m_steps;
    int m_step = -1;
    QList<QPointer<ApiCall>> m_calls; ///< the current step's
    QPointer<InstanceWaiter> m_waiter;
    /// False once the destructor runs: the suspended run() returns without touching anything.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    State m_state = State::Submitted;
    QString m_detail;
    ApiError m_error;
    QElapsedTimer m_clock;
    qint64 m_finishedAfterMs = -1;
    bool m_earlierAttemptMayHaveLanded = false;
    int m_waitInitialMs = 1'000;
    int m_waitMaxMs = 8'000;
    RequestLog m_log;
    QList<int> m_failedRequests; ///< of the failed step, by index in its requests
};

/// What to do about errors, in plain words (translation context ecs::ErrorHint).
class ErrorHint
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ErrorHint)

public:
    /// Empty when there is nothing useful to add. `earlierAttemptMayHaveLanded`: a retried call
    /// whose last attempt never left may still have been carried out by an earlier one, so its
    /// outcome is unknown rather than "nothing sent".
    static QString forError(const ApiError &error, bool earlierAttemptMayHaveLanded = false);
};

inline QString errorHint(const ApiError &error, bool earlierAttemptMayHaveLanded = false)
{
    return ErrorHint::forError(error, earlierAttemptMayHaveLanded);
}

} // namespace ecs
