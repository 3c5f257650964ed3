#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

QList<std::pair<QString, QString>> ShortcutsDialog::shortcutsOf(const QWidget *window)
{
    QList<std::pair<QString, QString>> rows;
    QSet<QString> seen;
    QList<QAction *> actions = window->findChildren<QAction *>();
    actions += window->actions();
    for (const QAction *action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty())
            continue;
        // The menu's words, without the mnemonic and the ellipsis; a widget-local action
        // (Escape in a filter box) has no text and says what it does in its tooltip.
        QString name = action->text().isEmpty() ? action->toolTip() : action->text();
        name.remove(u'&').remove(u"…"_s);
        if (name.trimmed().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        const QString keyText = keys.join(tr(", "));
        if (seen.contains(name + keyText)) // one action in a menu and a toolbar is listed once
            continue;
        seen.insert(name + keyText);
        rows.append({ name, keyText });
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    const auto rows = shortcutsOf(window);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    m_table->setRowCount(int(rows.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->resizeColumnToContents(0);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().lineSpacing() * 24);
}

} // namespace ecs::ui
