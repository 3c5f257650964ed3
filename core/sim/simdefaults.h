#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace ecs::sim {

/// The documented demo key pair: what `ecs-sim` accepts by default and what the console's Demo
/// profile signs with. It opens nothing but a local simulator.
inline constexpr char kDemoAccessKeyId[] = "LTAIdemoEcsSimulator";
inline constexpr char kDemoAccessKeySecret[] = "ecs-sim-demo-secret-not-for-production";

/// Requests whose timestamp is further than this from the server's clock are refused, and
/// nonces are remembered for as long.
inline constexpr qint64 kTimestampToleranceMs = 15 * 60 * 1000;

/// Bodies beyond this are refused before any parsing.
inline constexpr qint64 kMaxRequestBodyBytes = 1024 * 1024;

/// What a connection may send before its request is complete, and what all connections may hold
/// together; beyond them a request is refused as soon as the excess is seen (RequestGate).
struct RequestLimits
{
    qint64 maxHeaderBytes = 64 * 1024; ///< request line and headers
    int maxHeaderLines = 128;
    qint64 maxBodyBytes = kMaxRequestBodyBytes;
    qint64 maxBufferedBytes = 16 * 1024 * 1024; ///< unfinished requests, all connections
    int maxConnections = 512;
};

/// A further key pair the simulator knows, to reproduce permission errors.
struct SimKey
{
    QString accessKeyId;
    QString accessKeySecret;
    bool disabled = false; ///< every request: Forbidden.AccessKeyDisabled
    bool readOnly = false; ///< anything but Describe*: Forbidden.RAM
};

struct SimOptions
{
    QString accessKeyId = QString::fromLatin1(kDemoAccessKeyId);
    QString accessKeySecret = QString::fromLatin1(kDemoAccessKeySecret);
    /// STS tokens the simulator accepts, by access key id. A request that carries a token for a
    /// key not listed here, or a different token, is refused as malformed.
    QHash<QString, QString> stsTokens;
    QList<SimKey> extraKeys;
    /// Everything random in the world (ids, the spot market, stock) derives from this.
    quint64 seed = 1;
    /// Multiplies the speed of the instance state machine (Pending → Running and so on).
    double timeScale = 1.0;
    /// Every answer waits this long, plus up to the jitter (a slow network or a far region).
    int latencyMs = 0;
    int latencyJitterMs = 0;
    /// The share of requests answered with a fault instead: Throttling.User, ServiceUnavailable,
    /// InternalError, a dropped connection, a truncated body, or (the service having acted) a
    /// connection closed before the answer.
    double faultRate = 0;
    /// Requests per second each AccessKey may send (a token bucket holding one second's worth,
    /// over every region's socket); beyond it Throttling.User, as the service's per-user flow
    /// control answers. 0: no limit.
    double qpsLimit = 0;
    /// Instances created at start, spread over regions, zones, types and states.
    int instances = 0;
    /// Spread them over the first this many regions only (0: all of them).
    int instanceRegions = 0;
    /// Where the world is kept between runs (instances, id counter, ClientTokens, used nonces),
    /// written before the answers that report it; empty: nowhere.
    QString stateFile;
    /// HTTPS with a certificate made at start; its PEM is written to certificateOut.
    bool tls = false;
    /// Accept a nonce more than once: only for load tools that replay one signed request.
    bool allowNonceReplay = false;
    QString certificateOut;
    /// One endpoint for every region (RegionEndpoint = ecs.<region>.aliyuncs.com) instead of a
    /// listening socket per region on loopback, named in DescribeRegions as 127.0.0.1:<port>.
    bool singleEndpoint = false;
    /// Request size limits, per connection and in total.
    RequestLimits limits;
};

} // namespace ecs::sim
