#pragma once

namespace ecs {

/// Lowers the calling thread's scheduling weight by `niceIncrement` (nice, up to 19) on Linux,
/// where each thread has its own nice value; elsewhere QThread::LowPriority. Shared by the
/// client's parsing pool and the embedded simulator's thread, so that neither takes the core the
/// window needs on a machine of two cores.
void lowerCurrentThread(int niceIncrement);

} // namespace ecs
