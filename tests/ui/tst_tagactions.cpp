// Tags and names as a person uses them: select rows, open Add tags…, type a key and a value,
// press Add tags (enabled only once what is typed is acceptable), see the operation end and the
// Tags column show the tag; Remove tags…, Rename…, and a read-only profile.
#include "actions/tagactions.h"
#include "lifecycletesthelpers.h"
#include "operations/operationsmodel.h"

#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

class TestTagActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_console.reset(); }
    void addTagsShowsInTheTagsColumn();
    void removeTags();
    void rename();
    void readOnlyProfile();

private:
    QString tagsShown(const QString &instanceId) const;
    QStringList twoInstances() const;
    /// The operations dock's latest operation, once it ended.
    bool waitForOperation(int countBefore) const;

    std::unique_ptr<Console> m_console;
};

void TestTagActions::init()
{
    m_console = std::make_unique<Console>();
    QVERIFY(m_console->open(12));
}

QString TestTagActions::tagsShown(const QString &instanceId) const
{
    QTableView *view = m_console->pane()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(KeyRole).toString() == instanceId)
            return view->model()
                ->index(row, InstancesModel::TagsColumn)
                .data(Qt::DisplayRole)
                .toString();
    }
    return u"(no row)"_s;
}

QStringList TestTagActions::twoInstances() const
{
    QStringList ids;
    for (const sim::SimInstance *i : m_console->server->world().instances(u"cn-hangzhou"_s))
        if (ids.size() < 2 && m_console->pane()->model()->rowOf(i->instanceId) >= 0)
            ids << i->instanceId;
    return ids;
}

bool TestTagActions::waitForOperation(int countBefore) const
{
    OperationsModel *operations = m_console->window->findChild<OperationsModel *>();
    return operations
        && QTest::qWaitFor(
            [&] {
                if (operations->rowCount() <= countBefore)
                    return false;
                Operation *op = m_console->window->instanceActions()->lastOperation();
                return op && op->isFinished();
            },
            10'000);
}

void TestTagActions::addTagsShowsInTheTagsColumn()
{
    const QStringList ids = twoInstances();
    QCOMPARE(ids.size(), 2);
    TagActions *tags = m_console->window->tagActions();
    m_console->select({});
    QTRY_VERIFY(!tags->addTagsAction()->isEnabled()); // nothing selected
    QVERIFY(tags->addTagsAction()->toolTip().contains(u"select one or more"_s));
    m_console->select(ids);
    QTRY_COMPARE(m_console->pane()->selectedInstances().size(), 2);
    QVERIFY(tags->addTagsAction()->isEnabled());
    QVERIFY(!tags->renameAction()->isEnabled()); // two rows: rename wants one
    QVERIFY(tags->renameAction()->toolTip().contains(u"exactly one"_s));

    tags->addTagsAction()->trigger(); // Instances › Add tags…
    auto *dialog = qobject_cast<AddTagsDialog *>(tags->openDialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->confirmButton()->isEnabled()); // nothing typed
    // A reserved prefix is refused with a reason, then corrected.
    QVERIFY(typeInto(dialog->keyEdit(0), u"aliyun-team"_s));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->message().contains(u"aliyun"_s));
    QVERIFY(typeInto(dialog->keyEdit(0), u"team"_s));
    QVERIFY(typeInto(dialog->valueEdit(0), u"payments"_s));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->message().isEmpty());
    // A second row, the same key again: refused until it differs.
    QVERIFY(press(dialog->addRowButton()));
    QCOMPARE(dialog->rowCount(), 2);
    QTRY_VERIFY(dialog->keyEdit(1)->isVisible()); // shown on the next turn of the event loop
    QVERIFY(typeInto(dialog->keyEdit(1), u"team"_s));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(typeInto(dialog->keyEdit(1), u"cost-centre"_s));
    QVERIFY(typeInto(dialog->valueEdit(1), u"cc-42"_s));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->commandText().contains(u"TagResources"_s));
    m_console->screenshot(dialog, u"add-tags-dialog"_s);

    OperationsModel *operations = m_console->window->findChild<OperationsModel *>();
    QVERIFY(operations);
    const int before = operations->rowCount();
    QVERIFY(press(dialog->confirmButton()));
    QVERIFY(waitForOperation(before));
    QCOMPARE(
        m_console->window->instanceActions()->lastOperation()->state(), Operation::State::Done);
    // The rows are fetched again: the Tags column shows both tags on both instances.
    for (const QString &id : ids) {
        QTRY_VERIFY2_WITH_TIMEOUT(
            tagsShown(id).contains(u"team=payments"_s), qPrintable(tagsShown(id)), 10'000);
        QVERIFY(tagsShown(id).contains(u"cost-centre=cc-42"_s));
    }
}

void TestTagActions::removeTags()
{
    const QStringList ids = twoInstances();
    m_console->select(ids);
    QTRY_COMPARE(m_console->pane()->selectedInstances().size(), 2);
    TagActions *tags = m_console->window->tagActions();
    QVERIFY(tags->removeTagsAction()->isEnabled()); // the simulated fleet carries env and role
    tags->removeTagsAction()->trigger();
    auto *dialog = qobject_cast<RemoveTagsDialog *>(tags->openDialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    const QList<QListWidgetItem *> env = dialog->keyList()->findItems(u"env"_s, Qt::MatchExactly);
    QCOMPARE(env.size(), 1);
    // The person ticks the box in front of "env".
    const QRect rect = dialog->keyList()->visualItemRect(env.first());
    QTest::mouseClick(dialog->keyList()->viewport(), Qt::LeftButton, {},
        QPoint(rect.left() + rect.height() / 2, rect.center().y()));
    if (env.first()->checkState() != Qt::Checked) { // styles differ in where the box is
        dialog->keyList()->setCurrentItem(env.first());
        QTest::keyClick(dialog->keyList(), Qt::Key_Space);
    }
    QCOMPARE(env.first()->checkState(), Qt::Checked);
    QVERIFY(dialog->confirmButton()->isEnabled());
    OperationsModel *operations = m_console->window->findChild<OperationsModel *>();
    const int before = operations->rowCount();
    QVERIFY(press(dialog->confirmButton()));
    QVERIFY(waitForOperation(before));
    for (const QString &id : ids) {
        QTRY_VERIFY2_WITH_TIMEOUT(
            !tagsShown(id).contains(u"env="_s), qPrintable(tagsShown(id)), 10'000);
        QVERIFY(tagsShown(id).contains(u"role="_s)); // the other key stays
    }
}

void TestTagActions::rename()
{
    const QString id = twoInstances().first();
    m_console->select({ id });
    QTRY_COMPARE(m_console->pane()->selectedInstances().size(), 1);
    TagActions *tags = m_console->window->tagActions();
    QVERIFY(tags->renameAction()->isEnabled());
    tags->renameAction()->trigger();
    auto *dialog = qobject_cast<InstanceTextDialog *>(tags->openDialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->confirmButton()->isEnabled()); // the same name: nothing to do
    QVERIFY(typeInto(dialog->edit(), u"9lives"_s));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(!dialog->message().isEmpty());
    QVERIFY(typeInto(dialog->edit(), u"billing-api"_s));
    QVERIFY(dialog->confirmButton()->isEnabled());
    OperationsModel *operations = m_console->window->findChild<OperationsModel *>();
    const int before = operations->rowCount();
    QVERIFY(press(dialog->confirmButton()));
    QVERIFY(waitForOperation(before));
    QTRY_COMPARE_WITH_TIMEOUT(m_console->instance(id).instanceName, u"billing-api"_s, 10'000);
    QCOMPARE(m_console->server->world().instance(id)->instanceName, u"billing-api"_s);
}

void TestTagActions::readOnlyProfile()
{
    m_console->window->setReadOnly(true);
    m_console->select(twoInstances());
    QTRY_COMPARE(m_console->pane()->selectedInstances().size(), 2);
    TagActions *tags = m_console->window->tagActions();
    for (QAction *action : tags->actions()) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(action->toolTip().contains(u"read-only"_s));
    }
}

QTEST_MAIN(TestTagActions)
#include "tst_tagactions.moc"
