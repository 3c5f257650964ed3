#include "selectionactions.h"

#include "actions/instanceactions.h"
#include "assistant/connect.h"
#include "assistant/runcommandoperation.h"
#include "dialogs/runcommanddialog.h"
#include "lifecycle/plans.h"
#include "operations/invocationview.h"
#include "operations/operationsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

bool preferPrivateAddress()
{
    return QSettings().value(u"connect/preferPrivate"_s, false).toBool();
}

} // namespace

SelectionActions::SelectionActions(
    EcsClient *client, OperationsModel *operations, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_operations(operations)
    , m_dialogParent(dialogParent)
    , m_runCommand(
          new QAction(QIcon::fromTheme(u"utilities-terminal"_s), tr("Run co&mmand…"), this))
    , m_ssh(new QAction(QIcon::fromTheme(u"network-server"_s), tr("SSH in &terminal"), this))
    , m_copySsh(new QAction(tr("C&opy SSH command"), this))
    , m_vnc(new QAction(tr("&VNC in browser"), this))
    , m_settings(new QAction(tr("Connection settings…"), this))
    , m_vncScope(this)
{
    m_runCommand->setObjectName(u"actionRunCommand"_s);
    m_ssh->setObjectName(u"actionSshTerminal"_s);
    m_copySsh->setObjectName(u"actionCopySsh"_s);
    m_vnc->setObjectName(u"actionVnc"_s);
    m_settings->setObjectName(u"actionConnectSettings"_s);
    m_runCommand->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    connect(m_runCommand, &QAction::triggered, this, &SelectionActions::openRunCommand);
    connect(m_ssh, &QAction::triggered, this, &SelectionActions::startSsh);
    connect(m_copySsh, &QAction::triggered, this, &SelectionActions::copySsh);
    connect(m_vnc, &QAction::triggered, this, &SelectionActions::openVnc);
    connect(m_settings, &QAction::triggered, this, &SelectionActions::openSettings);
    updateActions();
}

QList<QAction *> SelectionActions::actions() const
{
    return { m_runCommand, m_ssh, m_copySsh, m_vnc, m_settings };
}

void SelectionActions::setSelection(const QList<Instance> &selection)
{
    m_selection = selection;
    updateActions();
}

void SelectionActions::setInstanceActions(InstanceActions *actions)
{
    m_instanceActions = actions;
    updateActions();
}

void SelectionActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void SelectionActions::updateActions()
{
    QString runReason;
    if (m_readOnly)
        runReason = tr("This profile is read-only: running a command changes the instances.");
    else if (m_selection.isEmpty())
        runReason = tr("Select the instances to run the command on.");
    // Another profile's part goes through that profile: it must be open and may not be read-only.
    for (const Instance &i : std::as_const(m_selection)) {
        if (!runReason.isEmpty() || i.profileId.isEmpty())
            continue;
        const ActingProfile acting
            = m_instanceActions ? m_instanceActions->actingProfile(i.profileId) : ActingProfile {};
        if (!acting.client)
            runReason = tr("Profile %1 is not open.")
                            .arg(acting.name.isEmpty() ? i.profileId : acting.name);
        else if (acting.readOnly)
            runReason = tr("Profile %1 is read-only: running a command changes the instances.")
                            .arg(acting.name);
    }
    m_runCommand->setEnabled(runReason.isEmpty() && m_client);
    m_runCommand->setToolTip(runReason.isEmpty()
            ? tr("Run a shell, PowerShell or Bat script on the selected instances")
            : runReason);

    QString connectReason;
    if (m_selection.size() != 1)
        connectReason = tr("Select one instance to connect to.");
    else if (m_selection.first().status != InstanceStatus::Running)
        connectReason = tr("The instance is not running.");
    const QString address = m_selection.size() == 1
        ? Connect::addressOf(m_selection.first(), preferPrivateAddress())
        : QString();
    const QString sshReason = !connectReason.isEmpty() ? connectReason
        : address.isEmpty()                            ? tr("The instance has no address.")
        : !Connect::isSafeAddress(address)
        ? tr("The address “%1” is not an IP address.").arg(address)
        : QString();
    for (QAction *a : { m_ssh, m_copySsh }) {
        a->setEnabled(sshReason.isEmpty());
        a->setToolTip(sshReason.isEmpty() ? tr("ssh to %1").arg(address) : sshReason);
    }
    m_vnc->setEnabled(connectReason.isEmpty() && m_client);
    m_vnc->setToolTip(connectReason.isEmpty()
            ? tr("Open the instance's console in the service's web VNC page")
            : connectReason);
}

void SelectionActions::openRunCommand()
{
    if (!m_runCommand->isEnabled())
        return;
    const QList<Instance> selection = m_selection;
    auto *dialog = new RunCommandDialog(PlanTexts::describe(selection), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection] {
        if (!m_client || selection.isEmpty())
            return;
        const CommandSpec spec = dialog->spec();
        auto run = [this, spec, selection] { runOn(selection, spec); };
        if (m_instanceActions)
            m_instanceActions->confirmProtected(tr("Run command"), selection, run);
        else
            run();
    });
    dialog->open();
}

void SelectionActions::runOn(const QList<Instance> &selection, CommandSpec spec)
{
    // One RunCommand per profile × region (and per 100 instances): each its own operation,
    // through its own profile, each with a token of its own (one token twice is one command).
    const QList<RunCommandTarget> targets = RunCommandOperation::targetsOf(selection);
    for (qsizetype n = 0; n < targets.size(); ++n) {
        const RunCommandTarget &target = targets.at(n);
        const ActingProfile acting = target.profileId.isEmpty() || !m_instanceActions
            ? ActingProfile { m_profileName, m_client, false, m_readOnly }
            : m_instanceActions->actingProfile(target.profileId);
        if (!acting.client)
            continue;
        if (n > 0)
            spec.clientToken = ApiRequest::newClientToken();
        auto *operation = new RunCommandOperation(
            acting.client, target.regionId, target.instanceIds, spec, target.names);
        if (!target.profileId.isEmpty())
            operation->setProfileName(acting.name);
        submit(operation);
    }
}

void SelectionActions::submit(RunCommandOperation *operation)
{
    operation->setPollIntervals(m_pollMs.first, m_pollMs.second);
    m_operations->submit(operation);
    showResults(operation);
}

InvocationView *SelectionActions::showResults(RunCommandOperation *operation)
{
    auto *view = new InvocationView(operation, m_dialogParent);
    m_view = view;
    connect(view, &InvocationView::runAgain, this, &SelectionActions::submit);
    view->show();
    return view;
}

void SelectionActions::startSsh()
{
    if (m_selection.size() != 1)
        return;
    QSettings settings;
    const QString address = Connect::addressOf(m_selection.first(), preferPrivateAddress());
    QString error;
    if (!Connect::startSshInTerminal(TerminalCommand::load(settings),
            SshSettings::load(settings, m_profileName), address, &error))
        QMessageBox::warning(m_dialogParent, tr("SSH in terminal"), error);
}

void SelectionActions::copySsh()
{
    if (m_selection.size() != 1)
        return;
    const QString address = Connect::addressOf(m_selection.first(), preferPrivateAddress());
    const SshSettings ssh = SshSettings::load(QSettings(), m_profileName);
    if (const QString problem = Connect::sshProblem(ssh, address); !problem.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Copy SSH command"), problem);
        return;
    }
    QGuiApplication::clipboard()->setText(Connect::sshCommandLine(ssh, address));
}

void SelectionActions::openVnc()
{
    if (m_selection.size() != 1 || !m_client)
        return;
    const Instance instance = m_selection.first();
    m_vncScope.renew();
    m_vncScope.call<ops::DescribeInstanceVncUrl>(m_client,
        ops::DescribeInstanceVncUrl::request(instance.regionId, instance.instanceId),
        [this, instance](const Result<QString> &answer) {
            if (!answer.ok()) {
                QMessageBox::warning(
                    m_dialogParent, tr("VNC in browser"), answer.error().toDisplayString());
                return;
            }
            const QUrl page = Connect::vncPageUrl(
                answer.value(), instance.instanceId, Connect::isWindows(instance));
            if (!page.isValid()) {
                QMessageBox::warning(m_dialogParent, tr("VNC in browser"),
                    tr("The service sent a VNC address that is not a websocket URL."));
                return;
            }
            QDesktopServices::openUrl(page);
        });
}

void SelectionActions::openSettings()
{
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setObjectName(u"connectSettingsDialog"_s);
    dialog->setWindowTitle(tr("Connection settings"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSettings settings;
    const SshSettings ssh = SshSettings::load(settings, m_profileName);
    auto *terminal = new QLineEdit(settings.value(u"connect/terminal"_s).toString(), dialog);
    terminal->setPlaceholderText(TerminalCommand::defaultText());
    auto *user = new QLineEdit(ssh.user, dialog);
    auto *key = new QLineEdit(ssh.keyFile, dialog);
    key->setPlaceholderText(tr("ssh's default"));
    auto *jump = new QLineEdit(ssh.jumpHost, dialog);
    jump->setPlaceholderText(tr("[user@]host[:port], optional"));
    auto *port = new QSpinBox(dialog);
    port->setRange(1, 65535);
    port->setValue(ssh.port);
    auto *preferPrivate = new QCheckBox(tr("Connect to the &private address"), dialog);
    preferPrivate->setChecked(preferPrivateAddress());
    terminal->setAccessibleName(tr("Terminal command"));
    user->setAccessibleName(tr("SSH user"));
    key->setAccessibleName(tr("Key file"));
    jump->setAccessibleName(tr("Jump host"));
    port->setAccessibleName(tr("SSH port"));
    preferPrivate->setAccessibleName(tr("Connect to the private address"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Terminal command:"), terminal);
    form->addRow(tr("SSH &user (%1):").arg(m_profileName), user);
    form->addRow(tr("&Key file:"), key);
    form->addRow(tr("&Jump host:"), jump);
    form->addRow(tr("P&ort:"), port);
    form->addRow(preferPrivate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(
        dialog, &QDialog::accepted, this, [this, terminal, user, key, jump, port, preferPrivate] {
            QSettings settings;
            settings.setValue(u"connect/terminal"_s, terminal->text().trimmed());
            settings.setValue(u"connect/preferPrivate"_s, preferPrivate->isChecked());
            SshSettings ssh;
            ssh.user = user->text().trimmed();
            ssh.keyFile = key->text().trimmed();
            ssh.jumpHost = jump->text().trimmed();
            ssh.port = port->value();
            ssh.save(settings, m_profileName);
            updateActions();
        });
    dialog->open();
}

} // namespace ecs::ui
