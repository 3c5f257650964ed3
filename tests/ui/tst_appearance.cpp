// View › Appearance as a person uses it: picking Dark from the menu darkens the application and
// the charts (also charts opened afterwards) and the status dots; the choice survives a restart;
// a command-line choice is not saved.
#include "charts/spotchart.h"
#include "desktop/appearance.h"
#include "desktop/icons.h"
#include "models/statusdot.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QFile>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs::ui;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void darkFromTheMenuDarkensWindowAndChart();
    void chartOpenedLaterFollows();
    void statusDotsFollow();
    void systemGivesBackTheDesktopLook();
    void choiceSurvivesRestart();
    void commandLineChoiceIsNotSaved();
    void bundledIconsFillTheTheme();

private:
    /// Clicks `objectName` in the View › Appearance menu of `appearance`, as a person does.
    void pick(Appearance *appearance, const QString &objectName);
    QTemporaryDir m_settingsDir;
};

void TestAppearance::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"ecs-console-test"_s);
    QCoreApplication::setApplicationName(u"tst_appearance"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestAppearance::init()
{
    QSettings().clear();
    // Every case starts light, whatever the last one left.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestAppearance::pick(Appearance *appearance, const QString &objectName)
{
    QMenu view;
    QMenu *menu = appearance->addMenuTo(&view);
    QAction *action = menu->findChild<QAction *>(objectName);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    menu->popup(QPoint(0, 0));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(action->isChecked());
}

void TestAppearance::darkFromTheMenuDarkensWindowAndChart()
{
    Appearance appearance;
    SpotChart chart;
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.chart()->backgroundBrush().color().lightness() >= 128);

    pick(&appearance, u"appearance_dark"_s);
    QCOMPARE(appearance.mode(), Appearance::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QTRY_VERIFY(chart.chart()->backgroundBrush().color().lightness() < 128);
    QVERIFY(chart.chart()->titleBrush().color().lightness() >= 128); // light text on dark

    pick(&appearance, u"appearance_light"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    QTRY_VERIFY(chart.chart()->backgroundBrush().color().lightness() >= 128);
}

void TestAppearance::chartOpenedLaterFollows()
{
    Appearance appearance;
    pick(&appearance, u"appearance_dark"_s);
    SpotChart chart;
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.chart()->backgroundBrush().color().lightness() < 128);
}

void TestAppearance::statusDotsFollow()
{
    const auto centre = [] {
        const QImage dot = statusDot(StatusColor::good()).pixmap(32, 32).toImage();
        return dot.pixelColor(dot.width() / 2, dot.height() / 2);
    };
    const QColor onLight = centre();
    Appearance appearance;
    pick(&appearance, u"appearance_dark"_s);
    const QColor onDark = centre();
    QVERIFY2(onDark.lightness() > onLight.lightness(),
        qPrintable(u"%1 vs %2"_s.arg(onDark.name(), onLight.name())));
}

void TestAppearance::systemGivesBackTheDesktopLook()
{
    Appearance appearance; // the look of init() is what the desktop gave (the first instance)
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
    pick(&appearance, u"appearance_dark"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window) != desktopWindow);
    pick(&appearance, u"appearance_system"_s);
    QCOMPARE(appearance.mode(), Appearance::Mode::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);
    QCOMPARE(QSettings().value(u"appearance/mode"_s).toString(), u"system"_s);
}

void TestAppearance::choiceSurvivesRestart()
{
    {
        Appearance appearance;
        pick(&appearance, u"appearance_dark"_s);
    }
    // A new session starts light, then reads the choice.
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    Appearance restarted;
    QCOMPARE(restarted.mode(), Appearance::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QMenu view;
    restarted.addMenuTo(&view);
    QVERIFY(view.findChild<QAction *>(u"appearance_dark"_s)->isChecked());
}

void TestAppearance::commandLineChoiceIsNotSaved()
{
    Appearance appearance;
    appearance.setMode(Appearance::Mode::Dark, false); // what --appearance dark does
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(!QSettings().contains(u"appearance/mode"_s));
    QCOMPARE(Appearance::modeFromName(u"Dark"_s), Appearance::Mode::Dark);
    QCOMPARE(Appearance::modeFromName(u"purple"_s), std::nullopt);
}

void TestAppearance::bundledIconsFillTheTheme()
{
    installBundledIcons();
    // Every freedesktop name the console asks for, drawn from SVG at 1×, 1.5× and 2×.
    for (const QString &name : { u"applications-internet"_s, u"media-optical"_s, u"view-grid"_s,
             u"computer"_s, u"office-chart-line"_s, u"view-refresh"_s, u"system-users"_s,
             u"list-add"_s, u"media-playback-start"_s, u"media-playback-stop"_s, u"edit-delete"_s,
             u"transform-scale"_s, u"view-calendar"_s, u"chronometer"_s, u"network-connect"_s,
             u"ecs-console"_s }) {
        QVERIFY2(QFile::exists(u":/icons/ecs/scalable/%1.svg"_s.arg(name)), qPrintable(name));
        const QIcon icon = QIcon::fromTheme(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        for (const qreal scale : { 1.0, 1.5, 2.0 }) {
            const int side = qRound(16 * scale);
            QCOMPARE(icon.pixmap(side, side).size(), QSize(side, side));
        }
    }
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
