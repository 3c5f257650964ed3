#include "faultsoak.h"

#include "ecsclient.h"
#include "simworld.h"
#include "types/instance.h"
#include "types/lifecycle.h"
#include "types/region.h"

using namespace Qt::StringLiterals;
using namespace ecs;

FaultSoak::FaultSoak(EcsClient *client, sim::SimWorld *world, const QString &regionId,
    const QString &zoneId, const QString &imageId, const QString &instanceType, int operations,
    int concurrency, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_world(world)
    , m_regionId(regionId)
    , m_zoneId(zoneId)
    , m_imageId(imageId)
    , m_instanceType(instanceType)
    , m_operations(operations)
    , m_concurrency(concurrency)
    , m_random(seed)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(10 * 60'000);
    connect(&m_deadline, &QTimer::timeout, this, &FaultSoak::verify);
}

void FaultSoak::start()
{
    m_clock.start();
    m_deadline.start();
    for (int n = 0; n < m_concurrency; ++n)
        issue();
}

void FaultSoak::issue()
{
    if (m_finished)
        return;
    if (m_issued >= m_operations) {
        if (m_inFlight == 0)
            verify();
        return;
    }
    ++m_issued;
    ++m_inFlight;
    // Instances the caller knows of and nothing else is acting on: one operation at a time per
    // instance, as a user would, so that the last one acknowledged decides its expected state.
    QStringList idle;
    for (const QString &token : std::as_const(m_tokens)) {
        const Created &c = m_created[token];
        if (!c.instanceId.isEmpty() && !c.releaseTried && !c.busy)
            idle << token;
    }
    const int roll = int(m_random() % 100);
    const QString target
        = idle.isEmpty() ? QString() : idle.at(qsizetype(m_random() % idle.size()));
    if (roll < 30 || (roll >= 50 && target.isEmpty())) {
        RunInstancesSpec spec;
        spec.regionId = m_regionId;
        spec.zoneId = m_zoneId;
        spec.imageId = m_imageId;
        spec.instanceType = m_instanceType;
        spec.instanceName = u"soak-%1"_s.arg(m_issued);
        spec.clientToken = ApiRequest::newClientToken(); // fixed before the first attempt
        m_created.insert(spec.clientToken, { spec.instanceName });
        m_tokens << spec.clientToken;
        send(u"RunInstances"_s, m_client->send(spec.request()), spec.clientToken, Op::Create);
        return;
    }
    if (roll < 40) {
        send(u"DescribeInstances"_s,
            m_client->send(ops::DescribeInstances::request(m_regionId, QString(), 50)), {},
            Op::Create);
        return;
    }
    if (roll < 50) {
        send(u"DescribeRegions"_s, m_client->send(ops::DescribeRegions::request()), {}, Op::Create);
        return;
    }
    Created &c = m_created[target];
    // What a user would do next: stop what was last seen running, start what was last seen
    // stopped; after an unknown outcome, either.
    Op next = roll < 65 ? Op::Stop : roll < 80 ? Op::Start : Op::Release;
    if (next != Op::Release && c.lastOpSucceeded)
        next = c.lastOp == Op::Stop ? Op::Start : Op::Stop;
    c.busy = true;
    c.lastOpSucceeded = false;
    if (next == Op::Stop) {
        c.lastOp = Op::Stop;
        send(u"StopInstances"_s,
            m_client->send(ops::StopInstances::request(m_regionId, { c.instanceId }, true)), target,
            Op::Stop);
    } else if (next == Op::Start) {
        c.lastOp = Op::Start;
        send(u"StartInstances"_s,
            m_client->send(ops::StartInstances::request(m_regionId, { c.instanceId })), target,
            Op::Start);
    } else {
        c.lastOp = Op::Release;
        c.releaseTried = true;
        send(u"DeleteInstances"_s,
            m_client->send(ops::DeleteInstances::request(
                m_regionId, { c.instanceId }, true, ApiRequest::newClientToken())),
            target, Op::Release);
    }
}

void FaultSoak::send(const QString &action, ApiCall *call, const QString &token, Op op)
{
    ++m_report.operationsByAction[action];
    connect(call, &ApiCall::retrying, this, [this] { ++m_report.retries; });
    connect(call, &ApiCall::finished, this,
        [this, call, action, token, op] { answered(call, action, token, op); });
}

void FaultSoak::answered(ApiCall *call, const QString &action, const QString &token, Op op)
{
    if (m_finished)
        return; // after the deadline: already counted as unfinished
    --m_inFlight;
    const Outcome outcome = judge(action, call);
    if (outcome.unusable) {
        ++m_report.unusableAnswers;
        m_report.problems << u"%1 answered success with an unusable body"_s.arg(action);
    }
    if (outcome.ok) {
        ++m_report.succeeded;
    } else {
        ++m_report.failed;
        ++m_report.failuresByCode[outcome.code];
    }
    if (!token.isEmpty()) {
        Created &c = m_created[token];
        if (op == Op::Create) {
            c.createSucceeded = outcome.ok;
            const auto parsed = ops::RunInstances::parse(call->response());
            if (outcome.ok && parsed.ok() && parsed->instanceIds.size() == 1)
                c.instanceId = parsed->instanceIds.first();
        } else {
            c.busy = false;
        }
        if (op == c.lastOp)
            c.lastOpSucceeded = outcome.ok;
        if (op == Op::Release)
            c.releaseSucceeded = outcome.ok;
    }
    issue();
}

FaultSoak::Outcome FaultSoak::judge(const QString &action, ApiCall *call)
{
    if (!call->ok()) {
        const ApiError &e = call->error();
        return { false, e.code.isEmpty() ? ApiError::kindName(e.kind) : e.code, false };
    }
    const QJsonObject &body = call->response();
    bool usable = true;
    if (action == u"DescribeRegions") {
        const auto regions = ops::DescribeRegions::parse(body);
        usable = regions.ok() && !regions->isEmpty();
    } else if (action == u"DescribeInstances") {
        usable = ops::DescribeInstances::parse(body).ok();
    } else if (action == u"RunInstances") {
        const auto run = ops::RunInstances::parse(body);
        usable = run.ok() && run->instanceIds.size() == 1;
    } else if (action == u"StopInstances" || action == u"StartInstances") {
        // SuccessFirst batches answer per instance: a refusal comes inside a 200 answer.
        const auto outcomes = ops::StartInstances::parse(body);
        usable = outcomes.ok() && outcomes->size() == 1;
        if (usable && !outcomes->first().ok())
            return { false, outcomes->first().code, false };
    } else {
        usable = ops::DeleteInstances::parse(body).ok();
    }
    return { usable, usable ? QString() : u"unusable answer"_s, !usable };
}

void FaultSoak::verify()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_report.operations = m_issued;
    m_report.elapsedMs = m_clock.elapsed();
    m_report.unfinished = m_inFlight;
    // What the simulator holds, by name.
    QHash<QString, QStringList> byName;
    for (const sim::SimInstance *i : m_world->instances(m_regionId))
        if (i->instanceName.startsWith(u"soak-"_s))
            byName[i->instanceName].append(i->instanceId);
    const auto statusOf = [this](const QString &id) {
        const sim::SimInstance *i = m_world->instance(id);
        return i ? i->status : QString();
    };
    const auto stopped
        = [](const QString &status) { return status == u"Stopping" || status == u"Stopped"; };
    for (const QString &token : std::as_const(m_tokens)) {
        const Created &c = m_created[token];
        const QStringList ids = byName.value(c.name);
        if (ids.size() > 1) {
            ++m_report.duplicates;
            m_report.problems
                << u"%1: made %2 times (%3)"_s.arg(c.name).arg(ids.size()).arg(ids.join(u", "_s));
        }
        if (!c.createSucceeded)
            continue; // unknown outcome, reported as such: the instance may or may not exist
        if (!c.instanceId.isEmpty() && !ids.isEmpty() && !ids.contains(c.instanceId)) {
            ++m_report.lost; // the caller was told another id than the one that exists
            m_report.problems << u"%1: told %2, the world holds %3"_s.arg(
                c.name, c.instanceId, ids.join(u", "_s));
            continue;
        }
        if (c.busy || (c.lastOp != Op::Create && !c.lastOpSucceeded))
            continue; // the last operation's outcome is unknown to the caller
        ++m_report.effectsChecked;
        const QString status = ids.isEmpty() ? QString() : statusOf(ids.first());
        bool kept = true;
        switch (c.lastOp) {
        case Op::Create:
        case Op::Start:
            // Created or started, and nothing acknowledged since: there, and not stopped.
            kept = !status.isEmpty() && !stopped(status);
            break;
        case Op::Stop:
            kept = stopped(status);
            break;
        case Op::Release:
            kept = ids.isEmpty();
            break;
        }
        if (!kept) {
            ++m_report.lost;
            static const char *const names[] = { "create", "stop", "start", "release" };
            m_report.problems << u"%1 (%2): acknowledged %3, status now %4"_s.arg(c.name,
                c.instanceId, QLatin1StringView(names[int(c.lastOp)]),
                status.isEmpty() ? u"gone"_s : status);
        }
    }
    Q_EMIT finished();
}

QString FaultSoak::toText(const Report &r)
{
    QStringList codes;
    for (auto it = r.failuresByCode.cbegin(); it != r.failuresByCode.cend(); ++it)
        codes << u"%1 %2"_s.arg(it.key()).arg(it.value());
    QStringList actions;
    for (auto it = r.operationsByAction.cbegin(); it != r.operationsByAction.cend(); ++it)
        actions << u"%1 %2"_s.arg(it.key()).arg(it.value());
    return u"%1 operations (%2) in %3 s: %4 succeeded, %5 failed and reported (%6), %7 retries, "
           "%8 unfinished, %9 duplicates, %10 lost (%11 effects checked), %12 unusable answers"_s
               .arg(r.operations)
               .arg(actions.join(u", "_s))
               .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
               .arg(r.succeeded)
               .arg(r.failed)
               .arg(codes.join(u", "_s))
               .arg(r.retries)
               .arg(r.unfinished)
               .arg(r.duplicates)
               .arg(r.lost)
               .arg(r.effectsChecked)
               .arg(r.unusableAnswers);
}
