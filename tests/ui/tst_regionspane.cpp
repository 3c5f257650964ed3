// The Regions pane and the main window, offscreen, against the embedded simulator over a real
// socket: regions and zones arrive, selection drives zones, errors show with Retry.
#include "columnfit.h"
#include "consolelauncher.h"
#include "ecsclient.h"
#include "embeddedsimulator.h"
#include "mainwindow.h"
#include "models/regionsmodel.h"
#include "panes/regionspane.h"
#include "simulatordemo.h"
#include "widgets/errorbanner.h"
#include "widgets/zonedetails.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

class TestRegionsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regionsAndZonesArrive();
    void selectionDrivesZones();
    void refreshKeepsSelection();
    void wrongSecretShowsBannerAndRetries();
    void filter();
    void ctrlFFocusesFilter();
    void launcherSavesScreenshot();
    void columnsAreNotCutOff_data();
    void columnsAreNotCutOff();
    void enterAndDoubleClickChooseTheWorkingRegion();
    void zoneDetailsInWordsAndNaturalOrder();

private:
    std::unique_ptr<EcsClient> client(
        const QString &secret = QString::fromLatin1(sim::kDemoAccessKeySecret));
    QNetworkAccessManager m_nam;
    sim::EmbeddedSimulator m_sim;
};

void TestRegionsPane::initTestCase()
{
    QSignalSpy ready(&m_sim, &sim::EmbeddedSimulator::ready);
    m_sim.start();
    QVERIFY(ready.wait(10'000));
}

std::unique_ptr<EcsClient> TestRegionsPane::client(const QString &secret)
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId), secret, {} };
    config.endpointOverride = m_sim.url();
    config.retry.maxAttempts = 1;
    return std::make_unique<EcsClient>(&m_nam, config);
}

void TestRegionsPane::regionsAndZonesArrive()
{
    auto c = client();
    MainWindow window(c.get(), u"Demo"_s);
    window.show();
    QSignalSpy loaded(window.regionsPane(), &RegionsPane::loaded);
    window.refreshCurrentPane();
    QVERIFY(window.statusText().contains(u"requesting"_s));
    QVERIFY(loaded.wait(15'000));
    RegionsPane *pane = window.regionsPane();
    QVERIFY(pane->regionsView()->model()->rowCount() >= 20);
    const int zones = pane->zonesView()->model()->rowCount();
    QVERIFY2(zones >= 2 && zones <= 6, qPrintable(QString::number(zones)));
    QVERIFY(!pane->selectedRegionId().isEmpty());
    QVERIFY(!pane->isLoading());
    QVERIFY(pane->errorBanner()->isHidden());
    QVERIFY(window.statusText().startsWith(u"Demo · "_s));
    QVERIFY(window.statusText().contains(m_sim.url().toString()));
    QVERIFY(window.statusText().contains(u"v3"_s));
    QVERIFY(window.statusText().contains(u"last request"_s));
    QVERIFY(window.windowTitle().contains(u"Demo"_s));
}

void TestRegionsPane::selectionDrivesZones()
{
    auto c = client();
    RegionsPane pane(c.get());
    pane.setPreferredRegion(u"cn-hangzhou"_s);
    pane.show();
    QSignalSpy loaded(&pane, &RegionsPane::loaded);
    pane.refresh();
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(pane.selectedRegionId(), u"cn-hangzhou"_s);
    auto zoneIds = [&pane] {
        QStringList ids;
        for (int row = 0; row < pane.zonesModel()->rowCount(); ++row)
            ids.append(pane.zonesModel()->index(row, 0).data(KeyRole).toString());
        return ids;
    };
    QVERIFY(zoneIds().first().startsWith(u"cn-hangzhou-"_s));
    // A zone is selected at once and its details fill the space below the zones.
    const QString shownZone
        = pane.zonesView()->selectionModel()->currentIndex().data(KeyRole).toString();
    QVERIFY(shownZone.startsWith(u"cn-hangzhou-"_s));
    QVERIFY(pane.zoneDetails()->toPlainText().contains(shownZone));
    QVERIFY(pane.zoneDetails()->toPlainText().contains(u"Instance types"_s));
    // Switch twice quickly: only the last region's zones may end up on screen.
    QVERIFY(pane.selectRegion(u"eu-central-1"_s));
    QVERIFY(pane.selectRegion(u"ap-southeast-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 15'000);
    const QStringList ids = zoneIds();
    QVERIFY(!ids.isEmpty());
    for (const QString &id : ids)
        QVERIFY2(id.startsWith(u"ap-southeast-1-"_s), qPrintable(id));
    QVERIFY(pane.zoneDetails()->toPlainText().contains(u"ap-southeast-1-"_s));
    QVERIFY(!pane.zoneDetails()->toPlainText().contains(u"cn-hangzhou-"_s));
}

void TestRegionsPane::refreshKeepsSelection()
{
    auto c = client();
    RegionsPane pane(c.get());
    pane.show();
    QSignalSpy loaded(&pane, &RegionsPane::loaded);
    pane.refresh();
    QVERIFY(loaded.wait(15'000));
    QVERIFY(pane.selectRegion(u"us-west-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 15'000);
    QSignalSpy resets(pane.regionsModel(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(pane.regionsModel(), &QAbstractItemModel::rowsInserted);
    loaded.clear();
    pane.refresh();
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(pane.selectedRegionId(), u"us-west-1"_s);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 0); // the same regions: nothing to insert
}

void TestRegionsPane::wrongSecretShowsBannerAndRetries()
{
    auto c = client(u"not-the-secret"_s);
    MainWindow window(c.get(), u"Demo"_s);
    window.show();
    RegionsPane *pane = window.regionsPane();
    QSignalSpy failed(pane, &RegionsPane::loadFailed);
    QSignalSpy started(c.get(), &EcsClient::callStarted);
    window.refreshCurrentPane();
    QVERIFY(failed.wait(15'000));
    QVERIFY(!pane->errorBanner()->isHidden());
    QVERIFY(pane->errorBanner()->text().contains(u"SignatureDoesNotMatch"_s));
    QVERIFY(pane->errorBanner()->text().contains(u"RequestId"_s));
    QVERIFY(!pane->errorBanner()->text().contains(u"not-the-secret"_s));
    QVERIFY(window.statusText().contains(u"failed: SignatureDoesNotMatch"_s));
    // For a look at the error state: ECS_UI_SHOTS=/some/dir saves it there.
    if (const QString dir = qEnvironmentVariable("ECS_UI_SHOTS"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/regions-error.png"_s));
    const int before = int(started.size());
    QPushButton *retry = pane->errorBanner()->findChild<QPushButton *>();
    QVERIFY(retry);
    QCOMPARE(retry->text(), u"Retry"_s);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(int(started.size()), before + 1);
    QVERIFY(failed.wait(15'000));
}

void TestRegionsPane::filter()
{
    auto c = client();
    RegionsPane pane(c.get());
    pane.show();
    QSignalSpy loaded(&pane, &RegionsPane::loaded);
    pane.refresh();
    QVERIFY(loaded.wait(15'000));
    auto *edit = pane.findChild<QLineEdit *>();
    QVERIFY(edit);
    QTest::keyClicks(edit, u"frankfurt"_s);
    QCOMPARE(pane.regionsView()->model()->rowCount(), 1);
    QCOMPARE(pane.regionsView()->model()->index(0, 0).data(KeyRole).toString(), u"eu-central-1"_s);
    edit->clear();
    QVERIFY(pane.regionsView()->model()->rowCount() >= 20);
}

void TestRegionsPane::ctrlFFocusesFilter()
{
    auto c = client();
    MainWindow window(c.get(), u"Demo"_s);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.regionsPane()->regionsView()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *edit = window.regionsPane()->findChild<QLineEdit *>();
    QVERIFY(edit);
    QTRY_VERIFY(edit->hasFocus());
}

void TestRegionsPane::launcherSavesScreenshot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shot.png"_s);
    ConsoleLauncher launcher(&m_nam, std::make_unique<SimulatorDemo>());
    QSignalSpy finished(&launcher, &ConsoleLauncher::finished);
    LaunchOptions options;
    options.screenshotPath = path;
    launcher.start(options);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 300);
    QVERIFY(launcher.mainWindow()->regionsPane()->regionsView()->model()->rowCount() >= 20);
    QCOMPARE(launcher.mainWindow()->regionsPane()->selectedRegionId(), u"cn-hangzhou"_s);
}

void TestRegionsPane::columnsAreNotCutOff_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default window") << QSize(1280, 780);
    QTest::newRow("small screen") << QSize(1024, 640);
}

void TestRegionsPane::columnsAreNotCutOff()
{
    QFETCH(QSize, size);
    auto c = client();
    MainWindow window(c.get(), u"Demo"_s);
    window.resize(size);
    window.show();
    QSignalSpy loaded(window.regionsPane(), &RegionsPane::loaded);
    window.refreshCurrentPane();
    QVERIFY(loaded.wait(15'000));
    RegionsPane *pane = window.regionsPane();
    // "Availa…" under Status, and the zones' columns, with every value on screen.
    QStringList cut = columnfit::truncatedColumns(pane->regionsView());
    cut += columnfit::truncatedColumns(pane->zonesView());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    if (const QString dir = qEnvironmentVariable("ECS_UI_SHOTS"); !dir.isEmpty())
        window.grab().save(dir + u"/regions-%1.png"_s.arg(size.width()));
}

void TestRegionsPane::enterAndDoubleClickChooseTheWorkingRegion()
{
    auto c = client();
    MainWindow window(c.get(), u"Demo"_s);
    window.show();
    QSignalSpy loaded(window.regionsPane(), &RegionsPane::loaded);
    window.refreshCurrentPane();
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(window.currentRegion(), u"cn-hangzhou"_s);
    QTableView *view = window.regionsPane()->regionsView();
    auto rectOf = [view](const QString &regionId) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, RegionsModel::NameColumn);
            if (index.data(KeyRole).toString() == regionId) {
                view->scrollTo(index); // the person scrolls to it
                return view->visualRect(index);
            }
        }
        return QRect();
    };
    // Click selects (the zones follow), Enter makes it the working region.
    const QRect beijing = rectOf(u"cn-beijing"_s);
    QVERIFY(beijing.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, beijing.center());
    QCOMPARE(window.regionsPane()->selectedRegionId(), u"cn-beijing"_s);
    QCOMPARE(window.currentRegion(), u"cn-hangzhou"_s);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.currentRegion(), u"cn-beijing"_s);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"cn-beijing"_s),
        qPrintable(window.statusBar()->currentMessage()));
    // A double click does the same.
    const QRect frankfurt = rectOf(u"eu-central-1"_s);
    QVERIFY(frankfurt.isValid());
    // As a person double-clicks: press and release, then the second press.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, frankfurt.center());
    QCOMPARE(window.currentRegion(), u"cn-beijing"_s);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, frankfurt.center());
    QCOMPARE(window.currentRegion(), u"eu-central-1"_s);
}

void TestRegionsPane::zoneDetailsInWordsAndNaturalOrder()
{
    auto c = client();
    RegionsPane pane(c.get());
    pane.setPreferredRegion(u"cn-hangzhou"_s);
    pane.resize(900, 700);
    pane.show();
    QSignalSpy loaded(&pane, &RegionsPane::loaded);
    pane.refresh();
    QVERIFY(loaded.wait(15'000));
    const QString text = pane.zoneDetails()->toPlainText();
    // Words, not the service's identifiers.
    QVERIFY2(text.contains(u"Availability zone"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"AvailabilityZone"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"IoOptimized"_s), qPrintable(text));
    QVERIFY2(text.contains(u"ESSD (cloud_essd)"_s), qPrintable(text));
    // Sizes in the order people read them, within their family.
    QVERIFY2(text.contains(u"large, xlarge, 2xlarge"_s), qPrintable(text));
    QVERIFY2(text.contains(u"8xlarge, 16xlarge"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"16xlarge, 2xlarge"_s), qPrintable(text));
    // However narrow the panel, no id breaks at its dots or hyphens: each family stays on a line.
    pane.zoneDetails()->resize(220, 400);
    QTextDocument *document = pane.zoneDetails()->document();
    document->setTextWidth(pane.zoneDetails()->viewport()->width());
    int families = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(u"ecs."_s))
            continue;
        ++families;
        document->documentLayout()->blockBoundingRect(block); // lays it out
        QVERIFY2(block.layout()->lineCount() == 1, qPrintable(block.text()));
    }
    QVERIFY(families >= 5);
}

QTEST_MAIN(TestRegionsPane)
#include "tst_regionspane.moc"
