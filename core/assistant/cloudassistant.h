#pragma once

#include "apirequest.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Cloud Assistant (ecs-api-more.md): the agent's state per instance, commands sent to instances
// and their results. Each operation builds its request as the service names and encodes it, and
// parses what it answers, bounding every number it sends.
namespace ecs {

/// RunCommand's Type.
enum class ScriptType { Shell, PowerShell, Bat };

/// An instance's part of an invocation (DescribeInvocationResults' InvocationStatus).
enum class InvocationStatus {
    Unknown,
    Pending,
    Scheduled,
    Running,
    Stopping,
    Success, ///< exit code 0
    Failed, ///< a non-zero exit code (ErrorCode ExitCodeNonzero)
    Timeout, ///< ExecutionTimeout
    Error,
    Invalid, ///< the command does not apply (CommandNotApplicable, AccountNotExists…)
    Aborted, ///< never delivered (InstanceNotRunning, ClientNotRunning…)
    Cancelled, ///< stopped before it started
    Terminated, ///< stopped while it ran
    Stopped,
};

QString scriptTypeWire(ScriptType type);
std::optional<ScriptType> scriptTypeFromWire(QStringView wire);
InvocationStatus invocationStatusFromWire(QStringView wire);
/// Whether nothing more will happen to it.
bool isFinal(InvocationStatus status);
/// Whether the command ran to an exit code (Success, Failed): only then is the code known.
inline bool hasExitCode(InvocationStatus status)
{
    return status == InvocationStatus::Success || status == InvocationStatus::Failed;
}

/// Words for people (translation context ecs::CloudAssistant).
class CloudAssistantTexts
{
    Q_DECLARE_TR_FUNCTIONS(ecs::CloudAssistant)

public:
    static QString statusName(InvocationStatus status);
    static QString scriptTypeName(ScriptType type);
};

/// What to run, as the dialog collects it.
struct CommandSpec
{
    ScriptType type = ScriptType::Shell;
    QString script;
    int timeoutS = 60; ///< 10 … 86 400
    QString workingDir; ///< empty: the service's default (/root, C:\Windows\system32)
    QString username; ///< empty: root / System
    /// Fixed once per dialog: a retry sends the same token and the service runs it at most once.
    QString clientToken;
};
/// Why `spec` cannot be sent (empty script, timeout out of range, content over the service's
/// 18 KB once Base64-encoded), or empty.
QString commandSpecProblem(const CommandSpec &spec);

struct AgentStatus
{
    QString instanceId;
    bool running = false; ///< CloudAssistantStatus "true"
    QString version;
    QString osType; ///< Linux / Windows
};

/// One instance's result of an invocation.
struct InvocationResult
{
    QString instanceId;
    InvocationStatus status = InvocationStatus::Unknown;
    QString statusWire; ///< as sent, for statuses this console does not know
    std::optional<int> exitCode; ///< only when the command ran to an exit code
    QString errorCode; ///< InstanceNotRunning, ExecutionTimeout, ExitCodeNonzero…
    QString errorInfo;
    QByteArray output; ///< decoded; at most kMaxOutputBytes
    qint64 droppedBytes = 0; ///< what the service dropped beyond its 24 KB
    bool cutHere = false; ///< the output was longer than kMaxOutputBytes even after the service
    QString startTime;
    QString finishedTime;
};

namespace ops {

/// Instance lists of the Cloud Assistant operations go on the wire as InstanceId.N.
struct DescribeCloudAssistantStatus
{
    static constexpr int kMaxIds = 50;
    struct Response
    {
        QList<AgentStatus> statuses;
        int totalCount = 0;
    };
    static ApiRequest request(const QString &regionId, const QStringList &instanceIds);
    static Result<Response> parse(const QJsonObject &body);
};

struct RunCommand
{
    static constexpr int kMaxIds = 100;
    struct Response
    {
        QString invokeId;
        QString commandId;
    };
    /// The script goes Base64-encoded (ContentEncoding Base64).
    static ApiRequest request(
        const QString &regionId, const QStringList &instanceIds, const CommandSpec &spec);
    static Result<Response> parse(const QJsonObject &body);
};

struct DescribeInvocationResults
{
    static constexpr int kPageSize = 50;
    static constexpr qsizetype kMaxOutputBytes = 64 * 1024;
    struct Response
    {
        QList<InvocationResult> results;
        int totalCount = 0;
        int pageNumber = 1;
    };
    static ApiRequest request(const QString &regionId, const QString &invokeId, int pageNumber);
    static Result<Response> parse(const QJsonObject &body);
};

struct StopInvocation
{
    using Response = QString; ///< RequestId
    static ApiRequest request(
        const QString &regionId, const QString &invokeId, const QStringList &instanceIds = {});
    static Result<QString> parse(const QJsonObject &body);
};

struct DescribeInstanceVncUrl
{
    using Response = QString; ///< the VncUrl as the service sends it (percent-encoded)
    static ApiRequest request(const QString &regionId, const QString &instanceId);
    static Result<QString> parse(const QJsonObject &body);
};

} // namespace ops

} // namespace ecs
