#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace ecs::ui {

/// CSV of a table as it is shown: the visible columns in view order, the rows in view order
/// (all of them, or only the selected ones), one header line, RFC 4180 quoting and CRLF.
namespace tableexport {

/// One CSV field: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
QString csvField(const QString &text);
QString toCsv(const QAbstractItemView *view, bool selectedOnly);
/// The table a person means: the one with the focus in `window`, else the visible current
/// pane's first table. Null when there is none.
QAbstractItemView *tableIn(QWidget *window, QWidget *currentPane);
/// Asks where to save (a non-blocking file dialog) and writes the table there; the result is
/// told in the window's status bar.
void exportTable(QAbstractItemView *view, bool selectedOnly, QWidget *parent);

} // namespace tableexport
} // namespace ecs::ui
