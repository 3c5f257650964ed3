#include "instancedialogs.h"

#include "ecsclient.h"
#include "types/lifecycle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QString label(const Instance &i)
{
    return i.instanceName.isEmpty() ? i.instanceId : u"%1 (%2)"_s.arg(i.instanceName, i.instanceId);
}

QMap<QString, QStringList> idsByRegion(const QList<Instance> &instances)
{
    QMap<QString, QStringList> out;
    for (const Instance &i : instances)
        out[i.regionId].append(i.instanceId);
    return out;
}

} // namespace

InstanceActionDialog::InstanceActionDialog(const QString &title, const QString &confirmText,
    const QList<ecs::Instance> &instances, QWidget *parent)
    : QDialog(parent)
    , m_instances(instances)
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_confirm(new QPushButton(confirmText, this))
{
    setWindowTitle(title);
    QStringList names;
    for (const Instance &i : instances.mid(0, 8))
        names << label(i);
    if (instances.size() > 8)
        names << tr("and %1 more").arg(instances.size() - 8);
    auto *who = new QLabel(instances.size() == 1
            ? tr("Instance: %1").arg(names.value(0))
            : tr("%1 instances: %2").arg(instances.size()).arg(names.join(u", "_s)),
        this);
    who->setWordWrap(true);
    who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    auto *copy = buttons->addButton(tr("Copy as command"), QDialogButtonBox::HelpRole);
    copy->setToolTip(tr("Copy the equivalent `ecs-console call` lines"));
    connect(copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(commandText()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QString InstanceActionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString InstanceActionDialog::commandText() const
{
    QStringList lines;
    for (const ApiRequest &request : requests())
        lines << commandLineFor(request, m_profileName);
    return lines.join(u'\n');
}

void InstanceActionDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        error ? QColor(180, 30, 30) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

// Stop ----------------------------------------------------------------------------------------

StopDialog::StopDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Stop instances"), tr("Stop"), instances, parent)
    , m_force(new QCheckBox(tr("Force stop (like pulling the plug; unsaved data is lost)"), this))
    , m_mode(new QComboBox(this))
{
    setObjectName(u"stopDialog"_s);
    m_mode->addItem(tr("Default for the instance"), QString());
    m_mode->addItem(tr("Keep charging (resources stay reserved)"), u"KeepCharging"_s);
    m_mode->addItem(
        tr("Stop charging (vCPU and memory released; may not restart if stock runs out)"),
        u"StopCharging"_s);
    form()->addRow(QString(), m_force);
    form()->addRow(tr("Stop &mode:"), m_mode);
}

bool StopDialog::force() const
{
    return m_force->isChecked();
}

QString StopDialog::stoppedMode() const
{
    return m_mode->currentData().toString();
}

QList<ApiRequest> StopDialog::requests() const
{
    QList<ApiRequest> out;
    const auto byRegion = idsByRegion(instances());
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        for (qsizetype first = 0; first < it->size(); first += ops::StopInstances::kMaxIds)
            out << ops::StopInstances::request(
                it.key(), it->mid(first, ops::StopInstances::kMaxIds), force(), stoppedMode());
    return out;
}

// Reboot --------------------------------------------------------------------------------------

RebootDialog::RebootDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Reboot instances"), tr("Reboot"), instances, parent)
    , m_force(new QCheckBox(tr("Force reboot (unsaved data is lost)"), this))
{
    setObjectName(u"rebootDialog"_s);
    form()->addRow(QString(), m_force);
}

bool RebootDialog::force() const
{
    return m_force->isChecked();
}

QList<ApiRequest> RebootDialog::requests() const
{
    QList<ApiRequest> out;
    for (const Instance &i : instances())
        out << ops::RebootInstance::request(i.instanceId, force()).setEndpointRegion(i.regionId);
    return out;
}

// Release -------------------------------------------------------------------------------------

QString ReleaseDialog::confirmationWord()
{
    return u"release"_s;
}

ReleaseDialog::ReleaseDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Release instances"), tr("Release"), instances, parent)
    , m_typed(new QLineEdit(this))
    , m_token(ApiRequest::newClientToken())
{
    setObjectName(u"releaseDialog"_s);
    auto *list = new QListWidget(this);
    int running = 0;
    for (const Instance &i : instances) {
        list->addItem(u"%1 · %2 · %3 · %4"_s.arg(label(i), i.status, i.instanceType, i.zoneId));
        running += i.status == u"Running";
    }
    list->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    form()->addRow(tr("Will be released:"), list);
    auto *warning = new QLabel(
        tr("Releasing deletes the instances and their system disks for good. This cannot be "
           "undone.")
            + (running > 0 ? u' '
                        + tr("%1 of them are running and will be stopped forcibly first.")
                              .arg(running)
                           : QString()),
        this);
    warning->setWordWrap(true);
    form()->addRow(warning);
    if (needsTypedConfirmation()) {
        m_typed->setPlaceholderText(confirmationWord());
        m_typed->setAccessibleName(tr("Confirmation"));
        form()->addRow(tr("Type \"%1\" to confirm:").arg(confirmationWord()), m_typed);
        confirmButton()->setEnabled(false);
        connect(m_typed, &QLineEdit::textChanged, this, [this](const QString &text) {
            confirmButton()->setEnabled(text.trimmed() == confirmationWord());
        });
    } else {
        m_typed->hide();
    }
    confirmButton()->setDefault(false); // Enter must not release
}

bool ReleaseDialog::needsTypedConfirmation() const
{
    if (instances().size() > 5)
        return true;
    return std::any_of(instances().cbegin(), instances().cend(),
        [](const Instance &i) { return i.status == u"Running"; });
}

QList<ApiRequest> ReleaseDialog::requests() const
{
    QList<ApiRequest> out;
    QMap<QString, QList<Instance>> byRegion;
    for (const Instance &i : instances())
        byRegion[i.regionId].append(i);
    int batch = 0;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        for (qsizetype first = 0; first < it->size(); first += ops::DeleteInstances::kMaxIds) {
            const QList<Instance> part = it->mid(first, ops::DeleteInstances::kMaxIds);
            QStringList ids;
            bool force = false;
            for (const Instance &i : part) {
                ids << i.instanceId;
                force = force || i.status == u"Running";
            }
            // One token per batch, derived from the dialog's: stable across retries.
            out << ops::DeleteInstances::request(
                it.key(), ids, force, u"%1-%2"_s.arg(m_token.left(56)).arg(batch++));
        }
    }
    return out;
}

// Change type ---------------------------------------------------------------------------------

ChangeTypeDialog::ChangeTypeDialog(
    ecs::EcsClient *client, const ecs::Instance &instance, QWidget *parent)
    : InstanceActionDialog(tr("Change instance type"), tr("Change type"), { instance }, parent)
    , m_client(client)
    , m_types(new QListWidget(this))
    , m_restart(new QCheckBox(tr("Stop the instance, change the type, then start it again"), this))
    , m_token(ApiRequest::newClientToken())
{
    setObjectName(u"changeTypeDialog"_s);
    form()->addRow(tr("Current type:"),
        new QLabel(u"%1 · %2 vCPU · %3 GiB"_s.arg(instance.instanceType)
                       .arg(instance.cpu)
                       .arg(instance.memoryMiB / 1024.0),
            this));
    m_types->setAccessibleName(tr("Instance types"));
    m_types->setMinimumHeight(fontMetrics().lineSpacing() * 10);
    form()->addRow(tr("New &type:"), m_types);
    form()->addRow(QString(), m_restart);
    m_restart->setVisible(instance.status == u"Running");
    m_restart->setChecked(instance.status == u"Running");
    connect(m_types, &QListWidget::currentRowChanged, this, &ChangeTypeDialog::updateState);
    connect(m_restart, &QCheckBox::toggled, this, &ChangeTypeDialog::updateState);
    confirmButton()->setEnabled(false);
    showMessage(tr("Loading the types this instance can change to…"), false);
    load(u"Upgrade"_s);
    load(u"Downgrade"_s);
}

void ChangeTypeDialog::load(const QString &operation)
{
    const Instance &i = instances().first();
    ++m_loading;
    m_client->call<ops::DescribeResourcesModification>(
        ops::DescribeResourcesModification::request(i.regionId, i.instanceId, operation), this,
        [this, operation](const Result<QStringList> &types) {
            --m_loading;
            if (!types.ok()) {
                showMessage(
                    tr("Could not load the choices: %1").arg(types.error().toDisplayString()),
                    true);
                return;
            }
            for (const QString &type : types.value()) {
                if (!m_types->findItems(type, Qt::MatchExactly).isEmpty())
                    continue;
                auto *item = new QListWidgetItem(
                    type + (operation == u"Upgrade" ? tr("  (upgrade)") : tr("  (downgrade)")),
                    m_types);
                item->setData(Qt::UserRole, type);
                item->setData(Qt::UserRole + 1, operation.toLower());
            }
            if (m_loading == 0) {
                m_types->sortItems();
                showMessage(m_types->count() == 0
                        ? tr("No other type is available for this instance in its zone now.")
                        : QString(),
                    false);
                updateState();
                Q_EMIT choicesLoaded();
            }
        });
}

QString ChangeTypeDialog::chosenType() const
{
    const QListWidgetItem *item = m_types->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ChangeTypeDialog::operatorType() const
{
    if (instances().first().chargeType != u"PrePaid")
        return {};
    const QListWidgetItem *item = m_types->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

bool ChangeTypeDialog::stopChangeStart() const
{
    return instances().first().status == u"Running" && m_restart->isChecked();
}

void ChangeTypeDialog::updateState()
{
    const Instance &i = instances().first();
    // Pay-as-you-go changes need Stopped; a subscription upgrade may run, a downgrade may not.
    const bool needsStop
        = i.status == u"Running" && (i.chargeType != u"PrePaid" || operatorType() == u"downgrade");
    const bool ok = !chosenType().isEmpty() && (!needsStop || m_restart->isChecked());
    confirmButton()->setEnabled(ok);
    if (!chosenType().isEmpty() && needsStop && !m_restart->isChecked())
        showMessage(
            tr("This change needs the instance stopped: tick \"Stop … start it again\"."), true);
    else if (m_loading == 0 && m_types->count() > 0)
        showMessage(QString(), false);
}

QList<ApiRequest> ChangeTypeDialog::requests() const
{
    const Instance &i = instances().first();
    QList<ApiRequest> out;
    if (stopChangeStart())
        out << ops::StopInstances::request(i.regionId, { i.instanceId }, false, QString());
    if (i.chargeType == u"PrePaid")
        out << ops::ModifyPrepayInstanceSpec::request(
            i.regionId, i.instanceId, chosenType(), operatorType(), m_token);
    else
        out << ops::ModifyInstanceSpec::request(i.instanceId, chosenType(), m_token)
                   .setEndpointRegion(i.regionId);
    if (stopChangeStart())
        out << ops::StartInstances::request(i.regionId, { i.instanceId });
    return out;
}

// Renew ---------------------------------------------------------------------------------------

RenewDialog::RenewDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Renew subscription"), tr("Renew"), instances, parent)
    , m_period(new QSpinBox(this))
{
    setObjectName(u"renewDialog"_s);
    for (qsizetype n = 0; n < instances.size(); ++n)
        m_tokens << ApiRequest::newClientToken();
    m_period->setRange(1, 36);
    m_period->setSuffix(tr(" month(s)"));
    form()->addRow(tr("Renew &for:"), m_period);
    if (instances.size() == 1 && instances.first().expiredTime.isValid())
        form()->addRow(tr("Expires now:"),
            new QLabel(QLocale().toString(
                           instances.first().expiredTime.toLocalTime(), QLocale::ShortFormat),
                this));
}

QList<ApiRequest> RenewDialog::requests() const
{
    QList<ApiRequest> out;
    for (qsizetype n = 0; n < instances().size(); ++n)
        out << ops::RenewInstance::request(
            instances().at(n).instanceId, m_period->value(), u"Month"_s, m_tokens.at(n))
                   .setEndpointRegion(instances().at(n).regionId);
    return out;
}

// Auto-renew ----------------------------------------------------------------------------------

AutoRenewDialog::AutoRenewDialog(
    ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Auto-renew"), tr("Apply"), instances, parent)
    , m_enabled(new QCheckBox(tr("Renew automatically before expiry"), this))
    , m_duration(new QComboBox(this))
{
    setObjectName(u"autoRenewDialog"_s);
    for (int months : { 1, 2, 3, 6, 12 })
        m_duration->addItem(tr("%1 month(s)").arg(months), months);
    form()->addRow(QString(), m_enabled);
    form()->addRow(tr("Each &renewal:"), m_duration);
    connect(m_enabled, &QCheckBox::toggled, m_duration, &QWidget::setEnabled);
    m_duration->setEnabled(false);
    // The current setting of the first instance fills the form.
    const Instance &first = instances.first();
    client->call<ops::DescribeInstanceAutoRenewAttribute>(
        ops::DescribeInstanceAutoRenewAttribute::request(first.regionId, { first.instanceId }),
        this, [this](const Result<QList<AutoRenewAttribute>> &result) {
            if (!result.ok()) {
                showMessage(tr("Could not read the current setting: %1")
                                .arg(result.error().toDisplayString()),
                    true);
            } else if (!result->isEmpty()) {
                const AutoRenewAttribute &a = result->first();
                m_enabled->setChecked(a.enabled);
                const int index = m_duration->findData(a.duration);
                if (index >= 0)
                    m_duration->setCurrentIndex(index);
                showMessage(a.enabled
                        ? tr("Auto-renew is on, %1 month(s) at a time.").arg(a.duration)
                        : tr("Auto-renew is off."),
                    false);
            }
            Q_EMIT attributesLoaded();
        });
}

QList<ApiRequest> AutoRenewDialog::requests() const
{
    QList<ApiRequest> out;
    const auto byRegion = idsByRegion(instances());
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        for (qsizetype first = 0; first < it->size(); first += 100)
            out << ops::ModifyInstanceAutoRenewAttribute::request(it.key(), it->mid(first, 100),
                m_enabled->isChecked(), m_duration->currentData().toInt());
    return out;
}

// Auto-release --------------------------------------------------------------------------------

AutoReleaseDialog::AutoReleaseDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Automatic release"), tr("Apply"), instances, parent)
    , m_time(new QDateTimeEdit(this))
    , m_clear(new QCheckBox(tr("No automatic release"), this))
{
    setObjectName(u"autoReleaseDialog"_s);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime current = instances.first().autoReleaseTime;
    m_time->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_time->setCalendarPopup(true);
    m_time->setDateTime(current.isValid() ? current.toLocalTime() : now.addDays(1));
    m_time->setMinimumDateTime(now.addSecs(30 * 60));
    m_time->setMaximumDateTime(now.addYears(3));
    form()->addRow(tr("Release &at:"), m_time);
    form()->addRow(QString(), m_clear);
    form()->addRow(QString(),
        new QLabel(
            tr("At least 30 minutes and at most 3 years ahead; seconds are dropped."), this));
    connect(m_clear, &QCheckBox::toggled, m_time, [this](bool clear) {
        m_time->setEnabled(!clear);
        validate();
    });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &AutoReleaseDialog::validate);
    validate();
}

QDateTime AutoReleaseDialog::releaseTime() const
{
    return m_clear->isChecked() ? QDateTime() : m_time->dateTime();
}

void AutoReleaseDialog::validate()
{
    const QString problem = m_clear->isChecked()
        ? QString()
        : ops::ModifyInstanceAutoReleaseTime::check(
            m_time->dateTime(), QDateTime::currentDateTimeUtc());
    showMessage(problem, true);
    confirmButton()->setEnabled(problem.isEmpty());
}

QList<ApiRequest> AutoReleaseDialog::requests() const
{
    QList<ApiRequest> out;
    for (const Instance &i : instances())
        out << ops::ModifyInstanceAutoReleaseTime::request(i.regionId, i.instanceId, releaseTime());
    return out;
}

} // namespace ecs::ui
