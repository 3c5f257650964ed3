// ecs::runInBackground: the work runs off the calling thread, on threads below the GUI thread's
// scheduling weight, with its arguments moved in and its result handed back.
#include "background.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
#else
    return 0;
#endif
}

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffThisThreadWithItsArguments();
    void runsBelowTheCallersWeight();
    void hasRoomForTwoAtOnce();
};

void TestBackground::runsOffThisThreadWithItsArguments()
{
    auto owned = std::make_unique<QString>(u"page"_s); // move-only: moved in, not copied
    QFuture<QString> future = ecs::runInBackground(
        [](std::unique_ptr<QString> text, int times) {
            QString out;
            for (int n = 0; n < times; ++n)
                out += *text;
            return out + (QThread::currentThread() == qApp->thread() ? u"!main"_s : u""_s);
        },
        std::move(owned), 3);
    QFutureWatcher<QString> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<QString>::finished);
    watcher.setFuture(future);
    QVERIFY(finished.wait(5000));
    QCOMPARE(future.result(), u"pagepagepage"_s);
}

void TestBackground::runsBelowTheCallersWeight()
{
#ifndef Q_OS_LINUX
    QSKIP("thread nice values are Linux's");
#else
    const int mine = niceOfThisThread();
    if (mine >= 19)
        QSKIP("this process already runs at the lowest weight");
    QFuture<int> future = ecs::runInBackground([] { return niceOfThisThread(); });
    QFutureWatcher<int> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<int>::finished);
    watcher.setFuture(future);
    QVERIFY(finished.wait(5000));
    QVERIFY2(future.result() > mine,
        qPrintable(u"background nice %1, caller %2"_s.arg(future.result()).arg(mine)));
    QCOMPARE(niceOfThisThread(), mine); // the caller keeps its own
    // A wait may run a task that has not started in the waiting thread (Qt steals it): the
    // application's thread still keeps its weight.
    for (int n = 0; n < 8; ++n)
        ecs::runInBackground([] { return niceOfThisThread(); }).waitForFinished();
    QCOMPARE(niceOfThisThread(), mine);
#endif
}

void TestBackground::hasRoomForTwoAtOnce()
{
    // Two pages mapped at once on two cores, even where Qt counts one.
    QVERIFY(ecs::backgroundPool()->maxThreadCount() >= 2);
    QVERIFY(ecs::backgroundPool() != QThreadPool::globalInstance());
}

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
