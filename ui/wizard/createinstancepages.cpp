// The pages of the create wizard and the lookups that fill them.
#include "createinstancewizard.h"

#include "ecsclient.h"
#include "types/region.h"
#include "types/spotprice.h"

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

const QStringList kDiskCategories
    = { u"cloud_essd"_s, u"cloud_auto"_s, u"cloud_ssd"_s, u"cloud_efficiency"_s };

void filterTree(QTreeWidget *tree, const QString &text)
{
    for (int n = 0; n < tree->topLevelItemCount(); ++n) {
        QTreeWidgetItem *item = tree->topLevelItem(n);
        bool match = text.isEmpty();
        for (int c = 0; !match && c < tree->columnCount(); ++c)
            match = item->text(c).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace

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
    page->complete
        = [this] { return m_zone->currentIndex() >= 0 && !m_zone->currentData().isNull(); };
    connect(m_region, &QComboBox::currentIndexChanged, this, &CreateInstanceWizard::loadZones);
    connect(m_zone, &QComboBox::currentIndexChanged, page, &WizardPage::recheck);
    return page;
}

void CreateInstanceWizard::loadZones()
{
    const QString region = m_region->currentData().toString();
    const QString keep = m_zone->currentData().toString();
    m_zone->clear();
    if (region.isEmpty() || !m_client)
        return;
    ++m_loading;
    m_client->call<ops::DescribeZones>(ops::DescribeZones::request(region), this,
        [this, region, keep](const Result<QList<Zone>> &zones) {
            --m_loading;
            if (region != m_region->currentData().toString())
                return; // the user moved on
            if (!zones.ok()) {
                m_error->setText(
                    tr("Could not load the zones: %1").arg(zones.error().toDisplayString()));
                return;
            }
            for (const Zone &z : zones.value())
                m_zone->addItem(u"%1 · %2"_s.arg(z.localName, z.zoneId), z.zoneId);
            const QString want = !m_preselectZone.isEmpty() ? m_preselectZone : keep;
            if (const int index = m_zone->findData(want); index >= 0)
                m_zone->setCurrentIndex(index);
            pageReady(LocationPage);
        });
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
    connect(m_typeFilter, &QLineEdit::textChanged, m_types,
        [this](const QString &text) { filterTree(m_types, text); });
    connect(m_types, &QTreeWidget::currentItemChanged, page, &WizardPage::recheck);
    page->complete = [this] { return !selectedType().isEmpty(); };
    page->entered = [this] { loadTypes(); };
    return page;
}

void CreateInstanceWizard::loadTypes()
{
    const QString region = m_region->currentData().toString();
    const QString zone = m_zone->currentData().toString();
    const QString keep = selectedType().isEmpty() ? m_preselectType : selectedType();
    m_typeStatus->setText(tr("Loading what is in stock…"));
    const auto fill = [this, zone, keep](const QList<ZoneStock> &stock) {
        m_types->clear();
        for (const ZoneStock &z : stock) {
            if (z.zoneId != zone)
                continue;
            for (auto it = z.statusCategory.cbegin(); it != z.statusCategory.cend(); ++it) {
                if (it.value() != u"WithStock")
                    continue;
                const InstanceTypeInfo info = m_typeInfo.value(it.key());
                auto *item = new QTreeWidgetItem(m_types);
                item->setText(0, it.key());
                item->setText(1, QString::number(info.cpu));
                item->setData(1, Qt::DisplayRole, info.cpu);
                item->setData(2, Qt::DisplayRole, info.memoryGiB);
                item->setText(3,
                    info.gpuAmount > 0 ? u"%1 × %2"_s.arg(info.gpuAmount).arg(info.gpuSpec)
                                       : QString());
                item->setText(4, info.architecture);
                if (it.key() == keep)
                    m_types->setCurrentItem(item);
            }
        }
        filterTree(m_types, m_typeFilter->text());
        m_typeStatus->setText(m_types->topLevelItemCount() == 0
                ? tr("Nothing is in stock in %1 for this billing method: choose another zone.")
                      .arg(zone)
                : tr("%1 types in stock in %2.").arg(m_types->topLevelItemCount()).arg(zone));
        pageReady(TypePage);
    };
    const auto loadStock = [this, region, fill] {
        ++m_loading;
        m_client->call<ops::DescribeAvailableResource>(
            ops::DescribeAvailableResource::request(region, chargeType(), spotStrategy()), this,
            [this, fill](const Result<QList<ZoneStock>> &stock) {
                --m_loading;
                if (!stock.ok()) {
                    m_typeStatus->setText(
                        tr("Could not load the stock: %1").arg(stock.error().toDisplayString()));
                    return;
                }
                fill(stock.value());
            });
    };
    if (!m_typeInfo.isEmpty())
        return loadStock();
    // vCPU and memory come from DescribeInstanceTypes, fetched once per wizard.
    ++m_loading;
    m_client->call<ops::DescribeInstanceTypes>(ops::DescribeInstanceTypes::request(), this,
        [this, loadStock](const Result<ops::DescribeInstanceTypes::Response> &types) {
            --m_loading;
            if (types.ok())
                for (const InstanceTypeInfo &t : types->types)
                    m_typeInfo.insert(t.instanceTypeId, t);
            loadStock();
        });
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
    layout->addWidget(m_imageFilter);
    layout->addWidget(m_images, 1);
    connect(m_imageFilter, &QLineEdit::textChanged, m_images,
        [this](const QString &text) { filterTree(m_images, text); });
    connect(m_images, &QTreeWidget::currentItemChanged, page, &WizardPage::recheck);
    page->complete = [this] { return !selectedImage().isEmpty(); };
    page->entered = [this] { loadImages(); };
    return page;
}

void CreateInstanceWizard::loadImages()
{
    const QString keep = selectedImage();
    ops::DescribeImages::Filter filter;
    // Instance types say X86/ARM; images say x86_64/arm64.
    const QString typeArchitecture = m_typeInfo.value(selectedType()).architecture;
    filter.architecture = typeArchitecture == u"ARM" ? u"arm64"_s
        : typeArchitecture == u"X86"                 ? u"x86_64"_s
                                                     : QString();
    ++m_loading;
    m_client->call<ops::DescribeImages>(
        ops::DescribeImages::request(m_region->currentData().toString(), filter, 1), this,
        [this, keep](const Result<Page<Image>> &images) {
            --m_loading;
            if (!images.ok()) {
                m_error->setText(
                    tr("Could not load the images: %1").arg(images.error().toDisplayString()));
                return;
            }
            m_images->clear();
            for (const Image &image : images->items) {
                m_imageInfo.insert(image.imageId, image);
                auto *item = new QTreeWidgetItem(m_images,
                    { image.osName.isEmpty() ? image.imageName : image.osName, image.imageId,
                        image.architecture, QString::number(image.sizeGiB) });
                if (image.imageId == keep)
                    m_images->setCurrentItem(item);
            }
            filterTree(m_images, m_imageFilter->text());
            pageReady(ImagePage);
        });
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
    connect(m_securityGroup, &QComboBox::currentIndexChanged, page, &WizardPage::recheck);
    page->complete = [this] {
        return !m_vSwitch->currentData().toString().isEmpty()
            && !m_securityGroup->currentData().toString().isEmpty();
    };
    page->entered = [this] { loadNetwork(); };
    return page;
}

void CreateInstanceWizard::loadNetwork()
{
    const QString keep = m_vSwitch->currentData().toString();
    m_networkStatus->setText(
        tr("Loading the vSwitches of %1…").arg(m_zone->currentData().toString()));
    ++m_loading;
    m_client->call<ops::DescribeVSwitches>(
        ops::DescribeVSwitches::request(
            m_region->currentData().toString(), m_zone->currentData().toString()),
        this, [this, keep](const Result<QList<VSwitch>> &switches) {
            --m_loading;
            if (!switches.ok()) {
                m_networkStatus->setText(
                    tr("Could not load the vSwitches: %1").arg(switches.error().toDisplayString()));
                return;
            }
            m_vSwitch->clear();
            for (const VSwitch &v : switches.value())
                m_vSwitch->addItem(
                    u"%1 · %2 · %3 (%4 free)"_s.arg(v.vSwitchName, v.vSwitchId, v.cidrBlock)
                        .arg(v.availableIpAddressCount),
                    QVariant::fromValue(QStringList { v.vSwitchId, v.vpcId }));
            for (int n = 0; n < m_vSwitch->count(); ++n)
                if (m_vSwitch->itemData(n).toStringList().value(0) == keep)
                    m_vSwitch->setCurrentIndex(n);
            m_networkStatus->setText(m_vSwitch->count() == 0
                    ? tr("No vSwitch in this zone: create one in the VPC console first.")
                    : QString());
            if (m_vSwitch->count() == 0)
                pageReady(NetworkPage);
        });
}

void CreateInstanceWizard::loadSecurityGroups()
{
    const QStringList chosen = m_vSwitch->currentData().toStringList();
    m_securityGroup->clear();
    if (chosen.size() < 2)
        return;
    ++m_loading;
    m_client->call<ops::DescribeSecurityGroups>(
        ops::DescribeSecurityGroups::request(m_region->currentData().toString(), chosen.at(1)),
        this, [this](const Result<QList<SecurityGroup>> &groups) {
            --m_loading;
            if (!groups.ok()) {
                m_networkStatus->setText(tr("Could not load the security groups: %1")
                                             .arg(groups.error().toDisplayString()));
                return;
            }
            for (const SecurityGroup &g : groups.value())
                m_securityGroup->addItem(
                    u"%1 · %2"_s.arg(g.securityGroupName, g.securityGroupId), g.securityGroupId);
            pageReady(NetworkPage);
        });
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
    m_spotLimit->setAccessibleName(tr("Price limit per hour"));
    connect(m_spotWithLimit, &QRadioButton::toggled, m_spotLimit, &QWidget::setEnabled);
    m_spotLimit->setEnabled(false);
    auto *chart = new QPushButton(tr("Show the price history…"), page);
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
    spotForm->addRow(m_marketLabel);
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

void CreateInstanceWizard::loadMarketPrice()
{
    const QString type = selectedType();
    const QString zone = m_zone->currentData().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_marketLabel->setText(tr("Reading the market price of %1 in %2…").arg(type, zone));
    ++m_loading;
    m_client->call<ops::DescribeSpotPriceHistory>(
        ops::DescribeSpotPriceHistory::request(
            m_region->currentData().toString(), type, zone, now.addSecs(-3 * 3600), now),
        this, [this, type, zone](const Result<ops::DescribeSpotPriceHistory::Response> &history) {
            --m_loading;
            if (!history.ok() || history->points.isEmpty()) {
                m_marketLabel->setText(history.ok()
                        ? tr("No recent market price for %1 in %2.").arg(type, zone)
                        : tr("Could not read the market price: %1")
                              .arg(history.error().toDisplayString()));
                pageReady(BillingPage);
                return;
            }
            const SpotPricePoint latest = *std::max_element(history->points.cbegin(),
                history->points.cend(), [](const SpotPricePoint &a, const SpotPricePoint &b) {
                    return a.timestamp < b.timestamp;
                });
            const bool prefill = m_marketPrice == 0 || m_spotLimit->value() == m_marketPrice;
            m_marketPrice = latest.spotPrice;
            if (prefill) // never overwrite a limit the user typed
                m_spotLimit->setValue(latest.spotPrice);
            m_marketLabel->setText(tr("Market price now: $%1 per hour (pay-as-you-go $%2).")
                                       .arg(latest.spotPrice, 0, 'f', 3)
                                       .arg(latest.originPrice, 0, 'f', 3));
            pageReady(BillingPage);
        });
}

WizardPage *CreateInstanceWizard::buildDisksPage()
{
    auto *page = new WizardPage(this);
    page->setTitle(tr("Disks"));
    page->setSubTitle(tr("The system disk, and up to 16 data disks."));
    for (const QString &c : kDiskCategories)
        m_systemDiskCategory->addItem(c, c);
    m_systemDiskSize->setRange(20, 2048);
    m_systemDiskSize->setValue(40);
    m_systemDiskSize->setSuffix(u" GiB"_s);
    m_dataDisks->setColumnCount(2);
    m_dataDisks->setHorizontalHeaderLabels({ tr("Category"), tr("Size (GiB)") });
    m_dataDisks->horizontalHeader()->setStretchLastSection(true);
    m_dataDisks->setAccessibleName(tr("Data disks"));
    auto *remove = new QPushButton(tr("Remove"), page);
    connect(m_addDisk, &QPushButton::clicked, this, [this] {
        const int row = m_dataDisks->rowCount();
        m_dataDisks->insertRow(row);
        auto *category = new QComboBox(m_dataDisks);
        for (const QString &c : kDiskCategories)
            category->addItem(c, c);
        auto *size = new QSpinBox(m_dataDisks);
        size->setRange(20, 32768);
        size->setValue(100);
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
    form->addRow(tr("&System disk:"), system);
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
