#include "simulatordemo.h"

namespace ecs {

sim::SimOptions SimulatorDemo::defaultOptions()
{
    sim::SimOptions options;
    options.instances = 120;
    options.seed = 42;
    return options;
}

SimulatorDemo::SimulatorDemo(const sim::SimOptions &options, QObject *parent)
    : DemoEndpoint(parent)
    , m_options(options)
{
    connect(&m_simulator, &sim::EmbeddedSimulator::ready, this, &DemoEndpoint::ready);
    connect(&m_simulator, &sim::EmbeddedSimulator::failed, this, &DemoEndpoint::failed);
}

void SimulatorDemo::start()
{
    m_simulator.start(m_options, QHostAddress(QHostAddress::LocalHost), 0);
}

Credentials SimulatorDemo::credentials() const
{
    return { m_options.accessKeyId, m_options.accessKeySecret, {} };
}

} // namespace ecs
