#include "paramencoding.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ecs {

QString apiTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

namespace ParamEncoding {

void repeatList(ParamMap &params, const QString &name, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        params.insert(name + u'.' + QString::number(i + 1), values.at(i));
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString commaList(const QStringList &values)
{
    return values.join(u',');
}

void structList(ParamMap &params, const QString &name, const QList<ParamMap> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = name + u'.' + QString::number(i + 1) + u'.';
        for (auto it = items.at(i).cbegin(); it != items.at(i).cend(); ++it)
            params.insert(prefix + it.key(), it.value());
    }
}

void tags(ParamMap &params, const QList<std::pair<QString, QString>> &tags)
{
    QList<ParamMap> items;
    items.reserve(tags.size());
    for (const auto &[key, value] : tags)
        items.append({ { u"Key"_s, key }, { u"Value"_s, value } });
    structList(params, u"Tag"_s, items);
}

} // namespace ParamEncoding

} // namespace ecs
