#pragma once

#include "simerror.h"
#include "simparams.h"
#include "simrequest.h"
#include "simsts.h"

#include <QHash>
#include <QJsonArray>
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
        /// One more member of the body, already JSON text (a large list written by JsonWriter):
        /// the server splices it into a JSON answer, and parses it only for an XML one.
        QLatin1StringView rawKey;
        QByteArray rawValue;
    };
    using Handler = std::function<Outcome(SimContext &)>;

    explicit SimService(SimWorld &world);

    /// `idempotent`: the operation honours ClientToken (same token and parameters → same answer).
    void add(const char *version, const QString &action, Handler handler, bool idempotent = false);
    Outcome handle(const SimRequest &request);
    /// The outcome's body with its raw member parsed in (for XML answers and remembered ones).
    static QJsonObject bodyWithRawMember(const Outcome &outcome);
    bool knows(const QString &version, const QString &action) const;

    SimWorld &world() { return m_world; }
    /// The temporary credentials issued by AssumeRole and the credential endpoints.
    StsIssuer &sts() { return m_sts; }

    /// The ClientToken table, saved with the state so that a retry after a restart still gets
    /// the first answer. The generation changes whenever a token is recorded.
    QJsonArray saveTokens() const;
    void restoreTokens(const QJsonArray &tokens);
    quint64 tokenGeneration() const { return m_tokenGeneration; }

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
        qint64 recordedMs = 0;
    };

    SimWorld &m_world;
    StsIssuer m_sts;
    QHash<QString, Operation> m_operations; ///< by "version/action"
    QHash<QString, TokenRecord> m_tokens; ///< by "key/action/token"
    quint64 m_tokenGeneration = 0;
};

// The operation groups, one file each.
void addCatalogOperations(SimService &service);
void addMarketOperations(SimService &service);
void addInstanceQueryOperations(SimService &service);
void addLifecycleOperations(SimService &service);
void addBillingOperations(SimService &service);
void addStsOperations(SimService &service);
void addAssistantOperations(SimService &service);
void addInsightOperations(SimService &service);
void addEventOperations(SimService &service);
void addTagOperations(SimService &service);

} // namespace ecs::sim
