// ecs-console: the desktop console, and its headless `call` command.
#include "callcommand.h"
#include "consolelauncher.h"
#include "networkproxy.h"
#include "profilecommand.h"
#include "secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

int runCall(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ecs-console"_s);
    QCoreApplication::setOrganizationName(u"ecs-console"_s);
    ecs::SystemProxyFactory::install();
    QNetworkAccessManager network;
    QSettings settings;
    ecs::SecretStore secrets;
    CallCommand command(&network, &settings, &secrets);
    QObject::connect(&command, &CallCommand::finished, &app, [&app](int code) { app.exit(code); });
    command.run(QCoreApplication::arguments().mid(2));
    return app.exec();
}

int runProfile(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ecs-console"_s);
    QCoreApplication::setApplicationName(u"ecs-console"_s);
    ecs::SystemProxyFactory::install();
    QNetworkAccessManager network;
    QSettings settings;
    ecs::SecretStore secrets;
    ProfileCommand command(&network, &settings, &secrets);
    QObject::connect(
        &command, &ProfileCommand::finished, &app, [&app](int code) { app.exit(code); });
    command.run(QCoreApplication::arguments().mid(2));
    return app.exec();
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ecs-console"_s);
    QCoreApplication::setApplicationName(u"ecs-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(u"ecs-console"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A native console for Alibaba Cloud ECS.\n\n"
        "Commands (no display needed):\n"
        "  ecs-console call ACTION [Key=Value ...]   one API call; see `ecs-console call --help`\n"
        "  ecs-console profile add|list|remove|test|import-aliyun   manage profiles"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, u"Open the Demo profile on the embedded simulator."_s);
    const QCommandLineOption profile(
        u"profile"_s, u"Open this profile (default: the last one used, else Demo)."_s, u"name"_s);
    const QCommandLineOption pane(u"pane"_s,
        u"The pane to open: regions, images, resources, instances or spot."_s, u"name"_s,
        u"regions"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
        u"Wait until the pane has loaded, save the window as a PNG and exit."_s, u"file.png"_s);
    parser.addOptions({ demo, profile, pane, screenshot });
    parser.process(app);

    ecs::SystemProxyFactory::install();
    QNetworkAccessManager network;
    ecs::ui::ConsoleLauncher launcher(&network);
    QObject::connect(
        &launcher, &ecs::ui::ConsoleLauncher::finished, &app, [&app](int code) { app.exit(code); });
    ecs::ui::LaunchOptions options;
    options.pane = parser.isSet(pane) ? parser.value(pane) : QString();
    options.screenshotPath = parser.value(screenshot);
    options.profile
        = parser.isSet(demo) ? ecs::ui::ProfileDirectory::demoName() : parser.value(profile);
    launcher.start(options);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "call") == 0)
        return runCall(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "profile") == 0)
        return runProfile(argc, argv);
    return runGui(argc, argv);
}
