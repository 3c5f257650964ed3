#include "wizardpages.h"

#include "runinstanceslookups.h"
#include "widgets/loadstatus.h"

#include "../createinstancewizard.h"

#include <QComboBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

NetworkPage::NetworkPage(WizardContext &context, QWidget *parent)
    : SpecPage(context, { u"VSwitchId"_s, u"SecurityGroupId"_s }, parent)
    , m_vSwitch(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_status(new LoadStatus(tr("Network"), this))
{
    setTitle(tr("Network"));
    setSubTitle(tr("A vSwitch in the zone, and the security group that guards the instances."));
    m_vSwitch->setAccessibleName(tr("vSwitch"));
    m_group->setAccessibleName(tr("Security group"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&vSwitch:"), m_vSwitch);
    form->addRow(tr("&Security group:"), m_group);
    form->addRow(m_status);
    connect(m_vSwitch, &QComboBox::currentIndexChanged, this, [this] {
        m_context.spec.vSwitchId = m_vSwitch->currentData().toString();
        changed();
        loadGroups();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_context.spec.securityGroupId = m_group->currentData().toString();
        changed();
    });
}

void NetworkPage::initializePage()
{
    loadSwitches();
}

int NetworkPage::nextId() const
{
    // Pay-as-you-go has nothing to choose on the billing page.
    return m_context.spec.billing() == Billing::PayAsYouGo ? int(CreateInstanceWizard::DisksPage)
                                                           : int(CreateInstanceWizard::BillingPage);
}

bool NetworkPage::isLoading() const
{
    return m_switchCalls.pending() + m_groupCalls.pending() > 0;
}

bool NetworkPage::ready() const
{
    // The security group must belong to the chosen vSwitch's VPC: both answers are current.
    return m_group->currentIndex() >= 0
        && m_group->currentData(VpcRole).toString() == m_vSwitch->currentData(VpcRole).toString();
}

void NetworkPage::clear()
{
    // Latest wins: the walks for the previous zone or VPC end here, their answers unseen.
    m_switchCalls.renew();
    m_groupCalls.renew();
    m_answers.clear();
    {
        const QSignalBlocker quietSwitches(m_vSwitch);
        const QSignalBlocker quietGroups(m_group);
        m_vSwitch->clear();
        m_group->clear();
    }
    m_context.spec.vSwitchId.clear();
    m_context.spec.securityGroupId.clear();
    changed();
}

QCoro::Task<> NetworkPage::loadSwitches()
{
    const QString region = m_context.spec.regionId;
    const QString zone = m_context.spec.zoneId;
    const QString question = region + u'|' + zone;
    if (question == m_answers && m_vSwitch->count() > 0) {
        Q_EMIT loaded();
        co_return;
    }
    const QString keep = m_context.spec.vSwitchId;
    clear();
    m_status->showLoading(tr("Loading the vSwitches of %1…").arg(zone));
    const auto switches
        = co_await lookups::vSwitchesOfZone(m_switchCalls, m_context.client, region, zone);
    if (switches.cancelled())
        co_return;
    if (!switches.ok()) {
        m_status->showError(
            tr("Could not load the vSwitches: %1").arg(switches.error().toDisplayString()),
            [this] { loadSwitches(); });
        co_return;
    }
    m_answers = question;
    {
        const QSignalBlocker quiet(m_vSwitch); // one security-group lookup, for the choice
        for (const VSwitch &v : switches.value()) {
            m_vSwitch->addItem(tr("%1 · %2 · %3 (%n free IP(s))", "", v.availableIpAddressCount)
                                   .arg(v.vSwitchName, v.vSwitchId, v.cidrBlock),
                v.vSwitchId);
            m_vSwitch->setItemData(m_vSwitch->count() - 1, v.vpcId, VpcRole);
        }
        m_vSwitch->setCurrentIndex(std::max(0, m_vSwitch->findData(keep)));
    }
    m_context.spec.vSwitchId = m_vSwitch->currentData().toString();
    changed();
    if (m_vSwitch->count() == 0) {
        m_status->showMessage(tr("No vSwitch in this zone: create one in the VPC console first."));
        Q_EMIT loaded();
        co_return;
    }
    m_status->clear();
    loadGroups();
}

QCoro::Task<> NetworkPage::loadGroups()
{
    const QString vpc = m_vSwitch->currentData(VpcRole).toString();
    const QString region = m_context.spec.regionId;
    const QString keep = m_context.spec.securityGroupId;
    m_groupCalls.renew();
    {
        const QSignalBlocker quiet(m_group);
        m_group->clear();
    }
    m_context.spec.securityGroupId.clear();
    changed();
    if (vpc.isEmpty())
        co_return;
    m_status->showLoading(tr("Loading the security groups of %1…").arg(vpc));
    const auto groups
        = co_await lookups::securityGroupsOfVpc(m_groupCalls, m_context.client, region, vpc);
    if (groups.cancelled())
        co_return;
    if (!groups.ok()) {
        m_status->showError(
            tr("Could not load the security groups: %1").arg(groups.error().toDisplayString()),
            [this] { loadGroups(); });
        co_return;
    }
    {
        const QSignalBlocker quiet(m_group);
        for (const SecurityGroup &g : groups.value()) {
            m_group->addItem(
                u"%1 · %2"_s.arg(g.securityGroupName, g.securityGroupId), g.securityGroupId);
            m_group->setItemData(m_group->count() - 1, vpc, VpcRole);
        }
        m_group->setCurrentIndex(std::max(0, m_group->findData(keep)));
    }
    m_context.spec.securityGroupId = m_group->currentData().toString();
    m_status->showMessage(m_group->count() == 0
            ? tr("No security group in %1: create one first.").arg(vpc)
            : QString());
    changed();
    Q_EMIT loaded();
}

} // namespace ecs::ui
