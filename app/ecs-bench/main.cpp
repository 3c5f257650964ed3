// ecs-bench: runs ecs-sim with 10,000 instances over 20 regions and measures the console against
// references taken in the same run. `ecs-bench --json FILE` also writes the figures as JSON.
// Steps run one after another from the event loop; nothing blocks it, so the stall figures are
// the console's own.
#include "ecsclient.h"
#include "embeddedsimulator.h"
#include "faultsoak.h"
#include "models/instancesmodel.h"
#include "models/spotpointsmodel.h"
#include "panes/instancespane.h"
#include "panes/spotpricepane.h"
#include "report.h"
#include "simserver.h"
#include "stallmeter.h"
#include "types/region.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSaveFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

constexpr int kFleetInstances = 10'000;

using Next = std::function<void()>;
using Step = std::function<void(Next)>;

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

ClientConfig simConfig(const QUrl &url)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = url;
    return config;
}

class Bench : public QObject
{
public:
    Bench(QString jsonPath, bool traceStalls)
        : m_jsonPath(std::move(jsonPath))
        , m_traceStalls(traceStalls)
    { }
    // The clients (children) cancel what is still out, through m_network: before it goes.
    ~Bench() override { qDeleteAll(findChildren<EcsClient *>(Qt::FindDirectChildrenOnly)); }

    /// `only`: the steps to run by name; empty: all of them. False when a name is unknown.
    bool run(const QStringList &only)
    {
        const QList<std::pair<QString, Step>> all = {
            { u"inventory"_s, [this](Next n) { inventory(n); } },
            { u"spot"_s, [this](Next n) { spotChart(n); } },
            { u"client-rps"_s,
                [this](Next n) { clientRps(false, [this, n] { clientRps(true, n); }); } },
            { u"node-inventory"_s,
                [this](Next n) {
                    nodeInventory(u"inventory-sequential"_s,
                        [this, n] { nodeInventory(u"inventory-parallel"_s, n); });
                } },
            { u"node-rps"_s, [this](Next n) { nodeRps(false, [this, n] { nodeRps(true, n); }); } },
            { u"cold-start"_s, [this](Next n) { coldStart(n); } },
            { u"soak"_s, [this](Next n) { soak(n); } },
        };
        QStringList unknown = only;
        for (const auto &[name, step] : all)
            unknown.removeAll(name);
        if (!unknown.isEmpty()) {
            QStringList names;
            for (const auto &[name, step] : all)
                names << name;
            std::fprintf(stderr, "ecs-bench: unknown step %s (steps: %s)\n",
                qPrintable(unknown.join(u", "_s)), qPrintable(names.join(u", "_s)));
            return false;
        }
        const auto wanted
            = [&](const QString &name) { return only.isEmpty() || only.contains(name); };
        m_steps = { [this](Next n) { startSimulators(n); }, [this](Next n) { loadRegions(n); } };
        bool nodeInstalled = false;
        for (const auto &[name, step] : all) {
            if (!wanted(name))
                continue;
            if (name.startsWith(u"node-"_s) && !std::exchange(nodeInstalled, true))
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

    void log(const QString &text)
    {
        std::fprintf(stderr, "%s\n", qPrintable(text));
        std::fflush(stderr);
    }

    void logSlowest(const StallMeter *stalls)
    {
        if (!m_traceStalls)
            return;
        for (const TracingApplication::Slow &slow : stalls->slowest())
            log(u"    %1 ms  %2 to %3"_s.arg(slow.ms, 6, 'f', 1)
                    .arg(QString::fromLatin1(slow.event), QString::fromLatin1(slow.receiver)));
    }

    void startSimulators(const Next &next)
    {
        log(u"starting ecs-sim: 10,000 instances over 20 regions, 50 ms latency…"_s);
        sim::SimOptions fleet;
        fleet.instances = kFleetInstances;
        fleet.instanceRegions = 20;
        fleet.latencyMs = 50;
        fleet.seed = 1;
        fleet.allowNonceReplay = false;
        sim::SimOptions bare; // no latency, no fleet: for the request rate
        bare.seed = 2;
        sim::SimOptions bareTls = bare; // the same over HTTPS, as every real endpoint is
        bareTls.tls = true;
        bareTls.certificateOut = m_scratch.filePath(u"sim-ca.pem"_s);
        auto ready = std::make_shared<int>(0);
        const auto one = [this, ready, next] {
            if (++*ready == 3)
                next();
        };
        connect(&m_fleet, &sim::EmbeddedSimulator::ready, this, [this, one](const QUrl &url) {
            m_fleetUrl = url;
            one();
        });
        connect(&m_bare, &sim::EmbeddedSimulator::ready, this, [this, one](const QUrl &url) {
            m_bareUrl = url;
            one();
        });
        connect(&m_bareTls, &sim::EmbeddedSimulator::ready, this, [this, one](const QUrl &url) {
            m_bareTlsUrl = url;
            one();
        });
        for (auto *s : { &m_fleet, &m_bare, &m_bareTls })
            connect(s, &sim::EmbeddedSimulator::failed, this, &Bench::fail);
        m_fleet.start(fleet);
        m_bare.start(bare);
        m_bareTls.start(bareTls);
    }

    void loadRegions(const Next &next)
    {
        m_client = new EcsClient(&m_network, simConfig(m_fleetUrl), this);
        m_client->call<ops::DescribeRegions>(ops::DescribeRegions::request(), this,
            [this, next](const Result<QList<Region>> &regions) {
                if (!regions.ok())
                    return fail(regions.error().toDisplayString());
                for (const Region &r : regions.value())
                    m_regions << r.regionId;
                next();
            });
    }

    void inventory(const Next &next)
    {
        log(u"inventory: every instance of %1 regions into the Instances pane…"_s.arg(
            m_regions.size()));
        m_instances = new InstancesPaneHolder(m_client);
        auto *pane = m_instances->pane;
        pane->setAllRegions(m_regions);
        auto *stalls = new StallMeter(this);
        auto *clock = new QElapsedTimer;
        auto loads = std::make_shared<int>(0);
        connect(pane, &ui::ResourcePane::loaded, this, [=, this] {
            if (++*loads == 1) {
                m_results.insert(u"inventory_s"_s, clock->elapsed() / 1000.0);
                m_results.insert(u"inventory_instances"_s, pane->model()->rowCount());
                m_results.insert(u"rss_mb"_s, peakRssMb());
                log(u"  %1 instances in %2 s; refreshing…"_s.arg(pane->model()->rowCount())
                        .arg(clock->elapsed() / 1000.0));
                clock->restart();
                QTimer::singleShot(0, pane, &ui::InstancesPane::refresh); // the same 10,000 again
                return;
            }
            if (*loads > 2)
                return;
            stalls->stop();
            m_results.insert(u"refresh_s"_s, clock->elapsed() / 1000.0);
            m_results.insert(u"rss_mb"_s, peakRssMb());
            m_stallMax = std::max(m_stallMax, stalls->maxMs());
            m_stallP99 = std::max(m_stallP99, stalls->percentileMs(0.99));
            m_results.insert(u"instances_max_stall_ms"_s, stalls->maxMs());
            m_results.insert(u"instances_p99_stall_ms"_s, stalls->percentileMs(0.99));
            logSlowest(stalls);
            delete clock;
            next();
        });
        connect(pane, &ui::ResourcePane::loadFailed, this,
            [this](const ApiError &e) { fail(u"inventory: "_s + e.toDisplayString()); });
        pane->resize(1200, 800);
        pane->show();
        stalls->start();
        clock->start();
        pane->setAllRegionsMode(true);
    }

    void spotChart(const Next &next)
    {
        log(u"spot chart: 30 days × 6 zones of ecs.g7.large in cn-hangzhou…"_s);
        auto *pane = new ui::SpotPricePane(m_client);
        pane->setAttribute(Qt::WA_DeleteOnClose);
        for (QComboBox *combo : pane->findChildren<QComboBox *>())
            if (combo->accessibleName() == u"Range")
                combo->setCurrentIndex(combo->findData(30 * 24 * 3600));
        pane->setInstanceType(u"ecs.g7.large"_s);
        pane->resize(1200, 800);
        pane->show();
        auto *stalls = new StallMeter(this);
        auto *clock = new QElapsedTimer;
        connect(
            pane, &ui::ResourcePane::loaded, this,
            [=, this] {
                // Let the chart paint what it was given before the meter stops.
                QTimer::singleShot(50, this, [=, this] {
                    stalls->stop();
                    m_results.insert(u"spot_chart_s"_s, clock->elapsed() / 1000.0);
                    m_results.insert(u"spot_points"_s, pane->pointsModel()->rowCount());
                    m_results.insert(u"spot_max_stall_ms"_s, stalls->maxMs());
                    m_results.insert(u"spot_p99_stall_ms"_s, stalls->percentileMs(0.99));
                    logSlowest(stalls);
                    m_stallMax = std::max(m_stallMax, stalls->maxMs());
                    m_stallP99 = std::max(m_stallP99, stalls->percentileMs(0.99));
                    delete clock;
                    pane->close();
                    next();
                });
            },
            Qt::SingleShotConnection);
        connect(pane, &ui::ResourcePane::loadFailed, this,
            [this](const ApiError &e) { fail(u"spot chart: "_s + e.toDisplayString()); });
        stalls->start();
        clock->start();
        pane->setRegion(u"cn-hangzhou"_s);
    }

    /// DescribeRegions through our client, 6 in flight; `tls`: to the HTTPS simulator.
    void clientRps(bool tls, const Next &next)
    {
        log(u"request rate: DescribeRegions through our client over %1, 6 in flight…"_s.arg(
            tls ? u"HTTPS"_s : u"HTTP"_s));
        ClientConfig config = simConfig(tls ? m_bareTlsUrl : m_bareUrl);
        if (tls)
            config.extraCaCertificates = QSslCertificate::fromPath(simCertificate());
        auto *client = new EcsClient(&m_network, config, this);
        const QString key = tls ? u"client_rps_tls"_s : u"client_rps"_s;
        const int total = 3'000;
        auto sent = std::make_shared<int>(0);
        auto done = std::make_shared<int>(0);
        auto failed = std::make_shared<int>(0);
        auto *clock = new QElapsedTimer;
        clock->start();
        auto send = std::make_shared<std::function<void()>>();
        *send = [=, this] {
            if (*sent >= total)
                return;
            ++*sent;
            ApiCall *call = client->send(ops::DescribeRegions::request());
            connect(call, &ApiCall::finished, this, [=, this] {
                *failed += !call->ok();
                if (++*done == total) {
                    const double seconds = clock->elapsed() / 1000.0;
                    m_results.insert(key, total / seconds);
                    m_results.insert(key + u"_failures"_s, *failed);
                    delete clock;
                    next();
                    return;
                }
                (*send)();
            });
        };
        for (int n = 0; n < 6; ++n)
            (*send)();
    }

    QString simCertificate() const { return m_scratch.filePath(u"sim-ca.pem"_s); }

    void runNode(const QStringList &arguments, const std::function<void(const QJsonObject &)> &done)
    {
        auto *node = new QProcess(this);
        node->setWorkingDirectory(QStringLiteral(ECS_BENCH_NODE_WORK));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NODE_EXTRA_CA_CERTS"_s, simCertificate()); // trusts the HTTPS simulator
        node->setProcessEnvironment(env);
        node->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(node, &QProcess::finished, this, [=, this](int code) {
            node->deleteLater();
            const QJsonObject result
                = QJsonDocument::fromJson(node->readAllStandardOutput()).object();
            if (code != 0 || result.isEmpty())
                return fail(u"node %1 failed (exit %2)"_s.arg(arguments.join(u' ')).arg(code));
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

    void nodeInventory(const QString &mode, const Next &next)
    {
        log(u"inventory with the Node SDK (%1)…"_s.arg(mode));
        QStringList arguments = nodeBase(mode, m_fleetUrl) << m_regions.join(u',');
        if (mode == u"inventory-parallel")
            arguments << u"32"_s;
        runNode(arguments, [=, this](const QJsonObject &r) {
            const QString key = mode == u"inventory-parallel" ? u"inventory_node_parallel_s"_s
                                                              : u"inventory_node_sequential_s"_s;
            m_results.insert(key, r.value(u"seconds"_s).toDouble());
            if (r.value(u"instances"_s).toInt() != kFleetInstances)
                return fail(
                    u"the Node SDK counted %1 instances"_s.arg(r.value(u"instances"_s).toInt()));
            next();
        });
    }

    void nodeRps(bool tls, const Next &next)
    {
        log(u"request rate with the Node SDK over %1, 6 in flight…"_s.arg(
            tls ? u"HTTPS"_s : u"HTTP"_s));
        runNode(nodeBase(u"rps"_s, tls ? m_bareTlsUrl : m_bareUrl) << u"3000"_s << u"6"_s,
            [=, this](const QJsonObject &r) {
                m_results.insert(
                    tls ? u"node_rps_tls"_s : u"node_rps"_s, r.value(u"rps"_s).toDouble());
                next();
            });
    }

    void coldStart(const Next &next)
    {
        log(u"cold start: ecs-console --demo to a loaded Regions pane…"_s);
        auto *console = new QProcess(this);
        auto *home = new QTemporaryDir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home->path()); // no saved layout, no profiles
        console->setProcessEnvironment(env);
        console->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        auto *clock = new QElapsedTimer;
        connect(console, &QProcess::readyReadStandardOutput, this, [=, this] {
            // "screenshot saved" comes once the pane has loaded and the window was grabbed.
            if (console->readAllStandardOutput().contains("screenshot saved")
                && !m_results.contains(u"cold_start_s"_s))
                m_results.insert(u"cold_start_s"_s, clock->elapsed() / 1000.0);
        });
        connect(console, &QProcess::finished, this, [=, this](int code) {
            console->deleteLater();
            delete home;
            delete clock;
            if (code != 0 || !m_results.contains(u"cold_start_s"_s))
                return fail(u"ecs-console --screenshot failed (exit %1)"_s.arg(code));
            next();
        });
        clock->start();
        console->start(QStringLiteral(ECS_CONSOLE_EXE),
            { u"--demo"_s, u"--pane"_s, u"regions"_s, u"--screenshot"_s,
                home->filePath(u"shot.png"_s) });
    }

    void soak(const Next &next)
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

    void runSoak(const QUrl &url, const Next &next)
    {
        const QString type = u"ecs.g7.large"_s;
        QString image, zone;
        for (const sim::ImageSpec &i : m_soakServer->world().catalog().images())
            if (image.isEmpty() && i.architecture == u"x86_64" && i.ownerAlias == u"system")
                image = i.id;
        int stock = 0; // the zone with the most: 3,000 operations create about 900 instances
        for (const sim::SimZone &z :
            m_soakServer->world().regions().region(u"cn-hangzhou"_s)->zones)
            if (const int left = m_soakServer->world().remainingStock(z.zoneId, type); left > stock)
                std::tie(zone, stock) = std::pair(z.zoneId, left);
        m_soakServer->setFaultRate(0.2);
        ClientConfig config = simConfig(url);
        config.transferTimeoutMs = 5'000;
        auto *client = new EcsClient(&m_network, config, this);
        auto *soak = new FaultSoak(
            client, &m_soakServer->world(), u"cn-hangzhou"_s, zone, image, type, 3'000, 8, 9, this);
        soak->setDeadline(5 * 60'000); // calls unanswered by then count as unfinished
        connect(soak, &FaultSoak::finished, this, [=, this] {
            const FaultSoak::Report r = soak->report();
            log(u"  "_s + FaultSoak::toText(r));
            for (const QString &problem : r.problems)
                log(u"    "_s + problem);
            m_results.insert(u"soak_operations"_s, r.operations);
            m_results.insert(u"soak_failures_reported"_s, r.failed);
            m_results.insert(u"soak_retries"_s, r.retries);
            m_results.insert(u"soak_effects_checked"_s, r.effectsChecked);
            m_results.insert(u"soak_unfinished"_s, r.unfinished);
            m_results.insert(u"soak_unusable_answers"_s, r.unusableAnswers);
            m_results.insert(u"soak_duplicates"_s, r.duplicates);
            m_results.insert(u"soak_lost"_s, r.lost);
            m_results.insert(u"soak_s"_s, r.elapsedMs / 1000.0);
            next();
        });
        soak->start();
    }

    void finish()
    {
        addDerivedFigures(m_results, m_stallMax, m_stallP99);
        const QJsonObject met = printTable(m_results);
        QJsonObject out = m_results;
        out.insert(u"targets_met"_s, met);
        if (!m_jsonPath.isEmpty()) {
            QSaveFile file(m_jsonPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(out).toJson()) < 0
                || !file.commit())
                return fail(u"cannot write %1"_s.arg(m_jsonPath));
            log(u"figures written to %1"_s.arg(m_jsonPath));
        }
        QCoreApplication::exit(0);
    }

    /// The pane and its window, kept until the end (its memory is part of rss_mb).
    struct InstancesPaneHolder
    {
        explicit InstancesPaneHolder(EcsClient *client)
            : pane(new ui::InstancesPane(client))
        {
            pane->setPollIntervals(60'000, 3'600'000); // the bench measures loads, not polling
        }
        ui::InstancesPane *pane;
    };

    QString m_jsonPath;
    bool m_traceStalls = false;
    QList<Step> m_steps;
    qsizetype m_step = 0;
    QNetworkAccessManager m_network;
    sim::EmbeddedSimulator m_fleet;
    sim::EmbeddedSimulator m_bare;
    sim::EmbeddedSimulator m_bareTls;
    QTemporaryDir m_scratch;
    QUrl m_fleetUrl;
    QUrl m_bareUrl;
    QUrl m_bareTlsUrl;
    EcsClient *m_client = nullptr;
    InstancesPaneHolder *m_instances = nullptr;
    sim::SimServer *m_soakServer = nullptr;
    QStringList m_regions;
    QJsonObject m_results;
    double m_stallMax = 0;
    double m_stallP99 = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ecs-bench"_s);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures ECS Console against ecs-sim (10,000 instances, 20 regions) and the official "
        "Node SDK in the same run; prints a table, and JSON with --json."_s);
    parser.addHelpOption();
    const QCommandLineOption json(
        u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    parser.addOption(json);
    const QCommandLineOption only(u"only"_s,
        u"Run only these steps (comma-separated): inventory, spot, client-rps, node-inventory, "
        "node-rps, cold-start, soak."_s,
        u"STEPS"_s);
    parser.addOption(only);
    const QCommandLineOption traceStalls(u"trace-stalls"_s,
        u"Log the slowest events the GUI thread handled while the stalls were measured."_s);
    parser.addOption(traceStalls);
    parser.process(app);
    Bench bench(parser.value(json), parser.isSet(traceStalls));
    if (!bench.run(parser.value(only).split(u',', Qt::SkipEmptyParts)))
        return 2;
    return app.exec();
}
