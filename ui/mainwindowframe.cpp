// The frame's furniture: the toolbar, the menus, the keyboard and the saved layout. Part of
// MainWindow, kept apart from mainwindow.cpp, which wires the panes.
#include "mainwindow.h"

#include "actions/instanceactions.h"
#include "actions/selectionactions.h"
#include "actions/tagactions.h"
#include "desktop/appearance.h"
#include "desktop/languagemenu.h"
#include "dialogs/helpmenu.h"
#include "panes/regionspane.h"
#include "panes/resourcepane.h"
#include "widgets/fleetcontrols.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace ecs::ui {

QAction *MainWindow::buildToolbar()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *profileLabel = new QLabel(tr("Pr&ofile:"), toolbar);
    profileLabel->setBuddy(m_profile); // how screen readers name the combo box
    profileLabel->setContentsMargins(
        fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth() / 2, 0);
    toolbar->addWidget(profileLabel);
    m_profile->setObjectName(u"profileSwitcher"_s);
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("The account the console shows; switching cancels what is loading"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profile->addItem(m_profileName, m_profileName);
    toolbar->addWidget(m_profile);
    connect(m_profile, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profile->itemData(index).toString();
        if (!name.isEmpty() && name != m_profileName)
            Q_EMIT profileSwitchRequested(name);
    });
    auto *manageProfiles = new QAction(tr("&Profiles…"), this);
    manageProfiles->setObjectName(u"manageProfilesAction"_s);
    manageProfiles->setIcon(QIcon::fromTheme(u"system-users"_s));
    manageProfiles->setToolTip(tr("Add, edit, test and delete profiles"));
    connect(manageProfiles, &QAction::triggered, this, &MainWindow::manageProfilesRequested);
    toolbar->addAction(manageProfiles);
    toolbar->addSeparator();
    auto *regionLabel = new QLabel(tr("Re&gion:"), toolbar);
    regionLabel->setBuddy(m_region);
    regionLabel->setContentsMargins(
        fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth() / 2, 0);
    toolbar->addWidget(regionLabel);
    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("The region the Images, Instances and Spot prices panes show"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->setEnabled(false);
    toolbar->addWidget(m_region);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setCurrentRegion(m_region->itemData(index).toString());
    });
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_instanceActions->createAction());

    return manageProfiles;
}

void MainWindow::buildMenus(QAction *manageProfiles, QDockWidget *dock)
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(manageProfiles);
    fileMenu->addSeparator();
    fileMenu->addActions(m_fleetControls->fileActions());
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    setUpKeyboard(viewMenu);
    viewMenu->addSeparator();
    viewMenu->addAction(m_refresh);
    viewMenu->addAction(dock->toggleViewAction());
    Appearance::instance()->addMenuTo(viewMenu);
    language::addMenuTo(viewMenu);
    auto *instancesMenu = menuBar()->addMenu(tr("&Instances"));
    instancesMenu->addAction(m_instanceActions->createAction());
    instancesMenu->addSeparator();
    instancesMenu->addActions(m_instanceActions->actions());
    instancesMenu->addSeparator();
    instancesMenu->addActions(m_selectionActions->actions());
    instancesMenu->addSeparator();
    instancesMenu->addActions(m_tagActions->actions());
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    buildHelpMenu(this, helpMenu, m_operations);
}

void MainWindow::setUpKeyboard(QMenu *viewMenu)
{
    // View › one entry per pane, Ctrl+1, Ctrl+2, … in the sidebar's order.
    auto *group = new QActionGroup(this);
    for (int row = 0; row < m_navigation->count(); ++row) {
        auto *action = new QAction(m_navigation->item(row)->text(), group);
        action->setObjectName(u"showPane%1"_s.arg(row + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, row] {
            m_navigation->setCurrentRow(row);
            if (QWidget *pane = m_panes->currentWidget())
                pane->setFocus(Qt::ShortcutFocusReason);
        });
        viewMenu->addAction(action);
        m_paneActions << action;
    }
    if (QAction *current = m_paneActions.value(m_navigation->currentRow()))
        current->setChecked(true);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QAction *action = m_paneActions.value(row))
            action->setChecked(true);
    });

    // "/" focuses the current pane's filter, as Ctrl+F does (a text field types it instead).
    auto *focusFilter = new QAction(tr("Filter"), this);
    focusFilter->setObjectName(u"focusFilterAction"_s);
    focusFilter->setShortcut(QKeySequence(Qt::Key_Slash));
    focusFilter->setShortcutContext(Qt::WindowShortcut);
    addAction(focusFilter);
    connect(focusFilter, &QAction::triggered, this, [this] {
        if (QLineEdit *filter = filterOf(m_panes->currentWidget())) {
            filter->setFocus(Qt::ShortcutFocusReason);
            filter->selectAll();
        }
    });
    // Escape in a filter box clears it; pressed again, it returns to the list.
    for (int n = 0; n < m_panes->count(); ++n) {
        QWidget *pane = m_panes->widget(n);
        QLineEdit *filter = filterOf(pane);
        if (!filter)
            continue;
        auto *clear = new QAction(filter);
        clear->setShortcut(QKeySequence(Qt::Key_Escape));
        clear->setShortcutContext(Qt::WidgetShortcut);
        filter->addAction(clear);
        connect(clear, &QAction::triggered, filter, [filter, pane] {
            if (!filter->text().isEmpty()) {
                filter->clear();
                return;
            }
            if (auto *view = pane->findChild<QAbstractItemView *>())
                view->setFocus(Qt::ShortcutFocusReason);
        });
        // Tab moves between widgets, not between a table's cells: the sidebar is reachable.
        for (QAbstractItemView *view : pane->findChildren<QAbstractItemView *>())
            view->setTabKeyNavigation(false);
    }
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setObjectName(u"navigation"_s);
    // A focus frame that shows, in light and dark palettes alike.
    // (The same box width in both states: the viewport keeps its place when the frame changes.)
    setStyleSheet(
        u"QAbstractItemView { border: 1px solid palette(mid); padding: 1px; }"
        u"QAbstractItemView:focus { border: 2px solid palette(highlight); padding: 0; }"_s);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    const QKeySequence pressed(event->keyCombination());
    QList<QAction *> actions = m_instanceActions->actions();
    actions << m_instanceActions->createAction();
    for (QAction *action : std::as_const(actions)) {
        if (action->isEnabled() || action->shortcut().isEmpty()
            || action->shortcut().matches(pressed) != QKeySequence::ExactMatch)
            continue;
        const QString name = action->text().remove(u'&').remove(u"…"_s);
        const QString why
            = action->statusTip().isEmpty() ? tr("it is not available now.") : action->statusTip();
        statusBar()->showMessage(
            tr("%1 (%2) cannot be done: %3")
                .arg(name, action->shortcut().toString(QKeySequence::NativeText), why),
            8'000);
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::saveLayout() const
{
    // Column order and widths, splitters, the pane and the region: the console opens as it was
    // left.
    QSettings settings;
    settings.beginGroup(u"layout"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"pane"_s, currentPaneName());
    settings.setValue(u"region/"_s + m_profileName, m_currentRegion);
    for (const QTableView *view : findChildren<QTableView *>())
        if (!view->objectName().isEmpty())
            settings.setValue(
                u"header/"_s + view->objectName(), view->horizontalHeader()->saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(u"splitter/"_s + splitter->objectName(), splitter->saveState());
}

QString MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(u"layout"_s);
    if (settings.contains(u"geometry"_s))
        restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    // Each profile reopens on its own last region.
    const QString region = settings.value(u"region/"_s + m_profileName).toString();
    if (!region.isEmpty())
        m_defaultRegion = region;
    for (QTableView *view : findChildren<QTableView *>()) {
        const QVariant state = settings.value(u"header/"_s + view->objectName());
        if (!view->objectName().isEmpty() && state.isValid())
            view->horizontalHeader()->restoreState(state.toByteArray());
    }
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QVariant state = settings.value(u"splitter/"_s + splitter->objectName());
        if (!splitter->objectName().isEmpty() && state.isValid())
            splitter->restoreState(state.toByteArray());
    }
    return settings.value(u"pane"_s).toString();
}

} // namespace ecs::ui
