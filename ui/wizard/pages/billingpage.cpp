#include "wizardpages.h"

#include "types/money.h"

#include "inventory/spothistory.h"
#include "types/spotprice.h"
#include "widgets/loadstatus.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ecs::ui {

BillingPage::BillingPage(WizardContext &context, QWidget *parent)
    : SpecPage(
        context, { u"Period"_s, u"PeriodUnit"_s, u"SpotStrategy"_s, u"SpotPriceLimit"_s }, parent)
    , m_subscription(new QWidget(this))
    , m_spot(new QWidget(this))
    , m_period(new QSpinBox(this))
    , m_autoRenew(new QCheckBox(tr("Renew automatically"), this))
    , m_atMarket(new QRadioButton(tr("Pay the market price, up to the pay-as-you-go price"), this))
    , m_withLimit(new QRadioButton(tr("Set a price limit per hour"), this))
    , m_limit(new QDoubleSpinBox(this))
    , m_marketStatus(new LoadStatus(tr("Market price"), this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Billing"));
    const QList<int> months = RunInstancesSpec::periodsFor(PeriodUnit::Month);
    m_period->setRange(months.constFirst(), months.constLast());
    m_period->setValue(m_context.spec.period);
    m_period->setSuffix(tr(" month(s)"));
    m_period->setAccessibleName(tr("Subscription period"));
    m_atMarket->setChecked(!m_context.spotPriceLimit);
    m_withLimit->setChecked(m_context.spotPriceLimit);
    m_limit->setDecimals(3);
    m_limit->setRange(0.001, 1000);
    m_limit->setSingleStep(0.001);
    // The currency is the market answer's: no symbol until the service has named one.
    m_limit->setPrefix(ecs::currencySymbol(m_context.currency));
    m_limit->setKeyboardTracking(false); // the spec takes what was typed, not every keystroke
    m_limit->setEnabled(m_context.spotPriceLimit);
    m_atMarket->setAccessibleName(m_atMarket->text());
    m_withLimit->setAccessibleName(m_withLimit->text());
    m_autoRenew->setAccessibleName(m_autoRenew->text());
    m_limit->setAccessibleName(tr("Price limit per hour"));
    m_problems->setWordWrap(true);
    auto *chart = new QPushButton(tr("Show the price &history…"), this);
    connect(chart, &QPushButton::clicked, this,
        [this] { Q_EMIT spotChartRequested(m_context.spec.instanceType, m_context.spec.zoneId); });

    auto *subscriptionForm = new QFormLayout(m_subscription);
    subscriptionForm->setContentsMargins(0, 0, 0, 0);
    subscriptionForm->addRow(tr("&Period:"), m_period);
    subscriptionForm->addRow(QString(), m_autoRenew);
    auto *spotForm = new QFormLayout(m_spot);
    spotForm->setContentsMargins(0, 0, 0, 0);
    spotForm->addRow(m_atMarket);
    spotForm->addRow(m_withLimit);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(chart);
    limitRow->addStretch(1);
    spotForm->addRow(tr("&Limit:"), limitRow);
    spotForm->addRow(m_marketStatus);
    auto *form = new QFormLayout(this);
    form->addRow(m_subscription);
    form->addRow(m_spot);
    form->addRow(m_problems);

    connect(m_withLimit, &QRadioButton::toggled, m_limit, &QWidget::setEnabled);
    connect(m_withLimit, &QRadioButton::toggled, this, &BillingPage::apply);
    connect(m_period, &QSpinBox::valueChanged, this, &BillingPage::apply);
    connect(m_autoRenew, &QCheckBox::toggled, this, &BillingPage::apply);
    connect(m_limit, &QDoubleSpinBox::valueChanged, this, &BillingPage::apply);
}

void BillingPage::apply()
{
    RunInstancesSpec &spec = m_context.spec;
    m_context.spotPriceLimit = m_withLimit->isChecked();
    spec.setBilling(spec.billing(), m_context.spotPriceLimit);
    spec.period = m_period->value();
    spec.periodUnit = PeriodUnit::Month;
    spec.autoRenew = m_autoRenew->isChecked();
    spec.spotPriceLimit = m_limit->value();
    m_problems->setText(problemText());
    changed();
}

void BillingPage::initializePage()
{
    const bool prepaid = m_context.spec.billing() == Billing::Subscription;
    m_subscription->setVisible(prepaid);
    m_spot->setVisible(!prepaid);
    setSubTitle(prepaid ? tr("How long to subscribe for.")
                        : tr("Preemptible instances cost less and may be reclaimed when the market "
                             "price rises above your limit."));
    apply();
    if (!prepaid)
        loadMarketPrice();
}

bool BillingPage::validatePage()
{
    // What was typed counts even if Next came without the focus leaving the field.
    m_limit->interpretText();
    m_period->interpretText();
    apply();
    return isComplete();
}

QCoro::Task<> BillingPage::loadMarketPrice()
{
    const QString type = m_context.spec.instanceType;
    const QString zone = m_context.spec.zoneId;
    m_calls.renew();
    m_marketStatus->showLoading(tr("Reading the market price of %1 in %2…").arg(type, zone));
    const auto market
        = co_await latestSpotPrice(m_calls, m_context.client, m_context.spec.regionId, type, zone);
    if (market.cancelled())
        co_return;
    if (!market.ok()) {
        m_marketStatus->showError(
            tr("Could not read the market price: %1").arg(market.error().toDisplayString()),
            [this] { loadMarketPrice(); });
    } else if (!market.value()) {
        m_marketStatus->showMessage(tr("No recent market price for %1 in %2.").arg(type, zone));
    } else {
        const SpotPricePoint latest = market.value()->point;
        m_context.currency = market.value()->currency;
        m_limit->setPrefix(ecs::currencySymbol(m_context.currency));
        const QString market = type + u'|' + zone;
        // Never overwrite a limit the user typed; a new type or zone gets a fresh prefill.
        const bool prefill
            = m_marketFor != market || m_marketPrice == 0 || m_limit->value() == m_marketPrice;
        m_marketFor = market;
        m_marketPrice = latest.spotPrice;
        if (prefill)
            m_limit->setValue(latest.spotPrice);
        m_marketStatus->showMessage(
            tr("Market price now: %1 per hour. Pay-as-you-go (on-demand): %2 per hour.")
                .arg(ecs::formatMoney(latest.spotPrice, m_context.currency, 3),
                    ecs::formatMoney(latest.originPrice, m_context.currency, 3)));
    }
    Q_EMIT loaded();
}

} // namespace ecs::ui
