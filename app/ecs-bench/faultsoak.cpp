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
{ }

void FaultSoak::start()
{
    m_clock.start();
    for (int n = 0; n < m_concurrency; ++n)
        issue();
}

void FaultSoak::issue()
{
    if (m_issued >= m_operations) {
        if (m_inFlight == 0)
            verify();
        return;
    }
    ++m_issued;
    ++m_inFlight;
    // Instances the caller knows of, to stop, start and release.
    QStringList known;
    for (const Created &c : std::as_const(m_created))
        if (!c.instanceId.isEmpty() && !c.releaseTried)
            known << c.instanceId;
    std::sort(known.begin(), known.end()); // hash order must not decide what runs
    const int roll = int(m_random() % 100);
    const QString target
        = known.isEmpty() ? QString() : known.at(qsizetype(m_random() % known.size()));
    ApiRequest request(u"DescribeRegions"_s);
    std::function<void(ApiCall *)> after;
    if (roll < 30 || known.isEmpty()) {
        RunInstancesSpec spec;
        spec.regionId = m_regionId;
        spec.zoneId = m_zoneId;
        spec.imageId = m_imageId;
        spec.instanceType = m_instanceType;
        spec.instanceName = u"soak-%1"_s.arg(m_issued);
        spec.clientToken = ApiRequest::newClientToken(); // fixed before the first attempt
        m_created.insert(spec.clientToken, { spec.instanceName, {}, false, false, false });
        request = spec.request();
        after = [this, token = spec.clientToken](ApiCall *call) {
            if (!call->ok())
                return;
            Created &c = m_created[token];
            c.createSucceeded = true;
            const auto parsed = ops::RunInstances::parse(call->response());
            if (parsed.ok() && !parsed->instanceIds.isEmpty())
                c.instanceId = parsed->instanceIds.first();
        };
    } else if (roll < 50) {
        request = ops::DescribeInstances::request(m_regionId, QString(), 50);
    } else if (roll < 65) {
        request = ops::StopInstances::request(m_regionId, { target }, true, QString());
    } else if (roll < 80) {
        request = ops::StartInstances::request(m_regionId, { target });
    } else {
        for (Created &c : m_created)
            if (c.instanceId == target)
                c.releaseTried = true;
        request = ops::DeleteInstances::request(
            m_regionId, { target }, true, ApiRequest::newClientToken());
        after = [this, target](ApiCall *call) {
            if (!call->ok())
                return;
            for (Created &c : m_created)
                if (c.instanceId == target)
                    c.releaseSucceeded = true;
        };
    }
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::finished, this, [this, call, after] {
        if (after)
            after(call);
        answered(call->ok(),
            call->ok()                         ? QString()
                : call->error().code.isEmpty() ? ApiError::kindName(call->error().kind)
                                               : call->error().code);
    });
}

void FaultSoak::answered(bool ok, const QString &code)
{
    --m_inFlight;
    if (ok) {
        ++m_report.succeeded;
    } else {
        ++m_report.failed;
        ++m_report.failuresByCode[code];
    }
    issue();
}

void FaultSoak::verify()
{
    m_report.operations = m_issued;
    m_report.elapsedMs = m_clock.elapsed();
    m_report.unfinished = m_issued - m_report.succeeded - m_report.failed;
    // What the simulator holds, by name.
    QHash<QString, QStringList> byName;
    for (const sim::SimInstance *i : m_world->instances(m_regionId))
        if (i->instanceName.startsWith(u"soak-"_s))
            byName[i->instanceName].append(i->instanceId);
    for (const Created &c : std::as_const(m_created)) {
        const QStringList ids = byName.value(c.name);
        if (ids.size() > 1)
            ++m_report.duplicates;
        // A create the caller saw succeed must exist, unless a release the caller saw succeed
        // (or one whose outcome is unknown) took it away.
        if (c.createSucceeded && ids.isEmpty() && !c.releaseTried)
            ++m_report.lost;
        // A release the caller saw succeed must have happened.
        if (c.releaseSucceeded && !ids.isEmpty())
            ++m_report.lost;
        if (c.createSucceeded && !c.instanceId.isEmpty() && !ids.isEmpty()
            && !ids.contains(c.instanceId))
            ++m_report.lost; // the caller was told another id than the one that exists
    }
    Q_EMIT finished();
}

QString FaultSoak::toText(const Report &r)
{
    QStringList codes;
    for (auto it = r.failuresByCode.cbegin(); it != r.failuresByCode.cend(); ++it)
        codes << u"%1 %2"_s.arg(it.key()).arg(it.value());
    return u"%1 operations in %2 s: %3 succeeded, %4 failed and reported (%5), %6 unfinished, "
           "%7 duplicates, %8 lost"_s.arg(r.operations)
               .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
               .arg(r.succeeded)
               .arg(r.failed)
               .arg(codes.join(u", "_s))
               .arg(r.unfinished)
               .arg(r.duplicates)
               .arg(r.lost);
}
