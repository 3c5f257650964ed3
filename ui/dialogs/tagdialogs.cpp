#include "tagdialogs.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ecs::ui {

AddTagsDialog::AddTagsDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Add tags"), tr("Add tags"), instances, parent)
    , m_grid(new QGridLayout)
    , m_addRow(new QPushButton(tr("Add another tag"), this))
{
    setObjectName(u"addTagsDialog"_s);
    auto *keyHeader = new QLabel(tr("Key"), this);
    auto *valueHeader = new QLabel(tr("Value"), this);
    m_grid->addWidget(keyHeader, 0, 0);
    m_grid->addWidget(valueHeader, 0, 1);
    form()->addRow(m_grid);
    form()->addRow(m_addRow);
    m_addRow->setObjectName(u"addTagRow"_s);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().key->setFocus(Qt::OtherFocusReason);
    });
    addRow();
    validate();
}

void AddTagsDialog::addRow()
{
    const int n = int(m_rows.size());
    Row row { new QLineEdit(this), new QLineEdit(this) };
    row.key->setObjectName(u"tagKey%1"_s.arg(n + 1));
    row.value->setObjectName(u"tagValue%1"_s.arg(n + 1));
    row.key->setAccessibleName(tr("Tag %1 key").arg(n + 1));
    row.value->setAccessibleName(tr("Tag %1 value").arg(n + 1));
    row.key->setPlaceholderText(tr("e.g. env"));
    row.value->setPlaceholderText(tr("e.g. production (may be empty)"));
    // The service counts characters, not bytes: the limit is the same for every script.
    row.key->setMaxLength(ecs::TagRules::kMaxKeyLength + 1);
    row.value->setMaxLength(ecs::TagRules::kMaxValueLength + 1);
    connect(row.key, &QLineEdit::textChanged, this, &AddTagsDialog::validate);
    connect(row.value, &QLineEdit::textChanged, this, &AddTagsDialog::validate);
    m_grid->addWidget(row.key, n + 1, 0);
    m_grid->addWidget(row.value, n + 1, 1);
    m_rows.append(row);
    m_addRow->setEnabled(m_rows.size() < ecs::TagRules::kMaxTagsPerInstance);
    validate();
}

ecs::TagPairs AddTagsDialog::tags() const
{
    ecs::TagPairs out;
    for (const Row &row : m_rows)
        if (!row.key->text().trimmed().isEmpty() || !row.value->text().isEmpty())
            out.append({ row.key->text().trimmed(), row.value->text() });
    return out;
}

void AddTagsDialog::validate()
{
    const QString problem = ecs::TagRules::tagsProblem(tags());
    confirmButton()->setEnabled(problem.isEmpty());
    // Nothing typed yet is no error: just nothing to do.
    showMessage(tags().isEmpty() ? QString() : problem, true);
}

ecs::ActionPlan AddTagsDialog::plan() const
{
    return ecs::planAddTags(instances(), tags());
}

RemoveTagsDialog::RemoveTagsDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Remove tags"), tr("Remove tags"), instances, parent)
    , m_keys(new QListWidget(this))
{
    setObjectName(u"removeTagsDialog"_s);
    m_keys->setObjectName(u"tagKeys"_s);
    m_keys->setAccessibleName(tr("Tag keys to remove"));
    for (const QString &key : ecs::tagKeysOf(instances)) {
        auto *item = new QListWidgetItem(key, m_keys);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *label = new QLabel(tr("&Tags to remove:"), this);
    label->setBuddy(m_keys);
    form()->addRow(label, m_keys);
    const auto update = [this] { confirmButton()->setEnabled(!checkedKeys().isEmpty()); };
    connect(m_keys, &QListWidget::itemChanged, this, update);
    update();
    if (m_keys->count() == 0)
        showMessage(tr("The selected instances have no tags."), false);
}

QStringList RemoveTagsDialog::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_keys->count(); ++i)
        if (m_keys->item(i)->checkState() == Qt::Checked)
            keys << m_keys->item(i)->text();
    return keys;
}

ecs::ActionPlan RemoveTagsDialog::plan() const
{
    return ecs::planRemoveTags(instances(), checkedKeys());
}

InstanceTextDialog::InstanceTextDialog(Field field, const ecs::Instance &instance, QWidget *parent)
    : InstanceActionDialog(field == Field::Name ? tr("Rename instance") : tr("Edit description"),
        field == Field::Name ? tr("Rename") : tr("Save description"), { instance }, parent)
    , m_field(field)
    , m_edit(new QLineEdit(this))
{
    setObjectName(field == Field::Name ? u"renameDialog"_s : u"descriptionDialog"_s);
    m_edit->setObjectName(field == Field::Name ? u"nameEdit"_s : u"descriptionEdit"_s);
    auto *label = new QLabel(field == Field::Name ? tr("&Name:") : tr("&Description:"), this);
    label->setBuddy(m_edit);
    form()->addRow(label, m_edit);
    if (field == Field::Name) {
        m_edit->setText(instance.instanceName);
        m_edit->setMaxLength(129);
        m_edit->selectAll();
    } else {
        m_edit->setMaxLength(ecs::TagRules::kMaxDescriptionLength + 1);
        m_edit->setPlaceholderText(tr("Empty: no description"));
    }
    connect(m_edit, &QLineEdit::textChanged, this, &InstanceTextDialog::validate);
    validate();
}

void InstanceTextDialog::validate()
{
    const QString text = m_edit->text();
    const QString problem = m_field == Field::Name ? ecs::TagRules::nameProblem(text)
                                                   : ecs::TagRules::descriptionProblem(text);
    const bool unchanged = m_field == Field::Name && text == instances().first().instanceName;
    confirmButton()->setEnabled(problem.isEmpty() && !unchanged);
    showMessage(problem, true);
}

ecs::ActionPlan InstanceTextDialog::plan() const
{
    return m_field == Field::Name ? ecs::planRename(instances().first(), m_edit->text())
                                  : ecs::planDescribe(instances().first(), m_edit->text());
}

} // namespace ecs::ui
