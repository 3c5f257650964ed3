#include "cpuphase.h"

#include "ecsclient.h"
#include "types/instance.h"
#include "types/region.h"

#include <QElapsedTimer>

#include <ctime>

using namespace ecs;

namespace {
qint64 wallNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}
} // namespace

ClientCpuPhase::ClientCpuPhase(EcsClient *client, QString regionId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_regionId(std::move(regionId))
{ }

double ClientCpuPhase::processCpuUs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
}

void ClientCpuPhase::run(
    int warmup, int requests, int inFlight, std::function<void(double, double, int)> done)
{
    m_warmup = warmup;
    m_total = warmup + requests;
    m_finished = std::move(done);
    for (int n = 0; n < inFlight; ++n)
        send();
}

void ClientCpuPhase::send()
{
    if (m_sent >= m_total)
        return;
    const int n = m_sent++;
    if (n % 2 == 0) {
        m_client->call<ops::DescribeRegions>(ops::DescribeRegions::request(), this,
            [this](const Result<QList<Region>> &r) { answered(r.ok() && !r.value().isEmpty()); });
    } else {
        m_client->call<ops::DescribeInstances>(
            ops::DescribeInstances::requestPage(m_regionId, 1 + (n / 2) % 3), this,
            [this](const Result<ops::DescribeInstances::Response> &r) {
                answered(r.ok() && !r.value().instances.isEmpty());
            });
    }
}

void ClientCpuPhase::answered(bool ok)
{
    const int done = ++m_done;
    if (done > m_warmup)
        m_failures += !ok;
    if (done == m_warmup) { // every warm-up call answered: the measured phase starts
        m_cpuStart = processCpuUs();
        m_wallStartNs = wallNs();
    }
    if (done == m_total) {
        const int measured = m_total - m_warmup;
        m_finished(
            (processCpuUs() - m_cpuStart) / measured, (wallNs() - m_wallStartNs) / 1e9, m_failures);
        return;
    }
    send();
}
