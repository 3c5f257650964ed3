#pragma once
// The fleet tests' window: two accounts stored as profiles "alpha" (the window's) and "bravo",
// each on its own ecs-sim, both with the simulator's demo key kept for the session, and the
// console opened on alpha's Instances pane as a person would start it.
#include "actions/instanceactions.h"
#include "consolelauncher.h"
#include "mainwindow.h"
#include "panes/instancespane.h"
#include "profile.h"
#include "secretstore.h"
#include "simserver.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

namespace fleettest {

/// The launcher once alpha's window is open (1280×800, fast polling), or null when it did not
/// open within 15 s.
inline std::unique_ptr<ecs::ui::ConsoleLauncher> openTwoProfiles(QNetworkAccessManager *nam,
    const QUrl &alpha, const QUrl &bravo, const QString &region, bool bravoProtected)
{
    using namespace Qt::StringLiterals;
    QSettings settings;
    ecs::ProfileStore store(&settings);
    for (const auto &[name, url] :
        { std::pair { u"alpha"_s, alpha }, std::pair { u"bravo"_s, bravo } }) {
        ecs::Profile p;
        p.name = name;
        p.accessKeyId = QString::fromLatin1(ecs::sim::kDemoAccessKeyId);
        p.endpoint = url.toString();
        p.defaultRegion = region;
        p.colour = name == u"alpha" ? u"#d32f2f"_s : u"#1976d2"_s;
        p.isProtected = name == u"bravo" && bravoProtected;
        store.save(p);
    }
    auto launcher = std::make_unique<ecs::ui::ConsoleLauncher>(
        nam, std::unique_ptr<ecs::ui::DemoEndpoint>(), ecs::SecretStore::Backend::SessionMemory);
    for (const QString &name : { u"alpha"_s, u"bravo"_s })
        launcher->secrets()->keepForSession(
            name, { QString::fromLatin1(ecs::sim::kDemoAccessKeySecret), {} });
    QSignalSpy opened(launcher.get(), &ecs::ui::ConsoleLauncher::profileOpened);
    ecs::ui::LaunchOptions launch;
    launch.profile = u"alpha"_s;
    launch.pane = u"instances"_s;
    launcher->start(launch);
    if (!opened.wait(15'000))
        return nullptr;
    ecs::ui::MainWindow *window = launcher->mainWindow();
    window->resize(1280, 800);
    window->instancesPane()->setPollIntervals(50, 60'000);
    window->instanceActions()->setWaitIntervals(50, 200);
    return launcher;
}

} // namespace fleettest
