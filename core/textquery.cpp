#include "textquery.h"

#include <algorithm>

namespace ecs {

namespace {

/// QString::toCaseFolded folds unit by unit, one to one (the simple folding), as a
/// case-insensitive QStringMatcher compares; only a surrogate pair folds as a whole. A text or
/// token without surrogates is therefore searched in place with the same answer as the folded
/// copy (tst_textorder checks both against each other).
bool isSimple(QStringView text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); });
}

/// Where `token` lies in `text`: its first letter found by the vectorised one-letter search,
/// the rest compared there. Over short texts (a row's search text) several times faster than a
/// QStringMatcher's skip table or QStringView's rolling hash, which step one unit at a time.
bool containsToken(QStringView text, QStringView token)
{
    const QChar first = token.front();
    const QStringView rest = token.sliced(1);
    const qsizetype last = text.size() - token.size(); // the last place the token fits
    for (qsizetype at = text.indexOf(first); at >= 0 && at <= last;
         at = text.indexOf(first, at + 1))
        if (text.sliced(at + 1, rest.size()) == rest)
            return true;
    return false;
}

} // namespace

TextQuery::TextQuery(const QString &typed)
    : m_tokens(typed.toCaseFolded().split(u' ', Qt::SkipEmptyParts))
{
    // Tabs and other white space count as separators too.
    QStringList tokens;
    for (const QString &t : std::as_const(m_tokens))
        tokens += t.simplified().split(u' ', Qt::SkipEmptyParts);
    m_tokens = tokens;
    m_matchers.reserve(m_tokens.size());
    for (const QString &token : std::as_const(m_tokens)) {
        m_matchers.append(QStringMatcher(token, Qt::CaseInsensitive));
        m_simpleTokens = m_simpleTokens && isSimple(token);
    }
}

bool TextQuery::matches(const QString &text) const
{
    if (m_tokens.isEmpty())
        return true;
    // A token holds no white space, so the white space the folded copy would simplify never
    // decides a match: searching the text itself, unit by unit folded, gives the same answer.
    if (!m_simpleTokens || !isSimple(text))
        return matchesFolded({ text });
    for (const QStringMatcher &matcher : m_matchers)
        if (matcher.indexIn(text) < 0)
            return false;
    return true;
}

bool TextQuery::matches(const QStringList &texts) const
{
    if (m_tokens.isEmpty())
        return true;
    if (!m_simpleTokens
        || !std::all_of(texts.cbegin(), texts.cend(), [](const QString &t) { return isSimple(t); }))
        return matchesFolded(texts);
    for (const QStringMatcher &matcher : m_matchers)
        if (std::none_of(texts.cbegin(), texts.cend(),
                [&matcher](const QString &t) { return matcher.indexIn(t) >= 0; }))
            return false;
    return true;
}

bool TextQuery::matchesCaseFolded(QStringView folded) const
{
    // The reference folds the text and looks for each (folded) token in it: the same search,
    // with the folding done once, when the text was stored. White space never decides (a token
    // holds none), so the text need not be simplified either.
    for (const QString &token : m_tokens)
        if (!containsToken(folded, token))
            return false;
    return true;
}

bool TextQuery::narrows(const TextQuery &wider) const
{
    return std::all_of(wider.m_tokens.cbegin(), wider.m_tokens.cend(), [this](const QString &w) {
        return std::any_of(m_tokens.cbegin(), m_tokens.cend(),
            [&w](const QString &token) { return token.contains(w); });
    });
}

bool TextQuery::matchesFolded(const QStringList &texts) const
{
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
