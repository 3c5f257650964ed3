#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>

#include <initializer_list>
#include <optional>

namespace ecs {

/// The text of each element of the array at `path` in a JSON document that QJsonDocument has
/// already accepted: "Instances", "Instance" gives each record exactly as the service wrote it, so
/// that keeping a record costs a copy of its bytes, not an encoding of its parsed tree.
///
/// It only finds boundaries (strings, escapes, nesting), never values, and gives up (nullopt)
/// rather than guess: a key on the path that is escaped or appears twice, a path that is absent or
/// not an object, or anything unexpected. Callers then keep the parsed record instead. Iterative:
/// no nesting depth costs stack.
std::optional<QList<QByteArrayView>> arrayElementSpans(
    QByteArrayView json, std::initializer_list<QLatin1StringView> path);

} // namespace ecs
