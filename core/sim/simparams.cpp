#include "simparams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs::sim {

void SimParams::fail(const SimError &error)
{
    if (!m_error.isError())
        m_error = error;
}

QString SimParams::string(const QString &name, const QString &fallback) const
{
    return m_params.value(name, fallback);
}

QString SimParams::required(const QString &name)
{
    const QString value = m_params.value(name);
    if (value.isEmpty())
        fail(errors::missingParameter(name));
    return value;
}

QString SimParams::oneOf(const QString &name, const QStringList &allowed, const QString &fallback)
{
    const auto it = m_params.constFind(name);
    if (it == m_params.cend() || it->isEmpty())
        return fallback;
    if (!allowed.contains(*it)) {
        fail(errors::invalidParameter(name, *it));
        return fallback;
    }
    return *it;
}

qint64 SimParams::integer(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    const auto it = m_params.constFind(name);
    if (it == m_params.cend() || it->isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = it->toLongLong(&ok);
    if (!ok || value < min || value > max) {
        fail(errors::invalidParameter(name, *it));
        return fallback;
    }
    return value;
}

double SimParams::number(const QString &name, double fallback, double min, double max)
{
    const auto it = m_params.constFind(name);
    if (it == m_params.cend() || it->isEmpty())
        return fallback;
    bool ok = false;
    const double value = it->toDouble(&ok);
    if (!ok || !(value >= min && value <= max)) {
        fail(errors::invalidParameter(name, *it));
        return fallback;
    }
    return value;
}

bool SimParams::boolean(const QString &name, bool fallback)
{
    const auto it = m_params.constFind(name);
    if (it == m_params.cend() || it->isEmpty())
        return fallback;
    if (it->compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (it->compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return false;
    fail(errors::invalidParameter(name, *it));
    return fallback;
}

QDateTime SimParams::parseTime(const QString &text)
{
    static const QRegularExpression pattern(uR"re(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$)re"_s);
    if (!pattern.match(text).hasMatch())
        return {};
    // Read as UTC from the start (QDateTime::fromString() reads local time: tzset() calls, each a
    // stat of /etc/localtime).
    const auto field = [&text](qsizetype from, qsizetype size) {
        return QStringView(text).mid(from, size).toInt();
    };
    const QDate date(field(0, 4), field(5, 2), field(8, 2));
    const QTime time(field(11, 2), field(14, 2), text.size() == 17 ? 0 : field(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime SimParams::time(const QString &name)
{
    const auto it = m_params.constFind(name);
    if (it == m_params.cend() || it->isEmpty())
        return {};
    const QDateTime parsed = parseTime(*it);
    if (!parsed.isValid())
        fail(errors::invalidParameter(name, *it));
    return parsed;
}

QStringList SimParams::repeatList(const QString &name, int maxItems)
{
    QStringList values;
    for (int n = 1;; ++n) {
        const auto it = m_params.constFind(u"%1.%2"_s.arg(name).arg(n));
        if (it == m_params.cend())
            break;
        if (n > maxItems) {
            fail(errors::invalidParameter(name, u"more than %1 items"_s.arg(maxItems)));
            break;
        }
        values.append(*it);
    }
    return values;
}

QStringList SimParams::jsonList(const QString &name, int maxItems)
{
    const auto it = m_params.constFind(name);
    if (it == m_params.cend() || it->isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(it->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        fail(errors::invalidParameter(name, *it));
        return {};
    }
    QStringList values;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString()) {
            fail(errors::invalidParameter(name, *it));
            return {};
        }
        values.append(value.toString());
    }
    if (values.size() > maxItems) {
        fail(errors::invalidParameter(name, u"more than %1 items"_s.arg(maxItems)));
        return {};
    }
    return values;
}

QStringList SimParams::commaList(const QString &name) const
{
    QStringList values;
    for (const QString &part : m_params.value(name).split(u',', Qt::SkipEmptyParts))
        values.append(part.trimmed());
    return values;
}

QList<ParamMap> SimParams::structList(const QString &name, int maxItems)
{
    QList<ParamMap> items;
    const QString prefix = name + u'.';
    // Parameters are sorted by name, so Name.N.* form contiguous runs; N need not be contiguous.
    QMap<int, ParamMap> byIndex;
    for (auto it = m_params.lowerBound(prefix);
         it != m_params.cend() && it.key().startsWith(prefix); ++it) {
        const QString rest = it.key().mid(prefix.size());
        const qsizetype dot = rest.indexOf(u'.');
        bool ok = false;
        const int index = rest.left(dot < 0 ? rest.size() : dot).toInt(&ok);
        if (!ok || index < 1 || dot < 0)
            continue;
        byIndex[index].insert(rest.mid(dot + 1), it.value());
    }
    if (byIndex.size() > maxItems)
        fail(errors::invalidParameter(name, u"more than %1 items"_s.arg(maxItems)));
    for (const ParamMap &item : std::as_const(byIndex))
        items.append(item);
    return items;
}

QList<std::pair<QString, QString>> SimParams::tags(int maxItems)
{
    QList<std::pair<QString, QString>> result;
    for (const ParamMap &tag : structList(u"Tag"_s, maxItems)) {
        const QString key = tag.value(u"Key"_s);
        if (key.isEmpty()) {
            fail(errors::invalidParameter(u"Tag.N.Key"_s, key));
            continue;
        }
        result.append({ key, tag.value(u"Value"_s) });
    }
    return result;
}

} // namespace ecs::sim
