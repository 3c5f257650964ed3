// The action dialogs that ask the service while they are open: Change type (the choices, their
// specs and prices), Renew (the price and the new expiry), Allocate public IP (the new address).
#include "instancedialogs.h"

#include "ecsclient.h"
#include "operations/operation.h"
#include "types/availableresource.h"
#include "types/instancetypeorder.h"
#include "types/lifecycle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QString money(double amount, const QString &currency)
{
    // Hourly prices need the fourth decimal; a month's or a year's does not.
    return u"%1 %2"_s.arg(currency.isEmpty() ? u"USD"_s : currency,
        QLocale().toString(amount, 'f', std::abs(amount) < 10 ? 4 : 2));
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
    m_restart->setVisible(instance.status == InstanceStatus::Running);
    m_restart->setChecked(instance.status == InstanceStatus::Running);
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
    spec.chargeType
        = i.chargeType == ChargeType::PrePaid ? ChargeType::PrePaid : ChargeType::PostPaid;
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
    const QString unit = spec.chargeType == ChargeType::PrePaid ? tr("per month") : tr("per hour");
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
    if (instances().first().chargeType != ChargeType::PrePaid)
        return {};
    const QListWidgetItem *item = m_types->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

bool ChangeTypeDialog::stopChangeStart() const
{
    return instances().first().status == InstanceStatus::Running && m_restart->isChecked();
}

void ChangeTypeDialog::updateState()
{
    const Instance &i = instances().first();
    // Pay-as-you-go changes need Stopped; a subscription upgrade may run, a downgrade may not.
    const bool needsStop = i.status == InstanceStatus::Running
        && (i.chargeType != ChargeType::PrePaid || operatorType() == u"downgrade");
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
    if (i.chargeType == ChargeType::PrePaid)
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
            spec.chargeType = ChargeType::PrePaid;
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

// Allocate public IP ---------------------------------------------------------------------------

AllocatePublicIpDialog::AllocatePublicIpDialog(
    ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent)
    : InstanceActionDialog(tr("Allocate public IP"), tr("Allocate"), instances, parent)
    , m_client(client)
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

QList<ApiRequest> AllocatePublicIpDialog::requests() const
{
    QList<ApiRequest> out;
    for (const Instance &i : instances())
        out << ops::AllocatePublicIpAddress::request(i.instanceId).setEndpointRegion(i.regionId);
    return out;
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

void AllocatePublicIpDialog::watch(Operation *operation)
{
    if (!operation) {
        showMessage(tr("Nothing was sent."), true);
        return;
    }
    auto finished = [this, operation = QPointer<Operation>(operation)] {
        if (!operation)
            return;
        if (operation->state() != Operation::State::Done) {
            showMessage(tr("Not allocated: %1").arg(operation->detail()), true);
            confirmButton()->setText(tr("Close"));
            confirmButton()->setEnabled(true);
            return;
        }
        fetchAddresses(operation->regionId(), operation->instanceIds());
    };
    if (operation->isFinished())
        finished();
    else
        connect(operation, &Operation::finished, this, finished);
}

void AllocatePublicIpDialog::fetchAddresses(const QString &regionId, const QStringList &ids)
{
    if (!m_client)
        return;
    showMessage(tr("Allocated. Reading the addresses…"), false);
    m_client->call<ops::DescribeInstances>(ops::DescribeInstances::byIds(regionId, ids.mid(0, 100)),
        this, [this](const Result<ops::DescribeInstances::Response> &result) {
            confirmButton()->setText(tr("Close"));
            confirmButton()->setEnabled(true);
            if (!result.ok()) {
                showMessage(tr("Allocated, but the addresses could not be read: %1")
                                .arg(result.error().toDisplayString()),
                    true);
                return;
            }
            QStringList lines;
            for (const Instance &i : result->instances)
                lines << u"%1: %2"_s.arg(i.instanceName.isEmpty() ? i.instanceId : i.instanceName,
                    i.publicIps.isEmpty() ? tr("none yet") : i.publicIps.join(u", "_s));
            m_addresses->setText(lines.join(u'\n'));
            m_addresses->show();
            showMessage(tr("Allocated %n address(es).", "", int(lines.size())), false);
            Q_EMIT addressesShown();
        });
}

} // namespace ecs::ui
