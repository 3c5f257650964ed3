#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QDockWidget;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QNetworkAccessManager;
class QStackedWidget;

namespace ecs {
class ApiCall;
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class CreateInstanceWizard;
class FleetControls;
class ProfileDirectory;
class ImagesPane;
class InstanceActions;
class SelectionActions;
class TagActions;
class OperationsModel;
class OperationsPanel;
class InstancesPane;
class RegionsPane;
class ResourcesPane;
class SpotPricePane;
class AdvisorPane;
class CalendarPane;
class MonitorChart;

/// The frame: navigation, toolbar, menus and the status bar. It wires panes; the panes hold
/// their own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ecs::EcsClient *client, const QString &profileName, QWidget *parent = nullptr);
    ~MainWindow() override;

    RegionsPane *regionsPane() const { return m_regionsPane; }
    ImagesPane *imagesPane() const { return m_imagesPane; }
    InstancesPane *instancesPane() const { return m_instancesPane; }
    ResourcesPane *resourcesPane() const { return m_resourcesPane; }
    SpotPricePane *spotPricePane() const { return m_spotPricePane; }
    AdvisorPane *advisorPane() const { return m_advisorPane; }
    CalendarPane *calendarPane() const { return m_calendarPane; }
    MonitorChart *monitorChart() const { return m_monitorChart; }
    OperationsModel *operations() const { return m_operations; }
    OperationsPanel *operationsPanel() const { return m_operationsPanel; }
    InstanceActions *instanceActions() const { return m_instanceActions; }
    SelectionActions *selectionActions() const { return m_selectionActions; }
    TagActions *tagActions() const { return m_tagActions; }
    /// The profile scope, saved views, colour band and table export (widgets/fleetcontrols.h).
    FleetControls *fleetControls() const { return m_fleetControls; }
    /// Where the other profiles of an "All profiles" scope come from (the launcher's).
    void setProfileDirectory(ProfileDirectory *directory, QNetworkAccessManager *network);
    /// Opens the create wizard (non-modal), optionally with a zone and type chosen.
    CreateInstanceWizard *openCreateWizard(const QString &zoneId = {}, const QString &type = {});
    CreateInstanceWizard *createWizard() const;
    /// Shows a pane by its command-line name (regions, images, resources, instances, spot); null if
    /// unknown.
    QWidget *showPane(const QString &name);
    QWidget *currentPane() const;
    QString currentRegion() const { return m_currentRegion; }
    /// The region the panes show; the Regions pane supplies the list.
    void setCurrentRegion(const QString &regionId);
    void setDefaultRegion(const QString &regionId) { m_defaultRegion = regionId; }
    /// The last session's pane name (empty if none), restored with the layout.
    QString restoreLayout();

    QString statusText() const;
    /// Refreshes the pane on show.
    void refreshCurrentPane();

    /// The toolbar's profile switcher: every profile the console can open, this one selected.
    void setProfiles(const QStringList &names, const QStringList &descriptions);
    QComboBox *profileSwitcher() const { return m_profile; }
    QString profileName() const { return m_profileName; }
    /// A read-only profile: every action that changes resources is disabled.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void saveLayout() const;

Q_SIGNALS:
    void profileSwitchRequested(const QString &name);
    void manageProfilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// A shortcut of a disabled action reaches here unused: the status bar says why.
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString currentPaneName() const;
    void addPane(const QString &name, const QIcon &icon, QWidget *pane);
    // mainwindowframe.cpp: the frame's furniture.
    /// The toolbar: profile switcher, Profiles…, region switcher, Refresh, Create. Returns the
    /// Profiles… action the File menu shares.
    QAction *buildToolbar();
    void buildMenus(QAction *manageProfiles, QDockWidget *dock);
    /// Keyboard: / and Ctrl+F focus the filter, Escape clears it, Ctrl+1…5 switch panes, Tab
    /// leaves tables (and reaches the sidebar), a focus frame that shows.
    void setUpKeyboard(QMenu *viewMenu);
    QLineEdit *filterOf(QWidget *pane) const;
    void regionsLoaded();
    void applyRegion(QWidget *pane);
    void onCallStarted(ecs::ApiCall *call);
    void onCallFinished(ecs::ApiCall *call);
    void updateStatus();
    void showSpotHistory(const QString &type, const QString &zone);

    QPointer<ecs::EcsClient> m_client; // may go first when a profile switch replaces both
    QString m_profileName;
    QListWidget *m_navigation;
    QStackedWidget *m_panes;
    RegionsPane *m_regionsPane;
    ImagesPane *m_imagesPane;
    ResourcesPane *m_resourcesPane;
    InstancesPane *m_instancesPane;
    SpotPricePane *m_spotPricePane;
    AdvisorPane *m_advisorPane = nullptr;
    CalendarPane *m_calendarPane = nullptr;
    MonitorChart *m_monitorChart = nullptr;
    QComboBox *m_region;
    QString m_currentRegion;
    QString m_defaultRegion = QStringLiteral("cn-hangzhou");
    QAction *m_refresh;
    QLabel *m_status;
    QComboBox *m_profile;
    bool m_readOnly = false;
    OperationsModel *m_operations;
    OperationsPanel *m_operationsPanel;
    InstanceActions *m_instanceActions;
    SelectionActions *m_selectionActions = nullptr;
    TagActions *m_tagActions = nullptr;
    FleetControls *m_fleetControls = nullptr;
    QPointer<CreateInstanceWizard> m_wizard;
    QList<QAction *> m_paneActions; ///< View › the panes, Ctrl+1…5
    int m_inFlight = 0;
    QString m_lastRequest;
};

} // namespace ecs::ui
