#pragma once

namespace ecs {

/// For processes that hold secrets in memory (the console, ecs-sim): no core dump can write them
/// to disk, and other processes of the same user cannot attach to read them (Linux:
/// PR_SET_DUMPABLE 0). Call first thing in main().
void disallowCoreDumps();

} // namespace ecs
