#include "instancedetails.h"

#include "types/instancerecord.h"
#include "widgets/celltextdelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

class Groups
{
public:
    explicit Groups(QTreeWidget *tree)
        : m_tree(tree)
    { }
    void begin(const QString &title)
    {
        m_group = new QTreeWidgetItem(m_tree, { title });
        QFont bold = m_group->font(0);
        bold.setBold(true);
        m_group->setFont(0, bold);
        m_group->setFirstColumnSpanned(true);
        m_group->setExpanded(true);
    }
    /// Empty values are left out: a blank row says nothing.
    void field(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            return;
        auto *item = new QTreeWidgetItem(m_group, { name, value });
        item->setToolTip(1, value); // the whole value, however narrow the panel
    }
    void end()
    {
        if (m_group && m_group->childCount() == 0)
            delete m_group;
        m_group = nullptr;
    }

private:
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_group = nullptr;
};

} // namespace

void showInstanceDetails(QTreeWidget *tree, const ecs::Instance &instance)
{
    tree->clear();
    Groups g(tree);
    for (const RecordGroup &group : InstanceRecord::describe(instance)) {
        g.begin(group.title);
        for (const RecordField &field : group.fields)
            g.field(field.name, field.value);
        g.end();
    }
}

QString readableFieldName(const QString &key)
{
    return InstanceRecord::readableFieldName(key);
}

InstanceDetailsPanel::InstanceDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_tree->setItemDelegate(new CellTextDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // one line each: no size asked of every item
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Field"), tr("Value") });
    m_tree->setAccessibleName(tr("Instance details"));
    m_tree->setObjectName(u"instanceDetails"_s);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, fontMetrics().averageCharWidth() * 16);
    m_tree->setTextElideMode(Qt::ElideMiddle); // an id keeps both its ends
    auto *copy = new QAction(tr("&Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copy);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, m_tree, [this] {
        QStringList lines;
        for (const QTreeWidgetItem *item : m_tree->selectedItems())
            lines << (item->text(1).isEmpty() ? item->text(0)
                                              : item->text(0) + u": "_s + item->text(1));
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
    m_summary->setObjectName(u"instanceSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    showNothing(tr("Select an instance to see its details."));
}

QString InstanceDetailsPanel::titleOf(const ecs::Instance &i)
{
    return i.instanceName.isEmpty() ? i.instanceId : u"%1 · %2"_s.arg(i.instanceName, i.instanceId);
}

void InstanceDetailsPanel::showNothing(const QString &why)
{
    m_shown.reset();
    m_tree->clear();
    m_summary->setText(why);
}

void InstanceDetailsPanel::showSelection(const QStringList &statuses)
{
    m_shown.reset();
    m_tree->clear();
    QMap<QString, int> byStatus;
    for (const QString &status : statuses)
        ++byStatus[status];
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.value()).arg(it.key());
    m_summary->setText(
        tr("%n instance(s) selected: %1", "", int(statuses.size())).arg(parts.join(u", "_s)));
}

void InstanceDetailsPanel::showInstance(const ecs::Instance &instance, const QString &note)
{
    m_summary->setText(note.isEmpty() ? titleOf(instance) : note);
    if (m_shown && *m_shown == instance)
        return;
    m_shown = instance;
    showInstanceDetails(m_tree, instance);
    // Whole field names, as long as the values keep more than half the panel.
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), m_tree->viewport()->width() / 2));
}

} // namespace ecs::ui
