#include "apirequest.h"

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
    ParamEncoding::repeatList(m_params, name, values);
    return *this;
}

ApiRequest &ApiRequest::setJsonList(const QString &name, const QStringList &values)
{
    return set(name, ParamEncoding::jsonList(values));
}

ApiRequest &ApiRequest::setCommaList(const QString &name, const QStringList &values)
{
    return set(name, ParamEncoding::commaList(values));
}

ApiRequest &ApiRequest::setStructList(const QString &name, const QList<ParamMap> &items)
{
    ParamEncoding::structList(m_params, name, items);
    return *this;
}

ApiRequest &ApiRequest::setTags(const QList<std::pair<QString, QString>> &tags)
{
    ParamEncoding::tags(m_params, tags);
    return *this;
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
