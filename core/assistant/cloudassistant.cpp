#include "cloudassistant.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

constexpr std::pair<ScriptType, const char *> kScriptTypes[] = {
    { ScriptType::Shell, "RunShellScript" },
    { ScriptType::PowerShell, "RunPowerShellScript" },
    { ScriptType::Bat, "RunBatScript" },
};

constexpr std::pair<InvocationStatus, const char *> kStatuses[] = {
    { InvocationStatus::Pending, "Pending" },
    { InvocationStatus::Scheduled, "Scheduled" },
    { InvocationStatus::Running, "Running" },
    { InvocationStatus::Stopping, "Stopping" },
    { InvocationStatus::Success, "Success" },
    { InvocationStatus::Failed, "Failed" },
    { InvocationStatus::Timeout, "Timeout" },
    { InvocationStatus::Error, "Error" },
    { InvocationStatus::Invalid, "Invalid" },
    { InvocationStatus::Aborted, "Aborted" },
    { InvocationStatus::Cancelled, "Cancelled" },
    { InvocationStatus::Terminated, "Terminated" },
    { InvocationStatus::Stopped, "Stopped" },
};

constexpr qsizetype kMaxContentBase64 = 18 * 1024;

} // namespace

QString scriptTypeWire(ScriptType type)
{
    for (const auto &[t, name] : kScriptTypes)
        if (t == type)
            return QString::fromLatin1(name);
    return {};
}

std::optional<ScriptType> scriptTypeFromWire(QStringView wire)
{
    for (const auto &[t, name] : kScriptTypes)
        if (wire == QLatin1StringView(name))
            return t;
    return std::nullopt;
}

InvocationStatus invocationStatusFromWire(QStringView wire)
{
    for (const auto &[s, name] : kStatuses)
        if (wire == QLatin1StringView(name))
            return s;
    return InvocationStatus::Unknown;
}

bool isFinal(InvocationStatus status)
{
    switch (status) {
    case InvocationStatus::Unknown:
    case InvocationStatus::Pending:
    case InvocationStatus::Scheduled:
    case InvocationStatus::Running:
    case InvocationStatus::Stopping:
        return false;
    default:
        return true;
    }
}

QString CloudAssistantTexts::statusName(InvocationStatus status)
{
    switch (status) {
    case InvocationStatus::Unknown:
        return tr("Unknown");
    case InvocationStatus::Pending:
        return tr("Pending");
    case InvocationStatus::Scheduled:
        return tr("Scheduled");
    case InvocationStatus::Running:
        return tr("Running");
    case InvocationStatus::Stopping:
        return tr("Stopping");
    case InvocationStatus::Success:
        return tr("Succeeded");
    case InvocationStatus::Failed:
        return tr("Failed");
    case InvocationStatus::Timeout:
        return tr("Timed out");
    case InvocationStatus::Error:
        return tr("Error");
    case InvocationStatus::Invalid:
        return tr("Not applicable");
    case InvocationStatus::Aborted:
        return tr("Not delivered");
    case InvocationStatus::Cancelled:
        return tr("Cancelled");
    case InvocationStatus::Terminated:
        return tr("Stopped while running");
    case InvocationStatus::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString CloudAssistantTexts::scriptTypeName(ScriptType type)
{
    switch (type) {
    case ScriptType::Shell:
        return tr("Shell (Linux)");
    case ScriptType::PowerShell:
        return tr("PowerShell (Windows)");
    case ScriptType::Bat:
        return tr("Bat (Windows)");
    }
    return {};
}

QString commandSpecProblem(const CommandSpec &spec)
{
    if (spec.script.trimmed().isEmpty())
        return CloudAssistantTexts::tr("Type the command to run.");
    if (spec.timeoutS < 10 || spec.timeoutS > 86'400)
        return CloudAssistantTexts::tr("The timeout must be between 10 seconds and 24 hours.");
    if (spec.script.toUtf8().toBase64().size() > kMaxContentBase64)
        return CloudAssistantTexts::tr(
            "The script is too long: Cloud Assistant takes at most 18 KB once Base64-encoded.");
    if (spec.username.size() > 255 || spec.workingDir.size() > 200)
        return CloudAssistantTexts::tr("The user or the working directory is too long.");
    return {};
}

namespace ops {

ApiRequest DescribeCloudAssistantStatus::request(
    const QString &regionId, const QStringList &instanceIds)
{
    ApiRequest r(u"DescribeCloudAssistantStatus"_s);
    r.setRegion(regionId)
        .setRepeatList(u"InstanceId"_s, instanceIds.mid(0, kMaxIds))
        .set(u"PageSize"_s, kMaxIds);
    return r;
}

Result<DescribeCloudAssistantStatus::Response> DescribeCloudAssistantStatus::parse(
    const QJsonObject &body)
{
    JsonReader json;
    Response out;
    const QJsonArray items = json.array(
        body, { "InstanceCloudAssistantStatusSet"_L1, "InstanceCloudAssistantStatus"_L1 });
    // One page answers at most the ids asked for; more is not trusted.
    for (qsizetype n = 0; n < std::min<qsizetype>(items.size(), kMaxIds); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InstanceCloudAssistantStatus"_L1);
        AgentStatus status;
        status.instanceId = json.string(item, "InstanceId"_L1);
        // A string "true" / "false" on the wire; accept a boolean too.
        const QJsonValue running = item.value("CloudAssistantStatus"_L1);
        status.running = running.isBool() ? running.toBool() : running.toString() == u"true";
        status.version = json.string(item, "CloudAssistantVersion"_L1).left(64);
        status.osType = json.string(item, "OSType"_L1).left(32);
        out.statuses << status;
    }
    out.totalCount = json.int32(body, "TotalCount"_L1);
    return json.result(out);
}

ApiRequest RunCommand::request(
    const QString &regionId, const QStringList &instanceIds, const CommandSpec &spec)
{
    ApiRequest r(u"RunCommand"_s);
    r.setRegion(regionId)
        .set(u"Type"_s, scriptTypeWire(spec.type))
        .set(u"CommandContent"_s, QString::fromLatin1(spec.script.toUtf8().toBase64()))
        .set(u"ContentEncoding"_s, u"Base64"_s)
        .set(u"Timeout"_s, spec.timeoutS)
        .setIfNotEmpty(u"WorkingDir"_s, spec.workingDir)
        .setIfNotEmpty(u"Username"_s, spec.username)
        .setRepeatList(u"InstanceId"_s, instanceIds.mid(0, kMaxIds));
    if (!spec.clientToken.isEmpty())
        r.setClientToken(spec.clientToken);
    return r;
}

Result<RunCommand::Response> RunCommand::parse(const QJsonObject &body)
{
    JsonReader json;
    Response out { json.string(body, "InvokeId"_L1), json.string(body, "CommandId"_L1) };
    if (json.ok() && out.invokeId.isEmpty())
        return ApiError::make(ApiError::Kind::Malformed,
            CloudAssistantTexts::tr("The service accepted the command but named no invocation."));
    return json.result(out);
}

ApiRequest DescribeInvocationResults::request(
    const QString &regionId, const QString &invokeId, int pageNumber)
{
    ApiRequest r(u"DescribeInvocationResults"_s);
    r.setRegion(regionId)
        .set(u"InvokeId"_s, invokeId)
        .set(u"ContentEncoding"_s, u"Base64"_s)
        .set(u"PageSize"_s, kPageSize)
        .set(u"PageNumber"_s, pageNumber);
    return r;
}

Result<DescribeInvocationResults::Response> DescribeInvocationResults::parse(
    const QJsonObject &body)
{
    JsonReader json;
    Response out;
    const QJsonObject invocation = json.object(body, "Invocation"_L1);
    const QJsonArray items
        = json.array(invocation, { "InvocationResults"_L1, "InvocationResult"_L1 });
    for (qsizetype n = 0; n < std::min<qsizetype>(items.size(), kPageSize); ++n) {
        const QJsonObject item = json.objectAt(items, n, "InvocationResult"_L1);
        InvocationResult r;
        r.instanceId = json.string(item, "InstanceId"_L1);
        r.statusWire = json.string(item, "InvocationStatus"_L1).left(32);
        r.status = invocationStatusFromWire(r.statusWire);
        const int exitCode = json.int32(item, "ExitCode"_L1);
        if (hasExitCode(r.status))
            r.exitCode = exitCode;
        r.errorCode = json.string(item, "ErrorCode"_L1).left(128);
        r.errorInfo = json.string(item, "ErrorInfo"_L1).left(1024);
        // Base64 of at most the service's 24 KB; anything far larger is cut before decoding.
        QByteArray encoded = json.string(item, "Output"_L1).toLatin1();
        const qsizetype maxEncoded = (kMaxOutputBytes / 3 + 1) * 4;
        if (encoded.size() > maxEncoded) {
            encoded.truncate(maxEncoded);
            r.cutHere = true;
        }
        r.output = QByteArray::fromBase64(encoded).left(kMaxOutputBytes);
        r.droppedBytes = std::max<qint64>(0, json.integer(item, "Dropped"_L1));
        r.startTime = json.string(item, "StartTime"_L1).left(32);
        r.finishedTime = json.string(item, "FinishedTime"_L1).left(32);
        out.results << r;
    }
    out.totalCount = json.int32(invocation, "TotalCount"_L1);
    out.pageNumber = json.int32(invocation, "PageNumber"_L1, 1);
    return json.result(out);
}

ApiRequest StopInvocation::request(
    const QString &regionId, const QString &invokeId, const QStringList &instanceIds)
{
    ApiRequest r(u"StopInvocation"_s);
    r.setRegion(regionId).set(u"InvokeId"_s, invokeId);
    if (!instanceIds.isEmpty())
        r.setRepeatList(u"InstanceId"_s, instanceIds.mid(0, RunCommand::kMaxIds));
    return r;
}

Result<QString> StopInvocation::parse(const QJsonObject &body)
{
    JsonReader json;
    return json.result(json.string(body, "RequestId"_L1));
}

ApiRequest DescribeInstanceVncUrl::request(const QString &regionId, const QString &instanceId)
{
    ApiRequest r(u"DescribeInstanceVncUrl"_s);
    r.setRegion(regionId).set(u"InstanceId"_s, instanceId);
    return r;
}

Result<QString> DescribeInstanceVncUrl::parse(const QJsonObject &body)
{
    JsonReader json;
    const QString url = json.string(body, "VncUrl"_L1);
    if (json.ok() && (url.isEmpty() || url.size() > 4096))
        return ApiError::make(ApiError::Kind::Malformed,
            CloudAssistantTexts::tr("The service sent no usable VNC address."));
    return json.result(url);
}

} // namespace ops

} // namespace ecs
