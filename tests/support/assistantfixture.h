#pragma once

// Five instances in the simulator for the Cloud Assistant tests: web-1 and web-2 running with the
// agent, web-3 running without it, web-4 stopped, web-5 running.
#include "simserver.h"

#include <QStringList>
#include <QTest>

inline QStringList addAssistantInstances(ecs::sim::SimServer &server, const QString &regionId)
{
    ecs::sim::SimWorld &world = server.world();
    const QString zoneId = world.regions().region(regionId)->zones.first().zoneId;
    QStringList ids;
    for (int n = 1; n <= 5; ++n) {
        ecs::sim::SimInstance prototype;
        prototype.regionId = regionId;
        prototype.zoneId = zoneId;
        prototype.instanceName = QStringLiteral("web-%1").arg(n);
        prototype.hostName = QStringLiteral("web%1.internal").arg(n);
        prototype.instanceType = QStringLiteral("ecs.g7.large");
        prototype.imageId = QStringLiteral("ubuntu_22_04_x64_20G_alibase_20240926.vhd");
        prototype.osType = QStringLiteral("linux");
        prototype.osName = QStringLiteral("Ubuntu 22.04 64位");
        prototype.tags = { { QStringLiteral("ecs-sim:cloud-assistant"),
            n == 3 ? QStringLiteral("absent") : QStringLiteral("installed") } };
        ids << world.addInstance(prototype, n != 4).instanceId;
    }
    // Settled: Pending ends quickly at a high time scale.
    const bool settled = QTest::qWaitFor(
        [&] {
            for (int n = 0; n < 5; ++n)
                if (world.instance(ids.at(n))->status != (n == 3 ? u"Stopped" : u"Running"))
                    return false;
            return true;
        },
        10'000);
    return settled ? ids : QStringList();
}
