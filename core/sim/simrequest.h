#pragma once

#include "signer.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ecs::sim {

/// One HTTP request as the simulator sees it, before and after authentication.
struct SimRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QByteArray path; ///< percent-encoded, "/" when empty
    ParamMap query; ///< decoded query parameters
    ParamMap form; ///< decoded form-body parameters (application/x-www-form-urlencoded)
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QString requestId;

    // Filled in by authentication.
    bool acs3 = false;
    QString action;
    QString version;
    QString format = QStringLiteral("JSON");
    QString accessKeyId;
    /// The operation's parameters: query and form merged, without the signature's own.
    ParamMap params;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString param(const QString &name) const { return params.value(name); }

    /// The request as it came off the wire: query parameters decoded, a form body parsed, header
    /// names lower-cased. Authentication fills in the rest.
    static SimRequest fromHttp(const QByteArray &method, const QUrl &url,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
};

/// `a=1&b=2` percent-decoded; with `plusIsSpace` as HTML forms encode spaces.
ParamMap parseUrlEncoded(const QByteArray &encoded, bool plusIsSpace);

} // namespace ecs::sim
