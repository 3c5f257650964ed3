#include "threadweight.h"

#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ecs {

void lowerCurrentThread(int niceIncrement)
{
#ifdef Q_OS_LINUX
    // Linux: each thread has its own nice value, set through its thread id.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    const int now = ::getpriority(PRIO_PROCESS, tid);
    ::setpriority(PRIO_PROCESS, tid, std::min(19, now + niceIncrement));
#else
    Q_UNUSED(niceIncrement);
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace ecs
