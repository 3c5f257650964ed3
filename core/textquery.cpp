#include "textquery.h"

namespace ecs {

TextQuery::TextQuery(const QString &typed)
    : m_tokens(typed.toCaseFolded().split(u' ', Qt::SkipEmptyParts))
{
    // Tabs and other white space count as separators too.
    QStringList tokens;
    for (const QString &t : std::as_const(m_tokens))
        tokens += t.simplified().split(u' ', Qt::SkipEmptyParts);
    m_tokens = tokens;
}

bool TextQuery::matches(const QString &text) const
{
    return matches(QStringList { text });
}

bool TextQuery::matches(const QStringList &texts) const
{
    if (m_tokens.isEmpty())
        return true;
    QString joined;
    for (const QString &t : texts) {
        joined += t.toCaseFolded().simplified();
        joined += u'\n'; // a token never spans two texts
    }
    for (const QString &token : m_tokens)
        if (!joined.contains(token))
            return false;
    return true;
}

} // namespace ecs
