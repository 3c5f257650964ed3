#include "mainwindow.h"

#include "ecsclient.h"
#include "panes/regionspane.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace ecs::ui {

MainWindow::MainWindow(ecs::EcsClient *client, const QString &profileName, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_navigation(new QListWidget(this))
    , m_panes(new QStackedWidget(this))
    , m_regionsPane(new RegionsPane(client, this))
    , m_refresh(new QAction(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ECS Console — %1").arg(profileName));
    resize(1280, 780);

    m_navigation->setAccessibleName(tr("Resources"));
    m_navigation->setIconSize(QSize(style()->pixelMetric(QStyle::PM_SmallIconSize),
        style()->pixelMetric(QStyle::PM_SmallIconSize)));
    m_navigation->setFixedWidth(fontMetrics().averageCharWidth() * 20);
    addPane(tr("Regions"),
        QIcon::fromTheme(
            u"applications-internet"_s, style()->standardIcon(QStyle::SP_DriveNetIcon)),
        m_regionsPane);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_panes, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_panes, 1);
    setCentralWidget(central);

    m_refresh->setText(tr("&Refresh"));
    m_refresh->setIcon(
        QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Refresh the current pane (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshCurrentPane);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *profile = new QLabel(tr("Profile: %1").arg(profileName), toolbar);
    profile->setAccessibleName(tr("Profile"));
    profile->setContentsMargins(
        fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth(), 0);
    toolbar->addWidget(profile);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refresh);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ECS Console"), this, [this] {
        QMessageBox::about(this, tr("About ECS Console"),
            tr("<p><b>ECS Console</b> %1</p><p>A native console for Alibaba Cloud Elastic "
               "Compute Service.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Connection status"));
    statusBar()->addWidget(m_status, 1);
    connect(client, &EcsClient::callStarted, this, &MainWindow::onCallStarted);
    connect(client, &EcsClient::callFinished, this, &MainWindow::onCallFinished);
    updateStatus();
}

void MainWindow::addPane(const QString &name, const QIcon &icon, QWidget *pane)
{
    auto *item = new QListWidgetItem(icon, name, m_navigation);
    item->setToolTip(name);
    m_panes->addWidget(pane);
}

void MainWindow::refreshCurrentPane()
{
    if (m_panes->currentWidget() == m_regionsPane)
        m_regionsPane->refresh();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::onCallStarted(ecs::ApiCall *)
{
    ++m_inFlight;
    updateStatus();
}

void MainWindow::onCallFinished(ecs::ApiCall *call)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    const ApiError &error = call->error();
    if (call->ok())
        m_lastRequest = tr("last request %1 ms").arg(call->elapsedMs());
    else if (error.kind == ApiError::Kind::Cancelled)
        m_lastRequest = tr("last request cancelled");
    else
        m_lastRequest
            = tr("last request failed: %1").arg(error.code.isEmpty() ? error.title() : error.code);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const ClientConfig &config = m_client->config();
    const QString endpoint = config.endpointOverride.isValid() ? config.endpointOverride.toString()
                                                               : tr("region endpoints");
    QStringList parts { m_profileName, endpoint,
        config.signatureVersion == SignatureVersion::Acs3 ? u"v3"_s : u"v1"_s };
    if (m_inFlight > 0)
        parts << tr("requesting…");
    else if (!m_lastRequest.isEmpty())
        parts << m_lastRequest;
    m_status->setText(parts.join(u" · "_s));
}

} // namespace ecs::ui
