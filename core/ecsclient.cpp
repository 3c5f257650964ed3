#include "ecsclient.h"

#include "logging.h"
#include "throttle/requestgovernor.h"
#include "types/region.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

// What a DescribeRegions answer may make a client remember.
constexpr qsizetype kMaxRegionEndpoints = 256;
constexpr qsizetype kMaxEndpointLength = 260;

bool isValidRegionId(const QString &regionId)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$"_s);
    return pattern.match(regionId).hasMatch();
}

bool isAliyunHost(const QString &host)
{
    static const QString suffix = u".aliyuncs.com"_s;
    return host.size() > suffix.size() && host.endsWith(suffix, Qt::CaseInsensitive);
}

} // namespace

bool isValidHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    // RFC 1123 labels: letters, digits and inner hyphens, 1–63 each.
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    return pattern.match(host).hasMatch();
}

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
    , m_governor(new RequestGovernor(m_config.throttle, this))
{ }

EcsClient::~EcsClient()
{
    cancelAll();
    // The calls (and the replies they own) go before the lane networks that made those replies.
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
}

QNetworkAccessManager *EcsClient::laneNetwork(int lane)
{
    if (lane <= 0 || lane >= kMaxLanes)
        return m_network;
    QNetworkAccessManager *&network = m_laneNetworks[lane - 1];
    if (!network) {
        network = new QNetworkAccessManager(this);
        network->setProxy(m_network->proxy());
        network->setRedirectPolicy(m_network->redirectPolicy());
        network->setStrictTransportSecurityEnabled(m_network->isStrictTransportSecurityEnabled());
        network->setTransferTimeout(m_network->transferTimeout());
    }
    return network;
}

ApiCall *EcsClient::send(const ApiRequest &request, int lane)
{
    auto *call = new ApiCall(this, request, lane >= 0 && lane < kMaxLanes ? lane : 0);
    ++m_inFlight;
    if (request.product() == ApiRequest::Product::Ecs && request.action() == u"DescribeRegions") {
        // Connected first, so the endpoints are known before the caller's handler runs.
        connect(call, &ApiCall::finished, this, [this, call] {
            if (!call->ok())
                return;
            // The answer call<DescribeRegions> mapped on its worker (parsing the body here
            // again was a second parse per request), else the body as it came.
            using Answer = Result<ops::DescribeRegions::Response>;
            if (const auto *answer = std::any_cast<Answer>(&call->mapped()))
                learnRegionEndpoints(*answer);
            else
                learnRegionEndpoints(ops::DescribeRegions::parse(call->response()));
        });
    }
    Q_EMIT callStarted(call);
    // Started on the next turn of the event loop, so that callers can connect to finished() even
    // when the call fails before any I/O (missing credentials, refused endpoint).
    QTimer::singleShot(0, call, &ApiCall::start);
    return call;
}

QUrl EcsClient::centralEndpoint() const
{
    return endpointFor(ApiRequest(u"DescribeRegions"_s));
}

QUrl EcsClient::endpointFor(const ApiRequest &request) const
{
    const QString region = request.endpointRegion();
    const bool ecsProduct = request.product() == ApiRequest::Product::Ecs;
    const auto learned = ecsProduct && !region.isEmpty() ? m_regionEndpoints.constFind(region)
                                                         : m_regionEndpoints.cend();
    if (m_config.endpointOverride.isValid() && !m_config.endpointOverride.isEmpty()) {
        if (!m_config.followRegionEndpoints || learned == m_regionEndpoints.cend())
            return m_config.endpointOverride;
        QUrl url = m_config.endpointOverride; // its scheme and path, the region's host and port
        url.setHost(learned->host);
        url.setPort(learned->port);
        return url;
    }
    QUrl url;
    url.setScheme(u"https"_s);
    url.setPath(u"/"_s);
    if (learned != m_regionEndpoints.cend()) {
        url.setHost(learned->host);
        url.setPort(learned->port);
    } else if (!ecsProduct) {
        url.setHost(
            region.isEmpty() ? u"vpc.aliyuncs.com"_s : u"vpc.%1.aliyuncs.com"_s.arg(region));
    } else if (region.isEmpty()) {
        url.setHost(u"ecs.aliyuncs.com"_s);
    } else {
        url.setHost(u"ecs.%1.aliyuncs.com"_s.arg(region));
    }
    return url;
}

bool EcsClient::mayUseHost(const QString &host) const
{
    const QUrl &override = m_config.endpointOverride;
    if (override.isValid() && !override.isEmpty()) {
        // Signed requests stay on the machine the profile points at, or go to the service.
        return isLoopbackHost(override.host()) ? isLoopbackHost(host) : isAliyunHost(host);
    }
    return isAliyunHost(host) || isLoopbackHost(host);
}

bool EcsClient::setRegionEndpoint(const QString &regionId, const QString &endpoint)
{
    const auto refuse = [&](const char *why) {
        qCWarning(lcEcsApi).noquote() << "ignoring the endpoint" << endpoint.left(80) << "of region"
                                      << regionId.left(64) << "(" << why << ")";
        return false;
    };
    // Every DescribeRegions answer names every region's endpoint again, nearly always the same.
    if (const auto known = m_regionEndpoints.constFind(regionId);
        known != m_regionEndpoints.cend() && known->spelled == endpoint)
        return true;
    if (!isValidRegionId(regionId))
        return refuse("not a region id");
    if (endpoint.isEmpty() || endpoint.size() > kMaxEndpointLength)
        return refuse("empty or too long");
    QString host = endpoint;
    QString port;
    if (endpoint.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = endpoint.indexOf(u']');
        const QString rest = endpoint.mid(close + 1);
        if (close < 0 || (!rest.isEmpty() && !rest.startsWith(u':')))
            return refuse("not host or host:port");
        host = endpoint.mid(1, close - 1);
        port = rest.mid(1);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol
            || (rest.startsWith(u':') && port.isEmpty()))
            return refuse("not host or host:port");
    } else if (const qsizetype colon = endpoint.indexOf(u':'); colon >= 0) {
        host = endpoint.left(colon);
        port = endpoint.mid(colon + 1);
        if (port.isEmpty())
            return refuse("not host or host:port");
    }
    int portNumber = -1;
    if (!port.isEmpty()) {
        static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
        if (!digits.match(port).hasMatch())
            return refuse("not host or host:port");
        portNumber = port.toInt();
        if (portNumber < 1 || portNumber > 65535)
            return refuse("no port 1-65535");
    }
    if (!isValidHostName(host))
        return refuse("not a host name or address");
    if (!mayUseHost(host)) {
        // Expected when a simulator names the service's hosts: worth a note, not a warning.
        qCInfo(lcEcsApi).noquote() << "not following the endpoint" << host.left(80) << "of region"
                                   << regionId << "(a host this profile is not sent to)";
        return false;
    }
    if (!m_regionEndpoints.contains(regionId) && m_regionEndpoints.size() >= kMaxRegionEndpoints)
        return refuse("too many regions");
    m_regionEndpoints.insert(regionId, { host, portNumber, endpoint });
    return true;
}

QString EcsClient::regionEndpoint(const QString &regionId) const
{
    const auto it = m_regionEndpoints.constFind(regionId);
    if (it == m_regionEndpoints.cend())
        return {};
    const QString host = it->host.contains(u':') ? u"[%1]"_s.arg(it->host) : it->host;
    return it->port < 0 ? host : u"%1:%2"_s.arg(host).arg(it->port);
}

void EcsClient::learnRegionEndpoints(const Result<QList<Region>> &regions)
{
    const QUrl &override = m_config.endpointOverride;
    if (override.isValid() && !override.isEmpty() && !m_config.followRegionEndpoints)
        return; // every request goes to the override anyway
    if (!regions.ok())
        return;
    for (const Region &region : regions.value())
        if (!region.regionEndpoint.isEmpty())
            setRegionEndpoint(region.regionId, region.regionEndpoint);
}

void EcsClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

} // namespace ecs
