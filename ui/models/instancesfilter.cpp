#include "instancesfilter.h"

#include "instancesmodel.h"
#include "modelroles.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs::ui {

InstancesFilterProxy::InstancesFilterProxy(QObject *parent)
    : TextQueryProxy(parent)
{
    setSortRole(SortRole);
    setFilterRole(SearchRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

QList<InstancesFilterProxy::TagTerm> InstancesFilterProxy::parse(
    const QString &typed, QString *rest)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    QList<TagTerm> terms;
    QStringList words;
    for (const QString &word : typed.split(spaces, Qt::SkipEmptyParts)) {
        if (!word.startsWith(u"tag:"_s, Qt::CaseInsensitive) || word.size() <= 4) {
            words << word;
            continue;
        }
        const QString body = word.mid(4);
        const qsizetype equals = body.indexOf(u'=');
        TagTerm term;
        term.key = equals < 0 ? body : body.left(equals);
        if (equals >= 0) {
            term.value = body.mid(equals + 1);
            term.anyValue = false;
        }
        if (term.key.isEmpty())
            continue; // "tag:=x" names no key: nothing to hold
        terms << term;
    }
    if (rest)
        *rest = words.join(u' ');
    return terms;
}

void InstancesFilterProxy::setFilterText(const QString &typed)
{
    QString rest;
    const QList<TagTerm> tags = parse(typed, &rest);
    const bool tagsChanged = tags.size() != m_tags.size()
        || !std::equal(tags.begin(), tags.end(), m_tags.begin(), [](const auto &a, const auto &b) {
               return a.key == b.key && a.value == b.value && a.anyValue == b.anyValue;
           });
    m_tags = tags;
    if (tagsChanged)
        invalidateFilter();
    setQuery(rest);
}

bool InstancesFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tags.isEmpty()) {
        const auto *model = qobject_cast<const InstancesModel *>(sourceModel());
        if (!model || sourceRow >= model->rowCount())
            return false;
        const ecs::Instance &instance = model->rowAt(sourceRow);
        for (const TagTerm &term : m_tags) {
            const bool holds = std::any_of(instance.tags.begin(), instance.tags.end(),
                [&term](const std::pair<QString, QString> &tag) {
                    return tag.first.compare(term.key, Qt::CaseInsensitive) == 0
                        && (term.anyValue
                            || tag.second.compare(term.value, Qt::CaseInsensitive) == 0);
                });
            if (!holds)
                return false;
        }
    }
    return TextQueryProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace ecs::ui
