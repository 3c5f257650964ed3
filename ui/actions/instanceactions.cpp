#include "instanceactions.h"

#include "dialogs/instancedialogs.h"
#include "dialogs/protectedconfirmdialog.h"
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

QList<quotes::ProfileClient> InstanceActions::profileClients(
    const QList<ecs::Instance> &selection) const
{
    QList<quotes::ProfileClient> out;
    for (const auto &part : splitByProfile(selection)) {
        const ActingProfile profile = actingProfile(part.first);
        out.append({ part.first, profile.name, profile.client });
    }
    return out;
}

void InstanceActions::updateActions()
{
    // A read-only profile anywhere in the selection makes it read-only. Every action works on a
    // mixed selection (one operation per profile × region); Change type is of one instance.
    const QList<std::pair<QString, QList<Instance>>> parts = splitByProfile(m_selection);
    bool readOnly = m_selection.isEmpty() && m_readOnly;
    QString closedProfile;
    for (const auto &part : parts) {
        const ActingProfile profile = actingProfile(part.first);
        readOnly = readOnly || profile.readOnly;
        if (!profile.client && closedProfile.isEmpty())
            closedProfile = profile.name;
    }
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        ActionCheck check = checkInstanceAction(it.key(), m_selection, readOnly);
        if (check.allowed && !closedProfile.isEmpty())
            check = { false, tr("profile %1 is not open.").arg(closedProfile) };
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
    const QList<Operation *> operations = submitPart(profileId, plan, false);
    return operations.isEmpty() ? nullptr : operations.first();
}

QList<Operation *> InstanceActions::submitPart(
    const QString &profileId, const ecs::ActionPlan &plan, bool fleet)
{
    const ActingProfile profile = actingProfile(profileId);
    if (!profile.client)
        return {};
    QList<Operation *> out;
    // One operation per profile × region, each on its own profile's client.
    for (const RegionPlan &region : plan.regions) {
        auto *operation = new Operation(profile.client,
            FleetPlanTexts::operationTitle(profileId, profile.name, plan, region, fleet), region);
        operation->setWaitIntervals(m_waitInitialMs, m_waitMaxMs);
        if (!profileId.isEmpty())
            connect(operation, &Operation::accepted, this,
                [this, profileId](const QString &regionId, const QStringList &ids) {
                    Q_EMIT fleetInstancesChanged(profileId, regionId, ids);
                });
        m_operations->submit(operation);
        m_lastOperation = operation;
        out << operation;
    }
    return out;
}

QList<std::pair<QString, Operation *>> InstanceActions::submitAll(
    const QList<ecs::ProfilePlan> &plans)
{
    QList<std::pair<QString, Operation *>> out;
    const bool fleet = plans.size() > 1;
    for (const ProfilePlan &part : plans)
        for (Operation *operation : submitPart(part.profileId, part.plan, fleet))
            out.append({ part.profileId, operation });
    return out;
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

QList<ProfilePlan> InstanceActions::plansOf(ecs::InstanceAction action,
    const InstanceActionDialog *dialog, const QList<ecs::Instance> &selection) const
{
    // The dialog collected one set of options; core plans each profile's part with them.
    switch (action) {
    case InstanceAction::Stop: {
        const StopOptions options = static_cast<const StopDialog *>(dialog)->options();
        return planPerProfile(
            selection, [&](const QList<Instance> &part) { return planStop(part, options); });
    }
    case InstanceAction::Reboot: {
        const RebootOptions options = static_cast<const RebootDialog *>(dialog)->options();
        return planPerProfile(
            selection, [&](const QList<Instance> &part) { return planReboot(part, options); });
    }
    case InstanceAction::Release: {
        const ReleaseOptions options = static_cast<const ReleaseDialog *>(dialog)->options();
        return planPerProfile(
            selection, [&](const QList<Instance> &part) { return planRelease(part, options); });
    }
    case InstanceAction::AutoRelease: {
        const AutoReleaseOptions options
            = static_cast<const AutoReleaseDialog *>(dialog)->options();
        return planPerProfile(
            selection, [&](const QList<Instance> &part) { return planAutoRelease(part, options); });
    }
    case InstanceAction::Renew:
        return planFleetRenew(selection, static_cast<const RenewDialog *>(dialog)->options());
    case InstanceAction::AutoRenew:
        return planFleetAutoRenew(
            selection, static_cast<const AutoRenewDialog *>(dialog)->options());
    case InstanceAction::AllocatePublicIp:
        return planFleetAllocatePublicIp(selection);
    case InstanceAction::ChangeType:
    case InstanceAction::Start: // one instance, or no dialog
        break;
    }
    return { { selection.isEmpty() ? QString() : selection.first().profileId, dialog->plan() } };
}

void InstanceActions::show(ecs::InstanceAction action, InstanceActionDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_profileName);
    m_dialog = dialog;
    const QList<Instance> selection = m_selection;
    connect(dialog, &QDialog::accepted, this, [this, action, dialog, selection] {
        const QList<ProfilePlan> plans = plansOf(action, dialog, selection);
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
        // Confirmed in a dialog that then shows the new addresses, read per profile.
        auto *dialog
            = new AllocatePublicIpDialog(profileClients(selection), selection, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setProfileName(actingProfile(selection.first().profileId).name);
        m_dialog = dialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog, selection] {
            const QPointer<AllocatePublicIpDialog> alive(dialog);
            const QList<ProfilePlan> plans
                = plansOf(InstanceAction::AllocatePublicIp, dialog, selection);
            confirmProtected(instanceActionName(InstanceAction::AllocatePublicIp), selection,
                [this, alive, plans] {
                    const QList<std::pair<QString, Operation *>> operations = submitAll(plans);
                    if (alive)
                        alive->watch(operations);
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
        return show(action, new RenewDialog(profileClients(selection), selection, m_dialogParent));
    case InstanceAction::AutoRenew:
        return show(action, new AutoRenewDialog(client, selection, m_dialogParent));
    case InstanceAction::AutoRelease:
        return show(action, new AutoReleaseDialog(selection, m_dialogParent));
    }
}

} // namespace ecs::ui
