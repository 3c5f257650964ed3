#include "consolelauncher.h"

#include "credentialsource.h"
#include "dialogs/profilemanagerdialog.h"
#include "dialogs/sessionsecretdialog.h"
#include "ecsclient.h"
#include "logging.h"
#include "mainwindow.h"
#include "panes/regionspane.h"
#include "panes/resourcepane.h"
#include "types/region.h"
#include "widgets/firstrunpage.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ConsoleLauncher::ConsoleLauncher(QNetworkAccessManager *network, std::unique_ptr<DemoEndpoint> demo,
    SecretStore::Backend secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_profiles(network, &m_settings, &m_secrets)
{
    m_profiles.setDemoEndpoint(std::move(demo));
    m_screenshotDeadline.setSingleShot(true);
    m_screenshotDeadline.setInterval(30'000);
    connect(&m_screenshotDeadline, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "ecs-console: the pane did not load within 30 s; no screenshot\n");
        finish(2);
    });
    connect(&m_profiles, &ProfileDirectory::changed, this, &ConsoleLauncher::refreshSwitcher);
}

void ConsoleLauncher::refreshSwitcher()
{
    if (!m_window)
        return;
    QStringList descriptions;
    for (const QString &name : m_profiles.names())
        descriptions << m_profiles.describe(name);
    m_window->setProfiles(m_profiles.names(), descriptions);
}

ConsoleLauncher::~ConsoleLauncher()
{
    m_window.reset(); // before the client it uses
    // Then the client (a child, else deleted after every member): its calls are cancelled while
    // the profiles, their credential sources and the Demo profile's simulator still exist.
    delete m_client;
    m_client = nullptr;
}

void ConsoleLauncher::finish(int exitCode)
{
    m_screenshotDeadline.stop();
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished(exitCode);
    }
}

void ConsoleLauncher::start(const LaunchOptions &options)
{
    m_options = options;
    if (!m_options.screenshotPath.isEmpty())
        m_screenshotDeadline.start();
    switchProfile(
        m_options.profile.isEmpty() ? m_profiles.initialProfileName() : m_options.profile);
}

void ConsoleLauncher::switchProfile(const QString &name)
{
    m_switch.renew(); // an earlier choice still resolving is dropped
    m_profiles.resolve(
        name, m_switch.context(), m_switch.guard([this, name](const ResolvedProfile &resolved) {
            if (resolved.ok())
                opened(name, resolved);
            else
                failed(name, resolved);
        }));
}

void ConsoleLauncher::failed(const QString &name, const ResolvedProfile &resolved)
{
    qCWarning(lcEcsUi).noquote() << "profile" << name << "cannot be opened:" << resolved.error;
    const bool keychainProblem = resolved.secretStatus == SecretResult::Status::Unavailable
        || (resolved.secretStatus == SecretResult::Status::NotFound && m_profiles.isStored(name));
    if (!m_window) {
        if (name == ProfileDirectory::demoName()) {
            // Without the simulator there is no window, so nothing would ever quit.
            std::fprintf(stderr, "ecs-console: %s\n", qPrintable(resolved.error));
            Q_EMIT profileFailed(name, resolved.error);
            return finish(2);
        }
        // The last profile cannot be opened: show Demo, and say why over it.
        switchProfile(ProfileDirectory::demoName());
        connect(
            this, &ConsoleLauncher::profileOpened, this,
            [this, name, resolved](const QString &) { failed(name, resolved); },
            Qt::SingleShotConnection);
        return;
    }
    refreshSwitcher(); // back to the profile still open
    Q_EMIT profileFailed(name, resolved.error);
    if (keychainProblem) {
        auto *prompt = new SessionSecretDialog(
            name, resolved.error, resolved.profile.kind == Profile::Kind::Sts, m_window.get());
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt, &QDialog::accepted, this, [this, prompt, name] {
            m_secrets.keepForSession(name, prompt->secret());
            switchProfile(name);
        });
        prompt->open();
        Q_EMIT sessionSecretRequested(name);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open %1").arg(name),
        resolved.error, QMessageBox::Close, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void ConsoleLauncher::opened(const QString &requested, const ResolvedProfile &resolved)
{
    if (m_window) {
        m_window->saveLayout();
        // Cancelled calls finish while their panes still exist; then both go, the window first.
        m_client->cancelAll();
        m_window->hide();
        m_window.release()->deleteLater();
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_profiles.setCurrentProfileName(requested);
    openWindow(resolved);
    Q_EMIT profileOpened(requested);
}

void ConsoleLauncher::openWindow(const ResolvedProfile &resolved)
{
    const QString name = resolved.profile.name;
    m_client = new EcsClient(m_network, resolved.config, this);
    qCInfo(lcEcsUi).noquote() << "profile" << name << "on"
                              << m_client->centralEndpoint().toString();

    m_window = std::make_unique<MainWindow>(m_client, name);
    refreshSwitcher();
    m_window->setReadOnly(resolved.profile.readOnly);
    if (CredentialSource *source = resolved.config.credentialSource.get())
        ProfileManagerDialog::showExpiryIn(m_window->statusBar(), source);
    m_window->setProfileDirectory(&m_profiles, m_network);
    m_window->setDefaultRegion(resolved.profile.defaultRegion);
    m_window->regionsPane()->setPreferredRegion(resolved.profile.defaultRegion);
    connect(
        m_window.get(), &MainWindow::profileSwitchRequested, this, &ConsoleLauncher::switchProfile);
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this,
        &ConsoleLauncher::showProfileManager);

    // A screenshot shows the default layout; a normal start reopens the last one.
    const QString lastPane
        = m_options.screenshotPath.isEmpty() ? m_window->restoreLayout() : QString();
    const QString paneName = !m_options.pane.isEmpty() ? m_options.pane
        : !lastPane.isEmpty()                          ? lastPane
                                                       : u"regions"_s;
    QWidget *pane = m_window->showPane(paneName);
    if (!pane) {
        std::fprintf(stderr,
            "ecs-console: unknown pane \"%s\" (regions, images, resources, instances, spot, "
            "calendar, advisor)\n",
            qPrintable(m_options.pane));
        return finish(2);
    }
    m_options.pane.clear(); // the command line chooses the first window's pane only
    if (!m_options.screenshotPath.isEmpty() && !m_finished)
        armScreenshot(pane);
    m_window->show();
    m_window->regionsPane()->refresh(); // the region list every pane needs
    // Started on Demo because nothing else is configured: say once what Demo is and how to leave.
    if (name == ProfileDirectory::demoName() && m_profiles.names().size() == 1
        && m_options.screenshotPath.isEmpty() && FirstRunPage::isDue(*m_profiles.settings()))
        showFirstRunPage(m_window.get(), m_profiles.settings(), [this] {
            showProfileManager();
            return m_manager.data();
        });
}

void ConsoleLauncher::showProfileManager()
{
    if (!m_manager) {
        m_manager = new ProfileManagerDialog(&m_profiles, m_window.get());
        m_manager->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_manager, &ProfileManagerDialog::useProfileRequested, this,
            [this](const QString &name) {
                if (m_manager)
                    m_manager->close();
                if (!m_window || name != m_window->profileName())
                    switchProfile(name);
            });
    }
    if (m_window)
        m_manager->selectProfile(m_window->profileName());
    m_manager->show();
    m_manager->raise();
    m_manager->activateWindow();
}

void ConsoleLauncher::armScreenshot(QWidget *pane)
{
    if (auto *regions = qobject_cast<RegionsPane *>(pane)) {
        connect(
            regions, &RegionsPane::loaded, this, [this] { saveScreenshot(0); },
            Qt::QueuedConnection);
        connect(
            regions, &RegionsPane::loadFailed, this, [this] { saveScreenshot(1); },
            Qt::QueuedConnection);
    } else if (auto *resources = qobject_cast<ResourcePane *>(pane)) {
        connect(
            resources, &ResourcePane::loaded, this, [this] { saveScreenshot(0); },
            Qt::QueuedConnection);
        connect(
            resources, &ResourcePane::loadFailed, this, [this] { saveScreenshot(1); },
            Qt::QueuedConnection);
    }
    // Any pane but Regions needs the regions first (for the region switcher).
    connect(
        m_window->regionsPane(), &RegionsPane::loadFailed, this, [this] { saveScreenshot(1); },
        Qt::QueuedConnection);
}

void ConsoleLauncher::saveScreenshot(int exitCode)
{
    if (m_finished || !m_window)
        return;
    // Queued after loaded(): the window has laid out and painted the new rows by now. Said
    // before the picture is taken and encoded, which is the screenshot's cost, not the start's.
    std::printf("%s\n", exitCode == 0 ? "pane loaded" : "pane failed to load");
    std::fflush(stdout);
    const QPixmap shot = m_window->grab();
    const QString path = QFileInfo(m_options.screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!shot.save(path, "PNG")) {
        std::fprintf(
            stderr, "ecs-console: could not write the screenshot to %s\n", qPrintable(path));
        return finish(2);
    }
    std::printf("screenshot saved to %s\n", qPrintable(QDir::toNativeSeparators(path)));
    std::fflush(stdout);
    finish(exitCode);
}

} // namespace ecs::ui
