#pragma once

#include <limits>

namespace ecs {

/// How fast one profile's client may send: requests in flight and requests started per second.
/// Both adapt to the service's flow control: a throttled answer halves them (multiplicative
/// decrease) and pauses new starts, each success wins a little back (additive increase).
struct ThrottleLimits
{
    static constexpr double kUnlimited = std::numeric_limits<double>::infinity();

    /// False (the default of a bare ClientConfig: tools, tests, the fault soak): the limits hold
    /// as given and a throttled answer changes nothing (the retry policy alone backs off);
    /// true: they adapt (AIMD).
    bool adaptive = false;

    double initialRate = kUnlimited; ///< starts per second before any throttling
    double minRate = 0.5;
    double maxRate = kUnlimited; ///< the additive increase stops here (kUnlimited: no cap)
    /// Starts per second won back per second of successful sending (+1 per `rate` successes).
    double ratePerSecond = 1.0;
    int initialConcurrency = 64;
    int maxConcurrency = 64;
    /// New starts wait this long after a throttled answer.
    int pauseMs = 1'000;

    /// What the console's profiles use: below any account's ECS flow control at the start
    /// (20 starts per second, 8 in flight), rising by one start per second of successes up to 100.
    static ThrottleLimits conservative()
    {
        ThrottleLimits l;
        l.adaptive = true;
        l.initialRate = 20;
        l.maxRate = 100;
        l.initialConcurrency = 8;
        l.maxConcurrency = 16;
        return l;
    }
};

} // namespace ecs
