#include "operation.h"

#include "ecsclient.h"
#include "instancewaiter.h"
#include "types/lifecycle.h"

#include <QHash>

#include <algorithm>
#include <coroutine>
#include <functional>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

/// One call's outcome, taken when it finished (the call deletes itself afterwards).
struct Answer
{
    QString action;
    ApiError error;
    QJsonObject body;
    bool mayHaveReachedService = false;
};

/// `co_await AllAnswered(calls)`: the flow resumes once every call of a step has finished, with
/// their answers in the order they were sent. A cancelled call finishes too (with Cancelled), so
/// the flow is never left suspended.
class AllAnswered
{
public:
    explicit AllAnswered(QList<ApiCall *> calls)
        : m_calls(std::move(calls))
        , m_answers(m_calls.size())
    { }
    bool await_ready() const noexcept { return m_calls.isEmpty(); }
    void await_suspend(std::coroutine_handle<> flow)
    {
        m_left = int(m_calls.size());
        for (qsizetype n = 0; n < m_calls.size(); ++n) {
            ApiCall *call = m_calls.at(n);
            QObject::connect(call, &ApiCall::finished, call, [this, call, n, flow] {
                m_answers[n] = { call->request().action(), call->error(), call->response(),
                    call->mayHaveReachedService() };
                if (--m_left == 0)
                    flow.resume();
            });
        }
    }
    QList<Answer> await_resume() { return std::move(m_answers); }

private:
    QList<ApiCall *> m_calls;
    QList<Answer> m_answers;
    int m_left = 0;
};

/// `co_await WaiterDone(waiter)`: resumes with the waiter's finished() error (None: reached).
class WaiterDone
{
public:
    explicit WaiterDone(InstanceWaiter *waiter)
        : m_waiter(waiter)
    { }
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> flow)
    {
        QObject::connect(
            m_waiter, &InstanceWaiter::finished, m_waiter, [this, flow](const ApiError &error) {
                m_error = error;
                flow.resume();
            });
    }
    ApiError await_resume() { return m_error; }

private:
    InstanceWaiter *m_waiter;
    ApiError m_error;
};

/// Reads an accepted answer through its operation's own parse(). Batch answers carry a code per
/// instance: one refused instance is the step's error. A create names the new instances.
using Reader = std::function<ApiError(const QJsonObject &body, QStringList &created)>;

QString requestIdOf(const QJsonObject &body)
{
    const Result<QString> requestId = ops::Acknowledged::parse(body);
    return requestId.ok() ? requestId.value() : QString();
}

ApiError readOutcomes(const QJsonObject &body, QStringList &)
{
    const Result<QList<InstanceOutcome>> outcomes = ops::StartInstances::parse(body);
    if (!outcomes.ok())
        return outcomes.error();
    for (const InstanceOutcome &o : outcomes.value())
        if (!o.ok())
            return ApiError::service(
                200, o.code, u"%1: %2"_s.arg(o.instanceId, o.message), requestIdOf(body));
    return {};
}

ApiError readCreated(const QJsonObject &body, QStringList &created)
{
    const Result<ops::RunInstances::Response> answer = ops::RunInstances::parse(body);
    if (!answer.ok())
        return answer.error();
    created << answer->instanceIds;
    return {};
}

ApiError readAddress(const QJsonObject &body, QStringList &)
{
    const Result<QString> address = ops::AllocatePublicIpAddress::parse(body);
    return address.ok() ? ApiError {} : address.error();
}

ApiError readAcknowledged(const QJsonObject &body, QStringList &)
{
    const Result<QString> requestId = ops::Acknowledged::parse(body);
    return requestId.ok() ? ApiError {} : requestId.error();
}

const Reader &readerFor(const QString &action)
{
    static const QHash<QString, Reader> readers {
        { u"StartInstances"_s, readOutcomes },
        { u"StopInstances"_s, readOutcomes },
        { u"RunInstances"_s, readCreated },
        { u"AllocatePublicIpAddress"_s, readAddress },
    };
    static const Reader acknowledged = readAcknowledged;
    const auto it = readers.constFind(action);
    return it != readers.cend() ? *it : acknowledged;
}

} // namespace

QString ErrorHint::forError(const ApiError &error, bool earlierAttemptMayHaveLanded)
{
    const QString &code = error.code;
    if (code.contains(u"NoStock"_s))
        return tr("The zone has no stock of this instance type now: try another zone or another "
                  "type.");
    if (code == u"IncorrectInstanceStatus" || code == u"IncorrectInstanceState")
        return tr("The instance changed state meanwhile: refresh, and try again once it is "
                  "stable.");
    if (code.startsWith(u"InvalidSpotPriceLimit"_s))
        return tr("The price limit is below what the market asks now: raise it, or let the "
                  "market price apply.");
    if (code == u"InvalidInstanceId.NotFound")
        return tr("The instance no longer exists; it may have been released.");
    if (code.startsWith(u"Throttling"_s))
        return tr("The service is limiting the request rate: wait a moment and retry.");
    if (code.startsWith(u"Forbidden"_s))
        return tr("This AccessKey may not do this: check its RAM policy.");
    if (code == u"IdempotentParameterMismatch")
        return tr("An earlier request with the same client token had other parameters; start a "
                  "new submission.");
    if (code == u"ChargeTypeViolation")
        return tr("The instance's billing method does not allow this.");
    if (code == u"OperationConflict")
        return tr("Another operation on this resource is running: retry shortly.");
    if (error.neverSent() && !earlierAttemptMayHaveLanded
        && error.kind != ApiError::Kind::Configuration)
        return tr("Nothing was sent: the endpoint could not be reached, so nothing changed. "
                  "Check the connection and retry.");
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || (error.neverSent() && earlierAttemptMayHaveLanded))
        return tr("The outcome is unknown: the request was sent but no answer came. Refresh to "
                  "see whether it went through.");
    return {};
}

Operation::Operation(EcsClient *client, const QString &title, const QString &regionId,
    const QStringList &instanceIds, const QList<PlanStep> &steps, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_title(title)
    , m_regionId(regionId)
    , m_instanceIds(instanceIds)
    , m_steps(steps)
{ }

Operation::Operation(
    EcsClient *client, const QString &title, const RegionPlan &plan, QObject *parent)
    : Operation(client, title, plan.regionId, plan.instanceIds, plan.steps, parent)
{ }

Operation::~Operation()
{
    // A suspended run() resumes with the cancellations below and returns at once.
    *m_alive = false;
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->cancel();
    if (m_waiter)
        m_waiter->cancel();
}

QList<Operation *> Operation::fromPlan(EcsClient *client, const ActionPlan &plan, QObject *parent)
{
    QList<Operation *> out;
    for (const RegionPlan &region : plan.regions)
        out << new Operation(client, plan.titleFor(region), region, parent);
    return out;
}

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

bool Operation::canRetryFailedOnly() const
{
    return m_state == State::Failed && m_step >= 0 && m_step < m_steps.size()
        && !m_failedRequests.isEmpty()
        && m_failedRequests.size() < m_steps.at(m_step).requests.size();
}

Operation *Operation::retryFailedOnly(QObject *parent) const
{
    if (!canRetryFailedOnly())
        return nullptr;
    QList<PlanStep> steps = m_steps.mid(m_step);
    PlanStep &failed = steps.first();
    QList<ApiRequest> requests;
    for (const int n : m_failedRequests)
        requests << failed.requests.at(n); // the same ClientToken: at most once
    failed.requests = requests;
    auto *again = new Operation(m_client, tr("%1 (retry of the failed)").arg(m_title), m_regionId,
        m_instanceIds, steps, parent);
    again->setWaitIntervals(m_waitInitialMs, m_waitMaxMs);
    return again;
}

EcsClient *Operation::client() const
{
    return m_client;
}

ApiCall *Operation::sendLogged(const ApiRequest &request)
{
    ApiCall *call = m_client->send(request);
    m_calls.removeIf([](const QPointer<ApiCall> &c) { return !c; });
    m_calls << call;
    const int index = m_log.begin(request, m_client->endpointFor(request), elapsedMs());
    QElapsedTimer clock;
    clock.start();
    connect(call, &ApiCall::retrying, this,
        [this, index, clock](int next, const ApiError &error, int delayMs) {
            m_log.retrying(index, next, error, delayMs, clock.elapsed());
            Q_EMIT requestLogged();
        });
    connect(call, &ApiCall::finished, this, [this, index, call] {
        m_log.finish(index, *call);
        Q_EMIT requestLogged();
    });
    Q_EMIT requestLogged();
    return call;
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
    for (const PlanStep &step : m_steps)
        for (const ApiRequest &request : step.requests)
            lines << commandLineFor(request, profileName, endpoint);
    return lines;
}

void Operation::start()
{
    m_clock.start();
    run(); // runs on by itself; it stops at its next resumption once cancelled or destroyed
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

QCoro::Task<> Operation::run()
{
    const std::shared_ptr<bool> alive = m_alive;
    for (m_step = 0; m_step < m_steps.size(); ++m_step) {
        if (!m_client) {
            fail(ApiError::make(ApiError::Kind::Cancelled, tr("The profile was closed.")));
            co_return;
        }
        const PlanStep step = m_steps.at(m_step);
        setState(State::Submitted, step.description + u'…');

        QList<ApiCall *> calls;
        for (const ApiRequest &request : step.requests)
            calls << sendLogged(request);
        m_calls = QList<QPointer<ApiCall>>(calls.cbegin(), calls.cend());
        const QList<Answer> answers = co_await AllAnswered(calls);
        if (!*alive || isFinished())
            co_return; // destroyed or cancelled meanwhile
        m_calls.clear();

        ApiError stepError;
        m_failedRequests.clear();
        int index = -1;
        for (const Answer &answer : answers) {
            ++index;
            ApiError error = answer.error;
            if (!error.isError())
                error = readerFor(answer.action)(answer.body, m_instanceIds);
            // A retried call's earlier attempts may have reached the service even if the last
            // one was refused.
            if (answer.error.isError() && answer.mayHaveReachedService)
                m_earlierAttemptMayHaveLanded = true;
            if (error.isError())
                m_failedRequests << index;
            if (error.isError() && !stepError.isError())
                stepError = error;
        }
        m_instanceIds.removeDuplicates();
        if (stepError.isError()) {
            fail(stepError);
            co_return;
        }
        if (!step.requests.isEmpty())
            Q_EMIT accepted(m_regionId, m_instanceIds);
        if (step.waitFor.isNone())
            continue;

        if (!m_client) {
            fail(ApiError::make(ApiError::Kind::Cancelled, tr("The profile was closed.")));
            co_return;
        }
        auto *waiter = new InstanceWaiter(m_client, m_regionId, m_instanceIds, step.waitFor, this);
        m_waiter = waiter;
        waiter->setIntervals(m_waitInitialMs, m_waitMaxMs, 20 * 60'000);
        const QString waitingText = step.waitFor.kind == WaitTarget::Kind::Gone
            ? tr("waiting for the release")
            : tr("waiting for %1").arg(step.waitFor.name());
        setState(State::Waiting, u"%1 (0/%2)"_s.arg(waitingText).arg(m_instanceIds.size()));
        connect(
            waiter, &InstanceWaiter::progress, this, [this, waitingText](int reached, int total) {
                if (!isFinished())
                    setState(
                        State::Waiting, u"%1 (%2/%3)"_s.arg(waitingText).arg(reached).arg(total));
            });
        waiter->start();
        const ApiError waited = co_await WaiterDone(waiter);
        if (!*alive)
            co_return;
        waiter->deleteLater();
        m_waiter.clear();
        Q_EMIT accepted(m_regionId, m_instanceIds); // the pane shows where they ended
        if (isFinished())
            co_return; // cancelled meanwhile
        if (waited.isError()) {
            fail(waited);
            co_return;
        }
    }
    setState(State::Done, tr("Done in %1 s").arg(elapsedMs() / 1000.0, 0, 'f', 1));
}

void Operation::cancel()
{
    if (isFinished())
        return;
    const bool unanswered = std::any_of(m_calls.cbegin(), m_calls.cend(),
        [](const QPointer<ApiCall> &c) { return c && !c->isFinished(); });
    // Said first: run() resumes with the cancellations and sees that it is over.
    setState(State::Cancelled,
        m_step < m_steps.size() - 1 || unanswered
            ? tr("Cancelled; the service finishes what it had accepted")
            : tr("Stopped waiting"));
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->cancel();
    if (m_waiter)
        m_waiter->cancel();
}

void Operation::fail(const ApiError &error)
{
    m_error = error;
    if (error.isCancelled())
        return setState(State::Cancelled, error.message);
    QString text = error.toDisplayString();
    if (const QString h = hint(); !h.isEmpty())
        text += u' ' + h;
    setState(State::Failed, text);
}

} // namespace ecs
