// The console's exit after `--screenshot` (what the cold-start figure of ecs-bench runs): every
// pane loads on the embedded simulator, is saved as a PNG, and the process ends with exit code 0,
// not a signal. Tearing down the window, its panes, their calls in flight, the client and the
// simulator's thread in the wrong order shows here (and under ASan as a use after free). Then
// ecs-bench's own end, which tears down an embedded fleet, its panes and clients.
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// A fresh configuration (no saved layout, no profiles), offscreen.
QProcessEnvironment freshEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    return env;
}

QString describe(const QProcess &process, const QByteArray &stderrText)
{
    return u"exit %1 (%2); stderr:\n%3"_s.arg(process.exitCode())
        .arg(process.exitStatus() == QProcess::NormalExit ? u"normal"_s : u"crashed"_s,
            QString::fromLocal8Bit(stderrText.right(4000)));
}

} // namespace

class TestConsoleExit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotThenExit_data();
    void screenshotThenExit();
    void benchEndsCleanly();
};

void TestConsoleExit::screenshotThenExit_data()
{
    QTest::addColumn<QString>("pane");
    for (const char *pane :
        { "regions", "images", "resources", "instances", "spot", "calendar", "advisor" })
        QTest::newRow(pane) << QString::fromLatin1(pane);
}

/// Runs `program` in `home` (a fresh configuration) until it ends; fails the test unless it ended
/// normally with exit code 0. What it wrote is left in `out` and `err`.
static void runToCleanEnd(const QString &program, const QStringList &arguments,
    const QTemporaryDir &home, int timeoutMs, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.setProcessEnvironment(freshEnvironment(home));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, timeoutMs);
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(describe(process, *err)));
    QVERIFY2(process.exitCode() == 0, qPrintable(describe(process, *err)));
}

void TestConsoleExit::screenshotThenExit()
{
    QFETCH(QString, pane);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString shot = home.filePath(u"shot.png"_s);
    QByteArray out, err;
    runToCleanEnd(QStringLiteral(ECS_CONSOLE_EXE),
        { u"--demo"_s, u"--pane"_s, pane, u"--screenshot"_s, shot }, home, 90'000, &out, &err);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(out.contains("screenshot saved"), err.constData());
    // The bench's cold start ends at this line, said once, before the screenshot is taken.
    QCOMPARE(out.count("pane loaded\n"), 1);
    QVERIFY(out.indexOf("pane loaded\n") < out.indexOf("screenshot saved"));
    QFile png(shot);
    QVERIFY(png.open(QIODevice::ReadOnly));
    QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    QVERIFY(png.size() > 1000);
}

void TestConsoleExit::benchEndsCleanly()
{
    // The spot step brings the embedded 10,000-instance fleet, a client and the panes up; the
    // cold-start step runs ecs-console --screenshot three times and logs any crash at its exit.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString json = home.filePath(u"figures.json"_s);
    QByteArray out, err;
    runToCleanEnd(QStringLiteral(ECS_BENCH_EXE),
        { u"--only"_s, u"spot,cold-start"_s, u"--json"_s, json }, home, 240'000, &out, &err);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!err.contains("exited with"), err.constData());
    QVERIFY(QFile::exists(json));
}

QTEST_GUILESS_MAIN(TestConsoleExit)
#include "tst_consoleexit.moc"
