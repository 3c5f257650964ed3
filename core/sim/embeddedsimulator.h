#pragma once

#include "simdefaults.h"

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace ecs::sim {

class SimServer;

/// ecs-sim inside another process (the console's Demo profile, tests): the server lives on its own
/// QThread with its own event loop, and clients reach it over a real loopback socket.
class EmbeddedSimulator : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSimulator(QObject *parent = nullptr);
    ~EmbeddedSimulator() override; ///< stops the server and joins its thread

    /// Starts listening (port 0 picks a free one); ready() or failed() follows, asynchronously.
    void start(const SimOptions &options = {},
        const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void stop();

    bool isRunning() const { return m_url.isValid(); }
    /// The base URL (http://127.0.0.1:PORT) once ready() has been emitted.
    QUrl url() const { return m_url; }
    /// RegionId → "127.0.0.1:<port>", the region endpoints DescribeRegions names, once ready()
    /// (empty with SimOptions::singleEndpoint).
    QMap<QString, QString> regionEndpoints() const { return m_regionEndpoints; }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &reason);

private:
    QThread m_thread;
    SimServer *m_server = nullptr; ///< lives in m_thread
    QUrl m_url;
    QMap<QString, QString> m_regionEndpoints;
};

} // namespace ecs::sim
