#include "jsonspans.h"

namespace ecs {

namespace {

/// A cursor over valid JSON text: each step either advances past what it names or fails.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_at); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text.at(m_at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_at;
        }
    }

    bool take(char expected)
    {
        skipSpace();
        if (peek() != expected)
            return false;
        ++m_at;
        return true;
    }

    /// A string, the cursor on its opening quote; `raw` gets what is between the quotes and
    /// `escaped` whether that holds a backslash (then `raw` is not the decoded text).
    bool string(QByteArrayView *raw = nullptr, bool *escaped = nullptr)
    {
        if (peek() != '"')
            return false;
        const qsizetype start = ++m_at;
        bool sawEscape = false;
        while (!atEnd()) {
            const char c = m_text.at(m_at);
            if (c == '\\') {
                sawEscape = true;
                m_at += 2; // the escaped character (for \uXXXX the hex digits are plain)
                continue;
            }
            if (c == '"') {
                if (raw)
                    *raw = m_text.sliced(start, m_at - start);
                if (escaped)
                    *escaped = sawEscape;
                ++m_at;
                return true;
            }
            ++m_at;
        }
        return false;
    }

    /// Any value, the cursor on its first character: containers by counting their brackets.
    bool value()
    {
        skipSpace();
        const char first = peek();
        if (first == '"')
            return string();
        if (first != '{' && first != '[') {
            // A number or a literal: up to the next delimiter.
            const qsizetype start = m_at;
            while (!atEnd()) {
                const char c = m_text.at(m_at);
                if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n'
                    || c == '\r')
                    break;
                ++m_at;
            }
            return m_at > start;
        }
        qsizetype depth = 0;
        while (!atEnd()) {
            const char c = m_text.at(m_at);
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
        return false;
    }

    /// An object whose member `path[0]` (once, unescaped) leads on down the path, the cursor on
    /// its '{'; the array at the end of the path goes into `spans`, element by element. Every
    /// byte is read once: the rest of each object is skipped past, to see that the key is not
    /// there twice. Recursion is bounded by the path's length, not by the text.
    bool descend(const QLatin1StringView *path, qsizetype depth, QList<QByteArrayView> &spans)
    {
        if (!take('{'))
            return false;
        bool found = false;
        if (take('}'))
            return false;
        for (;;) {
            skipSpace();
            QByteArrayView name;
            bool escaped = false;
            if (!string(&name, &escaped) || escaped || !take(':'))
                return false;
            skipSpace();
            if (name == QByteArrayView(path[0].data(), path[0].size())) {
                if (found)
                    return false; // twice: which one the parser kept is not ours to guess
                found = true;
                if (!(depth > 1 ? descend(path + 1, depth - 1, spans) : elements(spans)))
                    return false;
            } else if (!value()) {
                return false;
            }
            if (take('}'))
                return found;
            if (!take(','))
                return false;
        }
    }

    /// An array, the cursor on its '[': the text of each element.
    bool elements(QList<QByteArrayView> &spans)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        for (;;) {
            skipSpace();
            const qsizetype start = m_at;
            if (!value())
                return false;
            spans.append(m_text.sliced(start, m_at - start));
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<QList<QByteArrayView>> arrayElementSpans(
    QByteArrayView json, std::initializer_list<QLatin1StringView> path)
{
    Scanner scan(json);
    QList<QByteArrayView> spans;
    const bool found = path.size() == 0 ? scan.elements(spans)
                                        : scan.descend(path.begin(), qsizetype(path.size()), spans);
    if (!found)
        return std::nullopt;
    scan.skipSpace();
    if (!scan.atEnd())
        return std::nullopt;
    return spans;
}

} // namespace ecs
