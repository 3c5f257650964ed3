// ecs-bench: runs ecs-sim with 10,000 instances over 20 regions, each region at its own loopback
// endpoint with 50 ms latency, and measures the console against references taken in the same run
// (the official Node SDK, the targets of issue 14). `ecs-bench --json FILE` also writes the
// figures as JSON. Steps run one after another from the event loop; nothing blocks it, so the
// stall figures are the console's own.
#include "benchcontext.h"
#include "cpuphase.h"
#include "ecsclient.h"
#include "embeddedsimulator.h"
#include "externalsim.h"
#include "faultsoak.h"
#include "fleetprobe.h"
#include "inventory/instanceinventory.h"
#include "panephases.h"
#include "report.h"
#include "simserver.h"
#include "stallmeter.h"
#include "types/region.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

constexpr int kFleetInstances = 10'000;
constexpr int kBigFleetInstances = 100'000;
/// The rate phase: measured requests (after the warm-up), 6 in flight, for us and for the SDK.
constexpr int kCpuWarmup = 100;
constexpr int kCpuRequests = 1'000;
constexpr int kCpuInFlight = 6;
/// The SDK's parallel inventory, per region client: at most this many pages in flight (0: all).
const QList<int> kNodeConcurrencies = { 2, 4, 0 };
constexpr int kColdStarts = 3;

using Step = std::function<void(Next)>;

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

class Bench : public QObject
{
public:
    Bench(QString jsonPath, bool traceStalls)
        : m_jsonPath(std::move(jsonPath))
    {
        m_context.traceStalls = traceStalls;
        m_context.fail = [this](const QString &why) { fail(why); };
    }
    // The clients (children) cancel what is still out, through m_network: before it goes.
    ~Bench() override
    {
        delete m_panes;
        qDeleteAll(findChildren<EcsClient *>(Qt::FindDirectChildrenOnly));
    }

    static QStringList stepNames()
    {
        return { u"inventory"_s, u"panes"_s, u"spot"_s, u"node-inventory"_s, u"cpu"_s,
            u"fleet-100k"_s, u"cold-start"_s, u"soak"_s };
    }

    /// `only`: the steps to run by name; empty: all of them. False when a name is unknown.
    bool run(const QStringList &only)
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
        const auto wanted
            = [&](const QString &name) { return only.isEmpty() || only.contains(name); };
        // The 10,000-instance world is for the first four steps only.
        if (wanted(u"inventory"_s) || wanted(u"panes"_s) || wanted(u"spot"_s)
            || wanted(u"node-inventory"_s))
            m_steps << [this](Next n) { startFleet(n); } << [this](Next n) { loadRegions(n); };
        bool nodeInstalled = false;
        for (const auto &[name, step] : all) {
            if (!wanted(name))
                continue;
            if ((name == u"node-inventory" || name == u"cpu")
                && !std::exchange(nodeInstalled, true))
                m_steps << [this](Next n) { installNode(n); };
            m_steps << step;
        }
        m_steps << [this](Next) { finish(); };
        nextStep();
        return true;
    }

private:
    void nextStep()
    {
        if (m_step >= m_steps.size())
            return;
        const Step step = m_steps.at(m_step++);
        QTimer::singleShot(0, this, [this, step] { step([this] { nextStep(); }); });
    }

    void fail(const QString &why)
    {
        std::fprintf(stderr, "ecs-bench: %s\n", qPrintable(why));
        QCoreApplication::exit(1);
    }

    static void log(const QString &text) { BenchContext::log(text); }

    void startFleet(const Next &next)
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

    void loadRegions(const Next &next)
    {
        m_client = new EcsClient(&m_network, simConfig(m_fleetUrl), this);
        m_client->call<ops::DescribeRegions>(ops::DescribeRegions::request(), this,
            [this, next](const Result<QList<Region>> &regions) {
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
    void inventory(const Next &next)
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

    QString simCertificate() const { return m_scratch.filePath(u"sim-ca.pem"_s); }

    void runNode(const QStringList &arguments, const std::function<void(const QJsonObject &)> &done)
    {
        auto *node = new QProcess(this);
        node->setWorkingDirectory(QStringLiteral(ECS_BENCH_NODE_WORK));
        node->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(node, &QProcess::finished, this, [=, this](int code) {
            node->deleteLater();
            const QJsonObject result
                = QJsonDocument::fromJson(node->readAllStandardOutput()).object();
            if (code != 0 || result.isEmpty())
                return fail(u"node %1 failed (exit %2)"_s.arg(arguments.value(1)).arg(code));
            done(result);
        });
        node->start(u"node"_s, arguments);
    }

    void installNode(const Next &next)
    {
        // The official SDK, pinned, installed into the build tree on first use.
        const QString work = QStringLiteral(ECS_BENCH_NODE_WORK);
        QDir().mkpath(work);
        for (const QString &file : { u"package.json"_s, u"package-lock.json"_s, u"bench.js"_s }) {
            QFile::remove(work + u'/' + file);
            QFile::copy(QStringLiteral(ECS_BENCH_NODE_SOURCE) + u'/' + file, work + u'/' + file);
        }
        if (QFile::exists(work + u"/node_modules/@alicloud/ecs20140526/package.json"_s))
            return next();
        log(u"installing the Node SDK (npm ci) into %1…"_s.arg(work));
        auto *npm = new QProcess(this);
        npm->setWorkingDirectory(work);
        npm->setProcessChannelMode(QProcess::ForwardedChannels);
        connect(npm, &QProcess::finished, this, [=, this](int code) {
            npm->deleteLater();
            if (code != 0)
                return fail(u"npm ci failed"_s);
            next();
        });
        npm->start(u"npm"_s,
            { u"ci"_s, u"--no-audit"_s, u"--no-fund"_s, u"--ignore-scripts"_s,
                u"--loglevel=error"_s });
    }

    QStringList nodeBase(const QString &mode, const QUrl &url) const
    {
        return { u"bench.js"_s, mode, url.toString(), QString::fromLatin1(sim::kDemoAccessKeyId),
            QString::fromLatin1(sim::kDemoAccessKeySecret) };
    }

    static QString endpointList(const QMap<QString, QString> &endpoints, const QStringList &only)
    {
        QStringList pairs;
        for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it)
            if (only.contains(it.key()))
                pairs << it.key() + u'=' + it.value();
        return pairs.join(u',');
    }

    /// The SDK's sample loop (one client, region by region, page by page), then its parallel
    /// inventory (a client per region endpoint) at each concurrency, each in a fresh process;
    /// the fastest counts.
    void nodeInventory(const Next &next)
    {
        log(u"inventory with the Node SDK: the samples' loop (one client, page by page)…"_s);
        runNode(nodeBase(u"inventory-sequential"_s, m_fleetUrl) << m_regions.join(u','),
            [=, this](const QJsonObject &r) {
                if (r.value(u"instances"_s).toInt() != kFleetInstances)
                    return fail(u"the Node SDK counted %1 instances"_s.arg(
                        r.value(u"instances"_s).toInt()));
                m_context.figures.insert(
                    u"inventory_node_sequential_s"_s, r.value(u"seconds"_s).toDouble());
                log(u"  %1 s"_s.arg(r.value(u"seconds"_s).toDouble(), 0, 'f', 3));
                nodeParallel(0, next);
            });
    }

    void nodeParallel(qsizetype variant, const Next &next)
    {
        if (variant >= kNodeConcurrencies.size()) {
            m_context.figures.insert(u"inventory_node_parallel_s"_s, m_bestNode);
            m_context.details.insert(u"inventory_node_parallel_concurrency"_s, m_bestConcurrency);
            return next();
        }
        const int concurrency = kNodeConcurrencies.at(variant);
        log(u"inventory with the Node SDK: a client per region endpoint, all regions at once, %1 "
            "pages in flight per region…"_s.arg(
                concurrency > 0 ? QString::number(concurrency) : u"all"_s));
        const QStringList arguments = nodeBase(u"inventory-parallel"_s, m_fleetUrl)
            << endpointList(m_fleet.regionEndpoints(), m_regions) << QString::number(concurrency);
        runNode(arguments, [=, this](const QJsonObject &r) {
            const double seconds = r.value(u"seconds"_s).toDouble();
            if (r.value(u"instances"_s).toInt() != kFleetInstances)
                return fail(
                    u"the Node SDK counted %1 instances"_s.arg(r.value(u"instances"_s).toInt()));
            log(u"  %1 s"_s.arg(seconds, 0, 'f', 3));
            QJsonObject variants
                = m_context.details.value(u"inventory_node_parallel_by_concurrency"_s).toObject();
            variants.insert(concurrency > 0 ? QString::number(concurrency) : u"all"_s, seconds);
            m_context.details.insert(u"inventory_node_parallel_by_concurrency"_s, variants);
            if (m_bestNode < 0 || seconds < m_bestNode) {
                m_bestNode = seconds;
                m_bestConcurrency = concurrency > 0 ? QString::number(concurrency) : u"all"_s;
            }
            nodeParallel(variant + 1, next);
        });
    }

    /// The rate phase: ecs-sim in its own process, our client then the SDK, the same requests.
    void cpu(const Next &next)
    {
        log(u"rate phase: ecs-sim in its own process; %1 requests, %2 in flight, through our "
            "client…"_s.arg(kCpuRequests)
                .arg(kCpuInFlight));
        auto *simulator = new ExternalSimulator(this);
        connect(simulator, &ExternalSimulator::failed, this, &Bench::fail);
        connect(simulator, &ExternalSimulator::ready, this, [=, this] {
            auto *client = new EcsClient(&m_network, simConfig(simulator->url()), this);
            // Learns the region endpoints first, as every session starts.
            client->call<ops::DescribeRegions>(ops::DescribeRegions::request(), this,
                [=, this](const Result<QList<Region>> &regions) {
                    if (!regions.ok())
                        return fail(regions.error().toDisplayString());
                    auto *phase = new ClientCpuPhase(client, u"cn-hangzhou"_s, this);
                    phase->run(kCpuWarmup, kCpuRequests, kCpuInFlight,
                        [=, this](double us, double seconds, int failures) {
                            phase->deleteLater();
                            if (failures > 0)
                                return fail(
                                    u"%1 requests of the rate phase failed"_s.arg(failures));
                            m_context.figures.insert(u"client_cpu_us_per_request"_s, us);
                            m_context.details.insert(u"client_rate_phase_s"_s, seconds);
                            log(u"  %1 µs CPU per request (%2 requests/s)"_s.arg(us, 0, 'f', 1)
                                    .arg(kCpuRequests / seconds, 0, 'f', 0));
                            nodeCpu(simulator, next);
                        });
                });
        });
        // Three full pages of 100 in every region.
        simulator->start({ u"--instances"_s, u"8100"_s, u"--seed"_s, u"2"_s });
    }

    void nodeCpu(ExternalSimulator *simulator, const Next &next)
    {
        log(u"rate phase: the same through the Node SDK…"_s);
        const QStringList arguments = nodeBase(u"cpu"_s, simulator->url())
            << endpointList(simulator->regionEndpoints(), { u"cn-hangzhou"_s })
            << QString::number(kCpuWarmup) << QString::number(kCpuRequests)
            << QString::number(kCpuInFlight);
        runNode(arguments, [=, this](const QJsonObject &r) {
            simulator->deleteLater();
            if (r.value(u"failures"_s).toInt() > 0)
                return fail(u"%1 requests of the SDK's rate phase failed"_s.arg(
                    r.value(u"failures"_s).toInt()));
            const double us = r.value(u"cpu_us_per_request"_s).toDouble();
            m_context.figures.insert(u"node_cpu_us_per_request"_s, us);
            m_context.details.insert(
                u"node_rate_phase_s"_s, r.value(u"measured_seconds"_s).toDouble());
            log(u"  %1 µs CPU per request"_s.arg(us, 0, 'f', 1));
            next();
        });
    }

    /// 100,000 instances into one Instances pane, in a child process (ecs-bench --fleet-probe)
    /// whose peak memory is the console's only; the simulator in another.
    void fleet100k(const Next &next)
    {
        log(u"fleet_100k: ecs-sim with 100,000 instances in its own process; loading them into "
            "an Instances pane in another…"_s);
        auto *simulator = new ExternalSimulator(this);
        connect(simulator, &ExternalSimulator::failed, this, &Bench::fail);
        connect(simulator, &ExternalSimulator::ready, this, [=, this] {
            auto *probe = new QProcess(this);
            probe->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            connect(probe, &QProcess::finished, this, [=, this](int code) {
                probe->deleteLater();
                simulator->deleteLater();
                const QJsonObject r
                    = QJsonDocument::fromJson(probe->readAllStandardOutput()).object();
                if (code != 0 || r.isEmpty())
                    return fail(u"the fleet probe failed (exit %1)"_s.arg(code));
                if (r.value(u"rows"_s).toInt() != kBigFleetInstances)
                    return fail(
                        u"the fleet probe loaded %1 instances"_s.arg(r.value(u"rows"_s).toInt()));
                m_context.figures.insert(u"fleet_100k_rss_mb"_s, r.value(u"rss_mb"_s));
                m_context.figures.insert(u"fleet_100k_filter_ms"_s, r.value(u"filter_ms"_s));
                m_context.details.insert(u"fleet_100k_load_s"_s, r.value(u"load_s"_s));
                m_context.details.insert(u"fleet_100k_keys_ms"_s, r.value(u"keys_ms"_s));
                m_context.details.insert(u"fleet_100k_rows_shown"_s, r.value(u"rows_shown"_s));
                log(u"  loaded in %1 s; peak RSS %2 MB; one keystroke %3 ms"_s
                        .arg(r.value(u"load_s"_s).toDouble(), 0, 'f', 2)
                        .arg(r.value(u"rss_mb"_s).toDouble(), 0, 'f', 0)
                        .arg(r.value(u"filter_ms"_s).toDouble(), 0, 'f', 1));
                next();
            });
            probe->start(QCoreApplication::applicationFilePath(),
                { u"--fleet-probe"_s, simulator->url().toString() });
        });
        simulator->start(
            { u"--instances"_s, QString::number(kBigFleetInstances), u"--seed"_s, u"3"_s });
    }

    void coldStart(const Next &next);
    void coldStartOnce(int run, const Next &next);
    void soak(const Next &next);
    void runSoak(const QUrl &url, const Next &next);
    void finish();

    QString m_jsonPath;
    BenchContext m_context;
    QList<Step> m_steps;
    qsizetype m_step = 0;
    QNetworkAccessManager m_network;
    sim::EmbeddedSimulator m_fleet;
    QTemporaryDir m_scratch;
    QUrl m_fleetUrl;
    EcsClient *m_client = nullptr;
    PanePhases *m_panes = nullptr;
    sim::SimServer *m_soakServer = nullptr;
    QStringList m_regions;
    QList<double> m_coldStarts;
    double m_bestNode = -1;
    QString m_bestConcurrency;
};

/// From exec to the first pane loaded: ecs-console --demo (its embedded simulator, offscreen,
/// a fresh configuration) with --screenshot prints "screenshot saved" once its first pane (Regions)
/// has loaded, been laid out and painted, and the window was grabbed and saved. Three starts; the
/// median counts (the first pays for a cold disk cache more than a person's start would).
void Bench::coldStart(const Next &next)
{
    log(u"cold start: ecs-console --demo to its first pane loaded (3 starts)…"_s);
    coldStartOnce(0, next);
}

void Bench::coldStartOnce(int run, const Next &next)
{
    if (run == kColdStarts) {
        QList<double> sorted = m_coldStarts;
        std::sort(sorted.begin(), sorted.end());
        m_context.figures.insert(u"cold_start_s"_s, sorted.at(sorted.size() / 2));
        QJsonArray all;
        for (double s : std::as_const(m_coldStarts))
            all.append(s);
        m_context.details.insert(u"cold_start_runs_s"_s, all);
        log(u"  median %1 s"_s.arg(sorted.at(sorted.size() / 2), 0, 'f', 3));
        return next();
    }
    auto *console = new QProcess(this);
    auto *home = new QTemporaryDir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home->path()); // no saved layout, no profiles
    console->setProcessEnvironment(env);
    console->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    auto clock = std::make_shared<QElapsedTimer>();
    auto output = std::make_shared<QByteArray>();
    auto seconds = std::make_shared<double>(-1);
    connect(console, &QProcess::readyReadStandardOutput, this, [=] {
        *output += console->readAllStandardOutput();
        if (*seconds < 0 && output->contains("screenshot saved"))
            *seconds = clock->elapsed() / 1000.0;
    });
    connect(console, &QProcess::finished, this, [=, this](int code) {
        console->deleteLater();
        delete home;
        if (*seconds < 0)
            return fail(u"ecs-console --screenshot failed (exit %1)"_s.arg(code));
        if (code != 0 || console->exitStatus() != QProcess::NormalExit) // after the figure
            log(u"  ecs-console exited with %1 after its screenshot"_s.arg(
                console->exitStatus() == QProcess::NormalExit ? QString::number(code)
                                                              : u"a crash"_s));
        m_coldStarts << *seconds;
        log(u"  %1 s"_s.arg(*seconds, 0, 'f', 3));
        coldStartOnce(run + 1, next);
    });
    clock->start();
    console->start(QStringLiteral(ECS_CONSOLE_EXE),
        { u"--demo"_s, u"--pane"_s, u"regions"_s, u"--screenshot"_s,
            home->filePath(u"shot.png"_s) });
}

void Bench::soak(const Next &next)
{
    log(u"fault soak: 3,000 operations, 8 in flight, 20% faults, 1–5 ms latency…"_s);
    sim::SimOptions options;
    options.seed = 9;
    options.timeScale = 200;
    options.latencyMs = 1;
    options.latencyJitterMs = 4;
    m_soakServer = new sim::SimServer(options, this);
    connect(m_soakServer, &sim::SimServer::failed, this, &Bench::fail);
    connect(m_soakServer, &sim::SimServer::listening, this,
        [this, next](const QUrl &url) { runSoak(url, next); });
    m_soakServer->start(QHostAddress::LocalHost, 0);
}

void Bench::runSoak(const QUrl &url, const Next &next)
{
    const QString type = u"ecs.g7.large"_s;
    QString image, zone;
    for (const sim::ImageSpec &i : m_soakServer->world().catalog().images())
        if (image.isEmpty() && i.architecture == u"x86_64" && i.ownerAlias == u"system")
            image = i.id;
    int stock = 0; // the zone with the most: 3,000 operations create about 900 instances
    for (const sim::SimZone &z : m_soakServer->world().regions().region(u"cn-hangzhou"_s)->zones)
        if (const int left = m_soakServer->world().remainingStock(z.zoneId, type); left > stock)
            std::tie(zone, stock) = std::pair(z.zoneId, left);
    m_soakServer->setFaultRate(0.2);
    ClientConfig config = simConfig(url);
    config.followRegionEndpoints = false; // as before: every call to the one endpoint
    config.transferTimeoutMs = 5'000;
    auto *client = new EcsClient(&m_network, config, this);
    auto *soak = new FaultSoak(
        client, &m_soakServer->world(), u"cn-hangzhou"_s, zone, image, type, 3'000, 8, 9, this);
    soak->setDeadline(120'000); // calls unanswered by then count as unfinished
    connect(soak, &FaultSoak::finished, this, [=, this] {
        const FaultSoak::Report r = soak->report();
        log(u"  "_s + FaultSoak::toText(r));
        for (const QString &problem : r.problems)
            log(u"    "_s + problem);
        m_context.figures.insert(u"soak_duplicates"_s, r.duplicates);
        m_context.figures.insert(u"soak_lost"_s, r.lost);
        m_context.details.insert(u"soak_operations"_s, r.operations);
        m_context.details.insert(u"soak_failures_reported"_s, r.failed);
        m_context.details.insert(u"soak_retries"_s, r.retries);
        m_context.details.insert(u"soak_effects_checked"_s, r.effectsChecked);
        m_context.details.insert(u"soak_unfinished"_s, r.unfinished);
        m_context.details.insert(u"soak_unusable_answers"_s, r.unusableAnswers);
        m_context.details.insert(u"soak_s"_s, r.elapsedMs / 1000.0);
        next();
    });
    soak->start();
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

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ecs-bench"_s);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    // Panes come and go between steps: the run ends when the steps do, not with a window.
    QApplication::setQuitOnLastWindowClosed(false);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures ECS Console against ecs-sim (10,000 instances over 20 regions, each region "
        "at its own loopback endpoint, 50 ms latency) and the official Node SDK in the same run; "
        "prints a table of figures against the targets of issue 14 (met or MISSED, with the "
        "margin), and JSON with --json. Takes about 2–3 minutes."_s);
    parser.addHelpOption();
    const QCommandLineOption json(
        u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    parser.addOption(json);
    const QCommandLineOption only(u"only"_s,
        u"Run only these steps (comma-separated): %1."_s.arg(Bench::stepNames().join(u", "_s)),
        u"STEPS"_s);
    parser.addOption(only);
    const QCommandLineOption traceStalls(u"trace-stalls"_s,
        u"Log the slowest events the GUI thread handled while the stalls were measured."_s);
    parser.addOption(traceStalls);
    const QCommandLineOption fleetProbe(u"fleet-probe"_s,
        u"(internal) The fleet-100k step's child: load every instance of the simulator at URL "
        "into an Instances pane, type into its filter, print the figures as JSON."_s,
        u"URL"_s);
    parser.addOption(fleetProbe);
    parser.process(app);
    if (parser.isSet(fleetProbe)) {
        FleetProbe probe(QUrl(parser.value(fleetProbe)));
        QTimer::singleShot(0, &probe, &FleetProbe::start);
        return app.exec();
    }
    Bench bench(parser.value(json), parser.isSet(traceStalls));
    if (!bench.run(parser.value(only).split(u',', Qt::SkipEmptyParts)))
        return 2;
    return app.exec();
}
