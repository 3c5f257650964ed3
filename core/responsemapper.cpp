#include "responsemapper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>

namespace ecs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecs::ResponseMapper", text);
}

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue v = object.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

// The first bytes that are not whitespace, however much whitespace comes first.
QByteArray trimmedStart(const QByteArray &body, qsizetype max = 512)
{
    qsizetype start = 0;
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    while (start < body.size() && isSpace(body.at(start)))
        ++start;
    return body.mid(start, max).trimmed();
}

// What the endpoint said about itself, fit for a dialog: no control characters (a hostile body
// can carry NULs and terminal escapes) and no wall of text.
QString shown(QString text, qsizetype max = 1024)
{
    text.removeIf(
        [](QChar c) { return (c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f; });
    if (text.size() > max) {
        text.truncate(max);
        text += QChar(0x2026); // …
    }
    return text;
}

ApiError serviceError(const RawResponse &response, const QString &code, const QString &message,
    const QString &requestId, const QString &hostId, const QString &recommend)
{
    const QString cleanCode = shown(code, 256).simplified();
    QString cleanMessage = shown(message).trimmed();
    if (cleanMessage.isEmpty()) {
        cleanMessage = cleanCode.isEmpty()
            ? tr("The endpoint answered HTTP %1 without an error code.").arg(response.httpStatus)
            : tr("The endpoint answered HTTP %1 with the error %2 and no message.")
                  .arg(response.httpStatus)
                  .arg(cleanCode);
    }
    ApiError e = ApiError::service(
        response.httpStatus, cleanCode, cleanMessage, shown(requestId, 256).simplified());
    e.hostId = shown(hostId, 256).simplified();
    e.recommend = shown(recommend, 2048).simplified();
    return e;
}

// A 2xx answer that holds nothing but the service's error fields is an error all the same: some
// gateways and proxies answer errors with 200.
bool isErrorEnvelope(const QJsonObject &object, const QString &code)
{
    if (code.isEmpty() || !object.contains(QLatin1StringView("Message"))
        || code.compare(u"200") == 0 || code.compare(u"OK", Qt::CaseInsensitive) == 0
        || code.compare(u"Success", Qt::CaseInsensitive) == 0)
        return false;
    static const QStringList envelope = { QStringLiteral("RequestId"), QStringLiteral("HostId"),
        QStringLiteral("Code"), QStringLiteral("Message"), QStringLiteral("Recommend"),
        QStringLiteral("AccessDeniedDetail") };
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!envelope.contains(it.key()))
            return false;
    return true;
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &head)
{
    const QByteArray lower = head.toLower();
    return contentType.toLower().contains("text/html") || lower.startsWith("<!doctype html")
        || lower.startsWith("<html") || lower.contains("<html");
}

// Service errors in XML (Format=XML or a gateway that ignores Format): <Error><Code>…</Code>…
MappedResponse mapXml(const RawResponse &response)
{
    MappedResponse mapped;
    QXmlStreamReader xml(response.body);
    QString root, code, message, requestId, hostId, recommend;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty()) {
            root = xml.name().toString();
            continue;
        }
        const QString name = xml.name().toString();
        if (name == u"Code")
            code = xml.readElementText();
        else if (name == u"Message")
            message = xml.readElementText();
        else if (name == u"RequestId")
            requestId = xml.readElementText();
        else if (name == u"HostId")
            hostId = xml.readElementText();
        else if (name == u"Recommend")
            recommend = xml.readElementText();
    }
    requestId = shown(requestId, 256).simplified();
    if (root == u"Error" && !code.isEmpty() && !xml.hasError()) {
        mapped.error = serviceError(response, code, message, requestId, hostId, recommend);
    } else {
        mapped.error = ApiError::make(ApiError::Kind::Malformed,
            tr("The endpoint answered in XML, not the JSON that was asked for."));
        mapped.error.httpStatus = response.httpStatus;
    }
    mapped.requestId = requestId.isEmpty()
        ? shown(QString::fromLatin1(response.requestIdHeader), 256).simplified()
        : requestId;
    mapped.error.requestId = mapped.requestId;
    return mapped;
}

} // namespace

MappedResponse mapResponse(const RawResponse &response)
{
    MappedResponse mapped;
    mapped.requestId = shown(QString::fromLatin1(response.requestIdHeader), 256).simplified();
    const auto malformed = [&](const QString &message) {
        mapped.error = ApiError::make(ApiError::Kind::Malformed, message);
        mapped.error.httpStatus = response.httpStatus;
        mapped.error.requestId = mapped.requestId;
        return mapped;
    };

    const QByteArray head = trimmedStart(response.body);
    if (head.isEmpty()) {
        return malformed(response.httpStatus >= 200 && response.httpStatus < 300
                ? tr("The endpoint answered with an empty body.")
                : tr("The endpoint answered HTTP %1 with an empty body.").arg(response.httpStatus));
    }
    if (looksLikeHtml(response.contentType, head)) {
        return malformed(tr("The endpoint answered with a web page (HTTP %1) instead of an API "
                            "response; a proxy, gateway or wrong endpoint may be in the way.")
                             .arg(response.httpStatus));
    }
    if (head.startsWith('<'))
        return mapXml(response);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = parseError.error == QJsonParseError::UnterminatedObject
            || parseError.error == QJsonParseError::UnterminatedArray
            || parseError.error == QJsonParseError::UnterminatedString
            || ((head.startsWith('{') || head.startsWith('['))
                && parseError.offset >= response.body.size() - 1);
        return malformed(truncated
                ? tr("The response ended early (%1 bytes): it was cut off in transit.")
                      .arg(response.body.size())
                : tr("The response is not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
    }
    if (!doc.isObject())
        return malformed(tr("The response is JSON but not an object."));

    const QJsonObject object = doc.object();
    const QString bodyRequestId = shown(stringField(object, QLatin1StringView("RequestId")), 256);
    if (!bodyRequestId.isEmpty())
        mapped.requestId = bodyRequestId.simplified();

    const QString code = stringField(object, QLatin1StringView("Code"));
    if (response.httpStatus >= 400 || (response.httpStatus == 0 && !code.isEmpty())
        || (response.httpStatus >= 200 && response.httpStatus < 300
            && isErrorEnvelope(object, code))) {
        mapped.error = serviceError(response, code,
            code.isEmpty() ? QString() : stringField(object, QLatin1StringView("Message")),
            mapped.requestId, stringField(object, QLatin1StringView("HostId")),
            stringField(object, QLatin1StringView("Recommend")));
        return mapped;
    }
    if (response.httpStatus < 200 || response.httpStatus >= 300)
        return malformed(tr("Unexpected HTTP status %1.").arg(response.httpStatus));
    mapped.body = object;
    return mapped;
}

bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    // Qt turns 4xx/5xx into content (2xx), protocol (3xx) and server (4xx) error codes; the
    // service's error body is what matters then. Codes below 200 are transport failures, and
    // ProtocolFailure is a broken exchange rather than a status.
    const int code = int(error);
    return code >= 201 && code <= 499 && error != QNetworkReply::ProtocolFailure;
}

ApiError mapTransportFailure(const TransportFailure &failure)
{
    using Kind = ApiError::Kind;
    ApiError e;
    if (failure.cancelledByCaller) {
        e = ApiError::make(Kind::Cancelled, tr("The request was cancelled."));
    } else if (failure.deadlineExceeded) {
        e = ApiError::make(Kind::Timeout, tr("The request took too long and was abandoned."));
    } else if (failure.bodyTooLarge) {
        e = ApiError::make(Kind::Malformed,
            tr("The response was larger than %1 MiB and was refused.")
                .arg(failure.maxBodyBytes / (1024 * 1024)));
    } else if (failure.error == QNetworkReply::UnknownContentError && failure.httpStatus >= 200
        && failure.httpStatus < 300) {
        // Qt could not decode a successful answer (a broken or oversized compressed body).
        e = ApiError::make(Kind::Malformed,
            tr("The response from %1 could not be decoded.").arg(failure.host),
            failure.errorString);
    } else if (!failure.tlsErrors.isEmpty()
        || failure.error == QNetworkReply::SslHandshakeFailedError) {
        e = ApiError::make(Kind::Tls,
            tr("The secure connection to %1 could not be verified, so nothing was "
               "sent. If this endpoint uses a private or proxy certificate, add its "
               "CA certificate to the profile.")
                .arg(failure.host),
            failure.tlsErrors.isEmpty() ? failure.errorString
                                        : failure.tlsErrors.join(QStringLiteral("; ")));
    } else {
        switch (failure.error) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
            e = ApiError::make(Kind::Timeout,
                tr("%1 stopped answering (no data within the timeout).").arg(failure.host),
                failure.errorString);
            break;
        case QNetworkReply::ConnectionRefusedError:
            e = ApiError::make(Kind::Network,
                tr("%1 refused the connection: nothing is listening there.").arg(failure.host),
                failure.errorString);
            break;
        case QNetworkReply::HostNotFoundError:
            e = ApiError::make(Kind::Network, tr("The host %1 was not found.").arg(failure.host),
                failure.errorString);
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProtocolFailure:
            e = ApiError::make(Kind::Network,
                failure.httpStatus
                    ? tr("%1 closed the connection before the whole response arrived.")
                          .arg(failure.host)
                    : tr("%1 closed the connection without answering.").arg(failure.host),
                failure.errorString);
            break;
        default:
            e = ApiError::make(Kind::Network, tr("The request to %1 failed.").arg(failure.host),
                failure.errorString);
        }
    }
    e.httpStatus = failure.httpStatus;
    e.networkError = int(failure.error);
    return e;
}

} // namespace ecs
