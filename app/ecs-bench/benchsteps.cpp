// The steps of ecs-bench that measure other processes: the official Node SDK (the references),
// the rate phase and fleet-100k against ecs-sim in its own process, the console's cold start,
// and the fault soak.
#include "bench.h"

#include "cpuphase.h"
#include "ecsclient.h"
#include "externalsim.h"
#include "faultsoak.h"
#include "simserver.h"
#include "types/region.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

constexpr int kBigFleetInstances = 100'000;
/// The rate phase: measured requests (after the warm-up), 6 in flight, for us and for the SDK.
constexpr int kCpuWarmup = 100;
constexpr int kCpuRequests = 1'000;
constexpr int kCpuInFlight = 6;
/// Rounds of the rate phase, ours and the SDK's in turn; each figure is the median of its rounds.
constexpr int kCpuRounds = 5;
/// The SDK's parallel inventory, per region client: at most this many pages in flight (0: all).
const QList<int> kNodeConcurrencies = { 2, 4, 0 };
constexpr int kColdStarts = 3;

QString endpointList(const QMap<QString, QString> &endpoints, const QStringList &only)
{
    QStringList pairs;
    for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it)
        if (only.contains(it.key()))
            pairs << it.key() + u'=' + it.value();
    return pairs.join(u',');
}

/// The middle value (the mean of the two middle ones for an even count); 0 for none.
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QJsonArray toJson(const QList<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

} // namespace

void Bench::runNode(
    const QStringList &arguments, const std::function<void(const QJsonObject &)> &done)
{
    auto *node = new QProcess(this);
    node->setWorkingDirectory(QStringLiteral(ECS_BENCH_NODE_WORK));
    node->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(node, &QProcess::finished, this, [=, this](int code) {
        node->deleteLater();
        const QJsonObject result = QJsonDocument::fromJson(node->readAllStandardOutput()).object();
        if (code != 0 || result.isEmpty())
            return fail(u"node %1 failed (exit %2)"_s.arg(arguments.value(1)).arg(code));
        done(result);
    });
    node->start(u"node"_s, arguments);
}

void Bench::installNode(const Next &next)
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
        { u"ci"_s, u"--no-audit"_s, u"--no-fund"_s, u"--ignore-scripts"_s, u"--loglevel=error"_s });
}

QStringList Bench::nodeBase(const QString &mode, const QUrl &url) const
{
    return { u"bench.js"_s, mode, url.toString(), QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret) };
}

/// The SDK's sample loop (one client, region by region, page by page), then its parallel
/// inventory (a client per region endpoint) at each concurrency, each in a fresh process;
/// the fastest counts.
void Bench::nodeInventory(const Next &next)
{
    log(u"inventory with the Node SDK: the samples' loop (one client, page by page)…"_s);
    runNode(nodeBase(u"inventory-sequential"_s, m_fleetUrl) << m_regions.join(u','),
        [=, this](const QJsonObject &r) {
            if (r.value(u"instances"_s).toInt() != kFleetInstances)
                return fail(
                    u"the Node SDK counted %1 instances"_s.arg(r.value(u"instances"_s).toInt()));
            m_context.figures.insert(
                u"inventory_node_sequential_s"_s, r.value(u"seconds"_s).toDouble());
            log(u"  %1 s"_s.arg(r.value(u"seconds"_s).toDouble(), 0, 'f', 3));
            nodeParallel(0, next);
        });
}

void Bench::nodeParallel(qsizetype variant, const Next &next)
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

/// The rate phase: ecs-sim in its own process; our client then the SDK, the same requests, in
/// alternating rounds, so that a slower minute of a shared machine weighs on both figures alike.
void Bench::cpu(const Next &next)
{
    log(u"rate phase: ecs-sim in its own process; %1 rounds of %2 requests, %3 in flight, through "
        "our client, then the Node SDK…"_s.arg(kCpuRounds)
            .arg(kCpuRequests)
            .arg(kCpuInFlight));
    auto *simulator = new ExternalSimulator(this);
    connect(simulator, &ExternalSimulator::failed, this, &Bench::fail);
    connect(simulator, &ExternalSimulator::ready, this, [=, this] {
        auto *client = new EcsClient(&m_network, simConfig(simulator->url()), simulator);
        // Learns the region endpoints first, as every session starts.
        client->call<ops::DescribeRegions>(
            ops::DescribeRegions::request(), this, [=, this](const Result<QList<Region>> &regions) {
                if (!regions.ok())
                    return fail(regions.error().toDisplayString());
                m_cpuRounds = {};
                cpuRound(simulator, client, next);
            });
    });
    // Three full pages of 100 in every region.
    simulator->start({ u"--instances"_s, u"8100"_s, u"--seed"_s, u"2"_s });
}

void Bench::cpuRound(ExternalSimulator *simulator, EcsClient *client, const Next &next)
{
    if (m_cpuRounds.node.size() == kCpuRounds) {
        const double ours = median(m_cpuRounds.client);
        const double theirs = median(m_cpuRounds.node);
        m_context.figures.insert(u"client_cpu_us_per_request"_s, ours);
        m_context.figures.insert(u"node_cpu_us_per_request"_s, theirs);
        m_context.details.insert(u"client_cpu_rounds_us"_s, toJson(m_cpuRounds.client));
        m_context.details.insert(u"node_cpu_rounds_us"_s, toJson(m_cpuRounds.node));
        m_context.details.insert(u"client_rate_phase_s"_s, toJson(m_cpuRounds.clientSeconds));
        m_context.details.insert(u"node_rate_phase_s"_s, toJson(m_cpuRounds.nodeSeconds));
        log(u"  medians: %1 µs CPU per request, the SDK's %2"_s.arg(ours, 0, 'f', 1)
                .arg(theirs, 0, 'f', 1));
        simulator->deleteLater();
        return next();
    }
    auto *phase = new ClientCpuPhase(client, u"cn-hangzhou"_s, this);
    phase->run(
        kCpuWarmup, kCpuRequests, kCpuInFlight, [=, this](double us, double seconds, int failures) {
            phase->deleteLater();
            if (failures > 0)
                return fail(u"%1 requests of the rate phase failed"_s.arg(failures));
            m_cpuRounds.client << us;
            m_cpuRounds.clientSeconds << seconds;
            const QStringList arguments = nodeBase(u"cpu"_s, simulator->url())
                << endpointList(simulator->regionEndpoints(), { u"cn-hangzhou"_s })
                << QString::number(kCpuWarmup) << QString::number(kCpuRequests)
                << QString::number(kCpuInFlight);
            runNode(arguments, [=, this](const QJsonObject &r) {
                if (r.value(u"failures"_s).toInt() > 0)
                    return fail(u"%1 requests of the SDK's rate phase failed"_s.arg(
                        r.value(u"failures"_s).toInt()));
                m_cpuRounds.node << r.value(u"cpu_us_per_request"_s).toDouble();
                m_cpuRounds.nodeSeconds << r.value(u"measured_seconds"_s).toDouble();
                log(u"  round %1: %2 µs CPU per request (%3 requests/s), the SDK's %4"_s
                        .arg(m_cpuRounds.node.size())
                        .arg(us, 0, 'f', 1)
                        .arg(kCpuRequests / seconds, 0, 'f', 0)
                        .arg(m_cpuRounds.node.last(), 0, 'f', 1));
                cpuRound(simulator, client, next);
            });
        });
}

/// 100,000 instances into one Instances pane, in a child process (ecs-bench --fleet-probe)
/// whose peak memory is the console's only; the simulator in another.
void Bench::fleet100k(const Next &next)
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
            const QJsonObject r = QJsonDocument::fromJson(probe->readAllStandardOutput()).object();
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
        const double seconds = median(m_coldStarts);
        m_context.figures.insert(u"cold_start_s"_s, seconds);
        m_context.details.insert(u"cold_start_runs_s"_s, toJson(m_coldStarts));
        m_context.details.insert(u"cold_start_with_screenshot_runs_s"_s, toJson(m_coldStartShots));
        log(u"  median %1 s"_s.arg(seconds, 0, 'f', 3));
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
    auto withScreenshot = std::make_shared<double>(-1);
    connect(console, &QProcess::readyReadStandardOutput, this, [=] {
        *output += console->readAllStandardOutput();
        if (*seconds < 0 && output->contains("pane loaded\n"))
            *seconds = clock->elapsed() / 1000.0;
        if (*withScreenshot < 0 && output->contains("screenshot saved"))
            *withScreenshot = clock->elapsed() / 1000.0;
    });
    connect(console, &QProcess::finished, this, [=, this](int code) {
        console->deleteLater();
        delete home;
        if (*seconds < 0 || *withScreenshot < 0)
            return fail(u"ecs-console --screenshot failed (exit %1)"_s.arg(code));
        if (code != 0 || console->exitStatus() != QProcess::NormalExit) // after the figure
            log(u"  ecs-console exited with %1 after its screenshot"_s.arg(
                console->exitStatus() == QProcess::NormalExit ? QString::number(code)
                                                              : u"a crash"_s));
        m_coldStarts << *seconds;
        m_coldStartShots << *withScreenshot;
        log(u"  %1 s (%2 s with the screenshot taken and saved)"_s.arg(*seconds, 0, 'f', 3)
                .arg(*withScreenshot, 0, 'f', 3));
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
