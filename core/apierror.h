#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace ecs {

/// Why a call failed, as a value. Every failure of the client ends up as one of these; the UI shows
/// toDisplayString() and never parses a response body itself.
struct ApiError
{
    enum class Kind {
        None, ///< no error
        Service, ///< the service answered with an error body (Code, Message, RequestId…)
        Network, ///< connection refused, reset, DNS, proxy…
        Timeout, ///< inactivity timeout or the call's overall deadline passed
        Tls, ///< certificate or handshake failure; never ignored
        Malformed, ///< an answer that is not the JSON the operation promises
        Cancelled, ///< the caller cancelled (region or profile switch, shutdown)
        Configuration, ///< the request could not be made: missing credentials, refused endpoint
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; ///< the service's Code, e.g. "InvalidInstanceId.NotFound"
    QString message; ///< the service's Message, or what went wrong in plain words
    QString requestId; ///< the service's RequestId (or x-acs-request-id)
    QString hostId;
    QString recommend; ///< the service's diagnosis link
    QString detail; ///< transport detail (Qt's error string), already redacted
    int networkError = 0; ///< QNetworkReply::NetworkError for Network/Timeout/Tls kinds

    bool isError() const { return kind != Kind::None; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
    /// True when the request cannot have reached the service (refused, no such host, TLS or
    /// proxy failure before anything was sent, a request that could not be made): nothing
    /// happened, as opposed to an outcome that is unknown.
    bool neverSent() const;

    static ApiError service(int httpStatus, QString code, QString message, QString requestId = {});
    static ApiError make(Kind kind, QString message, QString detail = {});

    /// One or two sentences for people: what happened, then the code and request id.
    QString toDisplayString() const;
    /// A short title for banners: the code, or the kind in words.
    QString title() const;
    /// This error with every text field passed through redact(): what the client hands out, so
    /// that no view, tooltip or log line can show a secret a service echoed.
    ApiError redacted() const;
    static QString kindName(Kind kind);

    Q_DECLARE_TR_FUNCTIONS(ecs::ApiError)
};

} // namespace ecs

Q_DECLARE_METATYPE(ecs::ApiError)
