// The pages of the create wizard and the lookups that fill them.
#include "createinstancewizard.h"

#include "textquery.h"
#include "widgets/loadstatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

// The service's disk categories, with the names the console shows for them.
QList<std::pair<QString, QString>> diskCategories()
{
    return { { u"cloud_essd"_s, CreateInstanceWizard::tr("ESSD") },
        { u"cloud_auto"_s, CreateInstanceWizard::tr("ESSD AutoPL") },
        { u"cloud_ssd"_s, CreateInstanceWizard::tr("Standard SSD") },
        { u"cloud_efficiency"_s, CreateInstanceWizard::tr("Ultra disk") } };
}

} // namespace

// The one search of the console: tokens, case and spacing do not matter ("ubuntu 22").
void filterTree(QTreeWidget *tree, const QString &text)
{
    const TextQuery query(text);
    for (int n = 0; n < tree->topLevelItemCount(); ++n) {
        QTreeWidgetItem *item = tree->topLevelItem(n);
        QStringList texts;
        for (int c = 0; c < tree->columnCount(); ++c)
            texts << item->text(c);
        item->setHidden(!query.matches(texts));
    }
}

WizardPage *CreateInstanceWizard::buildLocationPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Where"));
    page->setSubTitle(tr("The region and zone of the new instances, and how they are billed."));
    m_billing->addItem(tr("Pay-as-you-go"), u"PostPaid"_s);
    m_billing->addItem(tr("Subscription"), u"PrePaid"_s);
    m_billing->addItem(tr("Preemptible (spot, pay-as-you-go)"), u"Spot"_s);
    m_region->setAccessibleName(tr("Region"));
    m_zone->setAccessibleName(tr("Zone"));
    m_billing->setAccessibleName(tr("Billing"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("&Billing:"), m_billing);
    form->addRow(m_zoneStatus);
    page->complete
        = [this] { return m_zone->currentIndex() >= 0 && !m_zone->currentData().isNull(); };
    connect(m_region, &QComboBox::currentIndexChanged, this, &CreateInstanceWizard::loadZones);
    connect(m_zone, &QComboBox::currentIndexChanged, page, &WizardPage::recheck);
    return page;
}

WizardPage *CreateInstanceWizard::buildTypePage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Instance type"));
    page->setSubTitle(tr("Only the types in stock in this zone for this billing method."));
    m_types->setAccessibleName(tr("Instance types"));
    m_typeFilter->setPlaceholderText(tr("Filter by type or family, e.g. g7 or c8y"));
    m_typeFilter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_typeFilter);
    layout->addWidget(m_types, 1);
    layout->addWidget(m_typeStatus);
    m_typeFilter->setAccessibleName(tr("Filter instance types"));
    connect(m_typeFilter, &QLineEdit::textChanged, m_types,
        [this](const QString &text) { filterTree(m_types, text); });
    connect(m_types, &QTreeWidget::currentItemChanged, page, &WizardPage::recheck);
    connect(m_types, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            m_lastType = current->text(0);
    });
    page->complete
        = [this] { return !selectedType().isEmpty() && !m_types->currentItem()->isHidden(); };
    page->entered = [this] { loadTypes(); };
    return page;
}

WizardPage *CreateInstanceWizard::buildImagePage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Image"));
    page->setSubTitle(tr("Public images that run on the chosen type's architecture."));
    m_images->setAccessibleName(tr("Images"));
    m_imageFilter->setPlaceholderText(tr("Search images, e.g. ubuntu 22"));
    m_imageFilter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(page);
    m_imageFilter->setAccessibleName(tr("Search images"));
    layout->addWidget(m_imageFilter);
    layout->addWidget(m_images, 1);
    layout->addWidget(m_imageStatus);
    connect(m_imageFilter, &QLineEdit::textChanged, m_images,
        [this](const QString &text) { filterTree(m_images, text); });
    connect(m_images, &QTreeWidget::currentItemChanged, page, &WizardPage::recheck);
    page->complete = [this] { return !selectedImage().isEmpty(); };
    page->entered = [this] { loadImages(); };
    return page;
}

WizardPage *CreateInstanceWizard::buildNetworkPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Network"));
    page->setSubTitle(
        tr("A vSwitch in the zone, and the security group that guards the instances."));
    m_vSwitch->setAccessibleName(tr("vSwitch"));
    m_securityGroup->setAccessibleName(tr("Security group"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&vSwitch:"), m_vSwitch);
    form->addRow(tr("&Security group:"), m_securityGroup);
    form->addRow(m_networkStatus);
    connect(m_vSwitch, &QComboBox::currentIndexChanged, this,
        &CreateInstanceWizard::loadSecurityGroups);
    connect(m_vSwitch, &QComboBox::currentIndexChanged, page, &WizardPage::recheck);
    connect(m_securityGroup, &QComboBox::currentIndexChanged, page, &WizardPage::recheck);
    // The security group must belong to the chosen vSwitch's VPC: both answers are current.
    page->complete = [this] {
        return !m_vSwitch->currentData().toString().isEmpty()
            && !m_securityGroup->currentData().toString().isEmpty()
            && m_securityGroup->currentData(VpcRole).toString() == selectedVpc();
    };
    page->entered = [this] { loadNetwork(); };
    return page;
}

WizardPage *CreateInstanceWizard::buildBillingPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Billing"));
    m_period->setRange(1, 36);
    m_period->setSuffix(tr(" month(s)"));
    m_period->setAccessibleName(tr("Subscription period"));
    m_autoRenew->setText(tr("Renew automatically"));
    m_spotAsPriceGo->setText(tr("Pay the market price, up to the pay-as-you-go price"));
    m_spotWithLimit->setText(tr("Set a price limit per hour"));
    m_spotAsPriceGo->setChecked(true);
    m_spotLimit->setDecimals(3);
    m_spotLimit->setRange(0.001, 1000);
    m_spotLimit->setSingleStep(0.001);
    m_spotLimit->setPrefix(u"$"_s);
    m_spotAsPriceGo->setAccessibleName(m_spotAsPriceGo->text());
    m_spotWithLimit->setAccessibleName(m_spotWithLimit->text());
    m_autoRenew->setAccessibleName(m_autoRenew->text());
    m_spotLimit->setAccessibleName(tr("Price limit per hour"));
    connect(m_spotWithLimit, &QRadioButton::toggled, m_spotLimit, &QWidget::setEnabled);
    m_spotLimit->setEnabled(false);
    auto *chart = new QPushButton(tr("Show the price &history…"), page);
    connect(chart, &QPushButton::clicked, this,
        [this] { Q_EMIT spotChartRequested(selectedType(), m_zone->currentData().toString()); });

    auto *form = new QFormLayout(page);
    auto *subscription = new QWidget(page);
    auto *subscriptionForm = new QFormLayout(subscription);
    subscriptionForm->setContentsMargins(0, 0, 0, 0);
    subscriptionForm->addRow(tr("&Period:"), m_period);
    subscriptionForm->addRow(QString(), m_autoRenew);
    auto *spot = new QWidget(page);
    auto *spotForm = new QFormLayout(spot);
    spotForm->setContentsMargins(0, 0, 0, 0);
    spotForm->addRow(m_spotAsPriceGo);
    spotForm->addRow(m_spotWithLimit);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_spotLimit);
    limitRow->addWidget(chart);
    limitRow->addStretch(1);
    spotForm->addRow(tr("&Limit:"), limitRow);
    spotForm->addRow(m_marketStatus);
    form->addRow(subscription);
    form->addRow(spot);
    page->entered = [this, page, subscription, spot] {
        const bool prepaid = chargeType() == u"PrePaid";
        subscription->setVisible(prepaid);
        spot->setVisible(!prepaid);
        page->setSubTitle(prepaid ? tr("How long to subscribe for.")
                                  : tr("Preemptible instances cost less and may be reclaimed when "
                                       "the market price rises above your limit."));
        if (!prepaid)
            loadMarketPrice();
    };
    return page;
}

WizardPage *CreateInstanceWizard::buildDisksPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Disks"));
    page->setSubTitle(tr("The system disk, and up to 16 data disks."));
    for (const auto &[value, name] : diskCategories())
        m_systemDiskCategory->addItem(name, value);
    m_systemDiskSize->setRange(20, 2048);
    m_systemDiskSize->setValue(40);
    m_systemDiskSize->setSuffix(u" GiB"_s);
    m_systemDiskCategory->setAccessibleName(tr("System disk category"));
    m_systemDiskSize->setAccessibleName(tr("System disk size"));
    m_addDisk->setAccessibleName(m_addDisk->text());
    m_dataDisks->setColumnCount(2);
    m_dataDisks->setHorizontalHeaderLabels({ tr("Category"), tr("Size (GiB)") });
    m_dataDisks->horizontalHeader()->setStretchLastSection(true);
    m_dataDisks->setAccessibleName(tr("Data disks"));
    auto *remove = new QPushButton(tr("Remove the data disk"), page);
    connect(m_addDisk, &QPushButton::clicked, this, [this] {
        const int row = m_dataDisks->rowCount();
        m_dataDisks->insertRow(row);
        auto *category = new QComboBox(m_dataDisks);
        category->setAccessibleName(tr("Data disk %1 category").arg(row + 1));
        for (const auto &[value, name] : diskCategories())
            category->addItem(name, value);
        auto *size = new QSpinBox(m_dataDisks);
        size->setRange(20, 32768);
        size->setValue(100);
        size->setSuffix(u" GiB"_s);
        size->setAccessibleName(tr("Data disk %1 size").arg(row + 1));
        m_dataDisks->setCellWidget(row, 0, category);
        m_dataDisks->setCellWidget(row, 1, size);
        m_addDisk->setEnabled(m_dataDisks->rowCount() < 16);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_dataDisks->currentRow() >= 0)
            m_dataDisks->removeRow(m_dataDisks->currentRow());
        m_addDisk->setEnabled(m_dataDisks->rowCount() < 16);
    });
    auto *form = new QFormLayout(page);
    auto *system = new QHBoxLayout;
    system->addWidget(m_systemDiskCategory);
    system->addWidget(m_systemDiskSize);
    // A combo box is named by its label's buddy (Qt on Linux ignores its accessible name).
    auto *systemLabel = new QLabel(tr("&System disk:"), page);
    systemLabel->setBuddy(m_systemDiskCategory);
    form->addRow(systemLabel, system);
    form->addRow(tr("Data disks:"), m_dataDisks);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addDisk);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    page->entered = [this] {
        // The system disk holds the image.
        const int imageSize = m_imageInfo.value(selectedImage()).sizeGiB;
        m_systemDiskSize->setMinimum(std::max(20, imageSize));
    };
    return page;
}

WizardPage *CreateInstanceWizard::buildDetailsPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Name and count"));
    m_name->setPlaceholderText(tr("e.g. web-[1,3] or web-01"));
    m_amount->setRange(1, 100);
    m_minAmount->setRange(0, 100);
    m_minAmount->setSpecialValueText(tr("all or nothing"));
    m_tags->setPlaceholderText(tr("env=prod, team=web"));
    m_bandwidth->setRange(0, 200);
    m_bandwidth->setSuffix(tr(" Mbit/s"));
    m_bandwidth->setSpecialValueText(tr("no public IP"));
    m_autoReleaseOn->setText(tr("Release automatically at"));
    m_autoRelease->setCalendarPopup(true);
    m_autoRelease->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_autoRelease->setDateTime(QDateTime::currentDateTime().addDays(1));
    m_autoRelease->setEnabled(false);
    m_name->setAccessibleName(tr("Name"));
    m_amount->setAccessibleName(tr("Count"));
    m_minAmount->setAccessibleName(tr("Minimum count"));
    m_tags->setAccessibleName(tr("Tags"));
    m_bandwidth->setAccessibleName(tr("Public bandwidth"));
    m_autoReleaseOn->setAccessibleName(m_autoReleaseOn->text());
    m_autoRelease->setAccessibleName(tr("Automatic release time"));
    connect(m_autoReleaseOn, &QCheckBox::toggled, m_autoRelease, &QWidget::setEnabled);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Count:"), m_amount);
    form->addRow(tr("&Minimum count:"), m_minAmount);
    form->addRow(tr("&Tags:"), m_tags);
    auto *release = new QHBoxLayout;
    release->addWidget(m_autoReleaseOn);
    release->addWidget(m_autoRelease, 1);
    form->addRow(QString(), release);
    form->addRow(tr("Public &bandwidth:"), m_bandwidth);
    form->addRow(m_detailsStatus);
    const auto check = [this, page] {
        m_detailsStatus->setText(detailsProblem());
        page->recheck();
    };
    for (QLineEdit *edit : { m_name, m_tags })
        connect(edit, &QLineEdit::textChanged, this, check);
    for (QSpinBox *spin : { m_amount, m_minAmount })
        connect(spin, &QSpinBox::valueChanged, this, check);
    connect(m_autoReleaseOn, &QCheckBox::toggled, this, check);
    connect(m_autoRelease, &QDateTimeEdit::dateTimeChanged, this, check);
    page->complete = [this] { return detailsProblem().isEmpty(); };
    return page;
}

WizardPage *CreateInstanceWizard::buildReviewPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("A dry run checks the request with the service; nothing is created yet."));
    m_review->setWordWrap(true);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(180, 30, 30));
    m_error->setPalette(red);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_review, 1);
    layout->addWidget(m_error);
    page->entered = [this] { runReview(); };
    page->setCommitPage(false);
    page->setFinalPage(true);
    return page;
}

} // namespace ecs::ui
