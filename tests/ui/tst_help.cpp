// Help as a person uses it: About shows the versions and backends, F1 lists every shortcut the
// window has, Copy diagnostics puts versions, platform and recent errors on the clipboard without
// a secret, and the first-run page offers its three ways on. ECS_HELP_SCREENSHOTS=dir saves the
// About dialog there (light and dark) for a look.
#include "consolelauncher.h"
#include "desktop/appearance.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "ecsclient.h"
#include "logging.h"
#include "mainwindow.h"
#include "panes/regionspane.h"
#include "simclient.h"
#include "simserver.h"
#include "simulatordemo.h"
#include "widgets/firstrunpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void aboutShowsVersionsAndBackends();
    void f1ListsEveryShortcutOfTheWindow();
    void helpMenuHasItsEntries();
    void copyDiagnosticsHasNoSecret();
    void firstRunPageOffersThreeWays();
    void firstRunShowsOnceOnDemo();

private:
    MainWindow *window();
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<EcsClient> m_client;
    QNetworkAccessManager m_nam;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    sim::SimOptions options;
    options.instances = 5;
    options.seed = 3;
    m_server = std::make_unique<sim::SimServer>(options);
    const QUrl url = startOnLoopback(*m_server);
    QVERIFY(!url.isEmpty());
    m_client = std::make_unique<EcsClient>(&m_nam, simClientConfig(url));
}

void TestHelp::cleanup()
{
    if (m_window)
        m_window->close();
    QTest::qWait(20);
    m_window.reset();
}

MainWindow *TestHelp::window()
{
    m_window = std::make_unique<MainWindow>(m_client.get(), u"Demo"_s);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qFatal("the window was never exposed");
    m_window->activateWindow();
    return m_window.get();
}

void TestHelp::aboutShowsVersionsAndBackends()
{
    AboutDialog about(u"1.2.3"_s);
    QSignalSpy known(&about, &AboutDialog::keychainKnown);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    const auto text = [&about](const QString &name) {
        auto *label = about.findChild<QLabel *>(name);
        return label ? label->text() : QString();
    };
    QVERIFY(text(u"aboutHeading"_s).contains(u"1.2.3"_s));
    QVERIFY(text(u"aboutQtVersion"_s).contains(QString::fromLatin1(qVersion())));
    if (QSslSocket::supportsSsl())
        QVERIFY(text(u"aboutTls"_s).contains(QSslSocket::activeBackend()));
    QTRY_COMPARE(known.size(), 1);
    QVERIFY(!about.keychainText().isEmpty());
    QVERIFY(about.keychainText() != AboutDialog::tr("looking…"));
    for (QWidget *widget : about.findChildren<QWidget *>())
        if (widget->isVisible()
            && (qobject_cast<QLabel *>(widget) && widget->objectName().startsWith(u"about"_s)))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));

    const QString dir = qEnvironmentVariable("ECS_HELP_SCREENSHOTS");
    if (!dir.isEmpty()) {
        about.adjustSize();
        QVERIFY(about.grab().save(dir + u"/about.png"_s));
        Appearance appearance;
        appearance.setMode(Appearance::Mode::Dark, false);
        QTest::qWait(50);
        QVERIFY(about.grab().save(dir + u"/about-dark.png"_s));
        appearance.setMode(Appearance::Mode::System, false);
    }
}

void TestHelp::f1ListsEveryShortcutOfTheWindow()
{
    MainWindow *w = window();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    QTableWidget *table = dialog->table();
    QStringList keys, names;
    for (int row = 0; row < table->rowCount(); ++row) {
        names << table->item(row, 0)->text();
        keys << table->item(row, 1)->text();
    }
    // Read from the window: every action with a shortcut is there, with its keys.
    for (const QAction *action : w->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(keys.contains(key) || keys.filter(key).size() > 0,
            qPrintable(action->text() + u" "_s + key));
    }
    QVERIFY(keys.contains(u"F1"_s));
    QVERIFY(keys.contains(u"Ctrl+1"_s));
    QVERIFY(keys.contains(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    QVERIFY(names.contains(u"Keyboard shortcuts"_s));
}

void TestHelp::helpMenuHasItsEntries()
{
    MainWindow *w = window();
    QMenu *help = nullptr;
    QMenu *view = nullptr;
    for (QAction *action : w->menuBar()->actions()) {
        if (action->text() == MainWindow::tr("&Help"))
            help = action->menu();
        if (action->text() == MainWindow::tr("&View"))
            view = action->menu();
    }
    QVERIFY(help && view);
    QStringList entries;
    for (QAction *action : help->actions())
        if (!action->isSeparator())
            entries << action->objectName();
    QCOMPARE(entries,
        QStringList(
            { u"keyboardShortcutsAction"_s, u"copyDiagnosticsAction"_s, u"aboutAction"_s }));
    QVERIFY(view->findChild<QMenu *>(u"appearanceMenu"_s));
    QVERIFY(w->findChild<QAction *>(u"appearance_dark"_s));
}

void TestHelp::copyDiagnosticsHasNoSecret()
{
    const QString secret = u"sEcReT-value-123456"_s;
    registerSecretValue(secret);
    const QString text = Diagnostics::text(u"1.2.3"_s, Diagnostics::keychainBackend(false),
        { u"Stop web-1 [cn-hangzhou]: InvalidAccessKeySecret — AccessKeySecret=%1 echoed"_s.arg(
            secret) });
    QVERIFY(text.contains(u"ECS Console 1.2.3"_s));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QSysInfo::prettyProductName()));
    QVERIFY(text.contains(u"InvalidAccessKeySecret"_s));
    QVERIFY(!text.contains(secret));

    // From the menu: the clipboard gets it, the status bar says so.
    MainWindow *w = window();
    QApplication::clipboard()->clear();
    QAction *copy = w->findChild<QAction *>(u"copyDiagnosticsAction"_s);
    QVERIFY(copy && copy->isEnabled());
    copy->trigger();
    QTRY_VERIFY(QApplication::clipboard()->text().contains(u"ECS Console 9.8.7"_s));
    QVERIFY(QApplication::clipboard()->text().contains(u"Recent errors:"_s));
}

void TestHelp::firstRunPageOffersThreeWays()
{
    QSettings settings;
    settings.remove(u"firstRun"_s);
    QVERIFY(FirstRunPage::isDue(settings));
    FirstRunPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (QPushButton *button : page.findChildren<QPushButton *>())
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    QSignalSpy add(&page, &FirstRunPage::addProfileRequested);
    QSignalSpy import(&page, &FirstRunPage::importRequested);
    QSignalSpy dismissed(&page, &FirstRunPage::dismissed);
    QVERIFY(page.addProfileButton()->isEnabled());
    QTest::mouseClick(page.addProfileButton(), Qt::LeftButton);
    QCOMPARE(add.size(), 1);
    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    QCOMPARE(import.size(), 1);
    QTest::mouseClick(page.continueButton(), Qt::LeftButton);
    QCOMPARE(dismissed.size(), 3);
    FirstRunPage::markShown(&settings);
    QVERIFY(!FirstRunPage::isDue(settings));
}

void TestHelp::firstRunShowsOnceOnDemo()
{
    QSettings().clear(); // no profile, never started
    const auto launch = [this] {
        sim::SimOptions demo;
        demo.instances = 5;
        auto launcher = std::make_unique<ConsoleLauncher>(
            &m_nam, std::make_unique<SimulatorDemo>(demo), SecretStore::Backend::SessionMemory);
        QSignalSpy opened(launcher.get(), &ConsoleLauncher::profileOpened);
        launcher->start({});
        if (!opened.wait(15'000))
            qFatal("Demo never opened");
        return launcher;
    };
    {
        auto launcher = launch();
        MainWindow *w = launcher->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        auto *dock = w->findChild<QDockWidget *>(u"firstRunDock"_s);
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        auto *page = dock->findChild<FirstRunPage *>();
        QVERIFY(page);
        const QString dir = qEnvironmentVariable("ECS_HELP_SCREENSHOTS");
        if (!dir.isEmpty()) {
            w->resize(1024, 640);
            QTest::qWait(200);
            QVERIFY(w->grab().save(dir + u"/firstrun.png"_s));
        }
        QVERIFY(page->addProfileButton()->isEnabled());
        QTest::mouseClick(page->addProfileButton(), Qt::LeftButton);
        QTRY_VERIFY(launcher->profileManager() && launcher->profileManager()->isVisible());
        QTRY_VERIFY(launcher->profileManager()->editDialog());
        QTRY_VERIFY(!w->findChild<QDockWidget *>(u"firstRunDock"_s)); // it has done its job
        launcher->profileManager()->editDialog()->reject();
        launcher->profileManager()->close();
        w->close();
    }
    QTest::qWait(50);
    {
        auto launcher = launch(); // the second start: no welcome again
        QVERIFY(!launcher->mainWindow()->findChild<QDockWidget *>(u"firstRunDock"_s));
        launcher->mainWindow()->close();
    }
    QTest::qWait(50);
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
