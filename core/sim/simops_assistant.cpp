// Cloud Assistant: the agent on each instance, commands and their invocations, and the VNC URL.
//
// The agent: installed on every instance except those whose id hashes to 0 modulo 6 (stable
// across runs), or as the tag `ecs-sim:cloud-assistant` says (`absent` / `installed`). An
// invocation is evaluated lazily against the world's clock: delivery takes 1 s, each `sleep N`
// N s (both divided by the time scale), and its state follows from those times, so that no timer
// runs for it. The simulated shell knows `hostname`, `uname -a`, `cat /etc/os-release`,
// `echo …`, `seq N`, `sleep N` and `exit N`, separated by `;` or new lines; anything else answers
// "command not found" with exit code 127. Output beyond 24 KiB (24 576 bytes) is dropped, as the
// service does, and Dropped says how many bytes.
#include "simassistant.h"
#include "simops.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;
using namespace assistant;

/// The rows [first, last) of `total` that the request asks for: by NextToken and MaxResults
/// (`tokenPaging`) or by PageNumber and PageSize, 10 by default and 50 at most; the paging keys
/// of the answer go into `body`.
std::pair<qsizetype, qsizetype> pageInto(
    SimParams &params, bool tokenPaging, qsizetype total, QJsonObject *body)
{
    if (tokenPaging) {
        const TokenPage page = tokenPageOf(params, total, 10, 50);
        body->insert(u"NextToken"_s, page.nextToken);
        return { page.first, page.last };
    }
    const Page page = pageOf(params, total, 10, 50);
    body->insert(u"PageNumber"_s, page.pageNumber);
    body->insert(u"PageSize"_s, page.pageSize);
    return { page.first, page.last };
}

constexpr qsizetype kContentLimit = 18 * 1024; ///< the Base64-encoded CommandContent
constexpr int kMaxInvocations = 1'000; ///< the oldest are forgotten beyond this
constexpr int kMaxCommands = 500;

const QStringList kTypes = { u"RunShellScript"_s, u"RunPowerShellScript"_s, u"RunBatScript"_s };

QString timeText(qint64 ms)
{
    return ms < 0 ? QString() : secondTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

/// The Base64 content of a request (ContentEncoding PlainText or Base64), or an error.
SimError readContent(SimContext &c, QString *base64, QString *script)
{
    const QString encoding
        = c.params.oneOf(u"ContentEncoding"_s, { u"PlainText"_s, u"Base64"_s }, u"PlainText"_s);
    const QString content = c.params.required(u"CommandContent"_s);
    if (!c.params.ok())
        return c.params.error();
    QByteArray bytes = content.toUtf8();
    if (encoding == u"Base64") {
        const auto decoded
            = QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return errors::invalidParameter(u"CommandContent"_s, u"not valid Base64"_s);
        bytes = *decoded;
    }
    const QByteArray encoded = bytes.toBase64();
    if (encoded.size() > kContentLimit)
        return { 400, u"InvalidCommandContent.LengthLimitExceeded"_s,
            u"The specified command content exceeds the length limit of 18 KB."_s };
    *base64 = QString::fromLatin1(encoded);
    *script = QString::fromUtf8(bytes);
    return {};
}

SimError readInvokeOptions(SimContext &c, const QString &type, int defaultTimeout, InvokeOptions *o)
{
    o->instanceIds = c.params.repeatList(u"InstanceId"_s, 100);
    o->timeoutS = int(c.params.integer(u"Timeout"_s, defaultTimeout, 10, 86'400));
    o->workingDir = c.params.string(u"WorkingDir"_s);
    o->username = c.params.string(u"Username"_s);
    if (c.params.boolean(u"Timed"_s, false)
        || (c.params.has(u"RepeatMode"_s) && c.params.string(u"RepeatMode"_s) != u"Once"))
        return errors::operationDenied(
            u"InvalidRepeatMode"_s, u"The simulator runs commands once only (RepeatMode Once)."_s);
    if (!c.params.ok())
        return c.params.error();
    if (o->instanceIds.isEmpty())
        return errors::missingParameter(u"InstanceId"_s);
    if (o->username.size() > 255 || o->workingDir.size() > 200)
        return errors::invalidParameter(u"Username"_s, o->username.left(32));
    Q_UNUSED(type)
    return {};
}

Outcome startInvocation(SimContext &c, const State &state, const QString &commandId,
    const QString &name, const QString &type, const QString &base64, const QString &script,
    const InvokeOptions &options)
{
    const SimRegion *region = requireRegion(c);
    if (!region)
        return fail(c.params.error());
    QList<SimInstance *> instances;
    if (SimError e = instancesIn(c.world, region->regionId, options.instanceIds, &instances);
        e.isError())
        return fail(e);
    Invocation inv;
    inv.invokeId = c.world.newId(u"t-"_s, region->regionId);
    inv.commandId = commandId;
    inv.regionId = region->regionId;
    inv.name = name;
    inv.type = type;
    inv.content = base64;
    inv.workingDir = options.workingDir;
    inv.username = options.username;
    inv.timeoutS = options.timeoutS;
    inv.createdMs = c.world.now().toMSecsSinceEpoch();
    for (const SimInstance *instance : std::as_const(instances))
        inv.runs.append(prepareRun(c.world, *instance, type, script, options));
    state->invocations.insert(inv.invokeId, inv);
    state->invocationOrder.append(inv.invokeId);
    while (state->invocationOrder.size() > kMaxInvocations)
        state->invocations.remove(state->invocationOrder.takeFirst());
    return ok({ { u"InvokeId"_s, inv.invokeId }, { u"CommandId"_s, commandId } });
}

Outcome runCommand(SimContext &c, const State &state)
{
    requireRegion(c);
    const QString type = c.params.oneOf(u"Type"_s, kTypes);
    if (c.params.ok() && type.isEmpty())
        c.params.fail(errors::missingParameter(u"Type"_s));
    QString base64, script;
    if (SimError e = readContent(c, &base64, &script); e.isError())
        return fail(e);
    InvokeOptions options;
    if (SimError e = readInvokeOptions(c, type, 60, &options); e.isError())
        return fail(e);
    const QString name = c.params.string(u"Name"_s, u"RunCommand"_s).left(128);
    const QString commandId = c.world.newId(u"c-"_s, c.params.string(u"RegionId"_s));
    return startInvocation(c, state, commandId, name, type, base64, script, options);
}

Outcome createCommand(SimContext &c, const State &state)
{
    const SimRegion *region = requireRegion(c);
    const QString type = c.params.oneOf(u"Type"_s, kTypes);
    const QString name = c.params.required(u"Name"_s);
    if (c.params.ok() && type.isEmpty())
        c.params.fail(errors::missingParameter(u"Type"_s));
    Command command;
    if (SimError e = readContent(c, &command.content, &command.description); e.isError())
        return fail(e);
    command.timeoutS = int(c.params.integer(u"Timeout"_s, 60, 10, 86'400));
    if (!c.params.ok())
        return fail(c.params.error());
    if (state->commands.size() >= kMaxCommands)
        return fail({ 403, u"CmdCount.ExceedQuota"_s,
            u"The total number of commands in the current region exceeds the quota."_s });
    command.commandId = c.world.newId(u"c-"_s, region->regionId);
    command.regionId = region->regionId;
    command.name = name.left(128);
    command.type = type;
    command.description = c.params.string(u"Description"_s).left(512);
    command.workingDir = c.params.string(u"WorkingDir"_s).left(200);
    command.created = c.world.now();
    state->commands.insert(command.commandId, command);
    state->commandOrder.append(command.commandId);
    return ok({ { u"CommandId"_s, command.commandId } });
}

Outcome invokeCommand(SimContext &c, const State &state)
{
    const QString commandId = c.params.required(u"CommandId"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    const auto it = state->commands.find(commandId);
    if (it == state->commands.end() || it->regionId != c.params.string(u"RegionId"_s))
        return fail(errors::notFound(u"CommandId"_s, commandId));
    InvokeOptions options;
    if (SimError e = readInvokeOptions(c, it->type, it->timeoutS, &options); e.isError())
        return fail(e);
    if (options.workingDir.isEmpty())
        options.workingDir = it->workingDir;
    ++it->invokeTimes;
    const QString script = QString::fromUtf8(QByteArray::fromBase64(it->content.toLatin1()));
    Outcome outcome
        = startInvocation(c, state, commandId, it->name, it->type, it->content, script, options);
    outcome.body.remove(u"CommandId"_s);
    return outcome;
}

Outcome describeCommands(SimContext &c, const State &state)
{
    const SimRegion *region = requireRegion(c);
    const QString commandId = c.params.string(u"CommandId"_s);
    const QString name = c.params.string(u"Name"_s);
    const QString type = c.params.oneOf(u"Type"_s, kTypes);
    const bool plain
        = c.params.oneOf(u"ContentEncoding"_s, { u"PlainText"_s, u"Base64"_s }, u"Base64"_s)
        == u"PlainText";
    if (!c.params.ok())
        return fail(c.params.error());
    QList<const Command *> matches;
    for (const QString &id : std::as_const(state->commandOrder)) {
        const Command &command = state->commands[id];
        if (command.regionId == region->regionId && (commandId.isEmpty() || id == commandId)
            && (name.isEmpty() || command.name == name) && (type.isEmpty() || command.type == type))
            matches.append(&command);
    }
    const Page page = pageOf(c.params, matches.size(), 10, 50);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray items;
    for (qsizetype n = page.first; n < page.last; ++n) {
        const Command &command = *matches.at(n);
        const QString content = plain
            ? QString::fromUtf8(QByteArray::fromBase64(command.content.toLatin1()))
            : command.content;
        items.append(QJsonObject { { u"CommandId"_s, command.commandId },
            { u"Name"_s, command.name }, { u"Description"_s, command.description },
            { u"Type"_s, command.type }, { u"CommandContent"_s, content },
            { u"WorkingDir"_s, command.workingDir }, { u"Timeout"_s, command.timeoutS },
            { u"CreationTime"_s, secondTime(command.created) },
            { u"InvokeTimes"_s, command.invokeTimes }, { u"Latest"_s, true }, { u"Version"_s, 1 },
            { u"Provider"_s, QString() }, { u"EnableParameter"_s, false } });
    }
    return ok({ { u"Commands"_s, wrap(u"Command"_s, items) }, { u"TotalCount"_s, matches.size() },
        { u"PageNumber"_s, page.pageNumber }, { u"PageSize"_s, page.pageSize } });
}

QJsonObject outputFields(const QByteArray &output, bool plain)
{
    const QByteArray kept = output.left(kOutputLimit);
    // Cutting at the limit may split a UTF-8 sequence: the service cuts bytes, so do we.
    return { { u"Output"_s,
                 plain ? QString::fromUtf8(kept) : QString::fromLatin1(kept.toBase64()) },
        { u"Dropped"_s, qint64(output.size() - kept.size()) } };
}

QJsonObject resultJson(
    const SimWorld &world, const Invocation &inv, const InstanceRun &run, qint64 nowMs, bool plain)
{
    const RunView v = viewOf(world, inv, run, nowMs);
    QJsonObject item { { u"CommandId"_s, inv.commandId }, { u"InvokeId"_s, inv.invokeId },
        { u"InstanceId"_s, run.instanceId }, { u"InvocationStatus"_s, v.status },
        { u"InvokeRecordStatus"_s, recordStatusOf(v) }, { u"ExitCode"_s, v.exitCode },
        { u"ErrorCode"_s, v.errorCode }, { u"ErrorInfo"_s, v.errorInfo },
        { u"StartTime"_s, timeText(v.startMs) }, { u"FinishedTime"_s, timeText(v.finishMs) },
        { u"StopTime"_s, timeText(run.stoppedAtMs) }, { u"Repeats"_s, 1 },
        { u"Username"_s, inv.username.isEmpty() ? u"root"_s : inv.username },
        { u"TerminationMode"_s, u"Process"_s } };
    const QJsonObject out = outputFields(v.output, plain);
    for (auto it = out.begin(); it != out.end(); ++it)
        item.insert(it.key(), it.value());
    return item;
}

Outcome describeInvocationResults(SimContext &c, const State &state)
{
    const SimRegion *region = requireRegion(c);
    const QString invokeId = c.params.string(u"InvokeId"_s);
    const QString commandId = c.params.string(u"CommandId"_s);
    const QString instanceId = c.params.string(u"InstanceId"_s);
    const QString recordStatus = c.params.oneOf(u"InvokeRecordStatus"_s,
        { u"Running"_s, u"Finished"_s, u"Failed"_s, u"Stopped"_s, u"Pending"_s, u"PartialFailed"_s,
            u"Stopping"_s });
    const bool plain
        = c.params.oneOf(u"ContentEncoding"_s, { u"PlainText"_s, u"Base64"_s }, u"Base64"_s)
        == u"PlainText";
    const bool tokenPaging = c.params.has(u"NextToken"_s) || c.params.has(u"MaxResults"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    if (!invokeId.isEmpty() && !state->invocations.contains(invokeId))
        return fail(errors::notFound(u"InvokeId"_s, invokeId));
    const qint64 nowMs = c.world.now().toMSecsSinceEpoch();
    QJsonArray matches;
    for (const QString &id : std::as_const(state->invocationOrder)) {
        const Invocation &inv = state->invocations[id];
        if (inv.regionId != region->regionId || (!invokeId.isEmpty() && id != invokeId)
            || (!commandId.isEmpty() && inv.commandId != commandId))
            continue;
        for (const InstanceRun &run : inv.runs) {
            if (!instanceId.isEmpty() && run.instanceId != instanceId)
                continue;
            QJsonObject item = resultJson(c.world, inv, run, nowMs, plain);
            if (!recordStatus.isEmpty() && item.value(u"InvokeRecordStatus"_s) != recordStatus)
                continue;
            matches.append(item);
        }
    }
    QJsonObject invocation { { u"TotalCount"_s, matches.size() } };
    const auto [first, last] = pageInto(c.params, tokenPaging, matches.size(), &invocation);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray items;
    for (qsizetype n = first; n < last; ++n)
        items.append(matches.at(n));
    invocation.insert(u"InvocationResults"_s, wrap(u"InvocationResult"_s, items));
    return ok({ { u"Invocation"_s, invocation } });
}

Outcome describeInvocations(SimContext &c, const State &state)
{
    const SimRegion *region = requireRegion(c);
    const QString invokeId = c.params.string(u"InvokeId"_s);
    const QString commandId = c.params.string(u"CommandId"_s);
    const QString instanceId = c.params.string(u"InstanceId"_s);
    const QString invokeStatus = c.params.string(u"InvokeStatus"_s);
    const bool includeOutput = c.params.boolean(u"IncludeOutput"_s, false);
    const bool plain
        = c.params.oneOf(u"ContentEncoding"_s, { u"PlainText"_s, u"Base64"_s }, u"Base64"_s)
        == u"PlainText";
    if (!c.params.ok())
        return fail(c.params.error());
    const qint64 nowMs = c.world.now().toMSecsSinceEpoch();
    QList<const Invocation *> matches;
    // Newest first, as the service lists them.
    for (auto it = state->invocationOrder.crbegin(); it != state->invocationOrder.crend(); ++it) {
        const Invocation &inv = state->invocations[*it];
        if (inv.regionId != region->regionId || (!invokeId.isEmpty() && *it != invokeId)
            || (!commandId.isEmpty() && inv.commandId != commandId))
            continue;
        if (!instanceId.isEmpty()
            && std::none_of(inv.runs.cbegin(), inv.runs.cend(),
                [&](const InstanceRun &r) { return r.instanceId == instanceId; }))
            continue;
        if (!invokeStatus.isEmpty()) {
            const auto [status, legacy] = overallStatus(c.world, inv, nowMs);
            if (status != invokeStatus && legacy != invokeStatus)
                continue;
        }
        matches.append(&inv);
    }
    const Page page = pageOf(c.params, matches.size(), 10, 50);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray items;
    for (qsizetype n = page.first; n < page.last; ++n) {
        const Invocation &inv = *matches.at(n);
        const auto [status, legacy] = overallStatus(c.world, inv, nowMs);
        QJsonArray instances;
        for (const InstanceRun &run : inv.runs) {
            const QJsonObject r = resultJson(c.world, inv, run, nowMs, plain);
            QJsonObject one { { u"InstanceId"_s, run.instanceId },
                { u"InvocationStatus"_s, r.value(u"InvocationStatus"_s) },
                { u"InstanceInvokeStatus"_s, r.value(u"InvokeRecordStatus"_s) },
                { u"ExitCode"_s, r.value(u"ExitCode"_s) },
                { u"ErrorCode"_s, r.value(u"ErrorCode"_s) },
                { u"ErrorInfo"_s, r.value(u"ErrorInfo"_s) },
                { u"StartTime"_s, r.value(u"StartTime"_s) },
                { u"FinishTime"_s, r.value(u"FinishedTime"_s) },
                { u"StopTime"_s, r.value(u"StopTime"_s) }, { u"Repeats"_s, 1 },
                { u"CreationTime"_s, timeText(inv.createdMs) },
                { u"Dropped"_s, r.value(u"Dropped"_s) } };
            if (includeOutput)
                one.insert(u"Output"_s, r.value(u"Output"_s));
            instances.append(one);
        }
        items.append(
            QJsonObject { { u"InvokeId"_s, inv.invokeId }, { u"CommandId"_s, inv.commandId },
                { u"CommandName"_s, inv.name }, { u"CommandType"_s, inv.type },
                { u"CommandContent"_s,
                    plain ? QString::fromUtf8(QByteArray::fromBase64(inv.content.toLatin1()))
                          : inv.content },
                { u"InvocationStatus"_s, status }, { u"InvokeStatus"_s, legacy },
                { u"CreationTime"_s, timeText(inv.createdMs) }, { u"RepeatMode"_s, u"Once"_s },
                { u"Timed"_s, false }, { u"Timeout"_s, inv.timeoutS },
                { u"WorkingDir"_s, inv.workingDir },
                { u"Username"_s, inv.username.isEmpty() ? u"root"_s : inv.username },
                { u"InvokeInstances"_s, wrap(u"InvokeInstance"_s, instances) } });
    }
    return ok(
        { { u"Invocations"_s, wrap(u"Invocation"_s, items) }, { u"TotalCount"_s, matches.size() },
            { u"PageNumber"_s, page.pageNumber }, { u"PageSize"_s, page.pageSize } });
}

Outcome stopInvocation(SimContext &c, const State &state)
{
    requireRegion(c);
    const QString invokeId = c.params.required(u"InvokeId"_s);
    const QStringList ids = c.params.repeatList(u"InstanceId"_s, 100);
    if (!c.params.ok())
        return fail(c.params.error());
    const auto it = state->invocations.find(invokeId);
    if (it == state->invocations.end() || it->regionId != c.params.string(u"RegionId"_s))
        return fail(errors::notFound(u"InvokeId"_s, invokeId));
    const qint64 nowMs = c.world.now().toMSecsSinceEpoch();
    for (InstanceRun &run : it->runs)
        if ((ids.isEmpty() || ids.contains(run.instanceId)) && run.stoppedAtMs < 0
            && !viewOf(c.world, *it, run, nowMs).final)
            run.stoppedAtMs = nowMs;
    return ok();
}

Outcome describeCloudAssistantStatus(SimContext &c, const State &state)
{
    const SimRegion *region = requireRegion(c);
    const QStringList ids = c.params.repeatList(u"InstanceId"_s, 50);
    const QString osType = c.params.oneOf(u"OSType"_s, { u"Windows"_s, u"Linux"_s });
    const bool tokenPaging = c.params.has(u"NextToken"_s) || c.params.has(u"MaxResults"_s);
    if (!c.params.ok())
        return fail(c.params.error());
    QList<SimInstance *> named;
    if (SimError e = instancesIn(c.world, region->regionId, ids, &named); e.isError())
        return fail(e);
    QList<const SimInstance *> matches;
    for (const SimInstance *instance : c.world.instances(region->regionId)) {
        const QString os = isWindows(*instance) ? u"Windows"_s : u"Linux"_s;
        if ((ids.isEmpty() || ids.contains(instance->instanceId))
            && (osType.isEmpty() || os == osType))
            matches.append(instance);
    }
    QJsonObject body { { u"TotalCount"_s, matches.size() } };
    const auto [first, last] = pageInto(c.params, tokenPaging, matches.size(), &body);
    if (!c.params.ok())
        return fail(c.params.error());
    const qint64 nowMs = c.world.now().toMSecsSinceEpoch();
    QJsonArray items;
    for (qsizetype n = first; n < last; ++n) {
        const SimInstance &instance = *matches.at(n);
        const bool installed = agentInstalled(instance);
        int invocations = 0, active = 0;
        qint64 lastInvoked = -1;
        for (const Invocation &inv : std::as_const(state->invocations))
            for (const InstanceRun &run : inv.runs)
                if (run.instanceId == instance.instanceId) {
                    ++invocations;
                    active += viewOf(c.world, inv, run, nowMs).final ? 0 : 1;
                    lastInvoked = std::max(lastInvoked, inv.createdMs);
                }
        // A stopped instance keeps its agent: its heartbeat is as old as the stop.
        const QDateTime heartbeat = instance.status == u"Running"
            ? c.world.now().addSecs(-30)
            : (instance.startTime.isValid() ? instance.startTime : instance.creationTime);
        items.append(QJsonObject { { u"InstanceId"_s, instance.instanceId },
            { u"CloudAssistantStatus"_s, installed ? u"true"_s : u"false"_s },
            { u"CloudAssistantVersion"_s, installed ? u"2.2.3.857"_s : QString() },
            { u"OSType"_s, isWindows(instance) ? u"Windows"_s : u"Linux"_s },
            { u"LastHeartbeatTime"_s, installed ? secondTime(heartbeat) : QString() },
            { u"LastInvokedTime"_s, timeText(lastInvoked) }, { u"InvocationCount"_s, invocations },
            { u"ActiveTaskCount"_s, active }, { u"SupportSessionManager"_s, installed } });
    }
    body.insert(
        u"InstanceCloudAssistantStatusSet"_s, wrap(u"InstanceCloudAssistantStatus"_s, items));
    return ok(body);
}

Outcome describeInstanceVncUrl(SimContext &c)
{
    requireRegion(c);
    SimInstance *instance = requireInstance(c);
    if (!c.params.ok())
        return fail(c.params.error());
    if (!instance || instance->regionId != c.params.string(u"RegionId"_s))
        return fail(errors::notFound(u"InstanceId"_s, c.params.string(u"InstanceId"_s)));
    if (instance->status != u"Running")
        return fail(errors::incorrectInstanceStatus(instance->status));
    // The service answers the websocket address percent-encoded, a fresh session each time.
    const QString session = c.world.newId(u"vnc-"_s, instance->regionId).mid(4);
    const QString url
        = u"wss://%1-vncproxy.aliyun.com/websockify/?s=%2"_s.arg(instance->regionId, session);
    return ok({ { u"VncUrl"_s, QString::fromLatin1(QUrl::toPercentEncoding(url)) } });
}

} // namespace

void addAssistantOperations(SimService &service)
{
    const State state = std::make_shared<AssistantState>();
    auto with = [state](Outcome (*handler)(SimContext &, const State &)) {
        return [state, handler](SimContext &c) { return handler(c, state); };
    };
    service.add(kEcsVersion, u"DescribeCloudAssistantStatus"_s, with(describeCloudAssistantStatus));
    service.add(kEcsVersion, u"RunCommand"_s, with(runCommand), true);
    service.add(kEcsVersion, u"CreateCommand"_s, with(createCommand), true);
    service.add(kEcsVersion, u"InvokeCommand"_s, with(invokeCommand), true);
    service.add(kEcsVersion, u"DescribeCommands"_s, with(describeCommands));
    service.add(kEcsVersion, u"DescribeInvocations"_s, with(describeInvocations));
    service.add(kEcsVersion, u"DescribeInvocationResults"_s, with(describeInvocationResults));
    service.add(kEcsVersion, u"StopInvocation"_s, with(stopInvocation));
    service.add(kEcsVersion, u"DescribeInstanceVncUrl"_s, describeInstanceVncUrl);
}

} // namespace ecs::sim
