#pragma once

#include "apirequest.h"
#include "lifecycle/waittarget.h"
#include "types/instance.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What an action on instances sends, decided without a widget: the dialogs collect the options,
// a plan…() function turns the selection and the options into steps, an Operation runs them.
namespace ecs {

struct RunInstancesSpec;

/// Requests sent together, then what to wait for before the next step.
struct PlanStep
{
    QString description; ///< "Stopping", "Changing the type", or the action's title
    QList<ApiRequest> requests;
    WaitTarget waitFor;
};

/// The steps of one region: each region's instances are acted on by an operation of their own.
struct RegionPlan
{
    QString regionId;
    QStringList instanceIds; ///< empty for RunInstances until the answer names them
    QList<PlanStep> steps;
};

struct ActionPlan
{
    QString title; ///< "Stop web-1", "Change web-1 to ecs.g7.xlarge"
    QList<RegionPlan> regions; ///< in region order

    bool isEmpty() const { return regions.isEmpty(); }
    /// Every request of every region, in the order they go out.
    QList<ApiRequest> requests() const;
    /// Their `ecs-console call …` lines, for "Copy as command" (see commandLineFor()).
    QStringList commandLines(const QString &profileName = {}, const QUrl &endpoint = {}) const;
    /// The title of one region's operation: the plan's, with the region when there are several.
    QString titleFor(const RegionPlan &region) const;
};

struct StopOptions
{
    bool force = false;
    StoppedMode mode = StoppedMode::Default;
};

struct RebootOptions
{
    bool force = false;
};

struct ReleaseOptions
{
    /// Force even stopped instances; a batch with a running instance is always forced.
    bool force = false;
    /// Fixed once per dialog; each batch's token is derived from it, stable across retries.
    QString clientToken;
};

struct ChangeTypeOptions
{
    QString instanceType;
    SpecChange change = SpecChange::None; ///< upgrade / downgrade for subscriptions
    /// Stop the running instance, change, and start it again (ignored unless it is running).
    bool stopChangeStart = false;
    QString clientToken;
};

struct RenewOptions
{
    int months = 1;
    QStringList clientTokens; ///< one per instance of the selection, in its order
};

struct AutoRenewOptions
{
    bool enabled = false;
    int months = 1; ///< each renewal: 1, 2, 3, 6 or 12
};

struct AutoReleaseOptions
{
    QDateTime releaseTime; ///< invalid: cancel the automatic release
};
/// Why `releaseTime` cannot be set at `now` (at least 30 minutes and at most 3 years ahead,
/// seconds dropped as the service does), or empty.
QString autoReleaseProblem(const QDateTime &releaseTime, const QDateTime &now);

/// A new client token, for options that carry one (fixed once per dialog).
inline QString newClientToken()
{
    return ApiRequest::newClientToken();
}

/// The words of the plans (translation context ecs::ActionPlan).
class PlanTexts
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ActionPlan)

public:
    /// "web-1", or "3 instances".
    static QString describe(const QList<Instance> &instances);
};

ActionPlan planStart(const QList<Instance> &selection);
ActionPlan planStop(const QList<Instance> &selection, const StopOptions &options);
ActionPlan planReboot(const QList<Instance> &selection, const RebootOptions &options);
ActionPlan planRelease(const QList<Instance> &selection, const ReleaseOptions &options);
ActionPlan planChangeType(const Instance &instance, const ChangeTypeOptions &options);
ActionPlan planRenew(const QList<Instance> &selection, const RenewOptions &options);
ActionPlan planAutoRenew(const QList<Instance> &selection, const AutoRenewOptions &options);
ActionPlan planAutoRelease(const QList<Instance> &selection, const AutoReleaseOptions &options);
ActionPlan planAllocatePublicIp(const QList<Instance> &selection);
/// The wizard's create: one RunInstances call, then waiting for the new instances to run.
ActionPlan planRunInstances(const RunInstancesSpec &spec, const QString &title);

} // namespace ecs
