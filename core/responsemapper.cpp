#include "responsemapper.h"

#include "errorbody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ecs {

namespace {

/// The translation context of every text the mapper writes.
class ResponseMapper
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ResponseMapper)
};

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
            ? ResponseMapper::tr("The endpoint answered HTTP %1 without an error code.")
                  .arg(response.httpStatus)
            : ResponseMapper::tr("The endpoint answered HTTP %1 with the error %2 and no message.")
                  .arg(response.httpStatus)
                  .arg(cleanCode);
    }
    ApiError e = ApiError::service(
        response.httpStatus, cleanCode, cleanMessage, shown(requestId, 256).simplified());
    e.hostId = shown(hostId, 256).simplified();
    e.recommend = shown(recommend, 2048).simplified();
    return e;
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
    bool isError = false;
    const ErrorBody body = readXmlErrorBody(response.body, &isError);
    const QString requestId = shown(body.requestId, 256).simplified();
    if (isError) {
        mapped.error = serviceError(
            response, body.code, body.message, requestId, body.hostId, body.recommend);
    } else {
        mapped.error = ApiError::make(ApiError::Kind::Malformed,
            ResponseMapper::tr("The endpoint answered in XML, not the JSON that was asked for."));
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
                ? ResponseMapper::tr("The endpoint answered with an empty body.")
                : ResponseMapper::tr("The endpoint answered HTTP %1 with an empty body.")
                      .arg(response.httpStatus));
    }
    if (looksLikeHtml(response.contentType, head)) {
        return malformed(
            ResponseMapper::tr("The endpoint answered with a web page (HTTP %1) instead of an API "
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
                ? ResponseMapper::tr(
                    "The response ended early (%1 bytes): it was cut off in transit.")
                      .arg(response.body.size())
                : ResponseMapper::tr("The response is not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
    }
    if (!doc.isObject())
        return malformed(ResponseMapper::tr("The response is JSON but not an object."));

    const QJsonObject object = doc.object();
    const ErrorBody body = readJsonErrorBody(object);
    const QString bodyRequestId = shown(body.requestId, 256);
    if (!bodyRequestId.isEmpty())
        mapped.requestId = bodyRequestId.simplified();

    if (response.httpStatus >= 400 || (response.httpStatus == 0 && !body.code.isEmpty())
        || (response.httpStatus >= 200 && response.httpStatus < 300 && isErrorEnvelope(object))) {
        mapped.error
            = serviceError(response, body.code, body.code.isEmpty() ? QString() : body.message,
                mapped.requestId, body.hostId, body.recommend);
        return mapped;
    }
    if (response.httpStatus < 200 || response.httpStatus >= 300)
        return malformed(ResponseMapper::tr("Unexpected HTTP status %1.").arg(response.httpStatus));
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
        e = ApiError::make(Kind::Cancelled, ResponseMapper::tr("The request was cancelled."));
    } else if (failure.deadlineExceeded) {
        e = ApiError::make(
            Kind::Timeout, ResponseMapper::tr("The request took too long and was abandoned."));
    } else if (failure.bodyTooLarge) {
        e = ApiError::make(Kind::Malformed,
            ResponseMapper::tr("The response was larger than %1 MiB and was refused.")
                .arg(failure.maxBodyBytes / (1024 * 1024)));
    } else if (failure.error == QNetworkReply::UnknownContentError && failure.httpStatus >= 200
        && failure.httpStatus < 300) {
        // Qt could not decode a successful answer (a broken or oversized compressed body).
        e = ApiError::make(Kind::Malformed,
            ResponseMapper::tr("The response from %1 could not be decoded.").arg(failure.host),
            failure.errorString);
    } else if (!failure.tlsErrors.isEmpty()
        || failure.error == QNetworkReply::SslHandshakeFailedError) {
        e = ApiError::make(Kind::Tls,
            ResponseMapper::tr(
                "The secure connection to %1 could not be verified, so nothing was "
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
                ResponseMapper::tr("%1 stopped answering (no data within the timeout).")
                    .arg(failure.host),
                failure.errorString);
            break;
        case QNetworkReply::ConnectionRefusedError:
            e = ApiError::make(Kind::Network,
                ResponseMapper::tr("%1 refused the connection: nothing is listening there.")
                    .arg(failure.host),
                failure.errorString);
            break;
        case QNetworkReply::HostNotFoundError:
            e = ApiError::make(Kind::Network,
                ResponseMapper::tr("The host %1 was not found.").arg(failure.host),
                failure.errorString);
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProtocolFailure:
            e = ApiError::make(Kind::Network,
                failure.httpStatus
                    ? ResponseMapper::tr(
                        "%1 closed the connection before the whole response arrived.")
                          .arg(failure.host)
                    : ResponseMapper::tr("%1 closed the connection without answering.")
                          .arg(failure.host),
                failure.errorString);
            break;
        default:
            e = ApiError::make(Kind::Network,
                ResponseMapper::tr("The request to %1 failed.").arg(failure.host),
                failure.errorString);
        }
    }
    e.httpStatus = failure.httpStatus;
    e.networkError = int(failure.error);
    return e;
}

} // namespace ecs
