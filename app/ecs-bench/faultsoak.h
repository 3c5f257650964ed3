#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <random>

namespace ecs {
class ApiCall;
class EcsClient;
namespace sim {
class SimWorld;
}
} // namespace ecs

/// Mixed operations through the client against an ecs-sim that fails on purpose (throttling, 5xx,
/// dropped connections, truncated answers, answers lost after the service acted), then a
/// comparison of the simulator's world with what the caller was told: no instance created twice
/// for one ClientToken, nothing the caller saw succeed missing, every call answered, no success
/// with an unusable answer.
///
/// Only ecs-core and ecs-sim: the test suite (tst_faultsoak) and ecs-bench both run it.
class FaultSoak : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int operations = 0;
        int succeeded = 0;
        int failed = 0; ///< reported to the caller as errors
        int unfinished = 0; ///< calls that never answered before the deadline (must be 0)
        int duplicates = 0; ///< instances made twice for one ClientToken (must be 0)
        /// Successes whose effect is missing from the world (must be 0): a create without its
        /// instance, a release whose instance is still there, a stop or start whose instance is in
        /// another state, a create answered with an id that does not exist.
        int lost = 0;
        /// Successes whose answer the operation's parser refuses: a failure hidden (must be 0).
        int unusableAnswers = 0;
        int retries = 0; ///< attempts the client repeated (each one a fault it hid)
        int effectsChecked = 0; ///< stops, starts, creates and releases compared with the world
        qint64 elapsedMs = 0;
        QMap<QString, int> failuresByCode;
        QMap<QString, int> operationsByAction;
        QStringList problems; ///< what each lost, duplicate or unusable answer was
    };

    /// `world` is the simulator's, in this thread; the soak reads it at the end only.
    FaultSoak(ecs::EcsClient *client, ecs::sim::SimWorld *world, const QString &regionId,
        const QString &zoneId, const QString &imageId, const QString &instanceType, int operations,
        int concurrency, quint64 seed, QObject *parent = nullptr);

    /// Calls still unanswered this long after start() count as unfinished (default 10 minutes).
    void setDeadline(int ms) { m_deadline.setInterval(ms); }
    void start();
    bool isFinished() const { return m_finished; }
    Report report() const { return m_report; }
    static QString toText(const Report &report);

Q_SIGNALS:
    void finished();

private:
    enum class Op { Create, Stop, Start, Release };
    struct Created
    {
        QString name;
        QString instanceId; ///< empty until the create is answered
        bool createSucceeded = false;
        bool releaseTried = false;
        bool releaseSucceeded = false;
        bool busy = false; ///< a stop, start or release of it is in flight
        /// The last stop, start or release sent for it (or the create), and how it ended.
        Op lastOp = Op::Create;
        bool lastOpSucceeded = false;
    };

    void issue();
    void send(const QString &action, ecs::ApiCall *call, const QString &token, Op op);
    void answered(ecs::ApiCall *call, const QString &action, const QString &token, Op op);
    struct Outcome
    {
        bool ok = false; ///< what the caller was told
        QString code; ///< the failure's code (the call's, or the instance's in a batch answer)
        bool unusable = false; ///< success, with a body the operation's parser refuses
    };
    static Outcome judge(const QString &action, ecs::ApiCall *call);
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
    bool m_finished = false;
    QHash<QString, Created> m_created; ///< by ClientToken
    QStringList m_tokens; ///< in creation order: what runs never depends on hash order
    QElapsedTimer m_clock;
    QTimer m_deadline;
    Report m_report;
};
