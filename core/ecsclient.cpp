#include "ecsclient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTimer>

namespace ecs {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

EcsClient::EcsClient(QNetworkAccessManager *network, ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{ }

EcsClient::~EcsClient()
{
    cancelAll();
}

ApiCall *EcsClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    ++m_inFlight;
    Q_EMIT callStarted(call);
    // Started on the next turn of the event loop, so that callers can connect to finished() even
    // when the call fails before any I/O (missing credentials, refused endpoint).
    QTimer::singleShot(0, call, &ApiCall::start);
    return call;
}

QUrl EcsClient::endpointFor(const ApiRequest &request) const
{
    if (m_config.endpointOverride.isValid() && !m_config.endpointOverride.isEmpty())
        return m_config.endpointOverride;
    const QString region = request.endpointRegion();
    QString host;
    if (request.product() == ApiRequest::Product::Vpc) {
        host = region.isEmpty() ? QStringLiteral("vpc.aliyuncs.com")
                                : QStringLiteral("vpc.%1.aliyuncs.com").arg(region);
    } else if (region.isEmpty()) {
        host = QStringLiteral("ecs.aliyuncs.com");
    } else {
        host = m_regionEndpoints.value(region, QStringLiteral("ecs.%1.aliyuncs.com").arg(region));
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/"));
    return url;
}

void EcsClient::setRegionEndpoint(const QString &regionId, const QString &host)
{
    if (!regionId.isEmpty() && !host.isEmpty())
        m_regionEndpoints.insert(regionId, host);
}

void EcsClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

} // namespace ecs
