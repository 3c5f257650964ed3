#include "apierror.h"

#include "logging.h"

#include <QNetworkReply>

namespace ecs {

ApiError ApiError::service(int httpStatus, QString code, QString message, QString requestId)
{
    ApiError e;
    e.kind = Kind::Service;
    e.httpStatus = httpStatus;
    e.code = std::move(code);
    e.message = std::move(message);
    e.requestId = std::move(requestId);
    return e;
}

ApiError ApiError::make(Kind kind, QString message, QString detail)
{
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = redact(detail);
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Service:
        return tr("Service error");
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Malformed:
        return tr("Unreadable response");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Configuration:
        return tr("Cannot send request");
    }
    return {};
}

QString ApiError::title() const
{
    return code.isEmpty() ? kindName(kind) : redact(code);
}

ApiError ApiError::redacted() const
{
    ApiError e = *this;
    for (QString *text : { &e.code, &e.message, &e.requestId, &e.hostId, &e.recommend, &e.detail })
        *text = redact(*text);
    return e;
}

bool ApiError::neverSent() const
{
    switch (kind) {
    case Kind::Tls:
    case Kind::Configuration:
        return true;
    case Kind::Network:
        switch (QNetworkReply::NetworkError(networkError)) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
        case QNetworkReply::ProtocolUnknownError:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

QString ApiError::toDisplayString() const
{
    QString text = message.isEmpty() ? kindName(kind) : message;
    if (!detail.isEmpty() && detail != message)
        text += QStringLiteral(" (%1)").arg(detail);
    QStringList facts;
    if (!code.isEmpty())
        facts << tr("Code: %1").arg(code);
    if (httpStatus)
        facts << tr("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        facts << tr("RequestId: %1").arg(requestId);
    if (!facts.isEmpty())
        text += u'\n' + facts.join(QStringLiteral(" · "));
    return redact(text);
}

} // namespace ecs
