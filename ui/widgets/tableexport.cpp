#include "tableexport.h"

#include "panes/resourcepane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::ui::tableexport {

namespace {

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ui::TableExport)
};

QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString toCsv(const QAbstractItemView *view, bool selectedOnly)
{
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return {};
    const QHeaderView *header = headerOf(view);
    QList<int> columns; // logical indexes, in the order shown
    const int count = model->columnCount();
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && !(header && header->isSectionHidden(logical)))
            columns << logical;
    }
    QList<int> rows;
    if (selectedOnly && view->selectionModel()) {
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
            if (!rows.contains(index.row()))
                rows << index.row();
        std::sort(rows.begin(), rows.end());
    } else {
        for (int row = 0; row < model->rowCount(); ++row)
            rows << row;
    }
    QString out;
    QStringList line;
    for (int column : std::as_const(columns))
        line << csvField(model->headerData(column, Qt::Horizontal).toString());
    out += line.join(u',') + u"\r\n"_s;
    for (int row : std::as_const(rows)) {
        line.clear();
        for (int column : std::as_const(columns))
            line << csvField(model->index(row, column).data().toString());
        out += line.join(u',') + u"\r\n"_s;
    }
    return out;
}

QAbstractItemView *tableIn(QWidget *window, QWidget *currentPane)
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && window->isAncestorOf(view) && headerOf(view))
            return view;
    if (!currentPane)
        return nullptr;
    for (auto *view : currentPane->findChildren<QAbstractItemView *>())
        if (view->isVisible() && headerOf(view))
            return view;
    return nullptr;
}

void exportTable(QAbstractItemView *view, bool selectedOnly, QWidget *parent)
{
    if (!view)
        return;
    const QString csv = toCsv(view, selectedOnly);
    auto *dialog = new QFileDialog(parent, TableExport::tr("Export table"));
    dialog->setObjectName(u"exportTableDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(TableExport::tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(
        (view->accessibleName().isEmpty() ? u"table"_s : view->accessibleName()).toLower()
        + u".csv"_s);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, parent, [parent, csv](const QString &path) {
            QSaveFile file(path);
            const bool ok
                = file.open(QIODevice::WriteOnly) && file.write(csv.toUtf8()) >= 0 && file.commit();
            ResourcePane::confirm(parent,
                ok ? TableExport::tr("Saved %1").arg(QDir::toNativeSeparators(path))
                   : TableExport::tr("Could not save %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
        });
    dialog->open(); // non-blocking
}

} // namespace ecs::ui::tableexport
