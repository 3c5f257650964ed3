#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringMatcher>

namespace ecs {

/// What a person types into a search box, as tokens: "ubuntu 22" finds "Ubuntu  22.04 64 bit".
/// Case and runs of white space never matter; every token must occur somewhere in the text.
/// One search for images in the pane and the wizard (and any later list), so they agree.
///
/// A filter asks matches() once per row on every keystroke (100,000 rows in a big fleet), so a
/// text is searched in place: case-insensitive matchers made once per query, no folded copy of
/// the text (but for texts with surrogate pairs, which fold as pairs).
class TextQuery
{
public:
    TextQuery() = default;
    explicit TextQuery(const QString &typed);

    bool isEmpty() const { return m_tokens.isEmpty(); }
    const QStringList &tokens() const { return m_tokens; }
    /// True when every token occurs in one of the texts (a token may match any of them).
    bool matches(const QString &text) const;
    bool matches(const QStringList &texts) const;
    /// matches() of a text already case-folded (QString::toCaseFolded), as a filter caches it per
    /// row: a case-sensitive search, several times faster than the case-insensitive one.
    bool matchesCaseFolded(QStringView folded) const;
    /// True when every text this query matches, `wider` matches too (each of its tokens lies in
    /// one of ours): typing on only narrows what is shown, so only the rows shown are asked.
    bool narrows(const TextQuery &wider) const;

private:
    /// The reference search: the texts case-folded and joined (what the fast path must equal).
    bool matchesFolded(const QStringList &texts) const;

    QStringList m_tokens;
    QList<QStringMatcher> m_matchers; ///< one per token, case-insensitive
    bool m_simpleTokens = true; ///< no token needs the folded search
};

} // namespace ecs
