#pragma once

#include "demoendpoint.h"
#include "embeddedsimulator.h"
#include "simdefaults.h"

namespace ecs {

/// The Demo profile's endpoint: ecs-sim in this process, on its own thread, on loopback. The
/// console's libraries only know the DemoEndpoint it implements; this file is where the app (and
/// the tests that open Demo) bring the simulator in.
class SimulatorDemo : public ui::DemoEndpoint
{
    Q_OBJECT

public:
    /// The default world: a fleet to look at, the same one every run.
    static sim::SimOptions defaultOptions();

    explicit SimulatorDemo(
        const sim::SimOptions &options = defaultOptions(), QObject *parent = nullptr);

    void start() override;
    Credentials credentials() const override;

private:
    sim::SimOptions m_options;
    sim::EmbeddedSimulator m_simulator;
};

} // namespace ecs
