#include "fleetcontrols.h"

#include "actions/instanceactions.h"
#include "fleetprofiles.h"
#include "mainwindow.h"
#include "models/instancesmodel.h"
#include "panes/instancespane.h"
#include "profiledirectory.h"
#include "tableexport.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

FleetControls::FleetControls(
    MainWindow *window, InstancesPane *pane, InstanceActions *actions, const QString &ownName)
    : QWidget(window)
    , m_window(window)
    , m_pane(pane)
    , m_actions(actions)
    , m_ownName(ownName)
    , m_band(new QFrame(window))
    , m_scope(new QComboBox(this))
    , m_profiles(new QListWidget(this))
    , m_views(new QListWidget(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_exportAll(new QAction(tr("E&xport table…"), this))
    , m_exportSelected(new QAction(tr("Export &selected rows…"), this))
{
    setObjectName(u"fleetControls"_s);
    m_band->setObjectName(u"profileBand"_s);
    m_band->setFixedHeight(4);
    m_band->setAutoFillBackground(true);
    m_band->setAccessibleName(tr("Profile colour"));
    {
        QPalette palette = m_band->palette();
        palette.setColor(QPalette::Window, colourFor(ownName, {}));
        m_band->setPalette(palette);
        m_band->setToolTip(tr("Profile %1").arg(ownName));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scopeLabel = new QLabel(tr("Pro&files in view:"), this);
    scopeLabel->setBuddy(m_scope);
    m_scope->setObjectName(u"profileScope"_s);
    m_scope->setAccessibleName(tr("Profiles in view"));
    m_scope->addItem(tr("This profile"), 0);
    m_scope->addItem(tr("All profiles"), 1);
    m_scope->addItem(tr("Chosen profiles"), 2);
    m_scope->setToolTip(tr("Which profiles the Instances pane lists, each with its own client"));
    m_profiles->setObjectName(u"profileScopeList"_s);
    m_profiles->setAccessibleName(tr("Profiles to show"));
    m_profiles->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    auto *viewsLabel = new QLabel(tr("Saved &views:"), this);
    viewsLabel->setBuddy(m_views);
    m_views->setObjectName(u"savedViews"_s);
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setToolTip(tr("Click a view to restore its profiles, regions, filter, columns and "
                           "sort"));
    m_save->setObjectName(u"saveViewButton"_s);
    m_save->setToolTip(tr("Save the Instances pane's profiles, regions, filter, columns and sort "
                          "as a named view"));
    m_rename->setObjectName(u"renameViewButton"_s);
    m_delete->setObjectName(u"deleteViewButton"_s);
    // Two rows, whole words in the narrow sidebar: the two short ones side by side, Rename… (the
    // longest, clipped beside Delete at 1024 pixels) across the sidebar.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_save, 0, 0);
    buttons->addWidget(m_delete, 0, 1);
    buttons->addWidget(m_rename, 1, 0, 1, 2);
    setTabOrder(m_save, m_delete); // Tab as they read
    setTabOrder(m_delete, m_rename);
    m_views->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scope);
    layout->addWidget(m_profiles);
    layout->addWidget(viewsLabel);
    layout->addWidget(m_views);
    layout->addLayout(buttons);

    m_exportAll->setObjectName(u"exportTableAction"_s);
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAll->setToolTip(tr("Save every row of the current table as CSV (visible columns)"));
    m_exportSelected->setObjectName(u"exportSelectionAction"_s);
    m_exportSelected->setToolTip(tr("Save the selected rows of the current table as CSV"));
    connect(m_exportAll, &QAction::triggered, this, [this] { exportCurrent(false); });
    connect(m_exportSelected, &QAction::triggered, this, [this] { exportCurrent(true); });

    connect(m_scope, &QComboBox::currentIndexChanged, this, &FleetControls::scopeChosen);
    connect(m_profiles, &QListWidget::itemChanged, this, [this] {
        if (m_applying)
            return;
        if (m_scope->currentIndex() != 2) {
            const QSignalBlocker blocker(m_scope);
            m_scope->setCurrentIndex(2); // ticking a profile chooses profiles by hand
        }
        scopeChosen();
    });
    connect(m_views, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        QSettings settings;
        for (const SavedView &view : savedviews::load(settings))
            if (view.name == item->text())
                applyView(view);
    });
    connect(m_views, &QListWidget::currentRowChanged, this, [this](int row) {
        m_rename->setEnabled(row >= 0);
        m_delete->setEnabled(row >= 0);
    });
    connect(m_save, &QPushButton::clicked, this, &FleetControls::saveView);
    connect(m_rename, &QPushButton::clicked, this, &FleetControls::renameView);
    connect(m_delete, &QPushButton::clicked, this, &FleetControls::deleteView);
    connect(m_actions, &InstanceActions::fleetInstancesChanged, this,
        [this](const QString &profileId, const QString &regionId, const QStringList &ids) {
            if (m_pane)
                m_pane->fleet()->watch(profileId, regionId, ids);
        });
    m_pane->setOwnProfile(ownName, colourFor(ownName, {}));
    fillViews();
}

FleetControls::~FleetControls()
{
    // The other profiles leave the fleet while this sidebar and the pane are still whole.
    if (m_pane)
        disconnect(m_pane->fleet(), nullptr, this, nullptr);
    if (m_fleet)
        disconnect(m_fleet, nullptr, this, nullptr);
    delete m_fleet;
}

QList<QAction *> FleetControls::fileActions() const
{
    return { m_exportAll, m_exportSelected };
}

QColor FleetControls::colourFor(const QString &name, const QString &stored)
{
    const QColor colour(stored);
    if (colour.isValid())
        return colour;
    // A steady hue per name, mid saturation: tells profiles apart on light and dark palettes.
    return QColor::fromHsv(int(qHash(name, 7) % 360), 150, 200);
}

void FleetControls::setDirectory(ProfileDirectory *directory, QNetworkAccessManager *network)
{
    m_directory = directory;
    delete m_fleet;
    m_fleet = new FleetProfiles(directory, network, m_pane, this);
    const std::optional<Profile> own = directory->store().profile(m_ownName);
    const QColor colour = colourFor(m_ownName, own ? own->colour : QString());
    QPalette palette = m_band->palette();
    palette.setColor(QPalette::Window, colour);
    m_band->setPalette(palette);
    m_pane->setOwnProfile(m_ownName, colour);
    const bool isProtected = own && own->isProtected;
    m_actions->setProtected(isProtected);
    m_window->setWindowTitle(isProtected ? tr("ECS Console — %1 (protected)").arg(m_ownName)
                                         : tr("ECS Console — %1").arg(m_ownName));
    m_actions->setProfileLookup([fleet = QPointer<FleetProfiles>(m_fleet)](const QString &id) {
        return fleet ? fleet->acting(id) : ActingProfile {};
    });
    connect(m_fleet, &FleetProfiles::membersChanged, this, &FleetControls::fillProfiles);
    connect(m_pane->fleet(), &ecs::FleetScope::statusChanged, this, &FleetControls::fillProfiles);
    connect(directory, &ProfileDirectory::changed, this, &FleetControls::fillProfiles);
    fillProfiles();
    QSettings settings;
    const QString last = savedviews::last(settings);
    for (const SavedView &view : savedviews::load(settings))
        if (view.name == last)
            applyView(view);
}

void FleetControls::fillProfiles()
{
    if (!m_directory)
        return;
    m_applying = true;
    const QStringList chosen = m_fleet->profiles();
    QStringList names = m_directory->names();
    names.removeAll(m_ownName);
    m_profiles->clear();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_profiles);
        const std::optional<Profile> stored = m_directory->store().profile(name);
        item->setIcon(InstancesModel::swatch(colourFor(name, stored ? stored->colour : QString())));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
        const ecs::ApiError error = m_pane->fleet()->memberError(name);
        item->setToolTip(error.isError() ? error.message : m_directory->describe(name));
        if (error.isError())
            item->setText(tr("%1 (cannot be opened)").arg(name));
    }
    m_applying = false;
}

QStringList FleetControls::accounts() const
{
    // Every profile but this window's; Demo is the simulator, not an account: chosen by hand only.
    QStringList names = m_directory->names();
    names.removeAll(m_ownName);
    names.removeAll(ProfileDirectory::demoName());
    return names;
}

void FleetControls::scopeChosen()
{
    if (!m_fleet || !m_directory)
        return;
    QStringList names;
    if (m_scope->currentIndex() == 1) {
        names = accounts();
    } else if (m_scope->currentIndex() == 2) {
        for (int n = 0; n < m_profiles->count(); ++n)
            if (m_profiles->item(n)->checkState() == Qt::Checked)
                names << m_profiles->item(n)->text().section(u' ', 0, 0);
    }
    m_fleet->setProfiles(names);
    fillProfiles();
}

SavedView FleetControls::currentView(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.profiles = SavedView::Profiles(std::clamp(m_scope->currentIndex(), 0, 2));
    if (m_fleet)
        view.chosen = m_fleet->profiles();
    view.region = m_window->currentRegion();
    view.allRegions = m_pane->isAllRegionsMode();
    view.filter = m_pane->filterEdit()->text();
    const QTableView *table = m_pane->view();
    for (int c = 0; c < InstancesModel::ColumnCount; ++c)
        if (table->isColumnHidden(c))
            view.hiddenColumns << c;
    view.sortColumn = table->horizontalHeader()->sortIndicatorSection();
    view.descending = table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    return view;
}

void FleetControls::applyView(const SavedView &view)
{
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->setCurrentIndex(int(view.profiles));
    }
    if (m_fleet && m_directory) {
        QStringList names;
        if (view.profiles == SavedView::Profiles::All) {
            names = accounts();
        } else if (view.profiles == SavedView::Profiles::Chosen) {
            for (const QString &name : view.chosen)
                if (m_directory->names().contains(name) && name != m_ownName)
                    names << name;
        }
        m_fleet->setProfiles(names);
        fillProfiles();
    }
    if (!view.region.isEmpty() && !view.allRegions)
        m_window->setCurrentRegion(view.region);
    m_pane->setAllRegionsMode(view.allRegions);
    m_pane->filterEdit()->setText(view.filter);
    QTableView *table = m_pane->view();
    for (int c = 0; c < InstancesModel::ColumnCount; ++c)
        table->setColumnHidden(c, view.hiddenColumns.contains(c));
    if (view.sortColumn >= 0 && view.sortColumn < InstancesModel::ColumnCount)
        table->sortByColumn(
            view.sortColumn, view.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QSettings settings;
    savedviews::setLast(settings, view.name);
    for (int n = 0; n < m_views->count(); ++n)
        if (m_views->item(n)->text() == view.name)
            m_views->setCurrentRow(n);
    m_window->showPane(u"instances"_s);
}

void FleetControls::fillViews()
{
    QSettings settings;
    const QString current = m_views->currentItem() ? m_views->currentItem()->text() : QString();
    m_views->clear();
    for (const SavedView &view : savedviews::load(settings)) {
        m_views->addItem(view.name);
        if (view.name == current || (current.isEmpty() && view.name == savedviews::last(settings)))
            m_views->setCurrentRow(m_views->count() - 1);
    }
    m_rename->setEnabled(m_views->currentRow() >= 0);
    m_delete->setEnabled(m_views->currentRow() >= 0);
}

void FleetControls::saveView()
{
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(u"saveViewDialog"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Save view"));
    ask->setLabelText(tr("Name of the view:"));
    ask->setTextValue(m_views->currentItem() ? m_views->currentItem()->text() : tr("My view"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        const QString name = typed.trimmed();
        if (name.isEmpty())
            return;
        QSettings settings;
        savedviews::save(settings, currentView(name));
        savedviews::setLast(settings, name);
        fillViews();
        for (int n = 0; n < m_views->count(); ++n)
            if (m_views->item(n)->text() == name)
                m_views->setCurrentRow(n);
    });
    ask->open();
}

void FleetControls::renameView()
{
    if (!m_views->currentItem())
        return;
    const QString from = m_views->currentItem()->text();
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(u"renameViewDialog"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Rename view"));
    ask->setLabelText(tr("New name of “%1”:").arg(from));
    ask->setTextValue(from);
    connect(ask, &QInputDialog::textValueSelected, this, [this, from](const QString &typed) {
        const QString to = typed.trimmed();
        if (to.isEmpty() || to == from)
            return;
        QSettings settings;
        savedviews::remove(settings, to); // one view per name
        savedviews::rename(settings, from, to);
        fillViews();
    });
    ask->open();
}

void FleetControls::deleteView()
{
    if (!m_views->currentItem())
        return;
    QSettings settings;
    savedviews::remove(settings, m_views->currentItem()->text());
    delete m_views->currentItem();
    fillViews();
}

void FleetControls::exportCurrent(bool selectedOnly)
{
    tableexport::exportTable(
        tableexport::tableIn(m_window, m_window->currentPane()), selectedOnly, m_window);
}

} // namespace ecs::ui
