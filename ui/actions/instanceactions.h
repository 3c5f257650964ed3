#pragma once

#include "apirequest.h"
#include "dialogs/instancedialogs.h"
#include "lifecyclerules.h"
#include "operations/operation.h"
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

/// The acting half of the Instances pane: one QAction per lifecycle action (toolbar, context menu,
/// shortcuts), enabled only when the service would accept it for every selected instance, with
/// the reason in the tooltip when not. Each opens its dialog (non-blocking) and submits a tracked
/// Operation.
class InstanceActions : public QObject
{
    Q_OBJECT

public:
    InstanceActions(ecs::EcsClient *client, OperationsModel *operations, QWidget *dialogParent,
        QObject *parent = nullptr);

    void setSelection(const QList<ecs::Instance> &selection);
    void setReadOnly(bool readOnly);
    void setProfileName(const QString &name) { m_profileName = name; }

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

    /// Builds, submits and returns the operation of an action with no dialog (Start, public IP).
    Operation *start(const QList<ecs::Instance> &instances);
    Operation *allocatePublicIp(const QList<ecs::Instance> &instances);

Q_SIGNALS:
    void createRequested();

private:
    void trigger(ecs::InstanceAction action);
    void updateActions();
    void show(InstanceActionDialog *dialog, const std::function<void()> &onAccept);
    /// One operation per region: each step's requests are split by the region they go to.
    QList<Operation *> submit(const QString &title, const QList<ecs::Instance> &instances,
        const QList<std::pair<QList<ecs::ApiRequest>, QString>> &steps);

    QPointer<ecs::EcsClient> m_client;
    OperationsModel *m_operations;
    QWidget *m_dialogParent;
    QHash<ecs::InstanceAction, QAction *> m_actions;
    QAction *m_create;
    QList<ecs::Instance> m_selection;
    bool m_readOnly = false;
    QString m_profileName;
    QPointer<InstanceActionDialog> m_dialog;
    QPointer<Operation> m_lastOperation;
    int m_waitInitialMs = 1'000;
    int m_waitMaxMs = 8'000;
};

} // namespace ecs::ui
