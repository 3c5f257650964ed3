// The action dialogs that ask the service while they are open: Change type (the choices, their
// specs and prices), Renew (the price and the new expiry), Allocate public IP (the new address).
#include "instancedialogs.h"

#include "lifecycle/operation.h"
#include "lifecyclerules.h"
#include "types/lifecycle.h"
#include "types/money.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QString money(double amount, const QString &currency)
{
    // Hourly prices need the fourth decimal; a month's or a year's does not.
    return ecs::formatMoney(amount, currency, std::abs(amount) < 10 ? 4 : 2);
}

} // namespace

// Change type ---------------------------------------------------------------------------------

ChangeTypeDialog::ChangeTypeDialog(
    ecs::EcsClient *client, const ecs::Instance &instance, QWidget *parent)
    : InstanceActionDialog(tr("Change instance type"), tr("Change type"), { instance }, parent)
    , m_client(client)
    , m_types(new QListWidget(this))
    , m_restart(new QCheckBox(tr("Stop the instance, change the type, then start it again"), this))
    , m_price(new QLabel(this))
    , m_token(newClientToken())
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
    m_restart->setVisible(instance.status == InstanceStatus::Running);
    m_restart->setChecked(instance.status == InstanceStatus::Running);
    connect(m_types, &QListWidget::currentRowChanged, this, &ChangeTypeDialog::updateState);
    connect(m_types, &QListWidget::currentRowChanged, this, &ChangeTypeDialog::fetchPrice);
    connect(m_restart, &QCheckBox::toggled, this, &ChangeTypeDialog::updateState);
    confirmButton()->setEnabled(false);
    showMessage(tr("Loading the types this instance can change to…"), false);
    loadSpecs();
    loadChoices();
}

QCoro::Task<> ChangeTypeDialog::loadSpecs()
{
    const Result<QHash<QString, InstanceTypeInfo>> specs
        = co_await quotes::typeSpecs(m_lookups, m_client);
    if (specs.cancelled())
        co_return;
    if (!specs.ok())
        m_specsError = specs.error().toDisplayString(); // unknown specs are said to be unknown
    else
        m_specs = specs.value();
    m_specsDone = true;
    updateItemTexts();
}

QString ChangeTypeDialog::itemText(const QString &type, SpecChange change) const
{
    const QString direction = change == SpecChange::Downgrade ? tr("downgrade") : tr("upgrade");
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
        item->setText(itemText(
            item->data(Qt::UserRole).toString(), SpecChange(item->data(Qt::UserRole + 1).toInt())));
    }
    if (m_specsDone && !m_specsError.isEmpty() && m_choicesLoaded)
        showMessage(tr("Could not load the specs of the types: %1").arg(m_specsError), true);
}

QCoro::Task<> ChangeTypeDialog::loadChoices()
{
    const Result<quotes::TypeChoices> loaded
        = co_await quotes::typeChoices(m_lookups, m_client, instances().first());
    if (loaded.cancelled())
        co_return;
    m_choicesLoaded = true;
    const quotes::TypeChoices choices = loaded.ok() ? loaded.value() : quotes::TypeChoices {};
    for (const quotes::TypeChoice &choice : choices.choices) {
        auto *item = new QListWidgetItem(m_types);
        item->setData(Qt::UserRole, choice.instanceType); // the key, never read from the text
        item->setData(Qt::UserRole + 1, int(choice.change));
    }
    updateItemTexts();
    const ApiError error = loaded.ok() ? choices.error : loaded.error();
    if (error.isError())
        showMessage(tr("Could not load the choices: %1").arg(error.toDisplayString()), true);
    else
        showMessage(m_types->count() == 0
                ? tr("No other type is available for this instance in its zone now.")
                : QString(),
            false);
    updateState();
    if (m_specsDone && !m_specsError.isEmpty())
        updateItemTexts();
    Q_EMIT choicesLoaded();
}

QCoro::Task<> ChangeTypeDialog::fetchPrice()
{
    m_priceCalls.renew(); // the latest choice wins
    const QString type = chosenType();
    if (type.isEmpty()) {
        m_price->setText(tr("Choose a type to see its price."));
        co_return;
    }
    const Instance i = instances().first();
    m_price->setText(tr("Asking the price of %1…").arg(type));
    const QString unit = i.chargeType == ChargeType::PrePaid ? tr("per month") : tr("per hour");
    const Result<Price> price = co_await quotes::typePrice(m_priceCalls, m_client, i, type);
    if (price.cancelled())
        co_return;
    if (!price.ok()) {
        m_price->setText(tr("Price unknown: %1").arg(price.error().toDisplayString()));
        co_return;
    }
    const QString newPrice
        = tr("%1: %2 %3").arg(type, money(price->tradePrice, price->currency), unit);
    m_price->setText(newPrice);
    // And what the instance costs now, to compare.
    const Result<Price> current
        = co_await quotes::typePrice(m_priceCalls, m_client, i, i.instanceType);
    if (current.cancelled())
        co_return;
    if (current.ok())
        m_price->setText(tr("%1 (now %2: %3 %4)")
                             .arg(newPrice, i.instanceType,
                                 money(current->tradePrice, current->currency), unit));
}

QString ChangeTypeDialog::chosenType() const
{
    const QListWidgetItem *item = m_types->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

SpecChange ChangeTypeDialog::chosenChange() const
{
    if (instances().first().chargeType != ChargeType::PrePaid)
        return SpecChange::None;
    const QListWidgetItem *item = m_types->currentItem();
    return item ? SpecChange(item->data(Qt::UserRole + 1).toInt()) : SpecChange::None;
}

ChangeTypeOptions ChangeTypeDialog::options() const
{
    const bool running = instances().first().status == InstanceStatus::Running;
    return { chosenType(), chosenChange(), running && m_restart->isChecked(), m_token };
}

ActionPlan ChangeTypeDialog::plan() const
{
    return planChangeType(instances().first(), options());
}

void ChangeTypeDialog::updateState()
{
    const bool needsStop = LifecycleRules::needsStopFirst(instances().first(), chosenChange());
    const bool ok = !chosenType().isEmpty() && (!needsStop || m_restart->isChecked());
    confirmButton()->setEnabled(ok);
    if (!chosenType().isEmpty() && needsStop && !m_restart->isChecked())
        showMessage(
            tr("This change needs the instance stopped: tick \"Stop … start it again\"."), true);
    else if (m_choicesLoaded && m_types->count() > 0)
        showMessage(QString(), false);
}

// Renew ---------------------------------------------------------------------------------------

RenewDialog::RenewDialog(
    ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent)
    : RenewDialog(
        QList<quotes::ProfileClient> {
            { instances.isEmpty() ? QString() : instances.first().profileId, {}, client } },
        instances, parent)
{ }

RenewDialog::RenewDialog(const QList<quotes::ProfileClient> &profiles,
    const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Renew subscription"), tr("Renew"), instances, parent)
    , m_profiles(profiles)
    , m_period(new QSpinBox(this))
    , m_price(new QLabel(this))
    , m_expiry(new QLabel(this))
{
    setObjectName(u"renewDialog"_s);
    for (qsizetype n = 0; n < instances.size(); ++n)
        m_tokens << newClientToken();
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
    m_price->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("New expiry:"), m_expiry);
    form()->addRow(tr("Price:"), m_price);
    connect(m_period, &QSpinBox::valueChanged, this, &RenewDialog::showExpiry);
    connect(m_period, &QSpinBox::valueChanged, this, &RenewDialog::refreshPrice);
    showExpiry();
    refreshPrice();
}

void RenewDialog::showExpiry()
{
    const int months = m_period->value();
    // The new expiry: exact for one instance, the earliest and latest for several.
    QDateTime earliest, latest;
    for (const Instance &i : instances()) {
        const QDateTime expiry = quotes::renewedExpiry(i, months);
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
}

QCoro::Task<> RenewDialog::refreshPrice()
{
    m_priceCalls.renew(); // a newer period wins
    const int months = m_period->value();
    // One DescribePrice per kind of instance (type and zone) and profile: a bounded number.
    if (m_profiles.size() <= 1 && quotes::renewKinds(instances()) > quotes::kMaxRenewKinds) {
        m_price->setText(
            tr("Not shown for more than %n kinds of instance.", "", quotes::kMaxRenewKinds));
        co_return;
    }
    m_price->setText(tr("Asking the price…"));
    const Result<QList<quotes::ProfilePrice>> parts
        = co_await quotes::fleetRenewPrice(m_priceCalls, m_profiles, instances(), months);
    if (parts.cancelled())
        co_return;
    showPrices(parts.ok() ? parts.value() : QList<quotes::ProfilePrice> {}, months);
}

void RenewDialog::showPrices(const QList<quotes::ProfilePrice> &parts, int months)
{
    auto priceText = [months](const Price &price) {
        return price.originalPrice > price.tradePrice
            ? tr("%1 for %n month(s) (list price %2)", "", months)
                  .arg(money(price.tradePrice, price.currency),
                      money(price.originalPrice, price.currency))
            : tr("%1 for %n month(s)", "", months).arg(money(price.tradePrice, price.currency));
    };
    if (parts.size() == 1) {
        const quotes::ProfilePrice &only = parts.first();
        m_price->setText(only.known() ? priceText(only.price)
                                      : tr("Price unknown: %1").arg(only.error.toDisplayString()));
        Q_EMIT priceShown();
        return;
    }
    // Several profiles: each account's part in its own answer's currency, then the sum.
    QStringList lines;
    for (const quotes::ProfilePrice &part : parts)
        lines << (part.known() ? tr("%1 (%2): %3", "profile (instances): price")
                                     .arg(part.name, tr("%n instance(s)", "", part.instances),
                                         priceText(part.price))
                               : tr("%1 (%2): price unknown: %3", "profile (instances): why")
                                     .arg(part.name, tr("%n instance(s)", "", part.instances),
                                         part.error.toDisplayString()));
    if (const std::optional<Price> total = quotes::totalOf(parts))
        lines << tr("Total: %1").arg(priceText(*total));
    else if (std::all_of(parts.cbegin(), parts.cend(),
                 [](const quotes::ProfilePrice &p) { return p.known(); }))
        lines << tr("No total: the profiles are billed in different currencies.");
    else
        lines << tr("No total while a profile's price is unknown.");
    m_price->setText(lines.join(u'\n'));
    // The lines came after the dialog was laid out: it grows to show them all.
    if (isVisible()) {
        layout()->activate();
        adjustSize();
    }
    Q_EMIT priceShown();
}

RenewOptions RenewDialog::options() const
{
    return { m_period->value(), m_tokens };
}

ActionPlan RenewDialog::plan() const
{
    return planRenew(instances(), options());
}

// Allocate public IP ---------------------------------------------------------------------------

AllocatePublicIpDialog::AllocatePublicIpDialog(
    ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent)
    : AllocatePublicIpDialog(
        QList<quotes::ProfileClient> {
            { instances.isEmpty() ? QString() : instances.first().profileId, {}, client } },
        instances, parent)
{ }

AllocatePublicIpDialog::AllocatePublicIpDialog(const QList<quotes::ProfileClient> &profiles,
    const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Allocate public IP"), tr("Allocate"), instances, parent)
    , m_profiles(profiles)
    , m_addresses(new QLabel(this))
{
    setObjectName(u"allocatePublicIpDialog"_s);
    auto *note = new QLabel(tr("Each instance gets a public IPv4 address that stays with it until "
                               "it is released. Traffic out through it is billed."),
        this);
    note->setWordWrap(true);
    form()->addRow(note);
    m_addresses->setObjectName(u"publicAddresses"_s);
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->hide();
    form()->addRow(tr("Addresses:"), m_addresses);
}

ActionPlan AllocatePublicIpDialog::plan() const
{
    return planAllocatePublicIp(instances());
}

void AllocatePublicIpDialog::done(int result)
{
    // The first Allocate submits (accepted()) and the dialog stays to show the addresses; the
    // second press, now Close, closes it.
    if (result == QDialog::Accepted && !m_submitted) {
        m_submitted = true;
        confirmButton()->setEnabled(false);
        showMessage(tr("Allocating…"), false);
        Q_EMIT accepted();
        return;
    }
    InstanceActionDialog::done(result);
}

void AllocatePublicIpDialog::watch(const QList<std::pair<QString, Operation *>> &operations)
{
    if (operations.isEmpty()) {
        showMessage(tr("Nothing was sent."), true);
        confirmButton()->setText(tr("Close"));
        confirmButton()->setEnabled(true);
        return;
    }
    for (const auto &[profileId, operation] : operations) {
        m_watched.append({ profileId, QPointer<Operation>(operation) });
        if (operation && !operation->isFinished())
            connect(operation, &Operation::finished, this, &AllocatePublicIpDialog::operationEnded);
    }
    operationEnded();
}

void AllocatePublicIpDialog::operationEnded()
{
    // The addresses once every operation has ended; a failed one is said, the others read.
    if (m_watched.isEmpty())
        return;
    QList<AddressQuestion> questions;
    QStringList failures;
    const bool several = m_profiles.size() > 1;
    for (const auto &[profileId, operation] : std::as_const(m_watched)) {
        if (!operation)
            continue;
        if (!operation->isFinished())
            return;
        quotes::ProfileClient profile;
        for (const quotes::ProfileClient &p : std::as_const(m_profiles))
            if (p.profileId == profileId)
                profile = p;
        const QString name = several ? profile.name : QString();
        if (operation->state() != Operation::State::Done)
            failures << (name.isEmpty()
                    ? tr("Not allocated: %1").arg(operation->detail())
                    : tr("%1: not allocated: %2").arg(name, operation->detail()));
        else
            questions.append(
                { name, profile.client, operation->regionId(), operation->instanceIds() });
    }
    m_watched.clear(); // asked once
    fetchAddresses(questions, failures);
}

QCoro::Task<> AllocatePublicIpDialog::fetchAddresses(
    QList<AddressQuestion> questions, QStringList failures)
{
    QStringList lines;
    if (!questions.isEmpty())
        showMessage(tr("Allocated. Reading the addresses…"), false);
    for (const AddressQuestion &question : std::as_const(questions)) {
        if (!question.client)
            continue;
        const Result<QList<Instance>> described = co_await quotes::describeInstances(
            m_lookups, question.client, question.regionId, question.instanceIds);
        if (described.cancelled())
            co_return;
        if (!described.ok()) {
            failures << tr("Allocated, but the addresses could not be read: %1")
                            .arg(described.error().toDisplayString());
            continue;
        }
        for (const Instance &i : described.value()) {
            const QString who = i.instanceName.isEmpty() ? i.instanceId : i.instanceName;
            lines << u"%1: %2"_s.arg(
                question.profileName.isEmpty() ? who : u"%1 · %2"_s.arg(question.profileName, who),
                i.publicIps.isEmpty() ? tr("none yet") : i.publicIps.join(u", "_s));
        }
    }
    confirmButton()->setText(tr("Close"));
    confirmButton()->setEnabled(true);
    if (!lines.isEmpty()) {
        m_addresses->setText(lines.join(u'\n'));
        m_addresses->show();
    }
    if (!failures.isEmpty())
        showMessage(failures.join(u'\n'), true);
    else
        showMessage(tr("Allocated %n address(es).", "", int(lines.size())), false);
    if (!lines.isEmpty())
        Q_EMIT addressesShown();
}

} // namespace ecs::ui
