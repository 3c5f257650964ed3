#include "embeddedsimulator.h"

#include "simserver.h"
#include "threadweight.h"

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {
constexpr int kSimulatorNiceIncrement = 5;
} // namespace

EmbeddedSimulator::EmbeddedSimulator(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"ecs-sim"_s);
}

EmbeddedSimulator::~EmbeddedSimulator()
{
    stop();
}

void EmbeddedSimulator::start(const SimOptions &options, const QHostAddress &address, quint16 port)
{
    stop();
    m_server = new SimServer(options);
    m_server->moveToThread(&m_thread);
    // The server belongs to the thread: it is deleted there once the thread's loop ends.
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    // Queued like listening(), and emitted before it: known by the time ready() is.
    connect(m_server, &SimServer::regionEndpointsListening, this,
        [this](const QMap<QString, QString> &endpoints) { m_regionEndpoints = endpoints; });
    connect(m_server, &SimServer::listening, this, [this](const QUrl &url) {
        m_url = url;
        Q_EMIT ready(url);
    });
    connect(m_server, &SimServer::failed, this,
        [this](const QString &reason) { Q_EMIT failed(reason); });
    m_thread.start();
    // It stands in for a remote service: it must not take the core the window (and the client's
    // network threads) need. Nice +5, on its own thread; the client's parsing pool is at +10.
    QMetaObject::invokeMethod(
        m_server, [] { lowerCurrentThread(kSimulatorNiceIncrement); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_server, [server = m_server, address, port] { server->start(address, port); },
        Qt::QueuedConnection);
}

void EmbeddedSimulator::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait(); // joins the simulator's own thread at shutdown; it never blocks on the GUI
    m_server = nullptr;
    m_url.clear();
    m_regionEndpoints.clear();
}

} // namespace ecs::sim
