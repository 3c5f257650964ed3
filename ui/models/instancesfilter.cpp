#include "instancesfilter.h"

#include "instancesmodel.h"
#include "modelroles.h"

#include <QRegularExpression>

#include <algorithm>

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
    ecs::TextQuery text(rest);
    const bool textChanged = text.tokens() != m_text.tokens();
    m_text = text;
    if (tagsChanged || textChanged) {
        prepareSort();
        invalidate(); // one layout change, not a removal per range of rows
    }
}

void InstancesFilterProxy::prepareSort()
{
    if (m_instances)
        m_instances->prepareSort();
}

void InstancesFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    m_instances = qobject_cast<InstancesModel *>(source);
    if (m_instances && sortColumn() >= 0)
        m_instances->setSortColumn(sortColumn());
    TextQueryProxy::setSourceModel(source);
}

void InstancesFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_instances) { // its collation keys and ranks are made before the first comparison
        m_instances->setSortColumn(column);
        m_instances->prepareSort();
    }
    TextQueryProxy::sort(column, order);
}

bool InstancesFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_instances && left.model() == m_instances && right.model() == m_instances
        && left.column() == right.column() && InstancesModel::sortsOnCachedKeys(left.column()))
        return m_instances->lessThan(left.row(), right.row(), left.column());
    return TextQueryProxy::lessThan(left, right);
}

bool InstancesFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_text.isEmpty()) {
        const bool matches = m_instances && sourceRow < m_instances->rowCount()
            ? m_text.matches(m_instances->searchText(sourceRow))
            : m_text.matches(sourceModel()
                                 ->index(sourceRow, std::max(0, filterKeyColumn()), sourceParent)
                                 .data(filterRole())
                                 .toString());
        if (!matches)
            return false;
    }
    if (!m_tags.isEmpty()) {
        const InstancesModel *model = m_instances;
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
