#include "requestbuilder.h"

#include <QSslConfiguration>

namespace ecs {

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

namespace {

QNetworkRequest baseRequest(const QUrl &url, const ClientConfig &config)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(config.transferTimeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, config.userAgent);
    req.setRawHeader("accept", "application/json");
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!config.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(config.extraCaCertificates);
        req.setSslConfiguration(ssl);
    }
    return req;
}

HttpRequest buildRpcV1(const ApiRequest &request, const ClientConfig &config, QUrl url,
    const QDateTime &now, const QString &nonce)
{
    ParamMap params = request.params();
    params.insert(QStringLiteral("Action"), request.action());
    params.insert(QStringLiteral("Version"), request.version());
    params.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    params.insert(QStringLiteral("AccessKeyId"), config.credentials.accessKeyId);
    params.insert(QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
    params.insert(QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
    params.insert(QStringLiteral("SignatureNonce"), nonce);
    params.insert(QStringLiteral("Timestamp"), apiTimestamp(now));
    if (config.credentials.isSts())
        params.insert(QStringLiteral("SecurityToken"), config.credentials.securityToken);

    const QByteArray method = config.httpMethod.toUpper();
    params.insert(QStringLiteral("Signature"),
        RpcV1::sign(method, params, config.credentials.accessKeySecret));
    const QByteArray encoded = canonicalQuery(params);

    HttpRequest out;
    out.method = method;
    if (method == "GET") {
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        out.request = baseRequest(url, config);
    } else {
        // pop-core's POST shape: every parameter in a form body.
        url.setQuery(QString());
        out.request = baseRequest(url, config);
        out.request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        out.body = encoded;
    }
    return out;
}

HttpRequest buildAcs3(const ApiRequest &request, const ClientConfig &config, QUrl url,
    const QDateTime &now, const QString &nonce)
{
    const QByteArray method = config.httpMethod.toUpper();
    const ParamMap &query = request.params();
    url.setQuery(QString::fromLatin1(canonicalQuery(query)), QUrl::StrictMode);

    const QByteArray body; // ECS takes every parameter in the query string
    Acs3::HeaderList headers {
        { "host", hostHeader(url) },
        { "x-acs-action", request.action().toUtf8() },
        { "x-acs-version", request.version().toUtf8() },
        { "x-acs-date", apiTimestamp(now).toUtf8() },
        { "x-acs-signature-nonce", nonce.toUtf8() },
        { "x-acs-content-sha256", Acs3::hashPayload(body) },
    };
    if (config.credentials.isSts())
        headers.emplace_back("x-acs-security-token", config.credentials.securityToken.toUtf8());
    const Acs3::HeaderList signedHeaders = Acs3::signedHeaders(headers);
    const QByteArray names = Acs3::signedHeaderNames(signedHeaders);
    const QByteArray canonical
        = Acs3::canonicalRequest(method, "/", query, signedHeaders, Acs3::hashPayload(body));
    const QByteArray signature
        = Acs3::sign(Acs3::stringToSign(canonical), config.credentials.accessKeySecret);

    HttpRequest out;
    out.method = method;
    out.request = baseRequest(url, config);
    for (const auto &[name, value] : headers)
        if (name != "host") // QNetworkAccessManager writes Host itself, the same way
            out.request.setRawHeader(name, value);
    out.request.setRawHeader(
        "Authorization", Acs3::authorization(config.credentials.accessKeyId, names, signature));
    out.body = body;
    return out;
}

} // namespace

HttpRequest buildHttpRequest(const ApiRequest &request, const ClientConfig &config,
    const QUrl &endpoint, const QDateTime &now, const QString &nonce)
{
    QUrl url = endpoint;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return config.signatureVersion == SignatureVersion::RpcV1
        ? buildRpcV1(request, config, url, now, nonce)
        : buildAcs3(request, config, url, now, nonce);
}

} // namespace ecs
