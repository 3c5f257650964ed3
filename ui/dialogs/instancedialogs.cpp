#include "instancedialogs.h"

#include "ecsclient.h"
#include "types/availableresource.h"
#include "types/instancetypeorder.h"
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
#include <QStyle>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QString label(const Instance &i)
{
    return i.instanceName.isEmpty() ? i.instanceId : u"%1 (%2)"_s.arg(i.instanceName, i.instanceId);
}

QString money(double amount, const QString &currency)
{
    return u"%1 %2"_s.arg(
        currency.isEmpty() ? u"USD"_s : currency, QLocale().toString(amount, 'f', 4));
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
    list->setObjectName(u"releaseList"_s);
    list->setAccessibleName(tr("Instances to release"));
    int running = 0;
    for (const Instance &i : instances) {
        list->addItem(u"%1 · %2 · %3 · %4"_s.arg(label(i), i.status, i.instanceType, i.zoneId));
        running += i.status == u"Running";
    }
    // Every instance on a line of its own, up to eight rows before it scrolls; the dialog is wide
    // enough for the longest line, so nothing is cut off at the side.
    list->setTextElideMode(Qt::ElideNone);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const int rows = int(std::min<qsizetype>(instances.size(), 8));
    const int rowHeight = std::max(list->sizeHintForRow(0), fontMetrics().height());
    const int height = rowHeight * rows + 2 * list->frameWidth()
        + (instances.size() > 8 ? 0 : fontMetrics().height() / 2);
    list->setMinimumHeight(height);
    list->setMaximumHeight(std::max(height, rowHeight * 8 + 2 * list->frameWidth()));
    const int widest = list->sizeHintForColumn(0) + 2 * list->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + fontMetrics().averageCharWidth() * 2;
    list->setMinimumWidth(std::min(widest, fontMetrics().averageCharWidth() * 110));
    form()->addRow(tr("Will be released:"), list);
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
    , m_price(new QLabel(this))
    , m_token(ApiRequest::newClientToken())
{
    setObjectName(u"changeTypeDialog"_s);
    form()->addRow(tr("Current type:"),
        new QLabel(tr("%1 · %2 vCPU · %3 GiB")
                       .arg(instance.instanceType)
                       .arg(instance.cpu)
                       .arg(QLocale().toString(instance.memoryMiB / 1024.0, 'g', 4)),
            this));
    m_types->setAccessibleName(tr("Instance types"));
    m_types->setMinimumHeight(fontMetrics().lineSpacing() * 10);
    form()->addRow(tr("New &type:"), m_types);
    m_price->setObjectName(u"changeTypePrice"_s);
    m_price->setWordWrap(true);
    m_price->setText(tr("Choose a type to see its price."));
    form()->addRow(tr("Price:"), m_price);
    form()->addRow(QString(), m_restart);
    m_restart->setVisible(instance.status == u"Running");
    m_restart->setChecked(instance.status == u"Running");
    connect(m_types, &QListWidget::currentRowChanged, this, &ChangeTypeDialog::updateState);
    connect(m_types, &QListWidget::currentRowChanged, this, &ChangeTypeDialog::fetchPrice);
    connect(m_restart, &QCheckBox::toggled, this, &ChangeTypeDialog::updateState);
    confirmButton()->setEnabled(false);
    showMessage(tr("Loading the types this instance can change to…"), false);
    loadSpecs();
    load(u"Upgrade"_s);
    load(u"Downgrade"_s);
}

void ChangeTypeDialog::loadSpecs()
{
    m_client->call<ops::DescribeInstanceTypes>(ops::DescribeInstanceTypes::request(), this,
        [this](const Result<ops::DescribeInstanceTypes::Response> &result) {
            if (!result.ok()) {
                // Unknown specs are said to be unknown, never shown as zero.
                m_specsError = result.error().toDisplayString();
            } else {
                for (const InstanceTypeInfo &t : result->types)
                    m_specs.insert(t.instanceTypeId, t);
            }
            m_specsDone = true;
            updateItemTexts();
        });
}

QString ChangeTypeDialog::itemText(const QString &type, const QString &operation) const
{
    const QString direction = operation == u"upgrade" ? tr("upgrade") : tr("downgrade");
    const auto spec = m_specs.constFind(type);
    if (spec != m_specs.cend())
        return tr("%1 · %2 vCPU · %3 GiB  (%4)")
            .arg(type)
            .arg(spec->cpu)
            .arg(QLocale().toString(spec->memoryGiB, 'g', 4), direction);
    if (m_specsDone)
        return tr("%1 · specs unknown  (%2)").arg(type, direction);
    return tr("%1  (%2)").arg(type, direction);
}

void ChangeTypeDialog::updateItemTexts()
{
    for (int row = 0; row < m_types->count(); ++row) {
        QListWidgetItem *item = m_types->item(row);
        item->setText(
            itemText(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString()));
    }
    if (m_specsDone && !m_specsError.isEmpty() && m_loading == 0)
        showMessage(tr("Could not load the specs of the types: %1").arg(m_specsError), true);
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
                m_loadError = types.error().toDisplayString();
            } else {
                for (const QString &type : types.value())
                    if (!m_candidates.contains(type))
                        m_candidates.insert(type, operation.toLower());
            }
            if (m_loading > 0)
                return;
            // All answers in: the list in the order people read types.
            QStringList sorted = m_candidates.keys();
            std::sort(sorted.begin(), sorted.end(), ecs::instanceTypeLess);
            for (const QString &type : std::as_const(sorted)) {
                auto *item = new QListWidgetItem(m_types);
                item->setData(Qt::UserRole, type);
                item->setData(Qt::UserRole + 1, m_candidates.value(type));
            }
            updateItemTexts();
            if (!m_loadError.isEmpty())
                showMessage(tr("Could not load the choices: %1").arg(m_loadError), true);
            else
                showMessage(m_types->count() == 0
                        ? tr("No other type is available for this instance in its zone now.")
                        : QString(),
                    false);
            updateState();
            if (m_specsDone && !m_specsError.isEmpty())
                updateItemTexts();
            Q_EMIT choicesLoaded();
        });
}

void ChangeTypeDialog::fetchPrice()
{
    const QString type = chosenType();
    const quint64 generation = ++m_priceGeneration;
    if (type.isEmpty()) {
        m_price->setText(tr("Choose a type to see its price."));
        return;
    }
    const Instance &i = instances().first();
    m_price->setText(tr("Asking the price of %1…").arg(type));
    RunInstancesSpec spec;
    spec.regionId = i.regionId;
    spec.zoneId = i.zoneId;
    spec.chargeType = i.chargeType == u"PrePaid" ? u"PrePaid"_s : u"PostPaid"_s;
    spec.period = 1;
    spec.periodUnit = u"Month"_s;
    auto ask = [this, spec, generation](const QString &instanceType,
                   const std::function<void(const Result<Price> &)> &then) {
        RunInstancesSpec s = spec;
        s.instanceType = instanceType;
        m_client->call<ops::DescribePrice>(ops::DescribePrice::request(s), this,
            [this, generation, then](const Result<Price> &price) {
                if (generation == m_priceGeneration) // the latest choice wins
                    then(price);
            });
    };
    const QString unit = spec.chargeType == u"PrePaid" ? tr("per month") : tr("per hour");
    ask(type, [this, ask, type, unit, i](const Result<Price> &price) {
        if (!price.ok()) {
            m_price->setText(tr("Price unknown: %1").arg(price.error().toDisplayString()));
            return;
        }
        const QString newPrice
            = tr("%1: %2 %3").arg(type, money(price->tradePrice, price->currency), unit);
        m_price->setText(newPrice);
        // And what the instance costs now, to compare.
        ask(i.instanceType, [this, newPrice, unit, i](const Result<Price> &current) {
            if (current.ok())
                m_price->setText(tr("%1 (now %2: %3 %4)")
                                     .arg(newPrice, i.instanceType,
                                         money(current->tradePrice, current->currency), unit));
        });
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

RenewDialog::RenewDialog(
    ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Renew subscription"), tr("Renew"), instances, parent)
    , m_client(client)
    , m_period(new QSpinBox(this))
    , m_price(new QLabel(this))
    , m_expiry(new QLabel(this))
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
    m_expiry->setObjectName(u"renewExpiry"_s);
    m_price->setObjectName(u"renewPrice"_s);
    m_price->setWordWrap(true);
    form()->addRow(tr("New expiry:"), m_expiry);
    form()->addRow(tr("Price:"), m_price);
    connect(m_period, &QSpinBox::valueChanged, this, &RenewDialog::refreshQuote);
    refreshQuote();
}

QDateTime RenewDialog::newExpiry(const ecs::Instance &instance, int months)
{
    return instance.expiredTime.isValid() ? instance.expiredTime.addMonths(months) : QDateTime();
}

void RenewDialog::refreshQuote()
{
    const int months = m_period->value();
    // The new expiry: exact for one instance, the earliest and latest for several.
    QDateTime earliest, latest;
    for (const Instance &i : instances()) {
        const QDateTime expiry = newExpiry(i, months);
        if (!expiry.isValid())
            continue;
        if (!earliest.isValid() || expiry < earliest)
            earliest = expiry;
        if (!latest.isValid() || expiry > latest)
            latest = expiry;
    }
    const QLocale locale;
    if (!earliest.isValid())
        m_expiry->setText(tr("unknown (the service sent no expiry time)"));
    else if (earliest == latest)
        m_expiry->setText(locale.toString(earliest.toLocalTime(), QLocale::ShortFormat));
    else
        m_expiry->setText(tr("%1 to %2")
                              .arg(locale.toString(earliest.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(latest.toLocalTime(), QLocale::ShortFormat)));

    // The price: one DescribePrice per kind of instance (type and zone), with its amount.
    const quint64 generation = ++m_priceGeneration;
    QMap<std::pair<QString, QString>, RunInstancesSpec> kinds;
    for (const Instance &i : instances()) {
        RunInstancesSpec &spec = kinds[{ i.regionId + u'/' + i.zoneId, i.instanceType }];
        if (spec.instanceType.isEmpty()) {
            spec.regionId = i.regionId;
            spec.zoneId = i.zoneId;
            spec.instanceType = i.instanceType;
            spec.chargeType = u"PrePaid"_s;
            spec.periodUnit = u"Month"_s;
            spec.amount = 0;
        }
        ++spec.amount;
    }
    constexpr int kMaxKinds = 10; // a bounded number of lookups per change of the period
    if (!m_client || kinds.size() > kMaxKinds) {
        m_price->setText(tr("Not shown for more than %n kinds of instance.", "", kMaxKinds));
        return;
    }
    m_price->setText(tr("Asking the price…"));
    auto state = std::make_shared<std::pair<int, Price>>(int(kinds.size()), Price {});
    auto failed = std::make_shared<bool>(false);
    for (RunInstancesSpec spec : std::as_const(kinds)) {
        spec.period = months;
        m_client->call<ops::DescribePrice>(ops::DescribePrice::request(spec), this,
            [this, generation, state, failed, months](const Result<Price> &price) {
                if (generation != m_priceGeneration || *failed)
                    return; // a newer period was chosen, or an error is shown already
                if (!price.ok()) {
                    *failed = true;
                    m_price->setText(tr("Price unknown: %1").arg(price.error().toDisplayString()));
                    return;
                }
                state->second.tradePrice += price->tradePrice;
                state->second.originalPrice += price->originalPrice;
                state->second.currency = price->currency;
                if (--state->first > 0)
                    return;
                const Price &total = state->second;
                m_price->setText(total.originalPrice > total.tradePrice
                        ? tr("%1 for %n month(s) (list price %2)", "", months)
                              .arg(money(total.tradePrice, total.currency),
                                  money(total.originalPrice, total.currency))
                        : tr("%1 for %n month(s)", "", months)
                              .arg(money(total.tradePrice, total.currency)));
            });
    }
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
