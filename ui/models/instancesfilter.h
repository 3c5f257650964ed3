#pragma once

#include "panes/resourcepane.h"

#include <QBitArray>
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
/// and the view's header, which over 100,000 rows is quadratic. The rows are asked once per
/// keystroke, before the layout change, on case-folded texts the model keeps; a query that only
/// narrows the last one (typing on) asks only the rows the last one accepted.
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
    /// Rows about to leave the source, many at once (regions left the scope): hidden first, in
    /// one layout change, so that their removal finds none of them shown. Removed through a sorted
    /// proxy, they would go as thousands of scattered ranges, and the view walks its header
    /// (every row) for each. The others keep what the filter said of them, sorted once.
    void hideSourceRows(const QList<int> &sourceRows);
    /// Before every row is sorted: the source ranks its rows once (InstancesModel::prepareSort).
    void prepareSort();
    /// The same on a worker thread; `ready` runs here once the ranks are in (see
    /// InstancesModel::prepareSortInBackground).
    void prepareSortInBackground(QObject *context, std::function<void()> ready);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool accepts(int sourceRow, const QModelIndex &sourceParent) const;
    /// Whether the filter of `tags` and `text` accepts only rows that the current one does.
    bool narrowsCurrent(const QList<TagTerm> &tags, const ecs::TextQuery &text) const;
    void forgetAnswers() { m_answersValid = false; }

    QList<TagTerm> m_tags;
    ecs::TextQuery m_text;
    InstancesModel *m_instances = nullptr; ///< the source, when it is one
    /// Per source row, the current filter's answer (made by setFilterText); valid until a row of
    /// the source comes, goes, moves or changes what the filter reads.
    QBitArray m_answers;
    bool m_answersValid = false;
    QList<QMetaObject::Connection> m_sourceConnections; ///< what forgets the answers
    bool m_readAnswers = false; ///< within setFilterText's layout change: m_answers decide
};

} // namespace ecs::ui
