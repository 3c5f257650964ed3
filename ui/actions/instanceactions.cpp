#include "instanceactions.h"

#include "dialogs/instancedialogs.h"
#include "ecsclient.h"
#include "instancewaiter.h"
#include "operations/operation.h"
#include "operations/operationsmodel.h"
#include "types/lifecycle.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

/// What a step is doing, in words, from the first call it makes.
QString stepDescription(const QString &action, const QString &title)
{
    if (action == u"StopInstances")
        return InstanceActions::tr("Stopping");
    if (action == u"StartInstances")
        return InstanceActions::tr("Starting");
    if (action == u"ModifyInstanceSpec" || action == u"ModifyPrepayInstanceSpec")
        return InstanceActions::tr("Changing the type");
    return title;
}

QString describe(const QList<Instance> &instances)
{
    if (instances.size() == 1) {
        const Instance &i = instances.first();
        return i.instanceName.isEmpty() ? i.instanceId : i.instanceName;
    }
    return InstanceActions::tr("%1 instances").arg(instances.size());
}

} // namespace

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

QList<Operation *> InstanceActions::submit(const QString &title,
    const QList<ecs::Instance> &instances,
    const QList<std::pair<QList<ecs::ApiRequest>, QString>> &steps)
{
    QMap<QString, QStringList> idsByRegion;
    for (const Instance &i : instances)
        idsByRegion[i.regionId].append(i.instanceId);
    QList<Operation *> out;
    for (auto it = idsByRegion.cbegin(); it != idsByRegion.cend(); ++it) {
        QList<Operation::Step> regionSteps;
        for (const auto &[requests, waitFor] : steps) {
            Operation::Step step { steps.size() > 1 && !requests.isEmpty()
                    ? stepDescription(requests.first().action(), title)
                    : title,
                {}, waitFor };
            for (const ApiRequest &r : requests)
                if (r.endpointRegion() == it.key())
                    step.requests << r;
            if (!step.requests.isEmpty())
                regionSteps << step;
        }
        const QString name = idsByRegion.size() > 1 ? u"%1 (%2)"_s.arg(title, it.key()) : title;
        auto *operation = new Operation(m_client, name, it.key(), it.value(), regionSteps);
        operation->setWaitIntervals(m_waitInitialMs, m_waitMaxMs);
        m_operations->submit(operation);
        m_lastOperation = operation;
        out << operation;
    }
    return out;
}

void InstanceActions::show(InstanceActionDialog *dialog, const std::function<void()> &onAccept)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_profileName);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, onAccept);
    dialog->open(); // window-modal, no nested event loop
}

Operation *InstanceActions::start(const QList<ecs::Instance> &instances)
{
    QList<ApiRequest> requests;
    QMap<QString, QStringList> byRegion;
    for (const Instance &i : instances)
        byRegion[i.regionId].append(i.instanceId);
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        for (qsizetype first = 0; first < it->size(); first += ops::StartInstances::kMaxIds)
            requests << ops::StartInstances::request(
                it.key(), it->mid(first, ops::StartInstances::kMaxIds));
    const auto ops = submit(
        tr("Start %1").arg(describe(instances)), instances, { { requests, u"Running"_s } });
    return ops.value(0);
}

Operation *InstanceActions::allocatePublicIp(const QList<ecs::Instance> &instances)
{
    QList<ApiRequest> requests;
    for (const Instance &i : instances)
        requests
            << ops::AllocatePublicIpAddress::request(i.instanceId).setEndpointRegion(i.regionId);
    return submit(tr("Allocate a public IP to %1").arg(describe(instances)), instances,
        { { requests, QString() } })
        .value(0);
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
        show(dialog, [this, dialog, selection] { dialog->watch(allocatePublicIp(selection)); });
        return;
    }
    case InstanceAction::Stop: {
        auto *dialog = new StopDialog(selection, m_dialogParent);
        show(dialog, [this, dialog, selection] {
            submit(tr("Stop %1").arg(describe(selection)), selection,
                { { dialog->requests(), u"Stopped"_s } });
        });
        return;
    }
    case InstanceAction::Reboot: {
        auto *dialog = new RebootDialog(selection, m_dialogParent);
        show(dialog, [this, dialog, selection] {
            submit(tr("Reboot %1").arg(describe(selection)), selection,
                { { dialog->requests(), u"Running"_s } });
        });
        return;
    }
    case InstanceAction::Release: {
        auto *dialog = new ReleaseDialog(selection, m_dialogParent);
        show(dialog, [this, dialog, selection] {
            submit(tr("Release %1").arg(describe(selection)), selection,
                { { dialog->requests(), InstanceWaiter::kGone } });
        });
        return;
    }
    case InstanceAction::ChangeType: {
        auto *dialog = new ChangeTypeDialog(m_client, selection.first(), m_dialogParent);
        show(dialog, [this, dialog, selection] {
            const QList<ApiRequest> requests = dialog->requests();
            const QString title
                = tr("Change %1 to %2").arg(describe(selection), dialog->chosenType());
            if (dialog->stopChangeStart() && requests.size() == 3)
                submit(title, selection,
                    { { { requests.at(0) }, u"Stopped"_s }, { { requests.at(1) }, QString() },
                        { { requests.at(2) }, u"Running"_s } });
            else
                submit(title, selection, { { requests, QString() } });
        });
        return;
    }
    case InstanceAction::Renew: {
        auto *dialog = new RenewDialog(m_client, selection, m_dialogParent);
        show(dialog, [this, dialog, selection] {
            submit(tr("Renew %1").arg(describe(selection)), selection,
                { { dialog->requests(), QString() } });
        });
        return;
    }
    case InstanceAction::AutoRenew: {
        auto *dialog = new AutoRenewDialog(m_client, selection, m_dialogParent);
        show(dialog, [this, dialog, selection] {
            submit(tr("Set auto-renew of %1").arg(describe(selection)), selection,
                { { dialog->requests(), QString() } });
        });
        return;
    }
    case InstanceAction::AutoRelease: {
        auto *dialog = new AutoReleaseDialog(selection, m_dialogParent);
        show(dialog, [this, dialog, selection] {
            submit(dialog->releaseTime().isValid()
                    ? tr("Set the release time of %1").arg(describe(selection))
                    : tr("Cancel the automatic release of %1").arg(describe(selection)),
                selection, { { dialog->requests(), QString() } });
        });
        return;
    }
    }
}

} // namespace ecs::ui
