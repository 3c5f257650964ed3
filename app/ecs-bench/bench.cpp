// The orchestration of ecs-bench (its steps in order, from the event loop; the table and the
// JSON at the end) and the steps that measure the console in this process.
#include "bench.h"

#include "ecsclient.h"
#include "inventory/instanceinventory.h"
#include "panephases.h"
#include "report.h"
#include "types/region.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace ecs;

ClientConfig simConfig(const QUrl &url)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = url;
    // The region endpoints DescribeRegions names (one loopback port per region), as the real
    // service's ecs.<region>.aliyuncs.com.
    config.followRegionEndpoints = true;
    return config;
}

Bench::Bench(QString jsonPath, bool traceStalls)
    : m_jsonPath(std::move(jsonPath))
{
    m_context.traceStalls = traceStalls;
    m_context.fail = [this](const QString &why) { fail(why); };
}

// The clients (children) cancel what is still out, through m_network: before it goes.
Bench::~Bench()
{
    delete m_panes;
    qDeleteAll(findChildren<EcsClient *>(Qt::FindDirectChildrenOnly));
}

QStringList Bench::stepNames()
{
    return { u"inventory"_s, u"panes"_s, u"spot"_s, u"node-inventory"_s, u"cpu"_s, u"fleet-100k"_s,
        u"cold-start"_s, u"soak"_s };
}

bool Bench::run(const QStringList &only)
{
    const QList<std::pair<QString, Step>> all = {
        { u"inventory"_s, [this](Next n) { inventory(n); } },
        { u"panes"_s, [this](Next n) { m_panes->runInstances(n); } },
        { u"spot"_s, [this](Next n) { m_panes->runSpotChart(n); } },
        { u"node-inventory"_s, [this](Next n) { nodeInventory(n); } },
        { u"cpu"_s, [this](Next n) { cpu(n); } },
        { u"fleet-100k"_s, [this](Next n) { fleet100k(n); } },
        { u"cold-start"_s, [this](Next n) { coldStart(n); } },
        { u"soak"_s, [this](Next n) { soak(n); } },
    };
    QStringList unknown = only;
    for (const auto &[name, step] : all)
        unknown.removeAll(name);
    if (!unknown.isEmpty()) {
        std::fprintf(stderr, "ecs-bench: unknown step %s (steps: %s)\n",
            qPrintable(unknown.join(u", "_s)), qPrintable(stepNames().join(u", "_s)));
        return false;
    }
    const auto wanted = [&](const QString &name) { return only.isEmpty() || only.contains(name); };
    // The 10,000-instance world is for the first four steps only.
    if (wanted(u"inventory"_s) || wanted(u"panes"_s) || wanted(u"spot"_s)
        || wanted(u"node-inventory"_s))
        m_steps << [this](Next n) { startFleet(n); } << [this](Next n) { loadRegions(n); };
    bool nodeInstalled = false;
    bool fleetRetired = false;
    for (const auto &[name, step] : all) {
        if (!wanted(name))
            continue;
        if ((name == u"node-inventory" || name == u"cpu") && !std::exchange(nodeInstalled, true))
            m_steps << [this](Next n) { installNode(n); };
        // The steps after it measure their own processes' CPU and memory: the world of 10,000,
        // its latency timers and the panes' polling must not count in them.
        if ((name == u"cpu" || name == u"fleet-100k") && !std::exchange(fleetRetired, true))
            m_steps << [this](Next n) { retireFleet(n); };
        m_steps << step;
    }
    m_steps << [this](Next) { finish(); };
    nextStep();
    return true;
}

void Bench::nextStep()
{
    if (m_step >= m_steps.size())
        return;
    const Step step = m_steps.at(m_step++);
    QTimer::singleShot(0, this, [this, step] { step([this] { nextStep(); }); });
}

void Bench::fail(const QString &why)
{
    std::fprintf(stderr, "ecs-bench: %s\n", qPrintable(why));
    QCoreApplication::exit(1);
}

void Bench::startFleet(const Next &next)
{
    log(u"starting ecs-sim: 10,000 instances over 20 regions, a port per region, 50 ms "
        "latency…"_s);
    sim::SimOptions fleet;
    fleet.instances = kFleetInstances;
    fleet.instanceRegions = 20;
    fleet.latencyMs = 50;
    fleet.seed = 1;
    fleet.allowNonceReplay = false;
    connect(&m_fleet, &sim::EmbeddedSimulator::ready, this, [this, next](const QUrl &url) {
        m_fleetUrl = url;
        next();
    });
    connect(&m_fleet, &sim::EmbeddedSimulator::failed, this, &Bench::fail);
    m_fleet.start(fleet);
}

void Bench::loadRegions(const Next &next)
{
    m_client = new EcsClient(&m_network, simConfig(m_fleetUrl), this);
    m_client->call<ops::DescribeRegions>(
        ops::DescribeRegions::request(), this, [this, next](const Result<QList<Region>> &regions) {
            if (!regions.ok())
                return fail(regions.error().toDisplayString());
            for (const Region &r : regions.value()) {
                m_regions << r.regionId;
                if (m_client->regionEndpoint(r.regionId).isEmpty())
                    return fail(u"no endpoint learned for %1"_s.arg(r.regionId));
            }
            m_panes = new PanePhases(m_client, m_regions, m_context);
            next();
        });
}

/// The console's InstanceInventory alone (no model): every region's instances from the
/// region's own endpoint, parsed and mapped, until it has settled.
void Bench::inventory(const Next &next)
{
    log(u"inventory: every instance of %1 regions, from their own endpoints…"_s.arg(
        m_regions.size()));
    auto *inventory = new InstanceInventory(m_client, this);
    inventory->setPollIntervals(600'000, 3'600'000);
    auto clock = std::make_shared<QElapsedTimer>();
    connect(
        inventory, &InstanceInventory::settled, this,
        [=, this] {
            const double seconds = clock->elapsed() / 1000.0;
            const qsizetype count = inventory->instanceCount();
            const bool failed = !inventory->failedRegions().isEmpty();
            inventory->deleteLater();
            if (failed || count != kFleetInstances)
                return fail(u"the inventory holds %1 instances"_s.arg(count));
            m_context.figures.insert(u"inventory_s"_s, seconds);
            m_context.details.insert(u"inventory_instances"_s, count);
            log(u"  %1 instances in %2 s"_s.arg(count).arg(seconds, 0, 'f', 3));
            next();
        },
        Qt::SingleShotConnection);
    clock->start();
    inventory->setScope(m_regions);
    inventory->refresh();
}

void Bench::retireFleet(const Next &next)
{
    delete std::exchange(m_panes, nullptr);
    delete std::exchange(m_client, nullptr);
    m_fleet.stop();
    next();
}

void Bench::finish()
{
    const Report report = evaluate(m_context.figures);
    printTable(m_context.figures, report);
    QJsonObject out = m_context.figures;
    out.insert(u"targets"_s, report.targets);
    out.insert(u"met"_s, report.met);
    out.insert(u"details"_s, m_context.details);
    if (!m_jsonPath.isEmpty()) {
        QSaveFile file(m_jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(out).toJson()) < 0
            || !file.commit())
            return fail(u"cannot write %1"_s.arg(m_jsonPath));
        log(u"figures written to %1"_s.arg(m_jsonPath));
    }
    QCoreApplication::exit(0);
}
