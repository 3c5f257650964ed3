#pragma once

#include <QString>
#include <QStringList>

namespace ecs {

/// What a person types into a search box, as tokens: "ubuntu 22" finds "Ubuntu  22.04 64 bit".
/// Case and runs of white space never matter; every token must occur somewhere in the text.
/// One search for images in the pane and the wizard (and any later list), so they agree.
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

private:
    QStringList m_tokens;
};

} // namespace ecs
