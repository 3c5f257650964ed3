#pragma once

#include "types/instance.h"

#include <QList>
#include <QString>

#include <utility>

namespace ecs {

/// A selection of instances split by the profile they belong to (Instance::profileId), profiles
/// in the order they first appear, instances in selection order: each part is planned and run
/// with its own profile's client, one operation per profile × region.
inline QList<std::pair<QString, QList<Instance>>> splitByProfile(const QList<Instance> &selection)
{
    QList<std::pair<QString, QList<Instance>>> out;
    for (const Instance &i : selection) {
        auto it = std::find_if(
            out.begin(), out.end(), [&](const auto &part) { return part.first == i.profileId; });
        if (it == out.end())
            out.append({ i.profileId, { i } });
        else
            it->second.append(i);
    }
    return out;
}

} // namespace ecs
