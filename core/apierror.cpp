#include "apierror.h"

#include "logging.h"

#include <QCoreApplication>
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
        return QCoreApplication::translate("ApiError", "No error");
    case Kind::Service:
        return QCoreApplication::translate("ApiError", "Service error");
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "Network error");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "Timed out");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError", "Secure connection failed");
    case Kind::Malformed:
        return QCoreApplication::translate("ApiError", "Unreadable response");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled");
    case Kind::Configuration:
        return QCoreApplication::translate("ApiError", "Cannot send request");
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
        facts << QCoreApplication::translate("ApiError", "Code: %1").arg(code);
    if (httpStatus)
        facts << QCoreApplication::translate("ApiError", "HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        facts << QCoreApplication::translate("ApiError", "RequestId: %1").arg(requestId);
    if (!facts.isEmpty())
        text += u'\n' + facts.join(QStringLiteral(" · "));
    return redact(text);
}

} // namespace ecs
