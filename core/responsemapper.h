#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>

#include <any>

namespace ecs {

/// What came back over HTTP, before anyone trusts it.
struct RawResponse
{
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray requestIdHeader; ///< x-acs-request-id
    QByteArray body;
};

/// A response body accepted as an API answer, or the typed error it amounts to.
struct MappedResponse
{
    ApiError error;
    QJsonObject body;
    QString requestId;
    std::any mapped; ///< what the call's WorkerMap made of a successful body (ApiCall)
};

/// The one place where HTTP answers become values or typed errors: service error bodies (JSON or
/// XML), HTML pages from proxies, empty, truncated and non-JSON bodies.
MappedResponse mapResponse(const RawResponse &response);

/// Transport failures: what Qt reported, and what the client itself knew (its deadline fired, the
/// caller cancelled, the body was too large, TLS verification failed).
struct TransportFailure
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool cancelledByCaller = false;
    bool deadlineExceeded = false;
    bool bodyTooLarge = false;
    qint64 maxBodyBytes = 0;
    QStringList tlsErrors;
    int httpStatus = 0; ///< when headers had arrived before the failure
    QString host;
};
ApiError mapTransportFailure(const TransportFailure &failure);

/// True for Qt error codes that only say "the HTTP status was not 2xx": the body then carries the
/// real answer.
bool isHttpStatusError(QNetworkReply::NetworkError error);

} // namespace ecs
