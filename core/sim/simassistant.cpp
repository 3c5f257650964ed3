// The simulated Cloud Assistant: agent per instance, the shell, and an invocation's state at a
// given time (see simops_assistant.cpp for the operations and simassistant.h).
#include "simassistant.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::sim::assistant {

namespace {

quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u; // FNV-1a: the same in every run, unlike qHash
    for (const QChar ch : text)
        h = (h ^ ch.unicode()) * 16777619u;
    return h;
}

QString tagValue(const SimInstance &instance, const QString &key)
{
    for (const auto &[k, v] : instance.tags)
        if (k == key)
            return v;
    return {};
}

QString unameOf(const SimWorld &world, const SimInstance &instance)
{
    const InstanceTypeSpec *type = world.catalog().instanceType(instance.instanceType);
    const QString arch = type && type->architecture == u"ARM" ? u"aarch64"_s : u"x86_64"_s;
    return u"Linux %1 5.10.134-16.3.al8.%2 #1 SMP Thu Dec 7 2023 %2 %2 %2 GNU/Linux\n"_s.arg(
        instance.hostName, arch);
}

QString osReleaseOf(const SimInstance &instance)
{
    const QString name = instance.osName.isEmpty() ? u"Linux"_s : instance.osName;
    QString id = u"linux"_s;
    const QList<std::pair<QString, QString>> ids = { { u"Ubuntu"_s, u"ubuntu"_s },
        { u"Debian"_s, u"debian"_s }, { u"CentOS"_s, u"centos"_s },
        { u"Alibaba Cloud Linux"_s, u"alinux"_s }, { u"Rocky"_s, u"rocky"_s } };
    for (const auto &[word, wireId] : ids)
        if (name.contains(word, Qt::CaseInsensitive))
            id = wireId;
    static const QRegularExpression version(u"\\d+(\\.\\d+)*"_s);
    const QString versionId = version.match(name).captured(0);
    return u"NAME=\"%1\"\nID=\"%2\"\nVERSION_ID=\"%3\"\nPRETTY_NAME=\"%4\"\n"_s.arg(
        name.section(u' ', 0, 0), id, versionId, name);
}

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2
        && ((text.startsWith(u'"') && text.endsWith(u'"'))
            || (text.startsWith(u'\'') && text.endsWith(u'\''))))
        return text.mid(1, text.size() - 2);
    return text;
}

/// Runs the simulated shell over `script` on `instance`.
void simulate(const SimWorld &world, const SimInstance &instance, const QString &type,
    const QString &script, InstanceRun *run)
{
    static const QRegularExpression separators(u"[;\\n]"_s);
    qint64 at = 200; // the agent starts the interpreter
    int exitCode = 0;
    for (const QString &raw : script.split(separators)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString word = line.section(u' ', 0, 0);
        const QString rest = line.section(u' ', 1).trimmed();
        QString out;
        exitCode = 0;
        if (line == u"hostname") {
            out = instance.hostName + u'\n';
        } else if (line == u"uname -a" && !isWindows(instance)) {
            out = unameOf(world, instance);
        } else if (line == u"cat /etc/os-release" && !isWindows(instance)) {
            out = osReleaseOf(instance);
        } else if (word == u"seq") {
            bool ok = false;
            const int last = std::clamp(rest.toInt(&ok), 0, 100'000);
            for (int n = 1; ok && n <= last; ++n)
                out += QString::number(n) + u'\n';
            exitCode = ok ? 0 : 1;
        } else if (word == u"echo") {
            out = unquoted(rest) + u'\n';
        } else if (word == u"sleep" || word == u"Start-Sleep") {
            bool ok = false;
            const double seconds = unquoted(rest.section(u' ', -1)).toDouble(&ok);
            if (ok && seconds >= 0)
                at += qint64(std::min(seconds, 86'400.0) * 1000);
            else
                exitCode = 1;
        } else if (word == u"exit") {
            bool ok = false;
            const int code = rest.isEmpty() ? 0 : rest.toInt(&ok);
            exitCode = rest.isEmpty() || ok ? ((code % 256) + 256) % 256 : 2;
            break;
        } else {
            exitCode = type == u"RunShellScript" ? 127 : 1;
            out = type == u"RunShellScript"
                ? u"bash: line 1: %1: command not found\n"_s.arg(word)
                : u"'%1' is not recognized as an internal or external command.\r\n"_s.arg(word);
        }
        if (!out.isEmpty())
            run->output.append({ at, out.toUtf8() });
        at += 5;
    }
    run->durationMs = at;
    run->exitCode = exitCode;
}

qint64 scaled(const SimWorld &world, qint64 ms)
{
    return qint64(double(ms) / world.timeScale());
}

} // namespace

bool agentInstalled(const SimInstance &instance)
{
    const QString tag = tagValue(instance, u"ecs-sim:cloud-assistant"_s);
    if (tag == u"absent")
        return false;
    if (tag == u"installed")
        return true;
    return stableHash(instance.instanceId) % 6 != 0;
}

bool isWindows(const SimInstance &instance)
{
    return instance.osType.compare(u"windows"_s, Qt::CaseInsensitive) == 0;
}

RunView viewOf(const SimWorld &world, const Invocation &inv, const InstanceRun &run, qint64 nowMs)
{
    RunView v;
    if (!run.refusedStatus.isEmpty()) {
        v.status = run.refusedStatus;
        v.errorCode = run.errorCode;
        v.errorInfo = run.errorInfo;
        v.final = true;
        v.finishMs = inv.createdMs;
        return v;
    }
    const qint64 deliveredMs = inv.createdMs + scaled(world, kDeliveryMs);
    const qint64 timeoutMs = qint64(inv.timeoutS) * 1000;
    const bool timesOut = run.durationMs > timeoutMs;
    const qint64 endMs = deliveredMs + scaled(world, std::min(run.durationMs, timeoutMs));
    qint64 seenUntil = nowMs;
    if (run.stoppedAtMs >= 0 && run.stoppedAtMs < endMs && run.stoppedAtMs <= nowMs) {
        v.final = true;
        v.finishMs = run.stoppedAtMs;
        seenUntil = run.stoppedAtMs;
        if (run.stoppedAtMs < deliveredMs) {
            v.status = u"Cancelled"_s;
            return v;
        }
        v.status = u"Terminated"_s;
        v.errorCode = u"ExecutionInterrupted"_s;
        v.errorInfo = u"the task was stopped by StopInvocation"_s;
        v.exitCode = 137;
    } else if (nowMs < deliveredMs) {
        v.status = u"Pending"_s;
        return v;
    } else if (nowMs < endMs) {
        v.status = u"Running"_s;
    } else {
        v.final = true;
        v.finishMs = endMs;
        if (timesOut) {
            v.status = u"Timeout"_s;
            v.errorCode = u"ExecutionTimeout"_s;
            v.errorInfo = u"the command execution has timed out"_s;
            v.exitCode = 124;
        } else if (run.exitCode != 0) {
            v.status = u"Failed"_s;
            v.errorCode = u"ExitCodeNonzero"_s;
            v.errorInfo = u"the command exited with a non-zero code"_s;
            v.exitCode = run.exitCode;
        } else {
            v.status = u"Success"_s;
        }
    }
    v.startMs = deliveredMs;
    for (const Segment &s : run.output)
        if (deliveredMs + scaled(world, s.atMs) <= seenUntil)
            v.output += s.text;
    return v;
}

QString recordStatusOf(const RunView &v)
{
    if (!v.final)
        return u"Running"_s;
    if (v.status == u"Success")
        return u"Finished"_s;
    if (v.status == u"Terminated" || v.status == u"Cancelled")
        return u"Stopped"_s;
    return u"Failed"_s;
}

/// The invocation's overall InvocationStatus and the older InvokeStatus.
std::pair<QString, QString> overallStatus(
    const SimWorld &world, const Invocation &inv, qint64 nowMs)
{
    int pending = 0, running = 0, success = 0, stopped = 0, failed = 0;
    bool stopRequested = false;
    for (const InstanceRun &run : inv.runs) {
        const RunView v = viewOf(world, inv, run, nowMs);
        stopRequested = stopRequested || run.stoppedAtMs >= 0;
        if (v.status == u"Pending")
            ++pending;
        else if (!v.final)
            ++running;
        else if (v.status == u"Success")
            ++success;
        else if (v.status == u"Terminated" || v.status == u"Cancelled")
            ++stopped;
        else
            ++failed;
    }
    const int total = int(inv.runs.size());
    if (pending + running > 0) {
        if (stopRequested)
            return { u"Stopping"_s, u"Running"_s };
        return { running > 0 ? u"Running"_s : u"Pending"_s, u"Running"_s };
    }
    if (stopped > 0)
        return { u"Stopped"_s, u"Stopped"_s };
    if (success == total)
        return { u"Success"_s, u"Finished"_s };
    if (failed == total)
        return { u"Failed"_s, u"Failed"_s };
    return { u"PartialFailed"_s, u"PartialFinished"_s };
}

InstanceRun prepareRun(const SimWorld &world, const SimInstance &instance, const QString &type,
    const QString &script, const InvokeOptions &options)
{
    InstanceRun run;
    run.instanceId = instance.instanceId;
    const bool windows = isWindows(instance);
    static const QRegularExpression linuxUser(u"^[a-z_][a-z0-9_-]{0,31}$"_s);
    const QStringList linuxUsers = { u"root"_s, u"admin"_s, u"ecs-user"_s };
    auto refuse = [&run](const QString &status, const QString &code, const QString &info) {
        run.refusedStatus = status;
        run.errorCode = code;
        run.errorInfo = info;
    };
    if (instance.status != u"Running") {
        refuse(u"Aborted"_s, u"InstanceNotRunning"_s,
            u"the instance is not running when the command is delivered"_s);
    } else if (!agentInstalled(instance)) {
        refuse(u"Aborted"_s, u"ClientNotRunning"_s, u"the Cloud Assistant Agent is not running"_s);
    } else if (windows == (type == u"RunShellScript")) {
        refuse(u"Invalid"_s, u"CommandNotApplicable"_s,
            u"the command type is not applicable to the operating system of the instance"_s);
    } else if (!windows && !options.username.isEmpty()
        && (!linuxUser.match(options.username).hasMatch()
            || !linuxUsers.contains(options.username))) {
        refuse(u"Invalid"_s, u"AccountNotExists"_s,
            u"the specified account does not exist: %1"_s.arg(options.username));
    } else if (!options.workingDir.isEmpty() && !windows && !options.workingDir.startsWith(u'/')) {
        refuse(u"Invalid"_s, u"DirectoryNotExists"_s,
            u"the specified working directory does not exist"_s);
    } else {
        simulate(world, instance, type, script, &run);
    }
    return run;
}

} // namespace ecs::sim::assistant
