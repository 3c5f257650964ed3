// ecs-console: the desktop console, and its headless `call` and `profile` commands.
#include "callcommand.h"
#include "consolelauncher.h"
#include "desktop/appearance.h"
#include "desktop/icons.h"
#include "logging.h"
#include "networkproxy.h"
#include "processhardening.h"
#include "profilecommand.h"
#include "secretstore.h"
#include "simulatordemo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"ecs-console"_s);
    QCoreApplication::setApplicationName(u"ecs-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
}

// A command has printed its answer: leave at once. Returning through the destructors would tear
// down QNetworkAccessManager's HTTP thread, which waits up to 5 s for a connection that a peer
// keeps busy (a header flood, a stalled TLS read) although the call was aborted. Nothing is left
// to do: the output is flushed here, and settings are synced first.
[[noreturn]] void exitNow(int code, QSettings *settings)
{
    if (settings)
        settings->sync();
    std::fflush(stdout);
    std::fflush(stderr);
    std::quick_exit(code);
}

int runCall(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    ecs::SystemProxyFactory::install();
    QNetworkAccessManager network;
    QSettings settings;
    ecs::SecretStore secrets;
    CallCommand command(&network, &settings, &secrets);
    QObject::connect(&command, &CallCommand::finished, &app,
        [&settings](int code) { exitNow(code, &settings); });
    command.run(QCoreApplication::arguments().mid(2));
    return app.exec();
}

int runProfile(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    ecs::SystemProxyFactory::install();
    QNetworkAccessManager network;
    QSettings settings;
    ecs::SecretStore secrets;
    ProfileCommand command(&network, &settings, &secrets);
    QObject::connect(&command, &ProfileCommand::finished, &app,
        [&settings](int code) { exitNow(code, &settings); });
    command.run(QCoreApplication::arguments().mid(2));
    return app.exec();
}

struct GuiOptions
{
    QCommandLineOption demo { u"demo"_s, u"Open the Demo profile on the embedded simulator."_s };
    QCommandLineOption profile { u"profile"_s,
        u"Open this profile (default: the last one used, else Demo)."_s, u"name"_s };
    QCommandLineOption pane { u"pane"_s,
        u"The pane to open: regions, images, resources, instances, spot, calendar or advisor."_s,
        u"name"_s, u"regions"_s };
    QCommandLineOption screenshot { u"screenshot"_s,
        u"Wait until the pane has loaded, save the window as a PNG and exit."_s, u"file.png"_s };
    QCommandLineOption appearance { u"appearance"_s,
        u"system, light or dark, for this run (View › Appearance keeps a choice)."_s, u"mode"_s };

    void addTo(QCommandLineParser *parser) const
    {
        parser->setApplicationDescription(
            u"A native console for Alibaba Cloud ECS.\n\n"
            "Commands (no display needed):\n"
            "  ecs-console call ACTION [Key=Value ...]   one API call; see `ecs-console call "
            "--help`\n"
            "  ecs-console profile add|list|remove|test|import-aliyun   manage profiles"_s);
        parser->addHelpOption();
        parser->addVersionOption();
        parser->addOptions({ demo, profile, pane, screenshot, appearance });
    }
};

bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : { "-h", "--help", "-?", "--help-all", "-v", "--version" })
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

int runGui(int argc, char **argv)
{
    if (asksForHelpOrVersion(argc, argv)) {
        // Answered without a display: QApplication would abort when there is none.
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        GuiOptions options;
        options.addTo(&parser);
        parser.process(app); // prints the help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(u"ecs-console"_s);

    QCommandLineParser parser;
    GuiOptions gui;
    gui.addTo(&parser);
    parser.process(app);

    ecs::ui::installBundledIcons();
    if (parser.isSet(gui.appearance)) {
        const auto mode = ecs::ui::Appearance::modeFromName(parser.value(gui.appearance));
        if (!mode) {
            std::fprintf(stderr, "ecs-console: --appearance is system, light or dark\n");
            return 2;
        }
        ecs::ui::Appearance::instance()->setMode(*mode, false);
    }

    ecs::SystemProxyFactory::install();
    QNetworkAccessManager network;
    ecs::ui::ConsoleLauncher launcher(&network, std::make_unique<ecs::SimulatorDemo>());
    QObject::connect(
        &launcher, &ecs::ui::ConsoleLauncher::finished, &app, [&app](int code) { app.exit(code); });
    ecs::ui::LaunchOptions options;
    options.pane = parser.isSet(gui.pane) ? parser.value(gui.pane) : QString();
    options.screenshotPath = parser.value(gui.screenshot);
    options.profile = parser.isSet(gui.demo) ? ecs::ui::ProfileDirectory::demoName()
                                             : parser.value(gui.profile);
    launcher.start(options);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Every mode may hold an AccessKey secret or an STS token in memory: no core dumps, and no
    // ptrace by other processes of the same user.
    ecs::disallowCoreDumps();
    ecs::installRedactingMessageHandler();
    if (argc > 1 && std::strcmp(argv[1], "call") == 0)
        return runCall(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "profile") == 0)
        return runProfile(argc, argv);
    return runGui(argc, argv);
}
