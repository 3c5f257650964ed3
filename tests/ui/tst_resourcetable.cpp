// ResourceTable: rows arriving below the screen repaint nothing of what is shown; everything
// else repaints as a QTableView does. The paints are counted on the real viewport.
#include "widgets/resourcetable.h"

#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using ecs::ui::ResourceTable;

namespace {

class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

void appendRows(QStandardItemModel &model, int count)
{
    for (int n = 0; n < count; ++n) {
        const int row = model.rowCount();
        model.appendRow(
            { new QStandardItem(u"row %1"_s.arg(row)), new QStandardItem(QString::number(row)) });
    }
}

} // namespace

class TestResourceTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsBelowRepaintNothing();
    void rowsAmongTheVisibleRepaint();
    void rowsIntoATableNotFullRepaint();
    void otherChangesRepaintAsBefore();

private:
    /// Shown with `rows` rows; what is painted from now on is counted.
    void show(int rows);
    /// Every posted event delivered (a requested repaint is painted now).
    static void settle() { QCoreApplication::sendPostedEvents(); }

    QStandardItemModel *m_model = nullptr;
    ResourceTable *m_view = nullptr;
    PaintCounter *m_counter = nullptr;
};

void TestResourceTable::init()
{
    m_model = new QStandardItemModel(0, 2);
    m_view = new ResourceTable;
    m_counter = new PaintCounter(m_view);
}

void TestResourceTable::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestResourceTable::show(int rows)
{
    appendRows(*m_model, rows);
    m_view->setModel(m_model);
    m_view->resize(400, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->viewport()->installEventFilter(m_counter);
    m_view->viewport()->repaint(); // a known start: painted once, now
    QCOMPARE(m_counter->paints, 1);
    settle();
    m_counter->paints = 0;
}

void TestResourceTable::rowsBelowRepaintNothing()
{
    show(200);
    QVERIFY(m_view->rowAt(m_view->viewport()->height() - 1) >= 0); // the rows fill the view
    const int maximum = m_view->verticalScrollBar()->maximum();
    appendRows(*m_model, 300); // as a load's chunk arrives
    QTRY_VERIFY(m_view->verticalScrollBar()->maximum() > maximum); // the scroll bar learnt it
    settle();
    QCOMPARE(m_counter->paints, 0);
    QCOMPARE(m_view->quietLayouts(), 1);

    // A person scrolls to the end: the rows that came are there.
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(m_counter->paints > 0);
    QCOMPARE(m_view->rowAt(m_view->viewport()->height() - 1), 499);
    QCOMPARE(m_view->indexAt(QPoint(5, m_view->viewport()->height() - 2)).data().toString(),
        u"row 499"_s);
}

void TestResourceTable::rowsAmongTheVisibleRepaint()
{
    show(200);
    m_model->insertRow(0, { new QStandardItem(u"first"_s), new QStandardItem(u"-1"_s) });
    QTRY_VERIFY(m_counter->paints > 0);
    QCOMPARE(m_view->quietLayouts(), 0);
    QCOMPARE(m_view->indexAt(QPoint(5, 2)).data().toString(), u"first"_s);
}

void TestResourceTable::rowsIntoATableNotFullRepaint()
{
    show(3);
    QCOMPARE(m_view->rowAt(m_view->viewport()->height() - 1), -1);
    appendRows(*m_model, 2); // they show: painted
    QTRY_VERIFY(m_counter->paints > 0);
    QCOMPARE(m_view->quietLayouts(), 0);
}

void TestResourceTable::otherChangesRepaintAsBefore()
{
    show(200);
    appendRows(*m_model, 10);
    m_model->removeRow(0); // in the same turn: the layout that follows repaints
    QTRY_VERIFY(m_counter->paints > 0);
    QCOMPARE(m_view->quietLayouts(), 0);

    m_counter->paints = 0;
    m_model->sort(1, Qt::DescendingOrder); // a new order: every visible row changes
    QTRY_VERIFY(m_counter->paints > 0);
    QCOMPARE(m_view->quietLayouts(), 0);
}

QTEST_MAIN(TestResourceTable)
#include "tst_resourcetable.moc"
