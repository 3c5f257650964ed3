#include "consolelauncher.h"

#include "ecsclient.h"
#include "logging.h"
#include "mainwindow.h"
#include "panes/regionspane.h"
#include "panes/resourcepane.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ConsoleLauncher::ConsoleLauncher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_screenshotDeadline.setSingleShot(true);
    m_screenshotDeadline.setInterval(30'000);
    connect(&m_screenshotDeadline, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "ecs-console: the pane did not load within 30 s; no screenshot\n");
        if (!m_finished) {
            m_finished = true;
            Q_EMIT finished(2);
        }
    });
}

ConsoleLauncher::~ConsoleLauncher()
{
    m_window.reset(); // before the client it uses
}

void ConsoleLauncher::start(const LaunchOptions &options)
{
    m_options = options;
    if (!m_options.screenshotPath.isEmpty())
        m_screenshotDeadline.start();
    connect(&m_simulator, &sim::EmbeddedSimulator::ready, this, &ConsoleLauncher::openDemo);
    connect(&m_simulator, &sim::EmbeddedSimulator::failed, this, [this](const QString &reason) {
        std::fprintf(
            stderr, "ecs-console: the embedded simulator did not start: %s\n", qPrintable(reason));
        // In every mode: without the simulator there is no window, so nothing would ever quit.
        m_screenshotDeadline.stop();
        if (!m_finished) {
            m_finished = true;
            Q_EMIT finished(2);
        }
    });
    // The Demo world: a fleet to look at, the same one every run.
    sim::SimOptions demo;
    demo.instances = 120;
    demo.seed = 42;
    m_simulator.start(demo, QHostAddress(QHostAddress::LocalHost), 0);
}

void ConsoleLauncher::openDemo(const QUrl &simulatorUrl)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.signatureVersion = SignatureVersion::Acs3;
    config.httpMethod = "POST";
    config.endpointOverride = simulatorUrl;
    m_client = new EcsClient(m_network, config, this);
    qCInfo(lcEcsUi) << "Demo profile on the embedded simulator at" << simulatorUrl.toString();

    m_window = std::make_unique<MainWindow>(m_client, tr("Demo"));
    m_window->regionsPane()->setPreferredRegion(u"cn-hangzhou"_s);
    // A screenshot shows the default layout; a normal start reopens the last one.
    const QString lastPane
        = m_options.screenshotPath.isEmpty() ? m_window->restoreLayout() : QString();
    const QString paneName = !m_options.pane.isEmpty() ? m_options.pane
        : !lastPane.isEmpty()                          ? lastPane
                                                       : u"regions"_s;
    QWidget *pane = m_window->showPane(paneName);
    if (!pane) {
        std::fprintf(stderr,
            "ecs-console: unknown pane \"%s\" (regions, images, resources, instances, spot)\n",
            qPrintable(m_options.pane));
        m_screenshotDeadline.stop();
        m_finished = true;
        Q_EMIT finished(2);
        return;
    }
    if (!m_options.screenshotPath.isEmpty()) {
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
    m_window->show();
    m_window->regionsPane()->refresh(); // the region list every pane needs
}

void ConsoleLauncher::saveScreenshot(int exitCode)
{
    if (m_finished || !m_window)
        return;
    m_finished = true;
    m_screenshotDeadline.stop();
    // Queued after loaded(): the window has laid out and painted the new rows by now.
    const QPixmap shot = m_window->grab();
    const QString path = QFileInfo(m_options.screenshotPath).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!shot.save(path, "PNG")) {
        std::fprintf(
            stderr, "ecs-console: could not write the screenshot to %s\n", qPrintable(path));
        Q_EMIT finished(2);
        return;
    }
    std::printf("screenshot saved to %s\n", qPrintable(QDir::toNativeSeparators(path)));
    std::fflush(stdout);
    Q_EMIT finished(exitCode);
}

} // namespace ecs::ui
