#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ecs {

/// The fields of a service error body, as sent: nothing here is cleaned for display yet (the
/// client's response mapper does that), so that a reader of the wire sees what the wire said.
struct ErrorBody
{
    QString code; ///< e.g. "InvalidInstanceId.NotFound"
    QString message;
    QString requestId;
    QString hostId;
    QString recommend; ///< the service's diagnosis link
};

/// Reads Code, Message, RequestId, HostId and Recommend of a JSON body; numbers count as text
/// (some gateways send Code as a number). Absent fields stay empty.
ErrorBody readJsonErrorBody(const QJsonObject &object);

/// A 2xx answer that holds nothing but the service's error fields is an error all the same: some
/// gateways and proxies answer errors with 200. "200", "OK" and "Success" codes are not errors.
bool isErrorEnvelope(const QJsonObject &object);

/// The same fields of an XML body (Format=XML, or a gateway that ignores Format):
/// `<Error><Code>…</Code><Message>…</Message>…</Error>`. `isError` (when given) says whether it
/// was a well-formed `<Error>` with a Code; the RequestId is read either way.
ErrorBody readXmlErrorBody(const QByteArray &xml, bool *isError = nullptr);

/// A JSON value read as text: strings as they are, numbers in their shortest form, else empty.
QString wireText(const QJsonObject &object, QLatin1StringView key);

} // namespace ecs
