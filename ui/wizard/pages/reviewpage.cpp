#include "wizardpages.h"

#include "desktop/appearance.h"
#include "lifecycle/operation.h"
#include "types/money.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ReviewPage::ReviewPage(WizardContext &context, QWidget *parent)
    : SpecPage(context, {}, parent)
    , m_review(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("A dry run checks the request with the service; nothing is created yet."));
    m_review->setWordWrap(true);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, Appearance::toneColour(Appearance::Tone::Bad, red));
    m_error->setPalette(red);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_review, 1);
    layout->addWidget(m_error);
    setCommitPage(false);
    setFinalPage(true);
}

void ReviewPage::initializePage()
{
    review();
}

void ReviewPage::cleanupPage()
{
    m_calls.cancel(); // back to the pages: this review's answers are of no use any more
    QWizardPage::cleanupPage();
}

QString ReviewPage::reviewText() const
{
    return m_review->text();
}

QString ReviewPage::errorText() const
{
    return m_error->text();
}

void ReviewPage::setErrorText(const QString &text)
{
    m_error->setText(text);
}

QCoro::Task<> ReviewPage::review()
{
    m_calls.renew();
    const RunInstancesSpec spec = m_context.spec; // the review is of what was chosen now
    m_error->clear();
    m_review->setText(tr("Checking the request with a dry run and asking for the price…"));

    // A dry run that passes answers with the DryRunOperation error; a service without DryRun
    // support answers as RunInstances does.
    const Result<ops::RunInstances::Response> dryRun
        = co_await m_calls.ask<ops::RunInstances>(m_context.client, spec.dryRunRequest());
    if (dryRun.cancelled())
        co_return;
    QString verdict;
    if (!dryRun.ok() && dryRun.error().code == u"DryRunOperation")
        verdict = tr("Dry run passed: the service would accept this request.");
    else if (dryRun.ok())
        verdict = tr("Dry run: the service answered without checking (no DryRun support).");
    else
        verdict = tr("Dry run failed: %1 %2")
                      .arg(dryRun.error().toDisplayString(), errorHint(dryRun.error()));

    const Result<Price> price
        = co_await m_calls.ask<ops::DescribePrice>(m_context.client, spec.priceRequest());
    if (price.cancelled())
        co_return;
    const QString cost = price.ok()
        ? priceText(spec, price.value())
        : tr("The price is unknown: %1").arg(price.error().toDisplayString());
    m_review->setText(verdict + u"\n\n"_s + cost);
    Q_EMIT reviewed();
}

QString ReviewPage::priceText(const RunInstancesSpec &spec, const Price &price)
{
    const auto money = [&price](double value) { return formatMoney(value, price.currency, 3); };
    if (spec.spotStrategy == SpotStrategy::NoSpot)
        return tr("Price: %1 %2 for %3.")
            .arg(money(price.tradePrice))
            .arg(spec.chargeType == ChargeType::PrePaid ? tr("for %n month(s)", "", spec.period)
                                                        : tr("per hour"))
            .arg(tr("%n instance(s)", "", spec.amount));
    // DescribePrice answers a preemptible request with the market price as TradePrice and the
    // pay-as-you-go price as OriginalPrice, both for the whole count.
    const int n = std::max(1, spec.amount);
    QStringList lines;
    lines << tr("Market price now: %1 per hour per instance (%2 per hour for %n instance(s)).", "",
        spec.amount)
                 .arg(money(price.tradePrice / n), money(price.tradePrice));
    if (spec.spotStrategy == SpotStrategy::SpotWithPriceLimit)
        lines << tr("Your limit: %1 per hour per instance; the instances are reclaimed when the "
                    "market price rises above it.")
                     .arg(money(spec.spotPriceLimit));
    else
        lines << tr("Your limit: the market price, never more than the pay-as-you-go price.");
    if (price.originalPrice > 0)
        lines << tr("Pay-as-you-go (on-demand) price: %1 per hour per instance.")
                     .arg(money(price.originalPrice / n));
    return lines.join(u'\n');
}

} // namespace ecs::ui
