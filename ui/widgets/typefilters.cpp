#include "typefilters.h"

#include "models/resourcematrixmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace ecs::ui {

namespace {

struct BillingChoice
{
    const char *label;
    ecs::Billing billing;
    bool priceLimit;
};
const BillingChoice kBillings[] = {
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Pay-as-you-go"), Billing::PayAsYouGo, false },
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Subscription"), Billing::Subscription, false },
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Preemptible, market price"),
        Billing::Preemptible, false },
    { QT_TRANSLATE_NOOP("ecs::ui::ResourcesPane", "Preemptible, price limit"), Billing::Preemptible,
        true },
};

} // namespace

TypeFilters::TypeFilters(QWidget *parent)
    : QObject(parent)
    , m_billing(new QComboBox(parent))
    , m_family(new QComboBox(parent))
    , m_minCpu(new QSpinBox(parent))
    , m_maxCpu(new QSpinBox(parent))
    , m_minMemory(new QDoubleSpinBox(parent))
    , m_maxMemory(new QDoubleSpinBox(parent))
{
    for (const BillingChoice &billing : kBillings)
        m_billing->addItem(QCoreApplication::translate("ecs::ui::ResourcesPane", billing.label));
    m_billing->setAccessibleName(tr("Billing"));
    // Narrow enough for the row to fit a 1024-wide window; the open list shows the full names.
    m_billing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_billing->setMinimumContentsLength(14);
    m_billing->setToolTip(
        tr("Billing: stock differs between pay-as-you-go, subscription and preemptible"));
    connect(m_billing, &QComboBox::currentIndexChanged, this, &TypeFilters::billingChanged);
    m_family->addItem(tr("All families"), QString());
    m_family->setAccessibleName(tr("Instance family"));
    m_minCpu->setRange(0, 1024);
    m_maxCpu->setRange(0, 1024);
    m_maxCpu->setValue(1024);
    m_minCpu->setPrefix(tr("vCPU ≥ "));
    m_maxCpu->setPrefix(tr("≤ "));
    m_minMemory->setRange(0, 4096);
    m_maxMemory->setRange(0, 4096);
    m_maxMemory->setValue(4096);
    m_minMemory->setDecimals(0);
    m_maxMemory->setDecimals(0);
    m_minMemory->setPrefix(tr("GiB ≥ "));
    m_maxMemory->setPrefix(tr("≤ "));
    m_minCpu->setAccessibleName(tr("Minimum vCPU"));
    m_maxCpu->setAccessibleName(tr("Maximum vCPU"));
    m_minMemory->setAccessibleName(tr("Minimum memory"));
    m_maxMemory->setAccessibleName(tr("Maximum memory"));
    connect(m_family, &QComboBox::currentIndexChanged, this, &TypeFilters::changed);
    for (QSpinBox *box : { m_minCpu, m_maxCpu })
        connect(box, &QSpinBox::valueChanged, this, &TypeFilters::changed);
    for (QDoubleSpinBox *box : { m_minMemory, m_maxMemory })
        connect(box, &QDoubleSpinBox::valueChanged, this, &TypeFilters::changed);
}

std::pair<ecs::Billing, bool> TypeFilters::billingChoice() const
{
    const BillingChoice &choice = kBillings[std::max(0, m_billing->currentIndex())];
    return { choice.billing, choice.priceLimit };
}

void TypeFilters::setBilling(ecs::Billing billing, bool priceLimit)
{
    for (int n = 0; n < int(std::size(kBillings)); ++n)
        if (kBillings[n].billing == billing && kBillings[n].priceLimit == priceLimit)
            m_billing->setCurrentIndex(n);
}

QList<QWidget *> TypeFilters::sizeBoxes() const
{
    return { m_minCpu, m_maxCpu, m_minMemory, m_maxMemory };
}

void TypeFilters::setFamilies(const QStringList &families)
{
    if (m_family->count() > 1)
        return; // the catalogue's families do not change under a person's choice
    for (const QString &family : families)
        m_family->addItem(family, family);
}

void TypeFilters::applyTo(ResourceFilterProxy *proxy) const
{
    proxy->setFamily(m_family->currentData().toString());
    proxy->setCpuRange(m_minCpu->value(), m_maxCpu->value());
    proxy->setMemoryRange(m_minMemory->value(), m_maxMemory->value());
}

} // namespace ecs::ui
