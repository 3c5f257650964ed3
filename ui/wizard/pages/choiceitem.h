#pragma once
// Rows of the wizard's type and image lists: the key in Qt::UserRole of column 0, numbers sorted
// as numbers, instance types as people read them, unknown figures last.
#include "types/instancetypeorder.h"

#include <QCoreApplication>
#include <QTreeWidget>

namespace ecs::ui {

inline constexpr int KeyRole = Qt::UserRole;
inline constexpr int SortValueRole = Qt::UserRole + 1;

class ChoiceItem : public QTreeWidgetItem
{
public:
    ChoiceItem(QTreeWidget *tree, const QString &key)
        : QTreeWidgetItem(tree)
    {
        setData(0, KeyRole, key);
    }
    QString key() const { return data(0, KeyRole).toString(); }
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortValueRole);
        const QVariant theirs = other.data(column, SortValueRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        if (mine.isValid() != theirs.isValid())
            return mine.isValid();
        if (column == 0 && treeWidget() && treeWidget()->columnCount() == 5)
            return instanceTypeLess(text(0), other.text(0));
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
    void setNumber(int column, double value, const QString &text)
    {
        setText(column, text);
        setData(column, SortValueRole, value);
        setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
};

/// The key of a list's current row, or empty.
inline QString currentKey(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}

/// Instance types say X86/ARM, images x86_64/arm64: one word for people.
inline QString architectureName(const QString &architecture)
{
    if (architecture == u"X86" || architecture == u"x86_64")
        return QCoreApplication::translate("ecs::ui::CreateInstanceWizard", "x86-64");
    if (architecture == u"ARM" || architecture == u"arm64")
        return QCoreApplication::translate("ecs::ui::CreateInstanceWizard", "Arm");
    return architecture;
}

} // namespace ecs::ui
