#pragma once

#include <QNetworkProxyFactory>

namespace ecs {

/// The system's proxy settings (http_proxy/https_proxy/no_proxy, or the desktop's), except for
/// loopback: the embedded simulator is never reached through a proxy.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    /// Makes every QNetworkAccessManager of this process use it.
    static void install();
};

} // namespace ecs
