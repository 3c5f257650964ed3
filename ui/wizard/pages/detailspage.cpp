#include "wizardpages.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ecs::ui {

DetailsPage::DetailsPage(WizardContext &context, QWidget *parent)
    : SpecPage(context,
        { u"InstanceName"_s, u"HostName"_s, u"Amount"_s, u"MinAmount"_s, u"Tag"_s,
            u"AutoReleaseTime"_s, u"InternetMaxBandwidthOut"_s },
        parent)
    , m_name(new QLineEdit(this))
    , m_hostName(new QLineEdit(this))
    , m_amount(new QSpinBox(this))
    , m_minAmount(new QSpinBox(this))
    , m_tags(new QLineEdit(this))
    , m_releaseOn(new QCheckBox(tr("Release automatically at"), this))
    , m_release(new QDateTimeEdit(this))
    , m_bandwidth(new QSpinBox(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Name and count"));
    m_name->setPlaceholderText(tr("e.g. web-[1,3] or web-01"));
    m_hostName->setPlaceholderText(tr("optional, e.g. web-01"));
    m_amount->setRange(1, RunInstancesSpec::kMaxAmount);
    m_minAmount->setRange(0, RunInstancesSpec::kMaxAmount);
    m_minAmount->setSpecialValueText(tr("all or nothing"));
    m_tags->setPlaceholderText(tr("env=prod, team=web"));
    m_bandwidth->setRange(0, RunInstancesSpec::kMaxBandwidthOut);
    m_bandwidth->setSuffix(tr(" Mbit/s"));
    m_bandwidth->setSpecialValueText(tr("no public IP"));
    m_release->setCalendarPopup(true);
    m_release->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_release->setDateTime(QDateTime::currentDateTime().addDays(1));
    m_release->setEnabled(false);
    m_name->setAccessibleName(tr("Name"));
    m_hostName->setAccessibleName(tr("Host name"));
    m_amount->setAccessibleName(tr("Count"));
    m_minAmount->setAccessibleName(tr("Minimum count"));
    m_tags->setAccessibleName(tr("Tags"));
    m_bandwidth->setAccessibleName(tr("Public bandwidth"));
    m_releaseOn->setAccessibleName(m_releaseOn->text());
    m_release->setAccessibleName(tr("Automatic release time"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_releaseOn, &QCheckBox::toggled, m_release, &QWidget::setEnabled);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host name:"), m_hostName);
    form->addRow(tr("&Count:"), m_amount);
    form->addRow(tr("&Minimum count:"), m_minAmount);
    form->addRow(tr("&Tags:"), m_tags);
    auto *release = new QHBoxLayout;
    release->addWidget(m_releaseOn);
    release->addWidget(m_release, 1);
    form->addRow(QString(), release);
    form->addRow(tr("Public &bandwidth:"), m_bandwidth);
    form->addRow(m_problems);
    for (QLineEdit *edit : { m_name, m_hostName, m_tags })
        connect(edit, &QLineEdit::textChanged, this, &DetailsPage::apply);
    for (QSpinBox *spin : { m_amount, m_minAmount, m_bandwidth })
        connect(spin, &QSpinBox::valueChanged, this, &DetailsPage::apply);
    connect(m_releaseOn, &QCheckBox::toggled, this, &DetailsPage::apply);
    connect(m_release, &QDateTimeEdit::dateTimeChanged, this, &DetailsPage::apply);
}

void DetailsPage::apply()
{
    RunInstancesSpec &spec = m_context.spec;
    spec.instanceName = m_name->text().trimmed();
    spec.hostName = m_hostName->text().trimmed();
    spec.amount = m_amount->value();
    spec.minAmount = m_minAmount->value();
    spec.tags = RunInstancesSpec::parseTags(m_tags->text());
    spec.autoReleaseTime = m_releaseOn->isChecked() ? m_release->dateTime() : QDateTime();
    spec.internetMaxBandwidthOut = m_bandwidth->value();
    m_problems->setText(problemText());
    changed();
}

} // namespace ecs::ui
