#pragma once

// Helpers shared by the operation groups (simops_*.cpp).

#include "siminstance.h"
#include "simservice.h"
#include "simworld.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ecs::sim::ops {

using Outcome = SimService::Outcome;

inline Outcome fail(const SimError &error)
{
    return { error, {} };
}
inline Outcome ok(QJsonObject body = {})
{
    return { {}, std::move(body) };
}

/// {"<name>": [items]}: the service's wrapping of every list.
QJsonObject wrap(const QString &name, const QJsonArray &items);
QJsonArray strings(const QStringList &list);
QJsonObject tagsJson(const TagList &tags, bool vpcStyle = false);

/// Instance times have minute precision on the wire; others have seconds.
QString minuteTime(const QDateTime &time);
QString secondTime(const QDateTime &time);

/// The region named by RegionId, or the right error.
const SimRegion *requireRegion(SimContext &context);
/// The instance named by `name` (default InstanceId), or InvalidInstanceId.NotFound.
SimInstance *requireInstance(
    SimContext &context, const QString &name = QStringLiteral("InstanceId"));

/// The instances named by `ids`, all in `regionId`; InvalidInstanceId.NotFound for the first
/// that is not.
SimError instancesIn(
    SimWorld &world, const QString &regionId, const QStringList &ids, QList<SimInstance *> *out);

QJsonObject instanceJson(const SimWorld &world, const SimInstance &instance);
/// instanceJson() as JSON text appended to `out` (the same members and values), for the pages
/// of DescribeInstances: a tenth of the time of building and serializing the object.
void appendInstanceJson(QByteArray &out, const SimWorld &world, const SimInstance &instance);

/// PageNumber/PageSize paging of `total` items: the [first, last) range, or an error.
struct Page
{
    qsizetype first = 0;
    qsizetype last = 0;
    int pageNumber = 1;
    int pageSize = 10;
};
Page pageOf(SimParams &params, qsizetype total, int defaultSize, int maxSize);

/// NextToken/MaxResults paging: the token is the offset, opaque to clients.
struct TokenPage
{
    qsizetype first = 0;
    qsizetype last = 0;
    QString nextToken; ///< empty on the last page
};
TokenPage tokenPageOf(SimParams &params, qsizetype total, int defaultSize, int maxSize);

/// Matches the service's InstanceName filter: `*` is a wildcard, otherwise exact.
bool wildcardMatch(const QString &pattern, const QString &text);

} // namespace ecs::sim::ops
