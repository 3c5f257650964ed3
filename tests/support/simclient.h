#pragma once

#include "clientconfig.h"
#include "simdefaults.h"
#include "simserver.h"

#include <QSignalSpy>
#include <QUrl>

/// Starts `server` on a free loopback port and returns its address (empty if it did not listen).
inline QUrl startOnLoopback(ecs::sim::SimServer &server)
{
    QSignalSpy listening(&server, &ecs::sim::SimServer::listening);
    server.start(QHostAddress::LocalHost, 0);
    return listening.isEmpty() ? QUrl() : listening.first().first().toUrl();
}

/// A client configuration for the simulator at `endpoint` with its demo key, no retries.
inline ecs::ClientConfig simClientConfig(const QUrl &endpoint)
{
    ecs::ClientConfig config;
    config.credentials = { QString::fromLatin1(ecs::sim::kDemoAccessKeyId),
        QString::fromLatin1(ecs::sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = endpoint;
    config.retry.maxAttempts = 1;
    return config;
}
