#include "simrequest.h"

namespace ecs::sim {

ParamMap parseUrlEncoded(const QByteArray &encoded, bool plusIsSpace)
{
    ParamMap params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        if (plusIsSpace) {
            name.replace('+', ' ');
            value.replace('+', ' ');
        }
        params.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return params;
}

SimRequest SimRequest::fromHttp(const QByteArray &method, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    SimRequest request;
    request.method = method;
    request.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (request.path.isEmpty())
        request.path = "/";
    // Decoded by hand from the encoded query: QUrlQuery would keep '+' and some escapes as they
    // are.
    request.query = parseUrlEncoded(url.query(QUrl::FullyEncoded).toUtf8(), false);
    for (const auto &[name, value] : headers)
        request.headers.insert(name.toLower(), value);
    request.body = body;
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        request.form = parseUrlEncoded(body, true);
    return request;
}

} // namespace ecs::sim
