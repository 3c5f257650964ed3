// Run command as a person does it: select rows in the Instances pane, open Run command…, type
// the script, press Run, read each row's result; filter the failed ones, run again on them; a
// read-only profile disables it with the reason.
#include "actions/selectionactions.h"
#include "assistantfixture.h"
#include "dialogs/runcommanddialog.h"
#include "lifecycletesthelpers.h"
#include "operations/invocationview.h"
#include "operations/operationspanel.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace lifecycletest;

class TestRunCommandUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runOnSelection();
    void readOnlyDisables();
    void resultsFromTheDock();

private:
    std::unique_ptr<Console> m_console;
    QStringList m_ids;
};

void TestRunCommandUi::init()
{
    m_console = std::make_unique<Console>();
    QVERIFY(m_console->open(0));
    m_ids = addAssistantInstances(*m_console->server, u"cn-hangzhou"_s);
    QCOMPARE(m_ids.size(), 5);
    m_console->pane()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->pane()->view()->model()->rowCount(), 5, 15'000);
    m_console->window->selectionActions()->setPollIntervals(20, 50);
}

void TestRunCommandUi::cleanup()
{
    m_console.reset();
}

void TestRunCommandUi::runOnSelection()
{
    ecs::ui::SelectionActions *actions = m_console->window->selectionActions();
    m_console->select({});
    QTRY_VERIFY(!actions->runCommandAction()->isEnabled()); // nothing selected
    m_console->select(m_ids);
    QTRY_VERIFY(actions->runCommandAction()->isEnabled());
    // From the rows' context menu, as a person would.
    QVERIFY(m_console->pane()->view()->actions().contains(actions->runCommandAction()));
    actions->runCommandAction()->trigger();
    ecs::ui::RunCommandDialog *dialog = actions->runCommandDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->runButton()->isEnabled()); // nothing typed
    QVERIFY(typeInto(dialog->scriptEdit(), u"hostname; exit 3"_s));
    QVERIFY(dialog->runButton()->isEnabled());
    QVERIFY(press(dialog->runButton()));

    QTRY_VERIFY(actions->resultView());
    ecs::ui::InvocationView *view = actions->resultView();
    QTRY_VERIFY(view->isVisible());
    QAbstractItemModel *rows = view->table()->model();
    QCOMPARE(rows->rowCount(), 5);
    const auto cell
        = [rows](int row, int column) { return rows->index(row, column).data().toString(); };
    using C = ecs::ui::InvocationRowsModel;
    QTRY_VERIFY_WITH_TIMEOUT(view->stopButton()->isEnabled() == false, 15'000);
    QMap<QString, int> rowOfName;
    for (int row = 0; row < 5; ++row)
        rowOfName.insert(cell(row, C::InstanceColumn).section(u' ', 0, 0), row);
    for (const QString &name : { u"web-1"_s, u"web-2"_s, u"web-5"_s }) {
        const int row = rowOfName.value(name);
        QCOMPARE(cell(row, C::StatusColumn), u"Failed"_s);
        QCOMPARE(cell(row, C::ExitCodeColumn), u"3"_s);
        QVERIFY(cell(row, C::ErrorColumn).startsWith(u"ExitCodeNonzero"_s));
        QCOMPARE(cell(row, C::OutputColumn), u"%1.internal"_s.arg(QString(name).remove(u'-')));
    }
    QCOMPARE(cell(rowOfName.value(u"web-3"_s), C::StatusColumn), u"Skipped: no agent"_s);
    QCOMPARE(cell(rowOfName.value(u"web-4"_s), C::StatusColumn), u"Not delivered"_s);
    QCOMPARE(cell(rowOfName.value(u"web-4"_s), C::ExitCodeColumn), u"—"_s);
    QVERIFY(cell(rowOfName.value(u"web-4"_s), C::ErrorColumn).startsWith(u"InstanceNotRunning"_s));

    // The output pane shows the selected row's whole output.
    view->table()->selectRow(rowOfName.value(u"web-2"_s));
    QCOMPARE(view->outputView()->toPlainText(), u"web2.internal\n"_s);
    // Failed only: all five failed here.
    QVERIFY(press(view->failedOnly()));
    QCOMPARE(rows->rowCount(), 5);
    screenshotIfAsked(view, u"run-command-results"_s);
    // The operation is in the dock like the others.
    QTRY_COMPARE(
        m_console->window->operationsPanel()->view()->model()->index(0, 1).data().toString(),
        u"Failed"_s);

    // Run again on failed, once web-4 runs and with a script that succeeds.
    m_console->server->world().start(m_ids.at(3));
    QTRY_VERIFY(m_console->server->world().instance(m_ids.at(3))->status == u"Running");
    QVERIFY(press(view->runAgainButton()));
    QTRY_VERIFY(actions->resultView() && actions->resultView() != view);
    ecs::ui::InvocationView *again = actions->resultView();
    QCOMPARE(again->table()->model()->rowCount(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(!again->stopButton()->isEnabled(), 15'000);
    int failed = 0;
    for (int row = 0; row < 5; ++row)
        failed += again->table()->model()->index(row, C::StatusColumn).data().toString()
            != u"Succeeded"_s;
    QCOMPARE(failed, 5); // still `exit 3` everywhere, and web-3 still has no agent
}

void TestRunCommandUi::readOnlyDisables()
{
    ecs::ui::SelectionActions *actions = m_console->window->selectionActions();
    m_console->select(m_ids.mid(0, 2));
    QTRY_VERIFY(actions->runCommandAction()->isEnabled());
    m_console->window->setReadOnly(true);
    QVERIFY(!actions->runCommandAction()->isEnabled());
    QVERIFY(actions->runCommandAction()->toolTip().contains(u"read-only"_s));
    m_console->window->setReadOnly(false);
    QVERIFY(actions->runCommandAction()->isEnabled());
    // Connect wants one running instance.
    QVERIFY(!actions->sshAction()->isEnabled());
    m_console->select({ m_ids.at(3) });
    QTRY_VERIFY(actions->vncAction()->toolTip().contains(u"not running"_s));
}

void TestRunCommandUi::resultsFromTheDock()
{
    ecs::ui::SelectionActions *actions = m_console->window->selectionActions();
    ecs::ui::OperationsPanel *panel = m_console->window->operationsPanel();
    QPushButton *results = panel->findChild<QPushButton *>(u"operationResultsButton"_s);
    QVERIFY(results);
    QCOMPARE(results->accessibleName(), u"Show the command's results"_s);
    QVERIFY(!results->isEnabled()); // no operation yet

    m_console->select(m_ids);
    QTRY_VERIFY(actions->runCommandAction()->isEnabled());
    actions->runCommandAction()->trigger();
    ecs::ui::RunCommandDialog *dialog = actions->runCommandDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(typeInto(dialog->scriptEdit(), u"hostname; exit 3"_s));
    QVERIFY(press(dialog->runButton()));
    QTRY_VERIFY(actions->resultView());
    ecs::ui::InvocationView *first = actions->resultView();
    QTRY_VERIFY_WITH_TIMEOUT(!first->stopButton()->isEnabled(), 15'000); // finished
    // Closed, as a person closes it; the operation stays in the dock.
    QTest::keyClick(first, Qt::Key_Escape);
    QTRY_VERIFY(!actions->resultView());

    QTableView *operations = panel->view();
    QTRY_COMPARE(operations->model()->index(0, 1).data().toString(), u"Failed"_s);
    const QRect row = operations->visualRect(operations->model()->index(0, 0));
    QVERIFY(row.isValid());
    QTest::mouseClick(operations->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_VERIFY(results->isEnabled());
    QVERIFY(press(results));
    QTRY_VERIFY(panel->resultsView());
    ecs::ui::InvocationView *again = panel->resultsView();
    QTRY_VERIFY(again->isVisible());
    QAbstractItemModel *rows = again->table()->model();
    QCOMPARE(rows->rowCount(), 5);
    using C = ecs::ui::InvocationRowsModel;
    QStringList statuses;
    for (int row = 0; row < rows->rowCount(); ++row)
        statuses << rows->index(row, C::StatusColumn).data().toString();
    QCOMPARE(statuses.count(u"Failed"_s), 3); // exit 3 where the agent runs
    QCOMPARE(statuses.count(u"Skipped: no agent"_s), 1);
    QCOMPARE(statuses.count(u"Not delivered"_s), 1);
    QVERIFY(!again->stopButton()->isEnabled());
    QVERIFY(again->runAgainButton()->isEnabled());
    QTest::keyClick(again, Qt::Key_Escape);
    QTRY_VERIFY(!panel->resultsView());

    // Not for other operations: once the run is cleared away, nothing to show.
    QPushButton *clear = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->accessibleName() == u"Clear finished"_s)
            clear = b;
    QVERIFY(clear && clear->isEnabled());
    QVERIFY(press(clear));
    QTRY_COMPARE(operations->model()->rowCount(), 0);
    QVERIFY(!results->isEnabled());
}

QTEST_MAIN(TestRunCommandUi)
#include "tst_runcommand.moc"
