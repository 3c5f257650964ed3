#pragma once

#include "dialogs/instancedialogs.h"
#include "ecsclient.h"
#include "fleet/fleetplans.h"
#include "lifecycle/operation.h"
#include "lifecycle/plans.h"
#include "lifecyclerules.h"
#include "types/instance.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace ecs {
class EcsClient;
}

namespace ecs::ui {

class OperationsModel;

/// What the actions need of the profile an instance belongs to (Instance::profileId).
struct ActingProfile
{
    QString name;
    QPointer<ecs::EcsClient> client;
    bool isProtected = false; ///< its name must be typed before a mutating action
    bool readOnly = false;
};

/// The acting half of the Instances pane: one QAction per lifecycle action (toolbar, context menu,
/// shortcuts), enabled only when the service would accept it for every selected instance, with
/// the reason in the tooltip when not. A trigger opens the action's dialog (non-blocking), which
/// collects the options; core plans the calls; each region's part runs as a tracked Operation.
class InstanceActions : public QObject
{
    Q_OBJECT

public:
    InstanceActions(ecs::EcsClient *client, OperationsModel *operations, QWidget *dialogParent,
        QObject *parent = nullptr);

    void setSelection(const QList<ecs::Instance> &selection);
    void setReadOnly(bool readOnly);
    void setProfileName(const QString &name) { m_profileName = name; }
    /// This window's profile is protected: mutating actions ask for its name first.
    void setProtected(bool isProtected) { m_protected = isProtected; }
    /// The other profiles of a fleet, by profileId (their clients, names, protection).
    void setProfileLookup(std::function<ActingProfile(const QString &)> lookup)
    {
        m_lookup = std::move(lookup);
        updateActions();
    }
    ActingProfile actingProfile(const QString &profileId) const;
    /// Runs `proceed` now, or once every protected profile of `selection` had its name typed in
    /// the confirmation (never when it is cancelled). For every mutating action, also others'.
    void confirmProtected(const QString &action, const QList<ecs::Instance> &selection,
        std::function<void()> proceed);
    /// The protected-profile confirmation while it is open (tests drive it).
    QDialog *confirmation() const { return m_confirmation; }

    QAction *action(ecs::InstanceAction action) const { return m_actions.value(action); }
    QAction *createAction() const { return m_create; }
    QList<QAction *> actions() const;
    /// The dialog the last action opened, while it is open (tests drive it).
    InstanceActionDialog *openDialog() const { return m_dialog; }
    /// The operation the last action submitted.
    Operation *lastOperation() const { return m_lastOperation; }
    /// Waiter poll timing for the operations (tests shorten it).
    void setWaitIntervals(int initialMs, int maxMs)
    {
        m_waitInitialMs = initialMs, m_waitMaxMs = maxMs;
    }

    /// Submits the operations of `plan`, one per region; the first, or null when it is empty.
    Operation *submit(const ecs::ActionPlan &plan);
    /// The same for another profile's instances, on its client; titles name the profile.
    Operation *submitFor(const QString &profileId, const ecs::ActionPlan &plan);
    /// Every part of a fleet plan, one operation per profile × region, each on its profile's
    /// client; the operations with their profiles, in order.
    QList<std::pair<QString, Operation *>> submitAll(const QList<ecs::ProfilePlan> &plans);
    /// Starts `instances` (no dialog): the first region's operation.
    Operation *start(const QList<ecs::Instance> &instances);

Q_SIGNALS:
    void createRequested();
    /// An operation on another profile's instances was accepted: fetch them again there.
    void fleetInstancesChanged(
        const QString &profileId, const QString &regionId, const QStringList &instanceIds);

private:
    void trigger(ecs::InstanceAction action);
    void updateActions();
    /// Opens `dialog`; its plan is submitted when it is accepted.
    void show(ecs::InstanceAction action, InstanceActionDialog *dialog);
    /// The accepted dialog's options, planned by core per profile of its selection.
    QList<ecs::ProfilePlan> plansOf(ecs::InstanceAction action, const InstanceActionDialog *dialog,
        const QList<ecs::Instance> &selection) const;
    /// One part's operations; `fleet`: the submission spans several profiles (titles name the
    /// region too).
    QList<Operation *> submitPart(
        const QString &profileId, const ecs::ActionPlan &plan, bool fleet);
    /// The client the dialogs ask first (the current auto-renew setting, a type change's
    /// choices): the profile of the selection's first instance.
    ecs::EcsClient *selectionClient() const;
    /// Each profile of `selection` with its client, for the dialogs that ask per profile.
    QList<ecs::quotes::ProfileClient> profileClients(const QList<ecs::Instance> &selection) const;

    QPointer<ecs::EcsClient> m_client;
    OperationsModel *m_operations;
    QWidget *m_dialogParent;
    QHash<ecs::InstanceAction, QAction *> m_actions;
    QAction *m_create;
    QList<ecs::Instance> m_selection;
    bool m_readOnly = false;
    QString m_profileName;
    QPointer<InstanceActionDialog> m_dialog;
    QPointer<QDialog> m_confirmation;
    bool m_protected = false;
    std::function<ActingProfile(const QString &)> m_lookup;
    QPointer<Operation> m_lastOperation;
    int m_waitInitialMs = 1'000;
    int m_waitMaxMs = 8'000;
};

} // namespace ecs::ui
