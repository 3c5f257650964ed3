#pragma once

#include <QDialog>

class QTableWidget;

namespace ecs::ui {

/// Help › Keyboard shortcuts (F1): every action of a window that has a shortcut, read from the
/// window itself, so the list never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    /// (what it does, the keys) for every action of `window` with a shortcut, sorted by name.
    static QList<std::pair<QString, QString>> shortcutsOf(const QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace ecs::ui
