#include "networkproxy.h"

#include "ecsclient.h"

namespace ecs {

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

void SystemProxyFactory::install()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory); // takes ownership
}

} // namespace ecs
