#include "instanceactions.h"

#include "dialogs/instancedialogs.h"
#include "operations/operationsmodel.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

InstanceActions::InstanceActions(
    ecs::EcsClient *client, OperationsModel *operations, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_operations(operations)
    , m_dialogParent(dialogParent)
    , m_create(new QAction(tr("&Create instance…"), this))
{
    const QStyle *style = dialogParent->style();
    struct Spec
    {
        InstanceAction action;
        QString text;
        QString icon;
        QStyle::StandardPixmap fallback;
        QKeySequence shortcut;
    };
    const Spec specs[] = {
        { InstanceAction::Start, tr("&Start"), u"media-playback-start"_s, QStyle::SP_MediaPlay,
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) },
        { InstanceAction::Stop, tr("S&top…"), u"media-playback-stop"_s, QStyle::SP_MediaStop,
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T) },
        { InstanceAction::Reboot, tr("Re&boot…"), u"view-refresh"_s, QStyle::SP_BrowserReload,
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B) },
        { InstanceAction::Release, tr("&Release…"), u"edit-delete"_s, QStyle::SP_TrashIcon,
            QKeySequence(QKeySequence::Delete) },
        { InstanceAction::ChangeType, tr("Change &type…"), u"transform-scale"_s, QStyle::SP_ArrowUp,
            {} },
        { InstanceAction::Renew, tr("Re&new…"), u"view-calendar"_s, QStyle::SP_DialogYesButton,
            {} },
        { InstanceAction::AutoRenew, tr("&Auto-renew…"), u"view-calendar"_s,
            QStyle::SP_DialogYesButton, {} },
        { InstanceAction::AutoRelease, tr("Auto-re&lease time…"), u"chronometer"_s,
            QStyle::SP_DialogResetButton, {} },
        { InstanceAction::AllocatePublicIp, tr("Allocate public &IP"), u"network-connect"_s,
            QStyle::SP_DriveNetIcon, {} },
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(
            QIcon::fromTheme(spec.icon, style->standardIcon(spec.fallback)), spec.text, this);
        action->setObjectName(u"action"_s + instanceActionName(spec.action).remove(u' '));
        if (!spec.shortcut.isEmpty()) {
            action->setShortcut(spec.shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, [this, a = spec.action] { trigger(a); });
        m_actions.insert(spec.action, action);
    }
    m_create->setObjectName(u"actionCreateInstance"_s);
    m_create->setIcon(QIcon::fromTheme(u"list-add"_s, style->standardIcon(QStyle::SP_FileIcon)));
    m_create->setShortcut(QKeySequence::New);
    connect(m_create, &QAction::triggered, this, &InstanceActions::createRequested);
    updateActions();
}

QList<QAction *> InstanceActions::actions() const
{
    QList<QAction *> out;
    for (InstanceAction a : { InstanceAction::Start, InstanceAction::Stop, InstanceAction::Reboot,
             InstanceAction::Release, InstanceAction::ChangeType, InstanceAction::Renew,
             InstanceAction::AutoRenew, InstanceAction::AutoRelease,
             InstanceAction::AllocatePublicIp })
        out << m_actions.value(a);
    return out;
}

void InstanceActions::setSelection(const QList<ecs::Instance> &selection)
{
    m_selection = selection;
    updateActions();
}

void InstanceActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void InstanceActions::updateActions()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const ActionCheck check = checkInstanceAction(it.key(), m_selection, m_readOnly);
        QAction *action = it.value();
        action->setEnabled(check.allowed);
        QString tip = instanceActionName(it.key());
        if (!action->shortcut().isEmpty())
            tip += u" (%1)"_s.arg(action->shortcut().toString(QKeySequence::NativeText));
        if (!check.allowed)
            tip += u" — "_s + tr("not available: %1").arg(check.reason);
        action->setToolTip(tip);
        action->setStatusTip(check.reason);
    }
    m_create->setEnabled(!m_readOnly);
    m_create->setToolTip(m_readOnly
            ? tr("This profile is read-only.")
            : tr("Create instances with the wizard (%1)")
                  .arg(m_create->shortcut().toString(QKeySequence::NativeText)));
}

Operation *InstanceActions::submit(const ecs::ActionPlan &plan)
{
    const QList<Operation *> operations = Operation::fromPlan(m_client, plan);
    for (Operation *operation : operations) {
        operation->setWaitIntervals(m_waitInitialMs, m_waitMaxMs);
        m_operations->submit(operation);
        m_lastOperation = operation;
    }
    return operations.value(0);
}

void InstanceActions::show(InstanceActionDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_profileName);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submit(dialog->plan()); });
    dialog->open(); // window-modal, no nested event loop
}

Operation *InstanceActions::start(const QList<ecs::Instance> &instances)
{
    return submit(planStart(instances));
}

void InstanceActions::trigger(ecs::InstanceAction action)
{
    const QList<Instance> selection = m_selection;
    // The shortcut may fire while the action is disabled for this selection: check again.
    if (!checkInstanceAction(action, selection, m_readOnly).allowed || !m_client)
        return;
    switch (action) {
    case InstanceAction::Start:
        start(selection);
        return;
    case InstanceAction::AllocatePublicIp: {
        // Confirmed in a dialog that then shows the new addresses.
        auto *dialog = new AllocatePublicIpDialog(m_client, selection, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setProfileName(m_profileName);
        m_dialog = dialog;
        connect(dialog, &QDialog::accepted, this,
            [this, dialog] { dialog->watch(submit(dialog->plan())); });
        dialog->open();
        return;
    }
    case InstanceAction::Stop:
        return show(new StopDialog(selection, m_dialogParent));
    case InstanceAction::Reboot:
        return show(new RebootDialog(selection, m_dialogParent));
    case InstanceAction::Release:
        return show(new ReleaseDialog(selection, m_dialogParent));
    case InstanceAction::ChangeType:
        return show(new ChangeTypeDialog(m_client, selection.first(), m_dialogParent));
    case InstanceAction::Renew:
        return show(new RenewDialog(m_client, selection, m_dialogParent));
    case InstanceAction::AutoRenew:
        return show(new AutoRenewDialog(m_client, selection, m_dialogParent));
    case InstanceAction::AutoRelease:
        return show(new AutoReleaseDialog(selection, m_dialogParent));
    }
}

} // namespace ecs::ui
