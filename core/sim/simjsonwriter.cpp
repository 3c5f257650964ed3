#include "simjsonwriter.h"

#include <QLocale>

#include <cmath>

namespace ecs::sim {

void JsonWriter::separator()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::beginObject()
{
    m_out.append('{');
    m_first = true;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    m_out.append('[');
    m_first = true;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
}

void JsonWriter::key(QLatin1StringView key)
{
    separator();
    m_out.append('"');
    m_out.append(key.data(), key.size()); // our own keys: plain ASCII, nothing to escape
    m_out.append("\":", 2);
}

void JsonWriter::item()
{
    separator();
}

namespace {

void appendEscaped(QByteArray &out, const char *data, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plain = 0; // the start of the run of bytes that need no escape
    for (qsizetype n = 0; n < size; ++n) {
        const auto c = static_cast<unsigned char>(data[n]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + plain, n - plain);
        plain = n + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escaped[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };
            out.append(escaped, 6);
        }
        }
    }
    out.append(data + plain, size - plain);
    out.append('"');
}

} // namespace

void JsonWriter::value(const QString &text)
{
    // Most texts are plain ASCII (ids, names, times): written straight into the page, without a
    // UTF-8 copy of their own; anything else goes through the encoder.
    const QChar *units = text.constData();
    const qsizetype size = text.size();
    bool ascii = size <= 256;
    for (qsizetype n = 0; ascii && n < size; ++n)
        ascii = units[n].unicode() < 0x80;
    if (!ascii) {
        const QByteArray utf8 = text.toUtf8();
        appendEscaped(m_out, utf8.constData(), utf8.size());
        return;
    }
    char bytes[256];
    for (qsizetype n = 0; n < size; ++n)
        bytes[n] = char(units[n].unicode());
    appendEscaped(m_out, bytes, size);
}

void JsonWriter::value(QLatin1StringView text)
{
    appendEscaped(m_out, text.data(), text.size()); // ASCII literals only
}

void JsonWriter::value(qint64 number)
{
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number)) {
        m_out.append("null", 4); // as QJsonDocument writes it
        return;
    }
    if (number == std::floor(number) && std::abs(number) < 9007199254740992.0) {
        m_out.append(QByteArray::number(qint64(number)));
        return;
    }
    m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(bool flag)
{
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts) {
        item();
        value(text);
    }
    endArray();
}

QString JsonWriter::time(const QDateTime &time, bool seconds)
{
    if (!time.isValid())
        return {};
    // By hand: QDateTime::toString(format) parses its format on every call.
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char text[24];
    const int length = seconds ? std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ",
                           d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
                               : std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02dZ",
                                   d.year(), d.month(), d.day(), t.hour(), t.minute());
    return QString::fromLatin1(text, length);
}

} // namespace ecs::sim
