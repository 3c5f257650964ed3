#pragma once

#include "callscope.h"
#include "dialogs/runcommanddialog.h"
#include "operations/invocationview.h"
#include "types/instance.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ecs {
class EcsClient;
class RunCommandOperation;
} // namespace ecs

namespace ecs::ui {

class InstanceActions;
class OperationsModel;

/// Acting on a selection beyond its lifecycle: Run command… through Cloud Assistant (a tracked
/// operation with a result view), SSH in terminal, Copy SSH command, VNC in browser, and the
/// connection settings (terminal command; per profile the SSH user, key file and jump host).
class SelectionActions : public QObject
{
    Q_OBJECT

public:
    SelectionActions(ecs::EcsClient *client, OperationsModel *operations, QWidget *dialogParent,
        QObject *parent = nullptr);

    void setSelection(const QList<ecs::Instance> &selection);
    void setReadOnly(bool readOnly);
    void setProfileName(const QString &name) { m_profileName = name; }
    /// The fleet's other profiles (their clients, read-only state) and the protected-profile
    /// confirmation come from the lifecycle actions, so that Run command asks as they do.
    void setInstanceActions(InstanceActions *actions);

    QAction *runCommandAction() const { return m_runCommand; }
    QAction *sshAction() const { return m_ssh; }
    QAction *copySshAction() const { return m_copySsh; }
    QAction *vncAction() const { return m_vnc; }
    QList<QAction *> actions() const;

    /// The Run command dialog while it is open, and the latest result view (tests drive them).
    RunCommandDialog *runCommandDialog() const { return m_dialog; }
    InvocationView *resultView() const { return m_view; }
    /// Shows the results of `operation` (from the Operations dock too).
    InvocationView *showResults(ecs::RunCommandOperation *operation);
    /// Result polling of new runs (tests shorten it).
    void setPollIntervals(int initialMs, int maxMs) { m_pollMs = { initialMs, maxMs }; }

private:
    void updateActions();
    void openRunCommand();
    void runOn(const QList<ecs::Instance> &selection, ecs::CommandSpec spec);
    void submit(ecs::RunCommandOperation *operation);
    void startSsh();
    void copySsh();
    void openVnc();
    void openSettings();

    QPointer<ecs::EcsClient> m_client;
    QPointer<InstanceActions> m_instanceActions;
    OperationsModel *m_operations;
    QWidget *m_dialogParent;
    QList<ecs::Instance> m_selection;
    bool m_readOnly = false;
    QString m_profileName;
    QAction *m_runCommand;
    QAction *m_ssh;
    QAction *m_copySsh;
    QAction *m_vnc;
    QAction *m_settings;
    QPointer<RunCommandDialog> m_dialog;
    QPointer<InvocationView> m_view;
    ecs::CallScope m_vncScope;
    std::pair<int, int> m_pollMs { 1'000, 5'000 };
};

} // namespace ecs::ui
