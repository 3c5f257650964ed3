#include "mainwindow.h"

#include "actions/instanceactions.h"
#include "actions/selectionactions.h"
#include "actions/tagactions.h"
#include "desktop/notifier.h"
#include "ecsclient.h"
#include "models/regionsmodel.h"
#include "operations/operationsmodel.h"
#include "operations/operationspanel.h"
#include "panes/advisorpane.h"
#include "panes/calendarpane.h"
#include "panes/imagespane.h"
#include "panes/instancedetails.h"
#include "panes/instancespane.h"
#include "panes/regionspane.h"
#include "panes/resourcespane.h"
#include "panes/spotpricepane.h"
#include "widgets/fleetcontrols.h"
#include "widgets/monitorchart.h"
#include "wizard/createinstancewizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

/// A stack whose size hints are those of the page on screen: a hidden pane's minimum (a tall
/// chart, a wide matrix) never decides how small the window may be.
class CurrentPageStack : public QStackedWidget
{
public:
    explicit CurrentPageStack(QWidget *parent)
        : QStackedWidget(parent)
    {
        connect(this, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
    }
    QSize sizeHint() const override
    {
        return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
    }
    QSize minimumSizeHint() const override
    {
        return currentWidget() ? currentWidget()->minimumSizeHint()
                               : QStackedWidget::minimumSizeHint();
    }
};

} // namespace

MainWindow::~MainWindow()
{
    // The panes cancel their calls as they go; the client's signals must not reach a window whose
    // members are already gone.
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    // The other profiles leave the fleet while the pane and the actions are whole.
    delete m_fleetControls;
}

MainWindow::MainWindow(ecs::EcsClient *client, const QString &profileName, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_navigation(new QListWidget(this))
    , m_panes(new CurrentPageStack(this))
    , m_regionsPane(new RegionsPane(client, this))
    , m_imagesPane(new ImagesPane(client, this))
    , m_resourcesPane(new ResourcesPane(client, this))
    , m_instancesPane(new InstancesPane(client, this))
    , m_spotPricePane(new SpotPricePane(client, this))
    , m_region(new QComboBox(this))
    , m_refresh(new QAction(this))
    , m_status(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_operations(new OperationsModel(this))
    , m_operationsPanel(new OperationsPanel(m_operations, this))
    , m_instanceActions(new InstanceActions(client, m_operations, this, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ECS Console — %1").arg(profileName));
    // Opens at a comfortable size, or the whole screen when that is smaller (1024×640 fits).
    const QSize comfortable(1280, 780);
    resize(screen() ? comfortable.boundedTo(screen()->availableGeometry().size()) : comfortable);

    m_navigation->setAccessibleName(tr("Resources"));
    m_navigation->setIconSize(QSize(style()->pixelMetric(QStyle::PM_SmallIconSize),
        style()->pixelMetric(QStyle::PM_SmallIconSize)));
    m_navigation->setFixedWidth(fontMetrics().averageCharWidth() * 20);
    addPane(tr("Regions"),
        QIcon::fromTheme(
            u"applications-internet"_s, style()->standardIcon(QStyle::SP_DriveNetIcon)),
        m_regionsPane);
    addPane(tr("Images"),
        QIcon::fromTheme(u"media-optical"_s, style()->standardIcon(QStyle::SP_DriveCDIcon)),
        m_imagesPane);
    addPane(tr("Resources"),
        QIcon::fromTheme(u"view-grid"_s, style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
        m_resourcesPane);
    addPane(tr("Instances"),
        QIcon::fromTheme(u"computer"_s, style()->standardIcon(QStyle::SP_ComputerIcon)),
        m_instancesPane);
    addPane(tr("Spot prices"),
        QIcon::fromTheme(
            u"office-chart-line"_s, style()->standardIcon(QStyle::SP_FileDialogInfoView)),
        m_spotPricePane);
    m_calendarPane = new CalendarPane(client, profileName, this);
    addPane(tr("Calendar"),
        QIcon::fromTheme(
            u"view-calendar"_s, style()->standardIcon(QStyle::SP_FileDialogContentsView)),
        m_calendarPane);
    m_advisorPane = new AdvisorPane(client, this);
    addPane(tr("Spot advisor"),
        QIcon::fromTheme(
            u"dialog-information"_s, style()->standardIcon(QStyle::SP_MessageBoxInformation)),
        m_advisorPane);
    connect(m_advisorPane, &AdvisorPane::createRequested, this,
        [this](const QString &zone, const QString &type, bool withPriceLimit) {
            if (CreateInstanceWizard *wizard = openCreateWizard(zone, type))
                wizard->preselectPreemptible(withPriceLimit);
        });
    m_advisorPane->watchInventory(m_instancesPane->inventory());
    // The selected instance's monitoring, under its details.
    if (auto *details = m_instancesPane->findChild<InstanceDetailsPanel *>())
        if (auto *box = qobject_cast<QBoxLayout *>(details->layout())) {
            m_monitorChart = new MonitorChart(client, details);
            box->addWidget(m_monitorChart, 1);
        }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_panes->setCurrentIndex(row);
        applyRegion(m_panes->currentWidget());
    });
    connect(m_regionsPane, &RegionsPane::loaded, this, &MainWindow::regionsLoaded);
    connect(m_regionsPane, &RegionsPane::regionActivated, this, &MainWindow::setCurrentRegion);
    connect(
        m_resourcesPane, &ResourcesPane::priceHistoryRequested, this, &MainWindow::showSpotHistory);
    connect(m_resourcesPane, &ResourcesPane::createRequested, this,
        [this](const QString &type, const QString &zone) { openCreateWizard(zone, type); });

    // The acting half: actions on the selected instances, tracked in the operations dock.
    m_instanceActions->setProfileName(profileName);
    m_operationsPanel->setProfileName(profileName);
    m_instancesPane->setActions(m_instanceActions->actions(), m_instanceActions->createAction());
    connect(m_instancesPane, &InstancesPane::selectionChanged, this,
        [this] { m_instanceActions->setSelection(m_instancesPane->selectedInstances()); });
    // Run command and Connect, in the context menu after the lifecycle actions.
    m_selectionActions = new SelectionActions(client, m_operations, this, this);
    m_selectionActions->setProfileName(profileName);
    m_selectionActions->setInstanceActions(m_instanceActions);
    auto *selectionSeparator = new QAction(this);
    selectionSeparator->setSeparator(true);
    m_instancesPane->view()->addAction(selectionSeparator);
    m_instancesPane->view()->addActions(m_selectionActions->actions());
    m_instancesPane->addActions(m_selectionActions->actions());
    connect(m_instancesPane, &InstancesPane::selectionChanged, m_selectionActions,
        [this] { m_selectionActions->setSelection(m_instancesPane->selectedInstances()); });
    // Tags and names (Add tags…, Remove tags…, Rename…, Edit description…), after those.
    m_tagActions = new TagActions(m_instanceActions, this, this);
    auto *tagSeparator = new QAction(this);
    tagSeparator->setSeparator(true);
    m_instancesPane->view()->addAction(tagSeparator);
    m_instancesPane->view()->addActions(m_tagActions->actions());
    connect(m_instancesPane, &InstancesPane::selectionChanged, m_tagActions,
        [this] { m_tagActions->setSelection(m_instancesPane->selectedInstances()); });
    if (m_monitorChart)
        connect(m_instancesPane, &InstancesPane::selectionChanged, m_monitorChart, [this] {
            const QList<ecs::Instance> selected = m_instancesPane->selectedInstances();
            if (selected.size() != 1)
                return m_monitorChart->setInstance(QString());
            // Another profile's instance is asked through that profile's own client.
            m_monitorChart->setInstance(
                m_instancesPane->fleet()->client(selected.first().profileId),
                selected.first().instanceId);
        });
    connect(
        m_operations, &OperationsModel::instancesChanged, m_instancesPane, &InstancesPane::watch);
    // A long operation that ends while the person looks elsewhere is told on the desktop.
    auto *notifier = new Notifier(this);
    new OperationNotices(m_operations, this, notifier, this);
    m_calendarPane->setOperations(m_operations);
    m_calendarPane->setNotifier(notifier);
    // The calendar watches the profiles in the Instances pane's scope, each on its own client.
    m_calendarPane->followScope(m_instancesPane->fleet());
    connect(
        m_instanceActions, &InstanceActions::createRequested, this, [this] { openCreateWizard(); });
    auto *dock = new QDockWidget(tr("Operations"), this);
    dock->setObjectName(u"operationsDock"_s);
    dock->setWidget(m_operationsPanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { fontMetrics().lineSpacing() * 7 }, Qt::Vertical);
    // The dock may shrink to a few lines on a small screen (its list scrolls).
    m_operationsPanel->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_navigation->setCurrentRow(0);
    // Every pane stays in view: the fleet's controls under the list give way first.
    m_navigation->setMinimumHeight(m_navigation->sizeHintForRow(0) * m_navigation->count()
        + 2 * m_navigation->frameWidth() + 2);

    auto *central = new QWidget(this);
    // The profile's colour band over everything; the fleet's controls under the navigation.
    m_fleetControls = new FleetControls(this, m_instancesPane, m_instanceActions, profileName);
    auto *framed = new QVBoxLayout(central);
    framed->setContentsMargins(0, 0, 0, 0);
    framed->setSpacing(0);
    framed->addWidget(m_fleetControls->band());
    auto *layout = new QHBoxLayout;
    framed->addLayout(layout, 1);
    auto *sidebar = new QVBoxLayout;
    sidebar->addWidget(m_navigation, 1);
    m_fleetControls->setFixedWidth(m_navigation->maximumWidth());
    sidebar->addWidget(m_fleetControls);
    layout->addLayout(sidebar);
    // A pane squeezed below its own minimum scrolls instead of pushing the window off a small
    // screen; hidden panes ask for no room at all (CurrentPageStack).
    auto *paneScroll = new QScrollArea(central);
    paneScroll->setObjectName(u"paneScroll"_s);
    paneScroll->setFrameShape(QFrame::NoFrame);
    paneScroll->setWidgetResizable(true);
    paneScroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the sidebar into the pane itself
    paneScroll->setAccessibleName(tr("Current pane"));
    paneScroll->setWidget(m_panes);
    layout->addWidget(paneScroll, 1);
    setCentralWidget(central);

    m_refresh->setText(tr("&Refresh"));
    m_refresh->setIcon(
        QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Refresh the current pane (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshCurrentPane);

    QAction *manageProfiles = buildToolbar();
    buildMenus(manageProfiles, dock);

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Connection status"));
    statusBar()->addWidget(m_status, 1);
    connect(client, &EcsClient::callStarted, this, &MainWindow::onCallStarted);
    connect(client, &EcsClient::callFinished, this, &MainWindow::onCallFinished);
    updateStatus();
}

void MainWindow::setProfiles(const QStringList &names, const QStringList &descriptions)
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        m_profile->addItem(names.at(i), names.at(i));
        m_profile->setItemData(int(i), descriptions.value(i), Qt::ToolTipRole);
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(m_profileName)));
}

void MainWindow::setProfileDirectory(ProfileDirectory *directory, QNetworkAccessManager *network)
{
    m_fleetControls->setDirectory(directory, network);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_instanceActions->setReadOnly(readOnly);
    m_selectionActions->setReadOnly(readOnly);
    m_tagActions->setReadOnly(readOnly);
    m_resourcesPane->setReadOnly(readOnly);
    m_advisorPane->setReadOnly(readOnly);
    m_calendarPane->setReadOnly(readOnly);
    updateStatus();
}

void MainWindow::showSpotHistory(const QString &type, const QString &zone)
{
    m_spotPricePane->setInstanceType(type);
    showPane(u"spot"_s);
    m_spotPricePane->filterEdit()->setText(zone);
    m_spotPricePane->refresh();
}

CreateInstanceWizard *MainWindow::createWizard() const
{
    return m_wizard;
}

CreateInstanceWizard *MainWindow::openCreateWizard(const QString &zoneId, const QString &type)
{
    if (m_readOnly)
        return nullptr;
    if (m_wizard) { // one at a time, with what was typed in it
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    QList<std::pair<QString, QString>> regions;
    for (int n = 0; n < m_region->count(); ++n)
        regions.append(
            { m_region->itemData(n).toString(), m_region->itemText(n).section(u" · "_s, 0, 0) });
    m_wizard = new CreateInstanceWizard(m_client, m_operations, regions,
        m_currentRegion.isEmpty() ? m_defaultRegion : m_currentRegion, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!zoneId.isEmpty() || !type.isEmpty())
        m_wizard->preselect(zoneId, type);
    connect(
        m_wizard, &CreateInstanceWizard::spotChartRequested, this, &MainWindow::showSpotHistory);
    connect(m_wizard, &CreateInstanceWizard::created, this,
        [this](const QString &region, const QStringList &ids) {
            // The new instances appear at once and progress to Running live.
            showPane(u"instances"_s);
            if (m_currentRegion != region && !m_instancesPane->regionId().isEmpty()
                && m_instancesPane->regionId() != region)
                setCurrentRegion(region);
            m_instancesPane->watch(region, ids);
        });
    m_wizard->show();
    return m_wizard;
}

void MainWindow::addPane(const QString &name, const QIcon &icon, QWidget *pane)
{
    const int number = m_navigation->count() + 1;
    auto *item = new QListWidgetItem(icon, name, m_navigation);
    item->setToolTip(tr("%1 (%2)").arg(name,
        QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)).toString(QKeySequence::NativeText)));
    m_panes->addWidget(pane);
}

QLineEdit *MainWindow::filterOf(QWidget *pane) const
{
    if (auto *resourcePane = qobject_cast<ResourcePane *>(pane))
        return resourcePane->filterEdit();
    return pane ? pane->findChild<QLineEdit *>() : nullptr; // the Regions pane's filter box
}

void MainWindow::refreshCurrentPane()
{
    if (m_panes->currentWidget() == m_regionsPane)
        m_regionsPane->refresh();
    else if (auto *pane = qobject_cast<ResourcePane *>(m_panes->currentWidget()))
        pane->refresh();
}

QWidget *MainWindow::showPane(const QString &name)
{
    const QHash<QString, QWidget *> byName = { { u"regions"_s, m_regionsPane },
        { u"images"_s, m_imagesPane }, { u"resources"_s, m_resourcesPane },
        { u"instances"_s, m_instancesPane }, { u"spot"_s, m_spotPricePane },
        { u"advisor"_s, m_advisorPane }, { u"calendar"_s, m_calendarPane } };
    QWidget *pane = byName.value(name.toLower());
    if (pane)
        m_navigation->setCurrentRow(m_panes->indexOf(pane));
    return pane;
}

QString MainWindow::currentPaneName() const
{
    const QWidget *pane = m_panes->currentWidget();
    return pane == m_imagesPane   ? u"images"_s
        : pane == m_resourcesPane ? u"resources"_s
        : pane == m_instancesPane ? u"instances"_s
        : pane == m_spotPricePane ? u"spot"_s
        : pane == m_advisorPane   ? u"advisor"_s
        : pane == m_calendarPane  ? u"calendar"_s
                                  : u"regions"_s;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::currentPane() const
{
    return m_panes->currentWidget();
}

void MainWindow::regionsLoaded()
{
    // The region list follows the Regions pane; the choice survives its refreshes.
    const QString keep = m_currentRegion.isEmpty() ? m_defaultRegion : m_currentRegion;
    QStringList ids;
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        for (const ecs::Region &region : m_regionsPane->regionsModel()->rows()) {
            m_region->addItem(u"%1 · %2"_s.arg(region.localName, region.regionId), region.regionId);
            ids << region.regionId;
        }
        m_region->setCurrentIndex(std::max(0, m_region->findData(keep)));
    }
    m_instancesPane->setAllRegions(ids);
    m_calendarPane->setAllRegions(ids);
    m_region->setEnabled(!ids.isEmpty());
    if (!ids.isEmpty())
        setCurrentRegion(m_region->currentData().toString());
}

void MainWindow::setCurrentRegion(const QString &regionId)
{
    m_currentRegion = regionId;
    const int index = m_region->findData(regionId);
    if (index >= 0 && index != m_region->currentIndex())
        m_region->setCurrentIndex(index); // re-enters with the same id, harmlessly
    applyRegion(m_panes->currentWidget());
}

void MainWindow::applyRegion(QWidget *pane)
{
    // Only the pane on screen fetches; the others catch up when shown.
    auto *resourcePane = qobject_cast<ResourcePane *>(pane);
    if (resourcePane && !m_currentRegion.isEmpty() && resourcePane->regionId() != m_currentRegion)
        resourcePane->setRegion(m_currentRegion);
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
    if (m_readOnly)
        parts << tr("read-only");
    if (m_inFlight > 0)
        parts << tr("requesting…");
    else if (!m_lastRequest.isEmpty())
        parts << m_lastRequest;
    m_status->setText(parts.join(u" · "_s));
    m_status->setAccessibleDescription(m_status->text()); // what a screen reader reads out
}

} // namespace ecs::ui
