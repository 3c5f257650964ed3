#pragma once

#include "savedviews.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QFrame;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace ecs::ui {

class FleetProfiles;
class InstanceActions;
class InstancesPane;
class MainWindow;
class ProfileDirectory;

/// The fleet's furniture in the sidebar: the profile scope (This profile / All profiles / the
/// profiles ticked in the list), the saved views (save, rename, delete; the last one used opens
/// at start), the profile's colour band over the window and File › Export table.
class FleetControls : public QWidget
{
    Q_OBJECT

public:
    FleetControls(
        MainWindow *window, InstancesPane *pane, InstanceActions *actions, const QString &ownName);
    ~FleetControls() override;

    /// A thin strip of the profile's colour, for the top of the window.
    QFrame *band() const { return m_band; }
    /// File › Export table… (Ctrl+Shift+E) and Export selected rows….
    QList<QAction *> fileActions() const;
    /// Where the other profiles come from; the own profile's colour and protection are read,
    /// the last saved view is applied.
    void setDirectory(ProfileDirectory *directory, QNetworkAccessManager *network);

    QComboBox *scopeBox() const { return m_scope; }
    QListWidget *profileList() const { return m_profiles; }
    QListWidget *viewList() const { return m_views; }
    FleetProfiles *fleetProfiles() const { return m_fleet; }
    /// The stored colour, or one made from the name: every profile has a band.
    static QColor colourFor(const QString &name, const QString &stored);

    SavedView currentView(const QString &name) const;
    void applyView(const SavedView &view);

private:
    void scopeChosen();
    QStringList accounts() const;
    void fillProfiles();
    void fillViews();
    void saveView();
    void renameView();
    void deleteView();
    void exportCurrent(bool selectedOnly);

    MainWindow *m_window;
    QPointer<InstancesPane> m_pane;
    InstanceActions *m_actions;
    QString m_ownName;
    ProfileDirectory *m_directory = nullptr;
    FleetProfiles *m_fleet = nullptr;
    QFrame *m_band;
    QComboBox *m_scope;
    QListWidget *m_profiles;
    QListWidget *m_views;
    QPushButton *m_save;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QAction *m_exportAll;
    QAction *m_exportSelected;
    bool m_applying = false;
};

} // namespace ecs::ui
