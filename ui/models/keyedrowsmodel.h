#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <cstddef>
#include <type_traits>

namespace ecs::ui {

/// A table model over rows that have a stable key (a resource id). setRows() merges a fresh
/// answer into what is shown: gone rows are removed, changed rows get one dataChanged each, new
/// rows are appended in one batch. It never resets, so selections, persistent indexes and the
/// scroll position survive every refresh. Order is the view's business (a sort proxy).
template<typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    /// -1 when no row has that key.
    int rowOf(const QString &key) const { return m_index.value(key, -1); }

    void setRows(const QList<Row> &fresh) { mergeRows(fresh, nullptr); }

    /// Like setRows(), for a part of the rows: only rows `inScope` accepts may be removed, so one
    /// region's answer updates that region without walking, copying or comparing the others.
    template<typename Scope> void mergeRows(const QList<Row> &fresh, Scope inScope)
    {
        QHash<QString, qsizetype> freshIndex;
        freshIndex.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshIndex.insert(keyOf(fresh.at(i)), i);

        const auto stays = [&](const Row &row) {
            if constexpr (!std::is_same_v<Scope, std::nullptr_t>)
                if (!inScope(row))
                    return true;
            return freshIndex.contains(keyOf(row));
        };
        // Removals, from the end, one call per contiguous run.
        bool removedAny = false;
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (stays(m_rows.at(last))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !stays(m_rows.at(first - 1)))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            removedAny = true;
            last = first - 1;
        }
        if (removedAny) // rows moved up: their indexes changed
            rebuildIndex();

        // Updates in place, walking the answer (not the rows, which may be many more).
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const QString key = keyOf(fresh.at(i));
            const int row = m_index.value(key, -1);
            if (row < 0 || freshIndex.value(key) != i)
                continue; // new, or repeated later in the answer (the last one wins)
            if (!(fresh.at(i) == m_rows.at(row))) {
                m_rows[row] = fresh.at(i);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }

        // Additions, in the order the answer gave them, as one batch. A key the answer repeats
        // is added once (with its last value, as for updates), or the key index would lie.
        QList<Row> added;
        QSet<QString> addedKeys;
        for (const Row &row : fresh) {
            const QString key = keyOf(row);
            if (!m_index.contains(key) && !addedKeys.contains(key)) {
                addedKeys.insert(key);
                added.append(fresh.at(freshIndex.value(key)));
            }
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(added);
            for (int row = first; row < m_rows.size(); ++row)
                m_index.insert(keyOf(m_rows.at(row)), row);
            endInsertRows();
        }
    }

    void clear() { setRows({}); }

protected:
    virtual QString keyOf(const Row &row) const = 0;

private:
    void rebuildIndex()
    {
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows.at(i)), i);
    }

    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace ecs::ui
