#include "background.h"

#include "threadweight.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace ecs {

namespace {

/// How much lower: a weight of about a tenth of a normal thread's (CFS), not idle-only (a busy
/// machine would starve idle threads and the data would never come).
constexpr int kNiceIncrement = 10;

} // namespace

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process, as the global pool does
        p->setObjectName(QStringLiteral("ecs-background"));
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

void lowerThisThread()
{
    // A thread that waits on the future may run the task itself (Qt steals it): the window's
    // own thread is never lowered.
    if (const QCoreApplication *app = QCoreApplication::instance();
        app && QThread::currentThread() == app->thread())
        return;
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    lowerCurrentThread(kNiceIncrement);
}

} // namespace ecs
