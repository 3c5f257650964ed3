#include "instancedialogs.h"

#include "desktop/appearance.h"

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
#include <QScreen>
#include <QSpinBox>
#include <QStatusTipEvent>
#include <QStyle>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QString label(const Instance &i)
{
    const QString own
        = i.instanceName.isEmpty() ? i.instanceId : u"%1 (%2)"_s.arg(i.instanceName, i.instanceId);
    // Another profile's instance is named with its profile: the same id may be in two accounts.
    return i.profileId.isEmpty() ? own : u"%1 · %2"_s.arg(i.profileId, own);
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
    // One instance a line: a run of "name (id), name (id)" wraps at the hyphens inside the ids.
    QStringList names;
    for (const Instance &i : instances.mid(0, 8))
        names << label(i);
    if (instances.size() > 8)
        names << tr("and %n more", "", int(instances.size() - 8));
    auto *who = new QLabel(instances.size() == 1
            ? tr("Instance: %1").arg(names.value(0))
            : tr("%n instance(s):", "", int(instances.size())) + u"\n  "_s + names.join(u"\n  "_s),
        this);
    who->setObjectName(u"instancesLabel"_s);
    who->setTextFormat(Qt::PlainText);
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
    connect(copy, &QPushButton::clicked, this, [this] {
        const QString text = commandText();
        QGuiApplication::clipboard()->setText(text);
        // Said where the eye is (the dialog), and in the main window's status bar.
        const QString done
            = tr("Copied %n command line(s) to the clipboard.", "", int(text.count(u'\n') + 1));
        showMessage(done, false);
        QStatusTipEvent tip(done);
        for (QWidget *widget = parentWidget(); widget; widget = widget->parentWidget())
            if (QCoreApplication::sendEvent(widget, &tip))
                break;
    });
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
    return plan().commandLines(m_profileName).join(u'\n');
}

void InstanceActionDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        error ? Appearance::toneColour(Appearance::Tone::Bad, this->palette())
              : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

// Stop ----------------------------------------------------------------------------------------

StopDialog::StopDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Stop instances"), tr("Stop"), instances, parent)
    , m_force(new QCheckBox(tr("Force stop (like pulling the plug; unsaved data is lost)"), this))
    , m_mode(new QComboBox(this))
{
    setObjectName(u"stopDialog"_s);
    // The data is the wire spelling, a key tests and people's scripts can find.
    m_mode->addItem(tr("Default for the instance"), toWire(StoppedMode::Default));
    m_mode->addItem(
        tr("Keep charging (resources stay reserved)"), toWire(StoppedMode::KeepCharging));
    m_mode->addItem(
        tr("Stop charging (vCPU and memory released; may not restart if stock runs out)"),
        toWire(StoppedMode::StopCharging));
    form()->addRow(QString(), m_force);
    form()->addRow(tr("Stop &mode:"), m_mode);
}

StopOptions StopDialog::options() const
{
    return { m_force->isChecked(),
        fromWireOr(m_mode->currentData().toString(), StoppedMode::Default) };
}

ActionPlan StopDialog::plan() const
{
    return planStop(instances(), options());
}

// Reboot --------------------------------------------------------------------------------------

RebootDialog::RebootDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Reboot instances"), tr("Reboot"), instances, parent)
    , m_force(new QCheckBox(tr("Force reboot (unsaved data is lost)"), this))
{
    setObjectName(u"rebootDialog"_s);
    form()->addRow(QString(), m_force);
}

RebootOptions RebootDialog::options() const
{
    return { m_force->isChecked() };
}

ActionPlan RebootDialog::plan() const
{
    return planReboot(instances(), options());
}

// Release -------------------------------------------------------------------------------------

QString ReleaseDialog::confirmationWord()
{
    return u"release"_s;
}

ReleaseDialog::ReleaseDialog(const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Release instances"), tr("Release"), instances, parent)
    , m_typed(new QLineEdit(this))
    , m_token(newClientToken())
{
    setObjectName(u"releaseDialog"_s);
    auto *list = new QListWidget(this);
    list->setObjectName(u"releaseList"_s);
    list->setAccessibleName(tr("Instances to release"));
    int running = 0;
    for (const Instance &i : instances) {
        list->addItem(
            u"%1 · %2 · %3 · %4"_s.arg(label(i), i.statusText(), i.instanceType, i.zoneId));
        running += i.status == InstanceStatus::Running;
    }
    // Every instance on a line of its own, up to eight rows before it scrolls; the list spans the
    // dialog, which opens wide enough for the longest line (or as wide as the screen allows, and
    // the list then scrolls sideways): nothing is cut off at the side.
    list->setTextElideMode(Qt::ElideNone);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const int rows = int(std::min<qsizetype>(instances.size(), 8));
    const int rowHeight = std::max(list->sizeHintForRow(0), fontMetrics().height());
    const int height = rowHeight * rows + 2 * list->frameWidth()
        + (instances.size() > 8 ? 0 : fontMetrics().height() / 2);
    list->setMinimumHeight(height);
    list->setMaximumHeight(std::max(height, rowHeight * 8 + 2 * list->frameWidth()));
    int widest = 0;
    for (int row = 0; row < list->count(); ++row)
        widest = std::max(widest, list->fontMetrics().horizontalAdvance(list->item(row)->text()));
    widest += 2 * list->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
        + fontMetrics().averageCharWidth() * 2;
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1024;
    list->setMinimumWidth(std::min(widest, screenWidth * 8 / 10));
    form()->addRow(new QLabel(tr("Will be released:"), this));
    form()->addRow(list);
    auto *warning = new QLabel(
        tr("Releasing deletes the instances and their system disks for good. This cannot be "
           "undone.")
            + (running > 0 ? u' '
                        + tr("%n running instance(s) will be stopped forcibly first.", "", running)
                           : QString()),
        this);
    warning->setObjectName(u"releaseWarning"_s);
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
    // Qt opens a dialog at most two thirds of the screen wide; the list may need more.
    resize(std::min(std::max(sizeHint().width(), minimumSizeHint().width()), screenWidth * 9 / 10),
        sizeHint().height());
}

bool ReleaseDialog::needsTypedConfirmation() const
{
    if (instances().size() > 5)
        return true;
    return std::any_of(instances().cbegin(), instances().cend(),
        [](const Instance &i) { return i.status == InstanceStatus::Running; });
}

ActionPlan ReleaseDialog::plan() const
{
    return planRelease(instances(), options());
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
    loadCurrent(client);
}

QCoro::Task<> AutoRenewDialog::loadCurrent(QPointer<ecs::EcsClient> client)
{
    // The current setting of the first instance fills the form.
    const Result<QList<AutoRenewAttribute>> result
        = co_await quotes::autoRenewOf(m_lookups, client, instances().first());
    if (result.cancelled())
        co_return;
    if (!result.ok()) {
        showMessage(
            tr("Could not read the current setting: %1").arg(result.error().toDisplayString()),
            true);
    } else if (!result->isEmpty()) {
        const AutoRenewAttribute &a = result->first();
        m_enabled->setChecked(a.enabled);
        const int index = m_duration->findData(a.duration);
        if (index >= 0)
            m_duration->setCurrentIndex(index);
        showMessage(a.enabled ? tr("Auto-renew is on, %1 month(s) at a time.").arg(a.duration)
                              : tr("Auto-renew is off."),
            false);
    }
    Q_EMIT attributesLoaded();
}

AutoRenewOptions AutoRenewDialog::options() const
{
    return { m_enabled->isChecked(), m_duration->currentData().toInt() };
}

ActionPlan AutoRenewDialog::plan() const
{
    return planAutoRenew(instances(), options());
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

AutoReleaseOptions AutoReleaseDialog::options() const
{
    return { m_clear->isChecked() ? QDateTime() : m_time->dateTime() };
}

void AutoReleaseDialog::validate()
{
    const QString problem = m_clear->isChecked()
        ? QString()
        : autoReleaseProblem(m_time->dateTime(), QDateTime::currentDateTimeUtc());
    showMessage(problem, true);
    confirmButton()->setEnabled(problem.isEmpty());
}

ActionPlan AutoReleaseDialog::plan() const
{
    return planAutoRelease(instances(), options());
}

} // namespace ecs::ui
