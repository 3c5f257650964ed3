#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QProcess;

/// The ecs-sim executable in a process of its own: what the bench needs when its own process must
/// hold the client only (CPU time, peak memory). ready() once it listens, with the endpoint of
/// every region (one loopback port each, as DescribeRegions names them).
class ExternalSimulator : public QObject
{
    Q_OBJECT

public:
    explicit ExternalSimulator(QObject *parent = nullptr);
    ~ExternalSimulator() override; ///< terminates the process and waits for it

    /// `arguments` come after --listen 127.0.0.1:0.
    void start(const QStringList &arguments);
    QUrl url() const { return m_url; }
    /// RegionId → "127.0.0.1:<port>".
    QMap<QString, QString> regionEndpoints() const { return m_regions; }

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    void readLines();

    QProcess *m_process;
    QByteArray m_pending;
    QUrl m_url;
    QMap<QString, QString> m_regions;
    bool m_ready = false;
};
