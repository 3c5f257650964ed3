#pragma once

#include "simdataset.h"
#include "simerror.h"
#include "simrequest.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace ecs::sim {

/// The ECS operations the simulator serves. Each handler reads the request's wire parameters
/// and answers the response body (without RequestId, which the server adds) or a service error.
class SimService
{
public:
    struct Outcome
    {
        SimError error;
        QJsonObject body;
    };

    explicit SimService(SimDataset dataset);

    /// Routes by Version and Action; unknown ones answer InvalidVersion / InvalidAction.NotFound.
    Outcome handle(const SimRequest &request);

    const SimDataset &dataset() const { return m_dataset; }

private:
    using Handler = std::function<Outcome(const SimRequest &)>;

    Outcome describeRegions(const SimRequest &request) const;
    Outcome describeZones(const SimRequest &request) const;

    SimDataset m_dataset;
    QHash<QString, Handler> m_ecsOperations; ///< Version 2014-05-26
};

} // namespace ecs::sim
