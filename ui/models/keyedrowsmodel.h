#pragma once

#include "background.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <type_traits>

namespace ecs::ui {

/// A table model over rows that have a stable key (a resource id). setRows() merges a fresh
/// answer into what is shown: gone rows are removed, changed rows get one dataChanged each, new
/// rows are appended in one batch. It never resets, so selections, persistent indexes and the
/// scroll position survive every refresh. Order is the view's business (a sort proxy).
/// applyChanges() takes a change as it comes (upserts and removed keys) without a full answer.
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
        // Each row's key made once: a month of spot prices is thousands of rows, and a key made
        // four times over, with as many lookups, was most of their arrival.
        QStringList keys;
        keys.reserve(fresh.size());
        QHash<QString, qsizetype> freshIndex;
        freshIndex.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            keys.append(keyOf(fresh.at(i)));
            freshIndex.insert(keys.at(i), i);
        }
        const bool repeats = freshIndex.size() != fresh.size();

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
            eraseRows(first, last);
            removedAny = true;
            last = first - 1;
        }
        if (removedAny) // rows moved up: their indexes changed
            rebuildIndex();

        // Updates in place, walking the answer (not the rows, which may be many more); the new
        // rows, in the order the answer gave them, as one batch. A key the answer repeats is
        // taken once, with its last value (as for updates), or the key index would lie.
        QList<Row> added;
        QStringList addedKeys;
        QSet<QString> seen; // only when the answer repeats a key
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const QString &key = keys.at(i);
            const qsizetype last = repeats ? freshIndex.value(key) : i;
            if (const int row = m_rows.isEmpty() ? -1 : m_index.value(key, -1); row >= 0) {
                if (last == i && !(fresh.at(i) == m_rows.at(row))) {
                    m_rows[row] = fresh.at(i);
                    rowsStored(row, row);
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
                continue;
            }
            if (repeats) {
                if (seen.contains(key))
                    continue;
                seen.insert(key);
            }
            added.append(fresh.at(last));
            addedKeys.append(key);
        }
        appendRows(added, addedKeys);
    }

    /// Applies a change as it comes: `upserts` replace the rows with their keys (one
    /// dataChanged per contiguous run) or are appended in one batch; `removedKeys` go, one
    /// removal per contiguous run. Rows not named are not touched, compared or copied.
    void applyChanges(const QList<Row> &upserts, const QStringList &removedKeys)
    {
        QList<int> doomed;
        for (const QString &key : removedKeys)
            if (const int row = m_index.value(key, -1); row >= 0)
                doomed.append(row);
        if (!doomed.isEmpty()) {
            std::sort(doomed.begin(), doomed.end());
            doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
            for (qsizetype n = doomed.size() - 1; n >= 0;) {
                qsizetype first = n;
                while (first > 0 && doomed.at(first - 1) == doomed.at(first) - 1)
                    --first;
                eraseRows(doomed.at(first), doomed.at(n));
                n = first - 1;
            }
            rebuildIndex();
        }
        QList<Row> added;
        QHash<QString, qsizetype> addedAt;
        QList<int> touched;
        for (const Row &row : upserts) {
            const QString key = keyOf(row);
            if (const int at = m_index.value(key, -1); at >= 0) {
                if (!(m_rows.at(at) == row)) {
                    m_rows[at] = row;
                    touched.append(at);
                }
            } else if (const auto it = addedAt.constFind(key); it != addedAt.cend()) {
                added[*it] = row; // repeated: the last one wins
            } else {
                addedAt.insert(key, added.size());
                added.append(row);
            }
        }
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        for (qsizetype n = 0; n < touched.size();) {
            qsizetype last = n;
            while (last + 1 < touched.size() && touched.at(last + 1) == touched.at(last) + 1)
                ++last;
            rowsStored(touched.at(n), touched.at(last));
            Q_EMIT dataChanged(index(touched.at(n), 0), index(touched.at(last), columnCount() - 1));
            n = last + 1;
        }
        appendRows(added);
    }

    void clear() { setRows({}); }

protected:
    /// A removal of at least this many rows frees them on a worker: thousands of records freed
    /// here were half of what unticking All regions held the window for.
    static constexpr int kRowsFreedInBackground = 256;

    /// Replaces the trailing columns from `first` on (one per zone, say) with `next`: the old
    /// ones removed, the new ones inserted, so views keep the leading columns' state.
    void replaceTrailingColumns(int first, QStringList &current, const QStringList &next)
    {
        if (next == current)
            return;
        if (!current.isEmpty()) {
            beginRemoveColumns({}, first, first + int(current.size()) - 1);
            current.clear();
            endRemoveColumns();
        }
        if (!next.isEmpty()) {
            beginInsertColumns({}, first, first + int(next.size()) - 1);
            current = next;
            endInsertColumns();
        }
    }

    virtual QString keyOf(const Row &row) const = 0;
    /// Rows [first, last] were just stored (inserted or replaced), before the views hear of it:
    /// a subclass refreshes what it caches per row here.
    virtual void rowsStored(int first, int last)
    {
        Q_UNUSED(first)
        Q_UNUSED(last)
    }
    /// Rows [first, last] are being erased (inside beginRemoveRows/endRemoveRows, still there).
    virtual void rowsErasing(int first, int last)
    {
        Q_UNUSED(first)
        Q_UNUSED(last)
    }

private:
    void eraseRows(int first, int last)
    {
        beginRemoveRows({}, first, last);
        rowsErasing(first, last);
        if (last - first + 1 >= kRowsFreedInBackground) {
            QList<Row> doomed;
            doomed.reserve(last - first + 1);
            for (int row = first; row <= last; ++row)
                doomed.append(std::move(m_rows[row]));
            destroyInBackground(std::move(doomed));
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }

    /// `keys`, when given, are the rows' keys (made by the caller already).
    void appendRows(const QList<Row> &added, const QStringList &keys = {})
    {
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        m_index.reserve(m_rows.size());
        for (int row = first; row < m_rows.size(); ++row)
            m_index.insert(keys.isEmpty() ? keyOf(m_rows.at(row)) : keys.at(row - first), row);
        rowsStored(first, int(m_rows.size()) - 1);
        endInsertRows();
    }

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
