#pragma once

// The simulated Cloud Assistant behind simops_assistant.cpp: the agent on each instance, the
// invocations it keeps, the small shell it runs and how a run looks at a given time.
#include "siminstance.h"
#include "simworld.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>
#include <utility>

namespace ecs::sim::assistant {

inline constexpr qsizetype kOutputLimit = 24 * 1024; ///< the service keeps this much output
inline constexpr int kDeliveryMs = 1'000;

struct Segment
{
    qint64 atMs; ///< after delivery, at time scale 1
    QByteArray text;
};

/// What one instance's run will do, decided when the command is sent.
struct InstanceRun
{
    QString instanceId;
    QString errorCode; ///< set for runs that never start (InstanceNotRunning…)
    QString errorInfo;
    QString refusedStatus; ///< Aborted / Invalid for those
    QList<Segment> output;
    qint64 durationMs = 0; ///< at time scale 1
    int exitCode = 0;
    qint64 stoppedAtMs = -1; ///< world time of StopInvocation
};

struct Invocation
{
    QString invokeId;
    QString commandId;
    QString regionId;
    QString name;
    QString type;
    QString content; ///< Base64, as stored by the service
    QString workingDir;
    QString username;
    int timeoutS = 60;
    qint64 createdMs = 0;
    QList<InstanceRun> runs;
};

struct Command
{
    QString commandId;
    QString regionId;
    QString name;
    QString description;
    QString type;
    QString content; ///< Base64
    QString workingDir;
    int timeoutS = 60;
    QDateTime created;
    int invokeTimes = 0;
};

struct AssistantState
{
    QHash<QString, Invocation> invocations;
    QStringList invocationOrder;
    QHash<QString, Command> commands;
    QStringList commandOrder;
};
using State = std::shared_ptr<AssistantState>;

struct InvokeOptions
{
    QStringList instanceIds;
    int timeoutS = 60;
    QString workingDir;
    QString username;
};

bool agentInstalled(const SimInstance &instance);
bool isWindows(const SimInstance &instance);

/// What the run of `script` on `instance` will do, decided when the command is sent.
InstanceRun prepareRun(const SimWorld &world, const SimInstance &instance, const QString &type,
    const QString &script, const InvokeOptions &options);

/// One run's state at `nowMs`, as DescribeInvocationResults reports it.
struct RunView
{
    QString status; ///< InvocationStatus
    QString errorCode;
    QString errorInfo;
    QByteArray output;
    int exitCode = 0;
    qint64 startMs = -1;
    qint64 finishMs = -1;
    bool final = false;
};

RunView viewOf(const SimWorld &world, const Invocation &inv, const InstanceRun &run, qint64 nowMs);
QString recordStatusOf(const RunView &v);
/// The invocation's overall InvocationStatus and the older InvokeStatus.
std::pair<QString, QString> overallStatus(
    const SimWorld &world, const Invocation &inv, qint64 nowMs);

} // namespace ecs::sim::assistant
