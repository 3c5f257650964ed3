#include "jsonreader.h"

#include <cmath>
#include <limits>

namespace ecs {

namespace {
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

void JsonReader::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
}

ApiError JsonReader::error() const
{
    return ApiError::make(ApiError::Kind::Malformed,
        tr("The response does not have the expected shape: %1.").arg(m_error));
}

QJsonArray JsonReader::array(
    const QJsonObject &object, std::initializer_list<QLatin1StringView> path)
{
    // The path so far in words, made only for an error (a page reads thousands of lists).
    const auto where = [&path](qsizetype depth) {
        QString text;
        for (auto it = path.begin(); it != path.begin() + depth; ++it)
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + *it;
        return text;
    };
    QJsonValue current(object);
    qsizetype depth = 0;
    for (QLatin1StringView key : path) {
        if (current.isNull() || current.isUndefined()
            || (current.isString() && current.toString().isEmpty()))
            return {};
        if (!current.isObject()) {
            // It names the value that is not an object (the path so far).
            fail(QStringLiteral("%1 is %2, expected an object")
                     .arg(where(depth), typeName(current)));
            return {};
        }
        ++depth;
        current = current.toObject().value(key);
    }
    if (current.isArray())
        return current.toArray();
    if (current.isUndefined() || current.isNull())
        return {};
    // The service sends an empty string for some empty lists.
    if (current.isString() && current.toString().isEmpty())
        return {};
    fail(QStringLiteral("%1 is %2, expected a list").arg(where(depth), typeName(current)));
    return {};
}

QStringList JsonReader::strings(
    const QJsonObject &object, std::initializer_list<QLatin1StringView> path)
{
    QStringList out;
    const QJsonArray values = array(object, path);
    for (const QJsonValue &v : values) {
        if (v.isString())
            out << v.toString();
        else if (ok()) // long lists of wrong items: only the first is worth the words
            fail(QStringLiteral("a list item is %1, expected a string").arg(typeName(v)));
    }
    return out;
}

QJsonObject JsonReader::object(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue v = object.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty()))
        fail(QStringLiteral("%1 is %2, expected an object").arg(key, typeName(v)));
    return {};
}

QString JsonReader::string(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue v = object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (!v.isUndefined() && !v.isNull())
        fail(QStringLiteral("%1 is %2, expected a string").arg(key, typeName(v)));
    return {};
}

qint64 JsonReader::integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue v = object.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) <= 9.007199254740992e15)
            return qint64(d);
        fail(QStringLiteral("%1 is out of range").arg(key));
        return fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
        if (v.toString().isEmpty())
            return fallback;
    }
    if (v.isUndefined() || v.isNull())
        return fallback;
    fail(QStringLiteral("%1 is %2, expected a whole number").arg(key, typeName(v)));
    return fallback;
}

int JsonReader::int32(const QJsonObject &object, QLatin1StringView key, int fallback)
{
    const qint64 n = integer(object, key, fallback);
    if (n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max())
        return int(n);
    fail(QStringLiteral("%1 is out of range").arg(key));
    return fallback;
}

double JsonReader::number(const QJsonObject &object, QLatin1StringView key, double fallback)
{
    const QJsonValue v = object.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        if (v.toString().isEmpty())
            return fallback;
    }
    if (v.isUndefined() || v.isNull())
        return fallback;
    fail(QStringLiteral("%1 is %2, expected a number").arg(key, typeName(v)));
    return fallback;
}

bool JsonReader::boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    const QJsonValue v = object.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().toLower();
        if (s == u"true")
            return true;
        if (s == u"false" || s.isEmpty())
            return s == u"true" || (s.isEmpty() && fallback);
    }
    if (v.isUndefined() || v.isNull())
        return fallback;
    fail(QStringLiteral("%1 is %2, expected true or false").arg(key, typeName(v)));
    return fallback;
}

QJsonObject JsonReader::objectAt(const QJsonArray &array, qsizetype index, QLatin1StringView what)
{
    const QJsonValue v = array.at(index);
    if (v.isObject())
        return v.toObject();
    if (ok()) // long lists of wrong items: only the first is worth the words
        fail(QStringLiteral("%1[%2] is %3, expected an object")
                 .arg(what)
                 .arg(index)
                 .arg(typeName(v)));
    return {};
}

} // namespace ecs
