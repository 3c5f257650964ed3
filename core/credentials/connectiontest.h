#pragma once

#include "callscope.h"
#include "result.h"

#include <QCoro/QCoroTask>
#include <QUrl>

namespace ecs {

class EcsClient;

/// What "Test connection" learned: the service answered DescribeRegions at `endpoint`.
struct ConnectionTest
{
    QUrl endpoint;
    int regionCount = 0;
    qint64 elapsedMs = 0;
};

/// Asks DescribeRegions through `client` as one question of `scope`; resumes with Cancelled when
/// `scope` is renewed first (the caller returns at once on `result.cancelled()`). The error keeps
/// the service's Code, Message and RequestId.
QCoro::Task<Result<ConnectionTest>> testConnection(CallScope &scope, EcsClient *client);

} // namespace ecs
