#pragma once

#include "apirequest.h"
#include "clientconfig.h"
#include "paramencoding.h"

#include <QDateTime>
#include <QNetworkRequest>

namespace ecs {

/// A signed HTTP request, ready for QNetworkAccessManager.
struct HttpRequest
{
    QNetworkRequest request;
    QByteArray method;
    QByteArray body;
};

/// Signs `request` for `endpoint` with the config's credentials and signature version. `now` and
/// `nonce` are parameters so that tests can pin them; every attempt passes fresh ones.
HttpRequest buildHttpRequest(const ApiRequest &request, const ClientConfig &config,
    const QUrl &endpoint, const QDateTime &now, const QString &nonce);

/// The Host header value QNetworkAccessManager will send for `url` (host[:port]).
QByteArray hostHeader(const QUrl &url);

} // namespace ecs
