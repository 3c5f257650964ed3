#include "operation.h"

#include "ecsclient.h"
#include "instancewaiter.h"
#include "types/lifecycle.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::ui {

QString errorHint(const ApiError &error, bool earlierAttemptMayHaveLanded)
{
    const QString &code = error.code;
    if (code.contains(u"NoStock"_s))
        return Operation::tr("The zone has no stock of this instance type now: try another zone "
                             "or another type.");
    if (code == u"IncorrectInstanceStatus" || code == u"IncorrectInstanceState")
        return Operation::tr("The instance changed state meanwhile: refresh, and try again once "
                             "it is stable.");
    if (code.startsWith(u"InvalidSpotPriceLimit"_s))
        return Operation::tr("The price limit is below what the market asks now: raise it, or let "
                             "the market price apply.");
    if (code == u"InvalidInstanceId.NotFound")
        return Operation::tr("The instance no longer exists; it may have been released.");
    if (code.startsWith(u"Throttling"_s))
        return Operation::tr("The service is limiting the request rate: wait a moment and retry.");
    if (code.startsWith(u"Forbidden"_s))
        return Operation::tr("This AccessKey may not do this: check its RAM policy.");
    if (code == u"IdempotentParameterMismatch")
        return Operation::tr("An earlier request with the same client token had other "
                             "parameters; start a new submission.");
    if (code == u"ChargeTypeViolation")
        return Operation::tr("The instance's billing method does not allow this.");
    if (code == u"OperationConflict")
        return Operation::tr("Another operation on this resource is running: retry shortly.");
    if (error.neverSent() && !earlierAttemptMayHaveLanded
        && error.kind != ApiError::Kind::Configuration)
        return Operation::tr("Nothing was sent: the endpoint could not be reached, so nothing "
                             "changed. Check the connection and retry.");
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || (error.neverSent() && earlierAttemptMayHaveLanded))
        return Operation::tr("The outcome is unknown: the request was sent but no answer came. "
                             "Refresh to see whether it went through.");
    return {};
}

Operation::Operation(ecs::EcsClient *client, const QString &title, const QString &regionId,
    const QStringList &instanceIds, const QList<Step> &steps, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_title(title)
    , m_regionId(regionId)
    , m_instanceIds(instanceIds)
    , m_steps(steps)
{ }

QString Operation::stateText() const
{
    switch (m_state) {
    case State::Submitted:
        return tr("Submitted");
    case State::Waiting:
        return tr("Waiting");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Operation::hint() const
{
    return errorHint(m_error, m_earlierAttemptMayHaveLanded);
}

Operation *Operation::retry(QObject *parent) const
{
    if (m_state != State::Failed && m_state != State::Cancelled)
        return nullptr;
    // From the step that failed on: what was done stays done. A create resends its ClientToken,
    // so the service makes the instances at most once.
    const int from = std::clamp(m_step, 0, int(m_steps.size()) - 1);
    auto *again = new Operation(m_client, tr("%1 (retry)").arg(m_title), m_regionId, m_instanceIds,
        m_steps.mid(from), parent);
    again->setWaitIntervals(m_waitInitialMs, m_waitMaxMs);
    return again;
}

qint64 Operation::elapsedMs() const
{
    if (m_finishedAfterMs >= 0)
        return m_finishedAfterMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

QStringList Operation::commandLines(const QString &profileName) const
{
    // The Demo profile is the embedded simulator: the command needs its endpoint to reach it.
    QUrl endpoint;
    if ((profileName.isEmpty() || profileName == u"Demo") && m_client)
        endpoint = m_client->config().endpointOverride;
    QStringList lines;
    for (const Step &step : m_steps)
        for (const ApiRequest &request : step.requests)
            lines << commandLineFor(request, profileName, endpoint);
    return lines;
}

void Operation::start()
{
    m_clock.start();
    runStep();
}

void Operation::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    if (isFinished() && m_finishedAfterMs < 0)
        m_finishedAfterMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT changed();
    if (isFinished())
        Q_EMIT finished();
}

void Operation::runStep()
{
    if (isFinished())
        return;
    if (++m_step >= m_steps.size())
        return setState(State::Done, tr("Done in %1 s").arg(elapsedMs() / 1000.0, 0, 'f', 1));
    if (!m_client)
        return fail(ApiError::make(ApiError::Kind::Cancelled, tr("The profile was closed.")));
    const Step &step = m_steps.at(m_step);
    setState(State::Submitted, step.description + u'…');
    m_stepError = {};
    m_pending = int(step.requests.size());
    m_calls.clear();
    for (const ApiRequest &request : step.requests) {
        ApiCall *call = m_client->send(request);
        m_calls << call;
        connect(call, &ApiCall::finished, this, [this, call] { stepAnswered(call); });
    }
    if (m_pending == 0) // a step that only waits
        return step.waitFor.isEmpty() ? runStep() : waitFor(step.waitFor);
}

void Operation::stepAnswered(ApiCall *call)
{
    if (isFinished())
        return;
    if (!call->ok()) {
        if (!m_stepError.isError())
            m_stepError = call->error();
        // A retried call's earlier attempts may have reached the service even if the last one
        // was refused.
        if (call->mayHaveReachedService())
            m_earlierAttemptMayHaveLanded = true;
    } else {
        const QJsonObject body = call->response();
        // Batch answers carry a code per instance: one refused instance fails the operation.
        const QJsonArray outcomes
            = body.value(u"InstanceResponses"_s).toObject().value(u"InstanceResponse"_s).toArray();
        for (const QJsonValue &value : outcomes) {
            const QJsonObject o = value.toObject();
            const QString code = o.value(u"Code"_s).toString();
            if (!code.isEmpty() && code != u"200" && !m_stepError.isError()) {
                m_stepError = ApiError::service(call->error().httpStatus, code,
                    u"%1: %2"_s.arg(
                        o.value(u"InstanceId"_s).toString(), o.value(u"Message"_s).toString()),
                    body.value(u"RequestId"_s).toString());
            }
        }
        const QJsonArray created
            = body.value(u"InstanceIdSets"_s).toObject().value(u"InstanceIdSet"_s).toArray();
        for (const QJsonValue &id : created)
            if (!m_instanceIds.contains(id.toString()))
                m_instanceIds << id.toString();
    }
    if (--m_pending > 0)
        return;
    if (m_stepError.isError())
        return fail(m_stepError);
    Q_EMIT accepted(m_regionId, m_instanceIds);
    const QString target = m_steps.at(m_step).waitFor;
    if (target.isEmpty())
        return runStep();
    waitFor(target);
}

void Operation::waitFor(const QString &target)
{
    if (!m_client)
        return fail(ApiError::make(ApiError::Kind::Cancelled, tr("The profile was closed.")));
    auto *waiter = new InstanceWaiter(m_client, m_regionId, m_instanceIds, target, this);
    m_waiter = waiter;
    waiter->setIntervals(m_waitInitialMs, m_waitMaxMs, 20 * 60'000);
    const QString waitingText = target == InstanceWaiter::kGone ? tr("waiting for the release")
                                                                : tr("waiting for %1").arg(target);
    setState(State::Waiting, u"%1 (0/%2)"_s.arg(waitingText).arg(m_instanceIds.size()));
    connect(waiter, &InstanceWaiter::progress, this, [this, waitingText](int reached, int total) {
        if (!isFinished())
            setState(State::Waiting, u"%1 (%2/%3)"_s.arg(waitingText).arg(reached).arg(total));
    });
    connect(waiter, &InstanceWaiter::finished, this, [this, waiter](const ApiError &error) {
        waiter->deleteLater();
        if (isFinished())
            return;
        Q_EMIT accepted(m_regionId, m_instanceIds); // the pane shows where they ended
        if (error.isError())
            return fail(error);
        runStep();
    });
    waiter->start();
}

void Operation::cancel()
{
    if (isFinished())
        return;
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->cancel();
    if (m_waiter)
        m_waiter->cancel();
    if (!isFinished())
        setState(State::Cancelled,
            m_step < m_steps.size() - 1 || m_pending > 0
                ? tr("Cancelled; the service finishes what it had accepted")
                : tr("Stopped waiting"));
}

void Operation::fail(const ApiError &error)
{
    if (error.isCancelled()) {
        m_error = error;
        return setState(State::Cancelled, error.message);
    }
    m_error = error;
    QString text = error.toDisplayString();
    if (const QString h = hint(); !h.isEmpty())
        text += u' ' + h;
    setState(State::Failed, text);
}

} // namespace ecs::ui
