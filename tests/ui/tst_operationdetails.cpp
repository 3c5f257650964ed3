// The full story of an operation: a request whose answers are lost (ecs-sim's fault injection),
// the details show each request redacted, the attempts with their delays, the answers and
// RequestIds; Retry succeeds once the fault is gone, with the same ClientToken.
#include "actions/selectionactions.h"
#include "assistantfixture.h"
#include "dialogs/runcommanddialog.h"
#include "lifecycletesthelpers.h"
#include "operations/invocationview.h"
#include "operations/operationdetailsdialog.h"
#include "operations/operationspanel.h"

#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;
using namespace lifecycletest;

class TestOperationDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultThenRetry();
};

void TestOperationDetails::faultThenRetry()
{
    Console console;
    QVERIFY(console.open(0));
    const QStringList ids = addAssistantInstances(*console.server, u"cn-hangzhou"_s);
    QCOMPARE(ids.size(), 5);
    console.pane()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(console.pane()->view()->model()->rowCount(), 5, 15'000);
    ecs::ui::SelectionActions *actions = console.window->selectionActions();
    actions->setPollIntervals(20, 50);

    // Every attempt of RunCommand is carried out but its answer lost.
    console.server->dropResponses(u"RunCommand"_s, 3);
    console.select({ ids.at(0) });
    QTRY_VERIFY(actions->runCommandAction()->isEnabled());
    actions->runCommandAction()->trigger();
    QTRY_VERIFY(actions->runCommandDialog() && actions->runCommandDialog()->isVisible());
    QVERIFY(typeInto(actions->runCommandDialog()->scriptEdit(), u"echo once"_s));
    QVERIFY(press(actions->runCommandDialog()->runButton()));

    ecs::ui::OperationsPanel *panel = console.window->operationsPanel();
    QAbstractItemModel *operations = panel->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(operations->index(0, 1).data().toString(), u"Failed"_s, 15'000);

    // Double-click the operation.
    QTableView *table = panel->view();
    const QRect rowRect = table->visualRect(operations->index(0, 0));
    // As a person double-clicks: press and release, then the second press.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
    QTRY_VERIFY(panel->detailsDialog() && panel->detailsDialog()->isVisible());
    ecs::ui::OperationDetailsDialog *details = panel->detailsDialog();
    QListWidget *requests = details->requests();
    QTRY_COMPARE(requests->count(), 2);
    QVERIFY(requests->item(0)->text().startsWith(u"DescribeCloudAssistantStatus"_s));
    QVERIFY(requests->item(1)->text().startsWith(u"RunCommand"_s));
    requests->setCurrentRow(1);
    const QString story = details->details()->toPlainText();
    QVERIFY2(story.contains(u"CommandContent = ZWNobyBvbmNl"_s), qPrintable(story));
    QVERIFY(story.contains(u"Attempt 1 failed"_s));
    QVERIFY(story.contains(u"next attempt in"_s));
    QVERIFY(story.contains(u"3 attempt"_s));
    QVERIFY(!story.contains(QString::fromLatin1(ecs::sim::kDemoAccessKeySecret)));
    requests->setCurrentRow(0);
    const QString first = details->details()->toPlainText();
    QVERIFY(first.contains(u"RequestId"_s));
    QVERIFY(first.contains(u"\"InstanceCloudAssistantStatusSet\": {"_s)); // pretty JSON
    screenshotIfAsked(details, u"operation-details"_s);

    // The fault is gone: Retry sends the same token and gets the invocation made the first time.
    console.server->dropResponses(QString(), 0);
    QVERIFY(press(details->retryButton()));
    QTRY_COMPARE_WITH_TIMEOUT(operations->rowCount(), 2, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(operations->index(0, 1).data().toString(), u"Done"_s, 15'000);
    ecs::ui::OperationDetailsDialog *second = panel->detailsDialog();
    QVERIFY(second && second != details);
    QTRY_VERIFY(second->requests()->count() >= 3);
    QVERIFY(second->requests()->item(1)->text().contains(u"OK"_s));
    second->requests()->setCurrentRow(1);
    QVERIFY(second->details()->toPlainText().contains(u"InvokeId"_s));
}

QTEST_MAIN(TestOperationDetails)
#include "tst_operationdetails.moc"
