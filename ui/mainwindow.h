#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ecs {
class ApiCall;
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class ImagesPane;
class InstancesPane;
class RegionsPane;
class ResourcesPane;
class SpotPricePane;

/// The frame: navigation, toolbar, menus and the status bar. It wires panes; the panes hold
/// their own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ecs::EcsClient *client, const QString &profileName, QWidget *parent = nullptr);

    RegionsPane *regionsPane() const { return m_regionsPane; }
    ImagesPane *imagesPane() const { return m_imagesPane; }
    InstancesPane *instancesPane() const { return m_instancesPane; }
    ResourcesPane *resourcesPane() const { return m_resourcesPane; }
    SpotPricePane *spotPricePane() const { return m_spotPricePane; }
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void saveLayout() const;
    QString currentPaneName() const;
    void addPane(const QString &name, const QIcon &icon, QWidget *pane);
    void regionsLoaded();
    void applyRegion(QWidget *pane);
    void onCallStarted(ecs::ApiCall *call);
    void onCallFinished(ecs::ApiCall *call);
    void updateStatus();

    ecs::EcsClient *m_client;
    QString m_profileName;
    QListWidget *m_navigation;
    QStackedWidget *m_panes;
    RegionsPane *m_regionsPane;
    ImagesPane *m_imagesPane;
    ResourcesPane *m_resourcesPane;
    InstancesPane *m_instancesPane;
    SpotPricePane *m_spotPricePane;
    QComboBox *m_region;
    QString m_currentRegion;
    QString m_defaultRegion = QStringLiteral("cn-hangzhou");
    QAction *m_refresh;
    QLabel *m_status;
    int m_inFlight = 0;
    QString m_lastRequest;
};

} // namespace ecs::ui
