#include "errorbody.h"

#include <QJsonValue>
#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ecs {

QString wireText(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue v = object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

ErrorBody readJsonErrorBody(const QJsonObject &object)
{
    ErrorBody body;
    body.code = wireText(object, "Code"_L1);
    body.message = wireText(object, "Message"_L1);
    body.requestId = wireText(object, "RequestId"_L1);
    body.hostId = wireText(object, "HostId"_L1);
    body.recommend = wireText(object, "Recommend"_L1);
    return body;
}

bool isErrorEnvelope(const QJsonObject &object)
{
    const QString code = wireText(object, "Code"_L1);
    if (code.isEmpty() || !object.contains("Message"_L1) || code.compare(u"200") == 0
        || code.compare(u"OK", Qt::CaseInsensitive) == 0
        || code.compare(u"Success", Qt::CaseInsensitive) == 0)
        return false;
    static const QStringList envelope = { u"RequestId"_s, u"HostId"_s, u"Code"_s, u"Message"_s,
        u"Recommend"_s, u"AccessDeniedDetail"_s };
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!envelope.contains(it.key()))
            return false;
    return true;
}

ErrorBody readXmlErrorBody(const QByteArray &xml, bool *isError)
{
    ErrorBody body;
    QXmlStreamReader reader(xml);
    QString root;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty()) {
            root = reader.name().toString();
            continue;
        }
        const QStringView name = reader.name();
        if (name == u"Code")
            body.code = reader.readElementText();
        else if (name == u"Message")
            body.message = reader.readElementText();
        else if (name == u"RequestId")
            body.requestId = reader.readElementText();
        else if (name == u"HostId")
            body.hostId = reader.readElementText();
        else if (name == u"Recommend")
            body.recommend = reader.readElementText();
    }
    if (isError)
        *isError = root == u"Error" && !body.code.isEmpty() && !reader.hasError();
    return body;
}

} // namespace ecs
