#include "instanceactions.h"

#include "dialogs/instancedialogs.h"
#include "dialogs/protectedconfirmdialog.h"
#include "fleet/fleetplans.h"
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

ActingProfile InstanceActions::actingProfile(const QString &profileId) const
{
    if (profileId.isEmpty() || !m_lookup)
        return { m_profileName, m_client, m_protected, m_readOnly };
    return m_lookup(profileId);
}

ecs::EcsClient *InstanceActions::selectionClient() const
{
    return actingProfile(m_selection.isEmpty() ? QString() : m_selection.first().profileId)
        .client.data();
}

void InstanceActions::updateActions()
{
    // A read-only profile anywhere in the selection makes it read-only; the actions that ask the
    // service first (quotes, types, addresses) work on one account at a time.
    const QList<std::pair<QString, QList<Instance>>> parts = splitByProfile(m_selection);
    bool readOnly = m_selection.isEmpty() && m_readOnly;
    for (const auto &part : parts)
        readOnly = readOnly || actingProfile(part.first).readOnly;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        ActionCheck check = checkInstanceAction(it.key(), m_selection, readOnly);
        const bool perAccount = it.key() == InstanceAction::ChangeType
            || it.key() == InstanceAction::Renew || it.key() == InstanceAction::AutoRenew
            || it.key() == InstanceAction::AllocatePublicIp;
        if (check.allowed && perAccount && parts.size() > 1)
            check = { false,
                tr("the selection spans %n profile(s); select instances of one.", "",
                    int(parts.size())) };
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
    return submitFor({}, plan);
}

Operation *InstanceActions::submitFor(const QString &profileId, const ecs::ActionPlan &plan)
{
    const ActingProfile profile = actingProfile(profileId);
    if (!profile.client)
        return nullptr;
    Operation *first = nullptr;
    // One operation per profile × region, each on its own profile's client.
    for (const RegionPlan &region : plan.regions) {
        const QString title = profileId.isEmpty()
            ? plan.titleFor(region)
            : tr("%1: %2", "profile: operation").arg(profile.name, plan.titleFor(region));
        auto *operation = new Operation(profile.client, title, region);
        operation->setWaitIntervals(m_waitInitialMs, m_waitMaxMs);
        if (!profileId.isEmpty())
            connect(operation, &Operation::accepted, this,
                [this, profileId](const QString &regionId, const QStringList &ids) {
                    Q_EMIT fleetInstancesChanged(profileId, regionId, ids);
                });
        m_operations->submit(operation);
        m_lastOperation = operation;
        if (!first)
            first = operation;
    }
    return first;
}

void InstanceActions::submitAll(const QList<std::pair<QString, ecs::ActionPlan>> &plans)
{
    for (const auto &[profileId, plan] : plans)
        submitFor(profileId, plan);
}

void InstanceActions::confirmProtected(
    const QString &action, const QList<ecs::Instance> &selection, std::function<void()> proceed)
{
    QStringList protectedNames;
    for (const auto &part : splitByProfile(selection))
        if (const ActingProfile p = actingProfile(part.first); p.isProtected)
            protectedNames << p.name;
    if (protectedNames.isEmpty())
        return proceed();
    auto *dialog = new ProtectedConfirmDialog(action, protectedNames, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = dialog;
    connect(dialog, &QDialog::accepted, this, [proceed = std::move(proceed)] { proceed(); });
    dialog->open(); // window-modal, no nested event loop
}

QList<std::pair<QString, ecs::ActionPlan>> InstanceActions::plansOf(ecs::InstanceAction action,
    const InstanceActionDialog *dialog, const QList<ecs::Instance> &selection) const
{
    const QList<std::pair<QString, QList<Instance>>> parts = splitByProfile(selection);
    if (parts.size() <= 1)
        return { { parts.isEmpty() ? QString() : parts.first().first, dialog->plan() } };
    // A mixed selection: the dialog's options, planned per profile.
    QList<std::pair<QString, ecs::ActionPlan>> out;
    for (const auto &[profileId, instances] : parts) {
        ActionPlan plan;
        switch (action) {
        case InstanceAction::Stop:
            plan = planStop(instances, static_cast<const StopDialog *>(dialog)->options());
            break;
        case InstanceAction::Reboot:
            plan = planReboot(instances, static_cast<const RebootDialog *>(dialog)->options());
            break;
        case InstanceAction::Release:
            plan = planRelease(instances, static_cast<const ReleaseDialog *>(dialog)->options());
            break;
        case InstanceAction::AutoRelease:
            plan = planAutoRelease(
                instances, static_cast<const AutoReleaseDialog *>(dialog)->options());
            break;
        default: // one account at a time (updateActions())
            continue;
        }
        out.append({ profileId, plan });
    }
    return out;
}

void InstanceActions::show(ecs::InstanceAction action, InstanceActionDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_profileName);
    m_dialog = dialog;
    const QList<Instance> selection = m_selection;
    connect(dialog, &QDialog::accepted, this, [this, action, dialog, selection] {
        const QList<std::pair<QString, ecs::ActionPlan>> plans = plansOf(action, dialog, selection);
        confirmProtected(
            instanceActionName(action), selection, [this, plans] { submitAll(plans); });
    });
    dialog->open(); // window-modal, no nested event loop
}

Operation *InstanceActions::start(const QList<ecs::Instance> &instances)
{
    Operation *first = nullptr;
    for (const auto &[profileId, part] : splitByProfile(instances))
        if (Operation *operation = submitFor(profileId, planStart(part)); !first)
            first = operation;
    return first;
}

void InstanceActions::trigger(ecs::InstanceAction action)
{
    const QList<Instance> selection = m_selection;
    // The shortcut may fire while the action is disabled for this selection: check again.
    QAction *qaction = m_actions.value(action);
    if (!qaction || !qaction->isEnabled() || selection.isEmpty())
        return;
    EcsClient *client = selectionClient();
    if (!client)
        return;
    switch (action) {
    case InstanceAction::Start:
        confirmProtected(
            instanceActionName(action), selection, [this, selection] { start(selection); });
        return;
    case InstanceAction::AllocatePublicIp: {
        // Confirmed in a dialog that then shows the new addresses.
        auto *dialog = new AllocatePublicIpDialog(client, selection, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setProfileName(actingProfile(selection.first().profileId).name);
        m_dialog = dialog;
        const QString profileId = selection.first().profileId;
        connect(dialog, &QDialog::accepted, this, [this, dialog, profileId, selection] {
            const QPointer<AllocatePublicIpDialog> alive(dialog);
            const ecs::ActionPlan plan = dialog->plan();
            confirmProtected(instanceActionName(InstanceAction::AllocatePublicIp), selection,
                [this, alive, profileId, plan] {
                    Operation *operation = submitFor(profileId, plan);
                    if (alive)
                        alive->watch(operation);
                });
        });
        dialog->open();
        return;
    }
    case InstanceAction::Stop:
        return show(action, new StopDialog(selection, m_dialogParent));
    case InstanceAction::Reboot:
        return show(action, new RebootDialog(selection, m_dialogParent));
    case InstanceAction::Release:
        return show(action, new ReleaseDialog(selection, m_dialogParent));
    case InstanceAction::ChangeType:
        return show(action, new ChangeTypeDialog(client, selection.first(), m_dialogParent));
    case InstanceAction::Renew:
        return show(action, new RenewDialog(client, selection, m_dialogParent));
    case InstanceAction::AutoRenew:
        return show(action, new AutoRenewDialog(client, selection, m_dialogParent));
    case InstanceAction::AutoRelease:
        return show(action, new AutoReleaseDialog(selection, m_dialogParent));
    }
}

} // namespace ecs::ui
