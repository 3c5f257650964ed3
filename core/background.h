#pragma once

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <tuple>
#include <utility>

namespace ecs {

/// The threads that parse, map and compare what the service sent. They run below the GUI
/// thread's scheduling weight (nice +10 on Linux): on a machine with two cores a big answer
/// being parsed never takes the core the window needs, and still goes on while the window
/// works or waits.
QThreadPool *backgroundPool();

/// Lowers the calling thread once (a pool thread keeps it for later tasks).
void lowerThisThread();

/// QtConcurrent::run on backgroundPool(): `function(arguments…)` off the GUI thread, its result
/// in the future. The arguments are copied or moved in, as QtConcurrent::run does.
template<typename Function, typename... Arguments>
auto runInBackground(Function &&function, Arguments &&...arguments)
{
    return QtConcurrent::run(backgroundPool(),
        [function = std::forward<Function>(function),
            arguments = std::make_tuple(std::forward<Arguments>(arguments)...)]() mutable {
            lowerThisThread();
            return std::apply(function, std::move(arguments));
        });
}

/// Destroys `value` on a pool thread: thousands of records freed there, not where the window
/// waits for them to be freed.
template<typename T> void destroyInBackground(T &&value)
{
    runInBackground([doomed = std::forward<T>(value)] {});
}

} // namespace ecs
