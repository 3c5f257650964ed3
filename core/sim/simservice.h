#pragma once

#include "simerror.h"
#include "simparams.h"
#include "simrequest.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace ecs::sim {

class SimWorld;

inline constexpr char kEcsVersion[] = "2014-05-26";
inline constexpr char kVpcVersion[] = "2016-04-28";

/// What an operation handler gets: the authenticated request, typed parameter reads, the world.
struct SimContext
{
    const SimRequest &request;
    SimParams params;
    SimWorld &world;
};

/// The ECS (and VPC) operations the simulator serves, routed by Version and Action. Handlers
/// answer the response body (the server adds RequestId) or a service error.
class SimService
{
public:
    struct Outcome
    {
        SimError error;
        QJsonObject body;
    };
    using Handler = std::function<Outcome(SimContext &)>;

    explicit SimService(SimWorld &world);

    /// `idempotent`: the operation honours ClientToken (same token and parameters → same answer).
    void add(const char *version, const QString &action, Handler handler, bool idempotent = false);
    Outcome handle(const SimRequest &request);
    bool knows(const QString &version, const QString &action) const;

    SimWorld &world() { return m_world; }

private:
    struct Operation
    {
        Handler handler;
        bool idempotent = false;
    };
    struct TokenRecord
    {
        QByteArray fingerprint;
        QJsonObject body;
    };

    SimWorld &m_world;
    QHash<QString, Operation> m_operations; ///< by "version/action"
    QHash<QString, TokenRecord> m_tokens; ///< by "key/action/token"
};

// The operation groups, one file each.
void addCatalogOperations(SimService &service);
void addMarketOperations(SimService &service);
void addInstanceQueryOperations(SimService &service);
void addLifecycleOperations(SimService &service);
void addBillingOperations(SimService &service);

} // namespace ecs::sim
