#pragma once

#include "embeddedsimulator.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace ecs {
class EcsClient;
}

namespace ecs::ui {

class MainWindow;

struct LaunchOptions
{
    QString pane; ///< empty: the last session's pane, else Regions
    /// When set: wait until the pane has loaded, save the window there as PNG, then finish.
    QString screenshotPath;
};

/// Brings the console up. With no cloud profile it starts the simulator in process on loopback
/// and opens the Demo profile against it, through the same client as any real account.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleLauncher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    void start(const LaunchOptions &options);
    MainWindow *mainWindow() const { return m_window.get(); }
    ecs::EcsClient *client() const { return m_client; }

Q_SIGNALS:
    /// Screenshot mode: 0 saved after a successful load, 1 saved after a failed load, 2 nothing
    /// to save (nothing loaded in time). In any mode: 2 when the simulator did not start or the
    /// pane name is unknown, since no window will ever open.
    void finished(int exitCode);

private:
    void openDemo(const QUrl &simulatorUrl);
    void saveScreenshot(int exitCode);

    QNetworkAccessManager *m_network;
    LaunchOptions m_options;
    sim::EmbeddedSimulator m_simulator;
    ecs::EcsClient *m_client = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_screenshotDeadline;
    bool m_finished = false;
};

} // namespace ecs::ui
