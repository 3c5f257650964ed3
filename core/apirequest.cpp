#include "apirequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ecs {

ApiRequest::ApiRequest(QString action, Product product)
    : m_action(std::move(action))
    , m_product(product)
{ }

QString ApiRequest::version() const
{
    return QString::fromLatin1(m_product == Product::Vpc ? kVpcApiVersion : kEcsApiVersion);
}

ApiRequest &ApiRequest::set(const QString &name, const QString &value)
{
    m_params.insert(name, value);
    return *this;
}

ApiRequest &ApiRequest::set(const QString &name, qint64 value)
{
    return set(name, QString::number(value));
}

ApiRequest &ApiRequest::set(const QString &name, bool value)
{
    return set(name, value ? QStringLiteral("true") : QStringLiteral("false"));
}

ApiRequest &ApiRequest::setIfNotEmpty(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        set(name, value);
    return *this;
}

ApiRequest &ApiRequest::setRepeatList(const QString &name, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        set(name + u'.' + QString::number(i + 1), values.at(i));
    return *this;
}

ApiRequest &ApiRequest::setJsonList(const QString &name, const QStringList &values)
{
    return set(name,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
}

ApiRequest &ApiRequest::setCommaList(const QString &name, const QStringList &values)
{
    return set(name, values.join(u','));
}

ApiRequest &ApiRequest::setStructList(const QString &name, const QList<ParamMap> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = name + u'.' + QString::number(i + 1) + u'.';
        for (auto it = items.at(i).cbegin(); it != items.at(i).cend(); ++it)
            set(prefix + it.key(), it.value());
    }
    return *this;
}

ApiRequest &ApiRequest::setTags(const QList<std::pair<QString, QString>> &tags)
{
    QList<ParamMap> items;
    for (const auto &[key, value] : tags)
        items.append({ { QStringLiteral("Key"), key }, { QStringLiteral("Value"), value } });
    return setStructList(QStringLiteral("Tag"), items);
}

ApiRequest &ApiRequest::remove(const QString &name)
{
    m_params.remove(name);
    return *this;
}

QString ApiRequest::newClientToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ApiRequest::isReadOnly() const
{
    return m_action.startsWith(u"Describe") || m_action.startsWith(u"List");
}

} // namespace ecs
