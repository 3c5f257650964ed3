#pragma once

// A JSON text writer for the answers that carry many records (DescribeInstances): building a
// QJsonObject per record and serializing it again cost most of a page's time.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ecs::sim {

/// Appends JSON text to a byte array. The caller writes the structure (commas included through
/// key()/item()); values are escaped as JSON requires (UTF-8, control characters as \uXXXX).
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// `"key":` (with the comma before it when the object already has a member).
    void key(QLatin1StringView key);
    /// Before an array element (the comma when it is not the first).
    void item();

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    /// An array of strings.
    void value(const QStringList &texts);

    template<typename T> void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    /// yyyy-MM-ddTHH:mmZ (seconds: yyyy-MM-ddTHH:mm:ssZ), empty for an invalid time, in UTC.
    static QString time(const QDateTime &time, bool seconds);

private:
    void separator();
    QByteArray &m_out;
    bool m_first = true; ///< no member or element yet in the innermost object or array
};

} // namespace ecs::sim
