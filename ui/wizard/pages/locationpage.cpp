#include "wizardpages.h"

#include "inventory/catalogue.h"
#include "widgets/loadstatus.h"

#include <QComboBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

LocationPage::LocationPage(WizardContext &context,
    const QList<std::pair<QString, QString>> &regions, const QString &regionId, QWidget *parent)
    : SpecPage(context, { u"RegionId"_s, u"ZoneId"_s, u"InstanceChargeType"_s }, parent)
    , m_region(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_billing(new QComboBox(this))
    , m_status(new LoadStatus(tr("Zones"), this))
{
    setTitle(tr("Where"));
    setSubTitle(tr("The region and zone of the new instances, and how they are billed."));
    for (const auto &[id, name] : regions)
        m_region->addItem(u"%1 · %2"_s.arg(name, id), id);
    m_billing->addItem(tr("Pay-as-you-go"), int(Billing::PayAsYouGo));
    m_billing->addItem(tr("Subscription"), int(Billing::Subscription));
    m_billing->addItem(tr("Preemptible (spot, pay-as-you-go)"), int(Billing::Preemptible));
    m_region->setAccessibleName(tr("Region"));
    m_zone->setAccessibleName(tr("Zone"));
    m_billing->setAccessibleName(tr("Billing"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("&Billing:"), m_billing);
    form->addRow(m_status);
    m_region->setCurrentIndex(std::max(0, m_region->findData(regionId)));
    m_context.spec.regionId = m_region->currentData().toString();

    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_context.spec.regionId = m_region->currentData().toString();
        changed();
        loadZones();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        const QString zone = m_zone->currentData().toString();
        if (zone == m_context.spec.zoneId)
            return;
        m_context.spec.zoneId = zone;
        Q_EMIT zoneChanged();
        changed();
    });
    connect(m_billing, &QComboBox::currentIndexChanged, this, [this] {
        m_context.spec.setBilling(
            Billing(m_billing->currentData().toInt()), m_context.spotPriceLimit);
        Q_EMIT billingChanged();
        changed();
    });
    loadZones();
}

void LocationPage::selectZone(const QString &zoneId)
{
    if (const int index = m_zone->findData(zoneId); index >= 0)
        m_zone->setCurrentIndex(index);
}

QString LocationPage::billingText() const
{
    return m_billing->currentText();
}

QCoro::Task<> LocationPage::loadZones()
{
    const QString region = m_region->currentData().toString();
    const QString keep = m_zone->currentData().toString();
    m_calls.renew();
    m_zone->clear();
    if (region.isEmpty() || !m_context.client)
        co_return;
    m_status->showLoading(tr("Loading the zones of %1…").arg(region));
    const Result<QList<Zone>> zones = co_await m_context.catalogue->zones(m_calls, region);
    if (zones.cancelled())
        co_return;
    if (!zones.ok()) {
        m_status->showError(tr("Could not load the zones: %1").arg(zones.error().toDisplayString()),
            [this] { loadZones(); });
        co_return;
    }
    m_status->clear();
    for (const Zone &z : zones.value())
        m_zone->addItem(u"%1 · %2"_s.arg(z.localName, z.zoneId), z.zoneId);
    selectZone(!m_context.preselectZone.isEmpty() ? m_context.preselectZone : keep);
    if (m_zone->count() == 0)
        m_status->showMessage(tr("This region has no zones to create instances in."));
    changed();
    Q_EMIT loaded();
}

} // namespace ecs::ui
