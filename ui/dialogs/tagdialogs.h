#pragma once

#include "dialogs/instancedialogs.h"
#include "lifecycle/tagplans.h"

#include <QList>

class QGridLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ecs::ui {

/// Add tags…: key/value rows (one to start with, "Add another tag" for more, up to 20), checked
/// as they are typed; OK only when every row is acceptable. Existing keys take the new value.
class AddTagsDialog : public InstanceActionDialog
{
    Q_OBJECT

public:
    explicit AddTagsDialog(const QList<ecs::Instance> &instances, QWidget *parent = nullptr);

    QLineEdit *keyEdit(int row) const { return m_rows.value(row).key; }
    QLineEdit *valueEdit(int row) const { return m_rows.value(row).value; }
    QPushButton *addRowButton() const { return m_addRow; }
    int rowCount() const { return int(m_rows.size()); }
    /// The rows with a key, in order.
    ecs::TagPairs tags() const;
    ecs::ActionPlan plan() const override;

private:
    struct Row
    {
        QLineEdit *key = nullptr;
        QLineEdit *value = nullptr;
    };
    void addRow();
    void validate();

    QGridLayout *m_grid;
    QList<Row> m_rows;
    QPushButton *m_addRow;
};

/// Remove tags…: the keys the selection carries, each checkable; OK once one is checked.
class RemoveTagsDialog : public InstanceActionDialog
{
    Q_OBJECT

public:
    explicit RemoveTagsDialog(const QList<ecs::Instance> &instances, QWidget *parent = nullptr);

    QListWidget *keyList() const { return m_keys; }
    QStringList checkedKeys() const;
    ecs::ActionPlan plan() const override;

private:
    QListWidget *m_keys;
};

/// Rename… and Edit description…: one line, checked as it is typed.
class InstanceTextDialog : public InstanceActionDialog
{
    Q_OBJECT

public:
    enum class Field { Name, Description };
    InstanceTextDialog(Field field, const ecs::Instance &instance, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    ecs::ActionPlan plan() const override;

private:
    void validate();

    Field m_field;
    QLineEdit *m_edit;
};

} // namespace ecs::ui
