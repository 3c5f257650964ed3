// The main window as a keyboard user and a small screen see it: it fits 1024×640, panes switch
// with Ctrl+1…5 and from the View menu, / focuses the filter and Escape clears it, Tab reaches the
// sidebar, the focus frame shows, and a shortcut of a disabled action says why.
#include "actions/instanceactions.h"
#include "desktop/notifier.h"
#include "ecsclient.h"
#include "mainwindow.h"
#include "operations/operationsmodel.h"
#include "panes/advisorpane.h"
#include "panes/calendarpane.h"
#include "panes/imagespane.h"
#include "panes/instancespane.h"
#include "panes/regionspane.h"
#include "panes/resourcespane.h"
#include "panes/spotpricepane.h"
#include "simclient.h"
#include "simserver.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fitsASmallScreen();
    void panesFromTheKeyboardAndTheViewMenu();
    void slashFocusesTheFilterAndEscapeClearsIt();
    void tabReachesTheSidebar();
    void focusFrameShows();
    void disabledShortcutSaysWhy();

private:
    MainWindow *window();
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<EcsClient> m_client;
    QNetworkAccessManager m_nam;
};

void TestMainWindow::init()
{
    QStandardPaths::setTestModeEnabled(true);
    sim::SimOptions options;
    options.instances = 30;
    options.timeScale = 500;
    options.seed = 8;
    m_server = std::make_unique<sim::SimServer>(options);
    const QUrl url = startOnLoopback(*m_server);
    QVERIFY(!url.isEmpty());
    m_client = std::make_unique<EcsClient>(&m_nam, simClientConfig(url));
}

void TestMainWindow::cleanup()
{
    // Closed, its pending window-system events delivered, then deleted.
    if (m_window)
        m_window->close();
    QTest::qWait(20);
    m_window.reset();
    QTest::qWait(20);
}

MainWindow *TestMainWindow::window()
{
    m_window = std::make_unique<MainWindow>(m_client.get(), u"Demo"_s);
    MainWindow *w = m_window.get();
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qFatal("the window was never exposed");
    QSignalSpy regionsLoaded(w->regionsPane(), &RegionsPane::loaded);
    w->regionsPane()->refresh();
    if (!regionsLoaded.wait(15'000))
        qFatal("the regions never loaded");
    return w;
}

void TestMainWindow::fitsASmallScreen()
{
    // Issue 11 item 16: the minimum was 867×676, taller than a 1024×640 screen.
    auto w = window();
    for (const QString &pane :
        { u"regions"_s, u"images"_s, u"resources"_s, u"instances"_s, u"spot"_s }) {
        w->showPane(pane);
        const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
            qPrintable(u"%1: %2×%3"_s.arg(pane).arg(minimum.width()).arg(minimum.height())));
        w->resize(1024, 640);
        QTRY_COMPARE(w->size(), QSize(1024, 640));
        // And the pane fits in it whole: no scrolling the pane itself.
        auto *scroll = w->findChild<QScrollArea *>(u"paneScroll"_s);
        QVERIFY(scroll);
        QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible()
                && !scroll->verticalScrollBar()->isVisible(),
            qPrintable(pane));
    }
}

void TestMainWindow::panesFromTheKeyboardAndTheViewMenu()
{
    auto w = window();
    QMenu *view = nullptr;
    for (QAction *menu : w->menuBar()->actions())
        if (menu->text().remove(u'&') == u"View")
            view = menu->menu();
    QVERIFY(view);
    QStringList listed;
    for (QAction *action : view->actions())
        if (action->objectName().startsWith(u"showPane"_s))
            listed << action->text();
    QCOMPARE(listed,
        QStringList({ u"Regions"_s, u"Images"_s, u"Resources"_s, u"Instances"_s, u"Spot prices"_s,
            u"Calendar"_s, u"Spot advisor"_s }));
    const QList<QWidget *> panes { w->regionsPane(), w->imagesPane(), w->resourcesPane(),
        w->instancesPane(), w->spotPricePane(), w->calendarPane(), w->advisorPane() };
    for (int n = int(panes.size()); n >= 1; --n) {
        QTest::keyClick(w, Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QCOMPARE(w->currentPane(), panes.at(n - 1));
    }
    view->actions().at(3)->trigger(); // as a click in the menu does
    QCOMPARE(w->currentPane(), w->instancesPane());
}

void TestMainWindow::slashFocusesTheFilterAndEscapeClearsIt()
{
    auto w = window();
    QSignalSpy loaded(w->instancesPane(), &ResourcePane::loaded);
    QTest::keyClick(w, Qt::Key_4, Qt::ControlModifier);
    QVERIFY(loaded.wait(15'000));
    QTableView *table = w->instancesPane()->view();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Slash);
    QLineEdit *filter = w->instancesPane()->filterEdit();
    QTRY_VERIFY(filter->hasFocus());
    QCOMPARE(filter->text(), QString()); // the slash focused, it was not typed
    QTest::keyClicks(filter, u"web/1"_s); // in the box, "/" is text
    QCOMPARE(filter->text(), u"web/1"_s);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QTest::keyClick(filter, Qt::Key_Escape); // again: back to the list
    QTRY_VERIFY(table->hasFocus());
    // Ctrl+F still works, and so does "/" in another pane.
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(w->currentPane(), Qt::Key_Slash);
    QTRY_VERIFY(w->currentPane()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
}

void TestMainWindow::tabReachesTheSidebar()
{
    auto w = window();
    QSignalSpy loaded(w->instancesPane(), &ResourcePane::loaded);
    w->showPane(u"instances"_s);
    QVERIFY(loaded.wait(15'000));
    QTableView *table = w->instancesPane()->view();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    auto *sidebar = w->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(sidebar);
    bool reached = false;
    for (int n = 0; n < 60 && !reached; ++n) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = sidebar->hasFocus();
    }
    QVERIFY2(reached, "Tab never reached the sidebar");
    // From the sidebar the arrow keys switch panes.
    QTest::keyClick(sidebar, Qt::Key_Up);
    QCOMPARE(w->currentPane(), w->resourcesPane());
}

void TestMainWindow::focusFrameShows()
{
    auto w = window();
    auto *sidebar = w->findChild<QListWidget *>(u"navigation"_s);
    w->regionsPane()->setFocus();
    QApplication::processEvents();
    const QImage before = sidebar->grab().toImage();
    sidebar->setFocus();
    QTRY_VERIFY(sidebar->hasFocus());
    const QImage after = sidebar->grab().toImage();
    // A frame of the highlight colour, two pixels wide, on the focused list's edge.
    const QColor highlight = sidebar->palette().color(QPalette::Highlight);
    const QPoint edge(0, sidebar->height() / 2);
    QCOMPARE(after.pixelColor(edge), highlight);
    QCOMPARE(after.pixelColor(edge + QPoint(1, 0)), highlight);
    QVERIFY(before.pixelColor(edge) != highlight);
}

void TestMainWindow::disabledShortcutSaysWhy()
{
    auto w = window();
    QSignalSpy loaded(w->instancesPane(), &ResourcePane::loaded);
    w->showPane(u"instances"_s);
    QVERIFY(loaded.wait(15'000));
    QTableView *table = w->instancesPane()->view();
    table->clearSelection();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QAction *reboot = w->instanceActions()->action(InstanceAction::Reboot);
    QTRY_VERIFY(!reboot->isEnabled());
    QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    const QString message = w->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"Reboot"_s) && message.contains(reboot->statusTip()),
        qPrintable(message));
    QVERIFY(!reboot->statusTip().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
