#include "wizardpages.h"

#include "textquery.h"

#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SpecPage::SpecPage(WizardContext &context, const QStringList &fields, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_fields(fields)
{ }

bool SpecPage::isComplete() const
{
    return ready() && m_context.spec.validate(m_fields).isEmpty();
}

QString SpecPage::problemText() const
{
    QStringList lines;
    for (const SpecProblem &p : m_context.spec.validate(m_fields))
        lines << p.message;
    return lines.join(u'\n');
}

void SpecPage::changed()
{
    Q_EMIT completeChanged();
    Q_EMIT edited();
}

// The one search of the console: tokens, case and spacing do not matter ("ubuntu 22").
void filterTree(QTreeWidget *tree, const QString &text)
{
    const TextQuery query(text);
    for (int n = 0; n < tree->topLevelItemCount(); ++n) {
        QTreeWidgetItem *item = tree->topLevelItem(n);
        QStringList texts;
        for (int c = 0; c < tree->columnCount(); ++c)
            texts << item->text(c);
        item->setHidden(!query.matches(texts));
    }
}

} // namespace ecs::ui
