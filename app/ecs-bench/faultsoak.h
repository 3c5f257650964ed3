#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <random>

namespace ecs {
class EcsClient;
namespace sim {
class SimWorld;
}
} // namespace ecs

/// Mixed operations through the client against an ecs-sim that fails on purpose (faults, lost and
/// truncated answers), then a comparison of the simulator's world with what the caller was told:
/// no instance created twice, nothing the caller saw succeed missing, every call answered.
class FaultSoak : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int operations = 0;
        int succeeded = 0;
        int failed = 0; ///< reported to the caller as errors
        int unfinished = 0; ///< calls that never answered (must be 0)
        int duplicates = 0; ///< instances made twice for one ClientToken (must be 0)
        int lost = 0; ///< successes whose effect is missing (must be 0)
        qint64 elapsedMs = 0;
        QMap<QString, int> failuresByCode;
    };

    /// `world` is the simulator's, in this thread; the soak reads it at the end only.
    FaultSoak(ecs::EcsClient *client, ecs::sim::SimWorld *world, const QString &regionId,
        const QString &zoneId, const QString &imageId, const QString &instanceType, int operations,
        int concurrency, quint64 seed, QObject *parent = nullptr);

    void start();
    Report report() const { return m_report; }
    static QString toText(const Report &report);

Q_SIGNALS:
    void finished();

private:
    struct Created
    {
        QString name;
        QString instanceId; ///< empty until the create is answered
        bool createSucceeded = false;
        bool releaseSucceeded = false;
        bool releaseTried = false;
    };

    void issue();
    void answered(bool ok, const QString &code);
    void verify();

    ecs::EcsClient *m_client;
    ecs::sim::SimWorld *m_world;
    QString m_regionId;
    QString m_zoneId;
    QString m_imageId;
    QString m_instanceType;
    int m_operations;
    int m_concurrency;
    std::mt19937_64 m_random;
    int m_issued = 0;
    int m_inFlight = 0;
    QHash<QString, Created> m_created; ///< by ClientToken
    QElapsedTimer m_clock;
    Report m_report;
};
