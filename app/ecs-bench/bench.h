#pragma once

#include "benchcontext.h"
#include "embeddedsimulator.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace ecs {
class EcsClient;
struct ClientConfig;
namespace sim {
class SimServer;
}
} // namespace ecs
class ExternalSimulator;
class PanePhases;

/// A client of the simulator at `url` with the demo credentials, following the region endpoints
/// DescribeRegions names.
ecs::ClientConfig simConfig(const QUrl &url);

/// How many instances the 10,000-instance world of the first steps holds.
inline constexpr int kFleetInstances = 10'000;

/// ecs-bench's run: the steps in order, from the event loop, then the table and the JSON.
/// The orchestration and the in-process steps are in bench.cpp; the steps that measure other
/// processes (the Node SDK, the rate phase, fleet-100k, cold start, the soak) in benchsteps.cpp.
class Bench : public QObject
{
public:
    Bench(QString jsonPath, bool traceStalls);
    ~Bench() override;

    static QStringList stepNames();
    /// `only`: the steps to run by name; empty: all of them. False when a name is unknown.
    bool run(const QStringList &only);

private:
    using Step = std::function<void(Next)>;

    void nextStep();
    void fail(const QString &why);
    static void log(const QString &text) { BenchContext::log(text); }

    // bench.cpp
    void startFleet(const Next &next);
    void loadRegions(const Next &next);
    void inventory(const Next &next);
    void retireFleet(const Next &next);
    void finish();

    // benchsteps.cpp
    void runNode(
        const QStringList &arguments, const std::function<void(const QJsonObject &)> &done);
    void installNode(const Next &next);
    QStringList nodeBase(const QString &mode, const QUrl &url) const;
    void nodeInventory(const Next &next);
    void nodeParallel(qsizetype variant, const Next &next);
    void cpu(const Next &next);
    void cpuRound(ExternalSimulator *simulator, ecs::EcsClient *client, const Next &next);
    void fleet100k(const Next &next);
    void coldStart(const Next &next);
    void coldStartOnce(int run, const Next &next);
    void soak(const Next &next);
    void runSoak(const QUrl &url, const Next &next);

    QString m_jsonPath;
    BenchContext m_context;
    QList<Step> m_steps;
    qsizetype m_step = 0;
    QNetworkAccessManager m_network;
    ecs::sim::EmbeddedSimulator m_fleet;
    QUrl m_fleetUrl;
    ecs::EcsClient *m_client = nullptr;
    PanePhases *m_panes = nullptr;
    ecs::sim::SimServer *m_soakServer = nullptr;
    QStringList m_regions;
    QList<double> m_coldStarts;
    QList<double> m_coldStartShots; ///< the same runs, to the screenshot saved
    double m_bestNode = -1;
    /// The rate phase's rounds so far: CPU µs per request and seconds, ours and the SDK's.
    struct CpuRounds
    {
        QList<double> client, node, clientSeconds, nodeSeconds;
    } m_cpuRounds;
    QString m_bestConcurrency;
};
