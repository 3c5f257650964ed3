#pragma once

#include "apicall.h"
#include "clientconfig.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <type_traits>
#include <utility>

class QNetworkAccessManager;

namespace ecs {

class RequestGovernor;
struct Region;

/// The asynchronous ECS OpenAPI client of one profile. Requests go through the one
/// QNetworkAccessManager it is given; each send() is an ApiCall job.
class EcsClient : public QObject
{
    Q_OBJECT

public:
    EcsClient(QNetworkAccessManager *network, ClientConfig config, QObject *parent = nullptr);
    ~EcsClient() override;

    const ClientConfig &config() const { return m_config; }
    const RetryPolicy &retryPolicy() const { return m_config.retry; }
    QNetworkAccessManager *network() const { return m_network; }
    /// The network of a lane: lane 0's is network(); the others are the client's own, made on
    /// first use with network()'s proxy and policies.
    QNetworkAccessManager *laneNetwork(int lane);
    /// Paces every attempt of this client's calls (ClientConfig::throttle).
    RequestGovernor *governor() const { return m_governor; }

    /// Connection pools a client sends through. QNetworkAccessManager opens at most six
    /// connections per host:port; a walk of many pages (ecs::Pager) may spread them over this many
    /// pools, each with its own six, to one endpoint. Lane 0 is the network the client was given.
    /// Three: the 29 pages left of a 3,000-instance region go in two rounds of 18 (two lanes
    /// took three rounds of 12, a third of the inventory's time at 50 ms latency).
    static constexpr int kMaxLanes = 3;
    static constexpr int kConnectionsPerLane = 6;

    /// Starts the call at once, through connection lane `lane` (0 ≤ lane < kMaxLanes; anything
    /// else is lane 0). The call is a child of the client and deletes itself after finished()
    /// (see ApiCall::setAutoDelete).
    ApiCall *send(const ApiRequest &request, int lane = 0);

    /// Sends `request` and hands `handler` the operation's parsed result. The handler runs in
    /// `context`'s thread and never after `context` is destroyed: stale replies are dropped with
    /// it.
    /// The answer is mapped where it was parsed (a worker thread for a large one): a page's
    /// mapping takes milliseconds that are not the caller's thread's to spend.
    template<typename Op, typename Handler>
    ApiCall *call(const ApiRequest &request, QObject *context, Handler &&handler)
    {
        using Answer = Result<typename Op::Response>;
        ApiCall *c = send(request);
        c->setWorkerMap(
            [](QJsonObject &body, QByteArrayView) -> std::any { return Answer(Op::parse(body)); });
        QObject::connect(
            c, &ApiCall::finished, context, [c, h = std::forward<Handler>(handler)]() mutable {
                if (!c->ok())
                    return h(Answer(c->error()));
                std::any mapped = c->takeMapped();
                if (auto *answer = std::any_cast<Answer>(&mapped))
                    return h(std::as_const(*answer));
                h(Answer(Op::parse(c->response())));
            });
        return c;
    }

    /// Where a request goes: the override (unless ClientConfig::followRegionEndpoints and the
    /// region's endpoint is known), else the region's endpoint (learned from DescribeRegions'
    /// RegionEndpoint), else ecs.<region>.aliyuncs.com; the scheme is the profile's.
    QUrl endpointFor(const ApiRequest &request) const;
    /// Where a request for no particular region goes (DescribeRegions, a connection test).
    QUrl centralEndpoint() const;
    /// `endpoint` is "host" or "host:port" (a host name or IP address, a port 1–65535). The
    /// server's word is checked first: anything malformed, or a host this profile may not be sent
    /// to (see ClientConfig::followRegionEndpoints), is ignored and logged. False if ignored.
    /// Called for every ECS DescribeRegions answer this client receives.
    bool setRegionEndpoint(const QString &regionId, const QString &endpoint);
    /// The learned endpoint of a region ("host" or "host:port"), or empty.
    QString regionEndpoint(const QString &regionId) const;

    /// Cancels every call in flight (profile or region switch, shutdown).
    void cancelAll();
    int callsInFlight() const { return m_inFlight; }

    /// Added to the local clock when signing (server time minus local time).
    void setClockOffsetMs(qint64 offset) { m_clockOffsetMs = offset; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }

Q_SIGNALS:
    void callStarted(ecs::ApiCall *call);
    void callFinished(ecs::ApiCall *call);

private:
    friend class ApiCall;

    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_laneNetworks[kMaxLanes - 1] = {};
    ClientConfig m_config;
    struct Endpoint
    {
        QString host;
        int port = -1; ///< -1: the scheme's
        QString spelled; ///< as the service named it: the same word again needs no checking
    };
    void learnRegionEndpoints(const Result<QList<Region>> &regions);
    bool mayUseHost(const QString &host) const;

    QHash<QString, Endpoint> m_regionEndpoints;
    qint64 m_clockOffsetMs = 0;
    int m_inFlight = 0;
    RequestGovernor *m_governor;
};

/// Host names and IP literals a server may name as an endpoint: no scheme, path, space or user.
bool isValidHostName(const QString &host);

/// Loopback hosts may use plain HTTP (the embedded simulator); everything else must use HTTPS.
bool isLoopbackHost(const QString &host);

} // namespace ecs
