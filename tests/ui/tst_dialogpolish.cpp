// What a person reads in the instance dialogs (issue 11, item 18): plurals in words, the Release
// list with every line whole, ids that never break at their hyphens, the Change type choices in
// their natural order with specs and price, Renew with its price and new expiry. Offscreen,
// against a simulator in this thread over a real loopback socket.
#include "actions/instanceactions.h"
#include "dialogs/instancedialogs.h"
#include "ecsclient.h"
#include "operations/operationsmodel.h"
#include "simserver.h"
#include "types/instance.h"
#include "types/instancetypeorder.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

Instance fake(int n, const QString &status)
{
    Instance i;
    i.instanceId = u"i-bp1%1abcdefghijklm"_s.arg(n, 3, 10, QLatin1Char('0'));
    i.instanceName = u"web-prod-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
    i.regionId = u"cn-hangzhou"_s;
    i.zoneId = u"cn-hangzhou-k"_s;
    i.instanceType = u"ecs.gn7i-c32g1.16xlarge"_s;
    i.status = fromWireOr(status, InstanceStatus::Unknown);
    return i;
}

void saveShot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("ECS_UI_SHOTS"); !dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestDialogPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseWarningPlural_data();
    void releaseWarningPlural();
    void releaseListShowsEveryLineWhole();
    void idsNeverBreakAtTheirHyphens();
    void changeTypeListsSpecsAndPriceInNaturalOrder();
    void renewShowsPriceAndNewExpiry();
    void allocatePublicIpShowsTheAddress();
    void copyAsCommandIsConfirmed();

private:
    QList<Instance> instances(const QString &chargeType);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
};

void TestDialogPolish::initTestCase()
{
    sim::SimOptions options;
    options.instances = 40;
    options.seed = 5;
    m_server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(m_server.get(), &sim::SimServer::listening);
    m_server->start(QHostAddress::LocalHost, 0);
    QCOMPARE(listening.size(), 1);
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = listening.first().first().toUrl();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<EcsClient>(&m_nam, config);
}

QList<Instance> TestDialogPolish::instances(const QString &chargeType)
{
    QList<Instance> out;
    for (const QString &region : { u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-beijing"_s }) {
        QSignalSpy done(m_client.get(), &EcsClient::callFinished);
        bool answered = false;
        m_client->call<ops::DescribeInstances>(ops::DescribeInstances::request(region, {}), this,
            [&](const Result<ops::DescribeInstances::Response> &result) {
                answered = true;
                if (result.ok())
                    for (const Instance &i : result->instances)
                        if (toWire(i.chargeType) == chargeType)
                            out << i;
            });
        if (!QTest::qWaitFor([&] { return answered; }, 10'000))
            return {};
    }
    return out;
}

void TestDialogPolish::releaseWarningPlural_data()
{
    QTest::addColumn<int>("running");
    QTest::addColumn<QString>("says");
    QTest::newRow("one") << 1 << u"1 running instance will be stopped forcibly first."_s;
    QTest::newRow("three") << 3 << u"3 running instances will be stopped forcibly first."_s;
    QTest::newRow("none") << 0 << QString();
}

void TestDialogPolish::releaseWarningPlural()
{
    QFETCH(int, running);
    QFETCH(QString, says);
    QList<Instance> list;
    for (int n = 0; n < 4; ++n)
        list << fake(n, n < running ? u"Running"_s : u"Stopped"_s);
    ReleaseDialog dialog(list);
    auto *warning = dialog.findChild<QLabel *>(u"releaseWarning"_s);
    QVERIFY(warning);
    QVERIFY2(!warning->text().contains(u"of them are"_s), qPrintable(warning->text()));
    if (says.isEmpty())
        QVERIFY(!warning->text().contains(u"running"_s));
    else
        QVERIFY2(warning->text().endsWith(says), qPrintable(warning->text()));
}

void TestDialogPolish::releaseListShowsEveryLineWhole()
{
    QList<Instance> list;
    for (int n = 0; n < 6; ++n)
        list << fake(n, u"Stopped"_s);
    ReleaseDialog dialog(list);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *release = dialog.findChild<QListWidget *>(u"releaseList"_s);
    QVERIFY(release);
    // The list inside the dialog (a layout that cannot fit its children clips them at the edge).
    const QRect inDialog(release->mapTo(&dialog, QPoint(0, 0)), release->size());
    QVERIFY2(dialog.rect().contains(inDialog),
        qPrintable(
            u"list %1 px wide in a dialog of %2"_s.arg(inDialog.right()).arg(dialog.width())));
    // Every row on screen, none cut off at the bottom or the side.
    const QRect viewport = release->viewport()->rect();
    for (int row = 0; row < release->count(); ++row) {
        const QRect rect = release->visualItemRect(release->item(row));
        QVERIFY2(viewport.contains(rect.adjusted(0, 0, -1, -1).topLeft())
                && rect.bottom() <= viewport.bottom(),
            qPrintable(
                u"row %1 at %2, viewport %3"_s.arg(row).arg(rect.bottom()).arg(viewport.bottom())));
        const int textWidth = release->fontMetrics().horizontalAdvance(release->item(row)->text());
        QVERIFY2(textWidth <= viewport.width(),
            qPrintable(u"row %1: %2 > %3"_s.arg(row).arg(textWidth).arg(viewport.width())));
    }
    saveShot(&dialog, u"release-dialog"_s);
}

void TestDialogPolish::idsNeverBreakAtTheirHyphens()
{
    QList<Instance> list;
    for (int n = 0; n < 5; ++n)
        list << fake(n, u"Stopped"_s);
    StopDialog dialog(list);
    dialog.resize(dialog.minimumWidth(), dialog.height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *who = dialog.findChild<QLabel *>(u"instancesLabel"_s);
    QVERIFY(who);
    // Lay the label's text out at its width: a line may end only after a whole "name (id)".
    QTextDocument document;
    document.setDefaultFont(who->font());
    document.setPlainText(who->text());
    document.setTextWidth(who->width());
    const QString plain = document.toPlainText();
    QVERIFY2(plain.contains(list.first().instanceId), qPrintable(plain));
    document.documentLayout()->documentSize(); // lays it all out
    int lines = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        for (int n = 0; n < layout->lineCount(); ++n, ++lines) {
            const QTextLine line = layout->lineAt(n);
            const QString text = block.text().mid(line.textStart(), line.textLength()).trimmed();
            QVERIFY2(text.endsWith(u")"_s) || text.endsWith(u"),"_s) || text.endsWith(u':'),
                qPrintable(u"a line ends in the middle of an id: \"%1\""_s.arg(text)));
        }
    }
    QVERIFY(lines >= 2); // five long ids do not fit on one line at this width
}

void TestDialogPolish::changeTypeListsSpecsAndPriceInNaturalOrder()
{
    const QList<Instance> payg = instances(u"PostPaid"_s);
    QVERIFY(!payg.isEmpty());
    Instance instance = payg.first();
    ChangeTypeDialog dialog(m_client.get(), instance);
    dialog.show();
    QSignalSpy loaded(&dialog, &ChangeTypeDialog::choicesLoaded);
    QVERIFY(loaded.wait(10'000));
    QListWidget *list = dialog.typeList();
    QVERIFY(list->count() >= 2);
    QStringList types;
    for (int row = 0; row < list->count(); ++row)
        types << list->item(row)->data(Qt::UserRole).toString();
    QVERIFY2(std::is_sorted(types.begin(), types.end(), ecs::instanceTypeLess),
        qPrintable(types.join(u", "_s)));
    // Specs on every line, once the catalogue is in: never zero for unknown.
    QTRY_VERIFY_WITH_TIMEOUT(list->item(0)->text().contains(u"vCPU"_s), 10'000);
    for (int row = 0; row < list->count(); ++row) {
        const QString text = list->item(row)->text();
        QVERIFY2(text.contains(u" vCPU · "_s) && text.contains(u" GiB"_s), qPrintable(text));
        QVERIFY2(!text.contains(u" 0 vCPU"_s), qPrintable(text));
    }
    // Picking a type shows its price next to the current one's.
    list->scrollToItem(list->item(1));
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(dialog.chosenType(), types.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.priceLabel()->text().contains(u"(now "_s), 10'000);
    const QString price = dialog.priceLabel()->text();
    QVERIFY2(price.contains(types.at(1)) && price.contains(instance.instanceType)
            && price.contains(u"$"_s) && price.contains(u"per hour"_s),
        qPrintable(price));
    saveShot(&dialog, u"change-type-dialog"_s);
}

void TestDialogPolish::renewShowsPriceAndNewExpiry()
{
    const QList<Instance> prepaid = instances(u"PrePaid"_s);
    QVERIFY(!prepaid.isEmpty());
    const Instance instance = prepaid.first();
    QVERIFY(instance.expiredTime.isValid());
    RenewDialog dialog(m_client.get(), { instance });
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.priceLabel()->text().contains(u"$"_s), 10'000);
    const QString oneMonth = dialog.priceLabel()->text();
    QVERIFY2(oneMonth.contains(u"1 month"_s), qPrintable(oneMonth));
    const QLocale locale;
    QCOMPARE(dialog.expiryLabel()->text(),
        locale.toString(instance.expiredTime.addMonths(1).toLocalTime(), QLocale::ShortFormat));
    // Three months: a new price and an expiry three months on.
    dialog.periodSpin()->setFocus();
    dialog.periodSpin()->selectAll();
    QTest::keyClicks(dialog.periodSpin(), u"3"_s);
    QCOMPARE(dialog.periodSpin()->value(), 3);
    QCOMPARE(dialog.expiryLabel()->text(),
        locale.toString(instance.expiredTime.addMonths(3).toLocalTime(), QLocale::ShortFormat));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.priceLabel()->text().contains(u"3 month"_s), 10'000);
    QVERIFY(dialog.priceLabel()->text() != oneMonth);
    saveShot(&dialog, u"renew-dialog"_s);
}

void TestDialogPolish::allocatePublicIpShowsTheAddress()
{
    QList<Instance> candidates;
    for (const QString &charge : { u"PostPaid"_s, u"PrePaid"_s })
        for (const Instance &i : instances(charge))
            if (i.publicIps.isEmpty()
                && (i.status == InstanceStatus::Running || i.status == InstanceStatus::Stopped)
                && i.lockReasons.isEmpty())
                candidates << i;
    QVERIFY(!candidates.isEmpty());
    const Instance instance = candidates.first();
    QWidget parent;
    parent.show();
    OperationsModel operations;
    InstanceActions actions(m_client.get(), &operations, &parent, this);
    actions.setSelection({ instance });
    QAction *allocate = actions.action(InstanceAction::AllocatePublicIp);
    QVERIFY(allocate->isEnabled());
    allocate->trigger();
    auto *dialog = qobject_cast<AllocatePublicIpDialog *>(actions.openDialog());
    QVERIFY(dialog);
    QSignalSpy shown(dialog, &AllocatePublicIpDialog::addressesShown);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    // Tracked like every operation, and the dialog stays to say which address it got.
    QCOMPARE(operations.rowCount(), 1);
    QVERIFY(shown.wait(10'000));
    QVERIFY(dialog->isVisible());
    const QString text = dialog->addressesLabel()->text();
    QVERIFY2(QRegularExpression(u"\\b\\d+\\.\\d+\\.\\d+\\.\\d+\\b"_s).match(text).hasMatch(),
        qPrintable(text));
    QCOMPARE(dialog->confirmButton()->text(), u"Close"_s);
    saveShot(dialog, u"allocate-ip-dialog"_s);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestDialogPolish::copyAsCommandIsConfirmed()
{
    QMainWindow window;
    window.statusBar()->show();
    window.show();
    StopDialog dialog({ fake(1, u"Running"_s), fake(2, u"Running"_s) }, &window);
    dialog.show();
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == u"Copy as command")
            copy = button;
    QVERIFY(copy && copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"StopInstances"_s));
    QVERIFY2(
        dialog.message().startsWith(u"Copied 1 command line "_s), qPrintable(dialog.message()));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Copied"_s),
        qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestDialogPolish)
#include "tst_dialogpolish.moc"
