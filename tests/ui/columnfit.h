#pragma once
// What a person sees of a table: whether any shown column or header is cut off ("Availa…").
#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStringList>
#include <QTableView>

namespace columnfit {

/// The columns narrower than their content (the rows on screen) or their header, as
/// "Header: width < needed"; empty when everything fits.
inline QStringList truncatedColumns(QTableView *view)
{
    QStringList out;
    QHeaderView *header = view->horizontalHeader();
    const int last = header->logicalIndex(header->count() - 1 - header->hiddenSectionCount());
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        if (header->stretchLastSection() && column == last)
            continue; // it takes what is left; its width follows the window
        const int needed
            = std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
                header->sectionSizeHint(column));
        if (view->columnWidth(column) < needed)
            out << QStringLiteral("%1: %2 < %3")
                       .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                       .arg(view->columnWidth(column))
                       .arg(needed);
    }
    return out;
}

} // namespace columnfit
