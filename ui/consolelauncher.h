#pragma once

#include "callscope.h"
#include "demoendpoint.h"
#include "dialogs/profilemanagerdialog.h"
#include "profiledirectory.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
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
    /// Empty: the last profile used, else Demo.
    QString profile;
};

/// Brings the console up and switches profiles. With no cloud profile it opens the Demo profile on
/// the endpoint the application hands in (ecs-console's simulator, in process on loopback),
/// through the same client as any real account. A switch resolves the new profile first (its secret
/// from the keychain), then replaces the window and the client: the old client's calls are
/// cancelled, its replies dropped.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    /// `demo` serves the Demo profile (it may be null: Demo then cannot be opened).
    ConsoleLauncher(QNetworkAccessManager *network, std::unique_ptr<DemoEndpoint> demo,
        SecretStore::Backend secrets = SecretStore::Backend::Keychain, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    void start(const LaunchOptions &options);
    MainWindow *mainWindow() const { return m_window.get(); }
    ecs::EcsClient *client() const { return m_client; }
    ProfileDirectory *profiles() { return &m_profiles; }
    SecretStore *secrets() { return &m_secrets; }
    /// Opens `name` in place of the current profile, asynchronously; profileOpened() or
    /// profileFailed() follows.
    void switchProfile(const QString &name);
    void showProfileManager();
    ProfileManagerDialog *profileManager() const { return m_manager; }

Q_SIGNALS:
    /// Screenshot mode: 0 saved after a successful load, 1 saved after a failed load, 2 nothing
    /// to save (nothing loaded in time). In any mode: 2 when the simulator did not start or the
    /// pane name is unknown, since no window will ever open.
    void finished(int exitCode);
    void profileOpened(const QString &name);
    /// `reason` in words; the current window (if any) stays as it was.
    void profileFailed(const QString &name, const QString &reason);
    /// The keychain could not give `name`'s secret; the prompt for a session-only secret is open.
    void sessionSecretRequested(const QString &name);

private:
    void refreshSwitcher();
    void opened(const QString &requested, const ResolvedProfile &resolved);
    void failed(const QString &name, const ResolvedProfile &resolved);
    void openWindow(const ResolvedProfile &resolved);
    void armScreenshot(QWidget *pane);
    void saveScreenshot(int exitCode);
    void finish(int exitCode);

    QNetworkAccessManager *m_network;
    QSettings m_settings;
    SecretStore m_secrets;
    ProfileDirectory m_profiles;
    LaunchOptions m_options;
    ecs::EcsClient *m_client = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ProfileManagerDialog> m_manager;
    QTimer m_screenshotDeadline;
    CallScope m_switch { this }; ///< the profile being opened: the last choice wins
    bool m_finished = false;
};

} // namespace ecs::ui
