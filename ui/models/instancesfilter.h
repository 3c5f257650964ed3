#pragma once

#include "panes/resourcepane.h"

#include <QList>

namespace ecs::ui {

class InstancesModel;

/// The Instances filter: what was typed, where `tag:key=value` and `tag:key` tokens pick rows by
/// their tags (every such token must hold) and the other words are the usual text search
/// (ecs::TextQuery over SearchRole). Sorts by SortRole, as every pane does, on the fields an
/// InstancesModel caches (no string built per comparison).
///
/// A new filter is one layout change (every row filtered again, sorted once): filtering it row
/// range by row range would remove and insert each range apart, each time walking the mapping
/// and the view's header, which over 100,000 rows is quadratic.
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
    /// What the filter asks of the rows changed (rows that changed while the sort was frozen):
    /// only the rows whose answer changed are removed or inserted.
    void refilter() { invalidateRowsFilter(); }
    /// Before every row is sorted: the source ranks its rows once (InstancesModel::prepareSort).
    void prepareSort();

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<TagTerm> m_tags;
    ecs::TextQuery m_text;
    InstancesModel *m_instances = nullptr; ///< the source, when it is one
};

} // namespace ecs::ui
