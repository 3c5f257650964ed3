#include "connectiontest.h"

#include "ecsclient.h"
#include "types/region.h"

#include <QElapsedTimer>

namespace ecs {

QCoro::Task<Result<ConnectionTest>> testConnection(CallScope &scope, EcsClient *client)
{
    ConnectionTest test;
    test.endpoint = client ? client->centralEndpoint() : QUrl();
    QElapsedTimer timer;
    timer.start();
    const auto regions
        = co_await scope.ask<ops::DescribeRegions>(client, ops::DescribeRegions::request());
    if (!regions.ok())
        co_return regions.error(); // cancelled too: `scope` may be gone, touch nothing
    test.regionCount = int(regions->size());
    test.elapsedMs = timer.elapsed();
    co_return test;
}

} // namespace ecs
