// ecs-bench: runs ecs-sim with 10,000 instances over 20 regions, each region at its own loopback
// endpoint with 50 ms latency, and measures the console against references taken in the same run
// (the official Node SDK, the targets of issue 14). `ecs-bench --json FILE` also writes the
// figures as JSON. Steps run one after another from the event loop; nothing blocks it, so the
// stall figures are the console's own.
#include "bench.h"
#include "fleetprobe.h"
#include "stallmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ecs-bench"_s);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    // Panes come and go between steps: the run ends when the steps do, not with a window.
    QApplication::setQuitOnLastWindowClosed(false);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures ECS Console against ecs-sim (10,000 instances over 20 regions, each region "
        "at its own loopback endpoint, 50 ms latency) and the official Node SDK in the same run; "
        "prints a table of figures against the targets of issue 14 (met or MISSED, with the "
        "margin), and JSON with --json. Takes about 2–3 minutes."_s);
    parser.addHelpOption();
    const QCommandLineOption json(
        u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    parser.addOption(json);
    const QCommandLineOption only(u"only"_s,
        u"Run only these steps (comma-separated): %1."_s.arg(Bench::stepNames().join(u", "_s)),
        u"STEPS"_s);
    parser.addOption(only);
    const QCommandLineOption traceStalls(u"trace-stalls"_s,
        u"Log the slowest events the GUI thread handled while the stalls were measured."_s);
    parser.addOption(traceStalls);
    const QCommandLineOption fleetProbe(u"fleet-probe"_s,
        u"(internal) The fleet-100k step's child: load every instance of the simulator at URL "
        "into an Instances pane, type into its filter, print the figures as JSON."_s,
        u"URL"_s);
    parser.addOption(fleetProbe);
    parser.process(app);
    if (parser.isSet(fleetProbe)) {
        FleetProbe probe(QUrl(parser.value(fleetProbe)));
        QTimer::singleShot(0, &probe, &FleetProbe::start);
        return app.exec();
    }
    Bench bench(parser.value(json), parser.isSet(traceStalls));
    if (!bench.run(parser.value(only).split(u',', Qt::SkipEmptyParts)))
        return 2;
    return app.exec();
}
