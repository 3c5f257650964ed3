// What the two halves of InstanceInventory (instanceinventory.cpp, regionloader.cpp) share.
#pragma once

#include "instanceinventory.h"

#include <QTimer>

namespace ecs {

struct InstanceInventory::Region
{
    Region(QObject *owner, int retryInitialMs, int retryMaxMs)
        : retry(retryInitialMs, retryMaxMs)
        , walk(std::make_unique<CallScope>(owner))
    { }

    RegionStatus status;
    QHash<QString, Instance> instances;
    RetrySchedule retry;
    QList<Instance> incoming; ///< mapped pages of the walk in progress
    /// The current walk: its pager, mapping jobs, chunks and scheduled retry live in its
    /// context; renewing it drops them all. Last, so that it goes first.
    std::unique_ptr<CallScope> walk;
};

namespace inventory {

/// Runs `handler` on `receiver`'s thread after `ms` (0: the next event-loop turn), unless `scope`
/// is renewed first. Deferring also means that renewing a walk never deletes an object (a pager,
/// a watcher) inside its own signal.
template<typename Handler>
void later(QObject *receiver, const CallScope &scope, int ms, Handler handler)
{
    QTimer::singleShot(
        ms, receiver, [guarded = scope.guard(std::move(handler))]() mutable { guarded(); });
}

} // namespace inventory
} // namespace ecs
