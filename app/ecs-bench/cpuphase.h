#pragma once

#include "benchcontext.h"

#include <QObject>

namespace ecs {
class EcsClient;
}

/// The client's cost per request: `requests` calls, `inFlight` at a time, alternating
/// DescribeRegions (central endpoint) and DescribeInstances (a page of up to 100, from the
/// region's own endpoint), each answer parsed into the console's types, as the panes use them.
/// The figure is this process's CPU time (CLOCK_PROCESS_CPUTIME_ID: every thread, user and
/// system) over the phase divided by the requests, after `warmup` unmeasured calls (connections
/// open, caches warm). The simulator must run in another process.
class ClientCpuPhase : public QObject
{
    Q_OBJECT

public:
    ClientCpuPhase(ecs::EcsClient *client, QString regionId, QObject *parent = nullptr);
    void run(int warmup, int requests, int inFlight,
        std::function<void(double cpuUsPerRequest, double seconds, int failures)> done);

    /// This process's CPU time so far, in microseconds.
    static double processCpuUs();

private:
    void send();
    void answered(bool ok);

    ecs::EcsClient *m_client;
    QString m_regionId;
    int m_warmup = 0;
    int m_total = 0;
    int m_sent = 0;
    int m_done = 0;
    int m_failures = 0;
    double m_cpuStart = 0;
    qint64 m_wallStartNs = 0;
    std::function<void(double, double, int)> m_finished;
};
