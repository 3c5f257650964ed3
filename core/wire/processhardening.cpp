#include "processhardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <sys/resource.h>

namespace ecs {

void disallowCoreDumps()
{
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
}

} // namespace ecs
