#include "runcommandoperation.h"

#include "ecsclient.h"

#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

bool insertNew(QSet<QString> &set, const QString &key)
{
    const qsizetype before = set.size();
    set.insert(key);
    return set.size() > before;
}

struct Answer
{
    ApiError error;
    QJsonObject body;
};

/// `co_await Answered(call)`: resumes with the call's outcome once it finished (a cancelled call
/// finishes too, so the flow is never left suspended).
class Answered
{
public:
    explicit Answered(ApiCall *call)
        : m_call(call)
    { }
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> flow)
    {
        ApiCall *call = m_call;
        QObject::connect(call, &ApiCall::finished, call, [this, call, flow] {
            m_answer = { call->error(), call->response() };
            flow.resume();
        });
    }
    Answer await_resume() { return std::move(m_answer); }

private:
    ApiCall *m_call;
    Answer m_answer;
};

constexpr int kMaxConsecutivePollErrors = 5;

QString describeIds(const QStringList &names)
{
    QStringList shown = names.mid(0, 5);
    if (names.size() > 5)
        shown << u"…"_s;
    return shown.join(u", "_s);
}

} // namespace

class RunCommandOperation::Pause
{
public:
    Pause(RunCommandOperation *operation, int ms)
        : m_operation(operation)
        , m_ms(ms)
    { }
    /// A stop asked for and not yet sent goes out at once; otherwise the pause is kept.
    bool await_ready() const noexcept
    {
        return m_ms <= 0 || (m_operation->m_stopRequested && !m_operation->m_stopSent);
    }
    void await_suspend(std::coroutine_handle<> flow)
    {
        m_operation->m_sleeping = flow;
        m_operation->m_pause.start(m_ms);
    }
    void await_resume() { }

private:
    RunCommandOperation *m_operation;
    int m_ms;
};

bool RunCommandRow::failed() const
{
    return skipped || (isFinal(result.status) && result.status != InvocationStatus::Success)
        || result.status == InvocationStatus::Unknown;
}

RunCommandOperation::RunCommandOperation(EcsClient *client, const QString &regionId,
    const QStringList &instanceIds, const CommandSpec &spec, const QHash<QString, QString> &names,
    QObject *parent)
    : Operation(client,
        instanceIds.size() == 1
            ? tr("Run command on %1").arg(names.value(instanceIds.first(), instanceIds.first()))
            : tr("Run command on %n instance(s)", "", int(instanceIds.size())),
        regionId, instanceIds,
        { PlanStep { tr("Running the command"),
            { ops::RunCommand::request(regionId, instanceIds, spec) }, {} } },
        parent)
    , m_spec(spec)
{
    for (const QString &id : instanceIds) {
        RunCommandRow row;
        row.instanceId = id;
        row.name = names.value(id);
        row.result.instanceId = id;
        m_rows << row;
    }
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &RunCommandOperation::wake);
}

RunCommandOperation::~RunCommandOperation()
{
    // A flow paused between polls resumes now, sees that it is over and returns.
    *aliveFlag() = false;
    wake();
}

void RunCommandOperation::wake()
{
    m_pause.stop();
    if (std::coroutine_handle<> flow = std::exchange(m_sleeping, {}))
        flow.resume();
}

RunCommandRow *RunCommandOperation::rowOf(const QString &instanceId)
{
    for (RunCommandRow &row : m_rows)
        if (row.instanceId == instanceId)
            return &row;
    return nullptr;
}

QStringList RunCommandOperation::failedInstanceIds() const
{
    QStringList ids;
    for (const RunCommandRow &row : m_rows)
        if (row.failed())
            ids << row.instanceId;
    return ids;
}

RunCommandOperation *RunCommandOperation::runAgainOnFailed(QObject *parent) const
{
    if (!isFinished())
        return nullptr;
    QHash<QString, QString> names;
    for (const RunCommandRow &row : m_rows)
        names.insert(row.instanceId, row.name);
    CommandSpec spec = m_spec;
    QStringList ids;
    if (m_invokeId.isEmpty()) {
        // The command was never accepted: the same request again, with its token, so that an
        // earlier attempt that did land is not run a second time.
        for (const RunCommandRow &row : m_rows)
            ids << row.instanceId;
    } else {
        ids = failedInstanceIds();
        spec.clientToken = ApiRequest::newClientToken();
    }
    if (ids.isEmpty())
        return nullptr;
    auto *again = new RunCommandOperation(client(), regionId(), ids, spec, names, parent);
    again->setPollIntervals(m_pollInitialMs, m_pollMaxMs);
    again->setProfileName(m_profileName);
    return again;
}

QList<RunCommandTarget> RunCommandOperation::targetsOf(const QList<Instance> &selection)
{
    QList<RunCommandTarget> targets;
    QSet<QString> seen; // profile / id: a row selected twice is sent once
    for (const Instance &instance : selection) {
        if (!insertNew(seen, instance.profileId + u'/' + instance.instanceId))
            continue;
        auto open = std::find_if(targets.begin(), targets.end(), [&](const RunCommandTarget &t) {
            return t.profileId == instance.profileId && t.regionId == instance.regionId
                && t.instanceIds.size() < ops::RunCommand::kMaxIds;
        });
        if (open == targets.end()) {
            targets.append({ instance.profileId, instance.regionId, {}, {} });
            open = targets.end() - 1;
        }
        open->instanceIds << instance.instanceId;
        open->names.insert(instance.instanceId, instance.instanceName);
    }
    return targets;
}

void RunCommandOperation::setProfileName(const QString &profileName)
{
    if (profileName.isEmpty() || !m_profileName.isEmpty())
        return;
    m_profileName = profileName;
    setTitle(
        tr("%1: %2 (%3)", "profile: operation (region)").arg(profileName, title(), regionId()));
}

void RunCommandOperation::cancel()
{
    if (isFinished() || m_stopRequested)
        return;
    m_stopRequested = true;
    setState(state(), tr("Stopping the command…"));
    wake(); // a paused flow sends StopInvocation now
}

void RunCommandOperation::finishRows()
{
    int failed = 0, skipped = 0;
    for (const RunCommandRow &row : std::as_const(m_rows)) {
        skipped += row.skipped ? 1 : 0;
        failed += row.failed() && !row.skipped ? 1 : 0;
    }
    const int total = int(m_rows.size());
    if (m_stopRequested) {
        setState(State::Cancelled,
            tr("Stopped; %n of %1 instance(s) had finished", "", total - failed - skipped)
                .arg(total));
        return;
    }
    if (failed == 0 && skipped == 0) {
        setState(State::Done, tr("Succeeded on %n instance(s)", "", total));
        return;
    }
    QString text = tr("Failed on %n of %1 instance(s)", "", failed + skipped).arg(total);
    if (skipped > 0)
        text += u"; "_s + tr("%n skipped without a running Cloud Assistant Agent", "", skipped);
    setError(ApiError::make(ApiError::Kind::Service, text));
    setState(State::Failed, text);
}

QCoro::Task<> RunCommandOperation::run()
{
    const std::shared_ptr<bool> alive = aliveFlag();
    const QStringList ids = instanceIds();

    // 1. Which instances have a running agent.
    setState(State::Submitted, tr("Checking Cloud Assistant…"));
    QHash<QString, bool> agentRunning;
    for (qsizetype first = 0; first < ids.size();
         first += ops::DescribeCloudAssistantStatus::kMaxIds) {
        if (!client()) {
            fail(ApiError::make(ApiError::Kind::Cancelled, tr("The profile was closed.")));
            co_return;
        }
        const QStringList chunk = ids.mid(first, ops::DescribeCloudAssistantStatus::kMaxIds);
        const Answer answer = co_await Answered(
            sendLogged(ops::DescribeCloudAssistantStatus::request(regionId(), chunk)));
        if (!*alive || isFinished())
            co_return;
        const auto parsed = answer.error.isError()
            ? Result<ops::DescribeCloudAssistantStatus::Response>(answer.error)
            : ops::DescribeCloudAssistantStatus::parse(answer.body);
        if (!parsed.ok()) {
            fail(parsed.error());
            co_return;
        }
        for (const AgentStatus &status : parsed->statuses)
            if (chunk.contains(status.instanceId))
                agentRunning.insert(status.instanceId, status.running);
    }
    QStringList eligible, skippedNames;
    for (RunCommandRow &row : m_rows) {
        if (agentRunning.value(row.instanceId)) {
            eligible << row.instanceId;
            continue;
        }
        row.skipped = true;
        row.result.errorInfo = tr("No running Cloud Assistant Agent: skipped.");
        skippedNames << (row.name.isEmpty() ? row.instanceId : row.name);
    }
    Q_EMIT rowsChanged();
    if (m_stopRequested) {
        finishRows();
        co_return;
    }
    if (eligible.isEmpty()) {
        const QString text = tr("No selected instance has a running Cloud Assistant Agent: %1")
                                 .arg(describeIds(skippedNames));
        setError(ApiError::make(ApiError::Kind::Service, text));
        setState(State::Failed, text);
        co_return;
    }
    if (eligible.size() > ops::RunCommand::kMaxIds) {
        fail(ApiError::make(ApiError::Kind::Configuration,
            tr("Cloud Assistant runs a command on at most %1 instances at once.")
                .arg(ops::RunCommand::kMaxIds)));
        co_return;
    }

    // 2. The command.
    setState(State::Submitted,
        skippedNames.isEmpty()
            ? tr("Sending the command to %n instance(s)…", "", int(eligible.size()))
            : tr("Sending the command to %n instance(s); skipped without an agent: %1", "",
                int(eligible.size()))
                  .arg(describeIds(skippedNames)));
    if (!client()) {
        fail(ApiError::make(ApiError::Kind::Cancelled, tr("The profile was closed.")));
        co_return;
    }
    const Answer sent
        = co_await Answered(sendLogged(ops::RunCommand::request(regionId(), eligible, m_spec)));
    if (!*alive || isFinished())
        co_return;
    const auto invoked = sent.error.isError() ? Result<ops::RunCommand::Response>(sent.error)
                                              : ops::RunCommand::parse(sent.body);
    if (!invoked.ok()) {
        fail(invoked.error());
        co_return;
    }
    m_invokeId = invoked->invokeId;
    for (const QString &id : std::as_const(eligible))
        rowOf(id)->result.status = InvocationStatus::Pending;
    Q_EMIT rowsChanged();

    // 3. The results, until every instance is final. The service keeps running what it
    // accepted, so following it is bounded by the command's own timeout and a margin.
    const qint64 followUntilMs = elapsedMs() + (qint64(m_spec.timeoutS) + 300) * 1000;
    int delay = m_pollInitialMs;
    int errorsInRow = 0;
    setState(State::Waiting, tr("%1 of %2 finished").arg(0).arg(eligible.size()));
    for (;;) {
        if (m_stopRequested && !m_stopSent && client()) {
            m_stopSent = true;
            setState(State::Waiting, tr("Stopping the command…"));
            const Answer stopped = co_await Answered(
                sendLogged(ops::StopInvocation::request(regionId(), m_invokeId)));
            if (!*alive)
                co_return;
            Q_UNUSED(stopped) // a refusal is in the log; the results say what happened
        }
        co_await Pause(this, m_stopSent && delay > m_pollInitialMs ? m_pollInitialMs : delay);
        if (!*alive)
            co_return;
        if (m_stopRequested && !m_stopSent)
            continue;
        delay = std::min(delay * 3 / 2, m_pollMaxMs);
        if (!client()) {
            fail(ApiError::make(ApiError::Kind::Cancelled, tr("The profile was closed.")));
            co_return;
        }
        const int maxPages = int(eligible.size()) / ops::DescribeInvocationResults::kPageSize + 1;
        int seen = 0;
        ApiError pollError;
        for (int page = 1; page <= maxPages; ++page) {
            const Answer answer = co_await Answered(
                sendLogged(ops::DescribeInvocationResults::request(regionId(), m_invokeId, page)));
            if (!*alive)
                co_return;
            const auto parsed = answer.error.isError()
                ? Result<ops::DescribeInvocationResults::Response>(answer.error)
                : ops::DescribeInvocationResults::parse(answer.body);
            if (!parsed.ok()) {
                pollError = parsed.error();
                break;
            }
            for (const InvocationResult &result : parsed->results)
                if (RunCommandRow *row = rowOf(result.instanceId); row && !row->skipped)
                    row->result = result;
            seen += int(parsed->results.size());
            const int expected = std::min<int>(parsed->totalCount, int(eligible.size()));
            if (parsed->results.size() < ops::DescribeInvocationResults::kPageSize
                || seen >= expected)
                break;
        }
        if (pollError.isError()) {
            if (pollError.isCancelled() || ++errorsInRow >= kMaxConsecutivePollErrors) {
                fail(pollError);
                co_return;
            }
        } else {
            errorsInRow = 0;
        }
        Q_EMIT rowsChanged();
        const int final = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
            [](const RunCommandRow &r) { return !r.skipped && isFinal(r.result.status); }));
        if (final >= eligible.size())
            break;
        if (elapsedMs() > followUntilMs) {
            fail(ApiError::make(ApiError::Kind::Timeout,
                tr("The results did not arrive in time; the invocation %1 may still be running.")
                    .arg(m_invokeId)));
            co_return;
        }
        setState(State::Waiting,
            m_stopRequested
                ? tr("Stopping the command… %1 of %2 finished").arg(final).arg(eligible.size())
                : tr("%1 of %2 finished").arg(final).arg(eligible.size()));
    }
    finishRows();
}

} // namespace ecs
