#pragma once

#include "panes/resourcepane.h"

#include <QList>

namespace ecs::ui {

/// The Instances filter: what was typed, where `tag:key=value` and `tag:key` tokens pick rows by
/// their tags (every such token must hold) and the other words are the usual text search
/// (ecs::TextQuery over SearchRole). Sorts by SortRole, as every pane does.
class InstancesFilterProxy : public TextQueryProxy
{
    Q_OBJECT

public:
    explicit InstancesFilterProxy(QObject *parent = nullptr);

    struct TagTerm
    {
        QString key;
        QString value;
        bool anyValue = true; ///< `tag:key`: the key with any value
    };
    /// Splits what was typed into tag terms and the remaining text.
    static QList<TagTerm> parse(const QString &typed, QString *rest);
    void setFilterText(const QString &typed);
    const QList<TagTerm> &tagTerms() const { return m_tags; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<TagTerm> m_tags;
};

} // namespace ecs::ui
