// The lookups that fill the create wizard's pages. Each question has its own CallScope: a newer
// question (another zone, VPC or billing) cancels the older one, so answers never mix. A failed
// lookup shows its error with Retry instead of data.
#include "createinstancewizard.h"

#include "ecsclient.h"
#include "pager.h"
#include "types/instancetypeorder.h"
#include "types/region.h"
#include "types/spotprice.h"
#include "widgets/loadstatus.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QRadioButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

constexpr int SortValueRole = Qt::UserRole;

/// Sorts instance types as people read them, and numbers as numbers; unknown figures last.
class ChoiceItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortValueRole);
        const QVariant theirs = other.data(column, SortValueRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        if (mine.isValid() != theirs.isValid())
            return mine.isValid();
        if (column == 0 && treeWidget() && treeWidget()->columnCount() == 5)
            return instanceTypeLess(text(0), other.text(0));
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

void setNumber(QTreeWidgetItem *item, int column, double value, const QString &text)
{
    item->setText(column, text);
    item->setData(column, SortValueRole, value);
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

QString architectureName(const QString &architecture)
{
    if (architecture == u"X86" || architecture == u"x86_64")
        return CreateInstanceWizard::tr("x86-64");
    if (architecture == u"ARM" || architecture == u"arm64")
        return CreateInstanceWizard::tr("Arm");
    return architecture;
}

} // namespace

void CreateInstanceWizard::loadZones()
{
    const QString region = m_region->currentData().toString();
    const QString keep = m_zone->currentData().toString();
    m_zoneCalls.renew();
    m_zone->clear();
    if (region.isEmpty() || !m_client)
        return;
    m_zoneStatus->showLoading(tr("Loading the zones of %1…").arg(region));
    m_zoneCalls.call<ops::DescribeZones>(m_client, ops::DescribeZones::request(region),
        [this, keep](const Result<QList<Zone>> &zones) {
            if (!zones.ok()) {
                m_zoneStatus->showError(
                    tr("Could not load the zones: %1").arg(zones.error().toDisplayString()),
                    [this] { loadZones(); });
                return;
            }
            m_zoneStatus->clear();
            for (const Zone &z : zones.value())
                m_zone->addItem(u"%1 · %2"_s.arg(z.localName, z.zoneId), z.zoneId);
            const QString want = !m_preselectZone.isEmpty() ? m_preselectZone : keep;
            if (const int index = m_zone->findData(want); index >= 0)
                m_zone->setCurrentIndex(index);
            if (m_zone->count() == 0)
                m_zoneStatus->showMessage(tr("This region has no zones to create instances in."));
            pageReady(LocationPage);
        });
}

void CreateInstanceWizard::loadTypes()
{
    const QString region = m_region->currentData().toString();
    const QString zone = m_zone->currentData().toString();
    const QString question = u"%1|%2|%3|%4"_s.arg(region, zone, chargeType(), spotStrategy());
    if (question == m_typesFor && m_types->topLevelItemCount() > 0)
        return pageReady(TypePage); // the list already answers this
    m_typeCalls.renew();
    m_types->clear();
    m_typesFor.clear();
    m_typeStatus->showLoading(tr("Loading what is in stock…"));
    const auto loadStock = [this, region, question] {
        m_typeCalls.call<ops::DescribeAvailableResource>(m_client,
            ops::DescribeAvailableResource::request(region, chargeType(), spotStrategy()),
            [this, question](const Result<QList<ZoneStock>> &stock) {
                if (!stock.ok()) {
                    m_typeStatus->showError(
                        tr("Could not load the stock: %1").arg(stock.error().toDisplayString()),
                        [this] { loadTypes(); });
                    return;
                }
                m_typesFor = question;
                fillTypes(stock.value());
            });
    };
    if (m_typeInfoLoaded)
        return loadStock();
    // vCPU and memory come from DescribeInstanceTypes, fetched once per wizard. Without them the
    // list would show zeros that look like data: the error is shown with Retry instead.
    m_typeCalls.call<ops::DescribeInstanceTypes>(m_client, ops::DescribeInstanceTypes::request(),
        [this, loadStock](const Result<ops::DescribeInstanceTypes::Response> &types) {
            if (!types.ok()) {
                m_typeStatus->showError(tr("Could not load the instance types' specifications: %1")
                                            .arg(types.error().toDisplayString()),
                    [this] { loadTypes(); });
                return;
            }
            for (const InstanceTypeInfo &t : types->types)
                m_typeInfo.insert(t.instanceTypeId, t);
            m_typeInfoLoaded = true;
            loadStock();
        });
}

void CreateInstanceWizard::fillTypes(const QList<ZoneStock> &stock)
{
    const QString zone = m_zone->currentData().toString();
    const QString keep = m_lastType.isEmpty() ? m_preselectType : m_lastType;
    m_types->setSortingEnabled(false);
    QTreeWidgetItem *kept = nullptr;
    for (const ZoneStock &z : stock) {
        if (z.zoneId != zone)
            continue;
        for (auto it = z.statusCategory.cbegin(); it != z.statusCategory.cend(); ++it) {
            if (it.value() != u"WithStock")
                continue;
            auto *item = new ChoiceItem(m_types);
            item->setText(0, it.key());
            if (const auto info = m_typeInfo.constFind(it.key());
                info != m_typeInfo.cend() && info->cpu > 0) {
                setNumber(item, 1, info->cpu, QLocale().toString(info->cpu));
                setNumber(item, 2, info->memoryGiB, QLocale().toString(info->memoryGiB));
                item->setText(3,
                    info->gpuAmount > 0 ? u"%1 × %2"_s.arg(info->gpuAmount).arg(info->gpuSpec)
                                        : QString());
                item->setText(4, architectureName(info->architecture));
            } else {
                // Not in the catalogue: unknown, never zero.
                for (int column = 1; column < 5; ++column)
                    item->setText(column, tr("unknown"));
            }
            if (it.key() == keep)
                kept = item;
        }
    }
    m_types->setSortingEnabled(true);
    filterTree(m_types, m_typeFilter->text());
    const int count = m_types->topLevelItemCount();
    QString text = count == 0
        ? tr("Nothing is in stock in %1 for this billing method: choose another zone.").arg(zone)
        : tr("%n type(s) in stock in %1.", "", count).arg(zone);
    if (kept) {
        m_types->setCurrentItem(kept);
        m_types->scrollToItem(kept, QAbstractItemView::PositionAtCenter);
    } else if (!keep.isEmpty()) {
        // Say so rather than silently dropping the type asked for (or chosen before).
        text = tr("%1 is not in stock in %2 for this billing method: choose another type.")
                   .arg(keep, zone)
            + u' ' + text;
    }
    m_typeStatus->showMessage(text);
    pageReady(TypePage);
}

void CreateInstanceWizard::loadImages()
{
    ops::DescribeImages::Filter filter;
    // Instance types say X86/ARM; images say x86_64/arm64.
    const QString typeArchitecture = m_typeInfo.value(selectedType()).architecture;
    filter.architecture = typeArchitecture == u"ARM" ? u"arm64"_s
        : typeArchitecture == u"X86"                 ? u"x86_64"_s
                                                     : QString();
    const QString region = m_region->currentData().toString();
    const QString question = region + u'|' + filter.architecture;
    if (question == m_imagesFor && m_images->topLevelItemCount() > 0)
        return pageReady(ImagePage);
    m_imageCalls.renew();
    m_imageStatus->showLoading(tr("Loading the public images…"));
    m_imageCalls.call<ops::DescribeImages>(m_client,
        ops::DescribeImages::request(region, filter, 1),
        [this, question](const Result<Page<Image>> &images) {
            if (!images.ok()) {
                m_imageStatus->showError(
                    tr("Could not load the images: %1").arg(images.error().toDisplayString()),
                    [this] { loadImages(); });
                return;
            }
            m_imagesFor = question;
            fillImages(images->items);
        });
}

void CreateInstanceWizard::fillImages(const QList<Image> &images)
{
    const QString keep = selectedImage();
    m_images->clear();
    QHash<QString, int> sameName;
    for (const Image &image : images)
        ++sameName[image.osName.isEmpty() ? image.imageName : image.osName];
    m_images->setSortingEnabled(false);
    for (const Image &image : images) {
        m_imageInfo.insert(image.imageId, image);
        QString name = image.osName.isEmpty() ? image.imageName : image.osName;
        // Rows that would look identical say which image they are.
        if (sameName.value(name) > 1 && !image.imageName.isEmpty() && image.imageName != name)
            name += u" · "_s + image.imageName;
        auto *item = new ChoiceItem(m_images);
        item->setText(0, name);
        item->setText(1, image.imageId);
        item->setText(2, architectureName(image.architecture));
        setNumber(item, 3, image.sizeGiB, QLocale().toString(image.sizeGiB));
        item->setToolTip(0, image.imageName);
        if (image.imageId == keep)
            m_images->setCurrentItem(item);
    }
    m_images->setSortingEnabled(true);
    filterTree(m_images, m_imageFilter->text());
    m_imageStatus->showMessage(images.isEmpty()
            ? tr("No public image runs on this instance type here.")
            : tr("%n image(s).", "", int(images.size())));
    pageReady(ImagePage);
}

void CreateInstanceWizard::clearNetwork()
{
    // Latest wins: the walks for the previous zone or VPC end here, their answers unseen.
    delete m_vSwitchPager;
    delete m_groupPager;
    m_vSwitchesFor.clear();
    m_vSwitch->clear();
    m_securityGroup->clear();
}

void CreateInstanceWizard::loadNetwork()
{
    const QString region = m_region->currentData().toString();
    const QString zone = m_zone->currentData().toString();
    const QString question = region + u'|' + zone;
    if (question == m_vSwitchesFor && m_vSwitch->count() > 0)
        return pageReady(NetworkPage);
    const QString keep = m_vSwitch->currentData().toString();
    clearNetwork();
    m_networkStatus->showLoading(tr("Loading the vSwitches of %1…").arg(zone));
    // Every page, bounded whatever the service says (a zone rarely has more than a few).
    auto switches = std::make_shared<QMap<int, QList<VSwitch>>>();
    auto *pager = new Pager(m_client, Pager::Mode::PageNumber,
        { ops::DescribeVSwitches::kPageSize, 40, 2'000, 2 }, this);
    m_vSwitchPager = pager;
    pager->setRequest([region, zone](const PageCursor &c) {
        return ops::DescribeVSwitches::request(region, zone, c.pageNumber);
    });
    pager->setReader([switches](const PageCursor &c, const QJsonObject &body) -> Result<PageInfo> {
        auto page = ops::DescribeVSwitches::parse(body);
        if (!page.ok())
            return page.error();
        switches->insert(c.pageNumber, page.value());
        return PageInfo { page->size(), body.value(u"TotalCount"_s).toInteger(-1) };
    });
    connect(pager, &Pager::failed, this, [this, pager](const ApiError &error) {
        pager->deleteLater();
        m_networkStatus->showError(
            tr("Could not load the vSwitches: %1").arg(error.toDisplayString()),
            [this] { loadNetwork(); });
    });
    connect(pager, &Pager::finished, this, [this, pager, switches, keep, question, zone] {
        pager->deleteLater();
        m_vSwitchesFor = question;
        const QSignalBlocker quiet(m_vSwitch); // one security-group lookup, for the choice
        for (const QList<VSwitch> &page : std::as_const(*switches)) {
            for (const VSwitch &v : page) {
                if (!v.zoneId.isEmpty() && v.zoneId != zone)
                    continue; // another zone's vSwitch cannot hold these instances
                m_vSwitch->addItem(tr("%1 · %2 · %3 (%n free IP(s))", "", v.availableIpAddressCount)
                                       .arg(v.vSwitchName, v.vSwitchId, v.cidrBlock),
                    v.vSwitchId);
                m_vSwitch->setItemData(m_vSwitch->count() - 1, v.vpcId, VpcRole);
            }
        }
        if (const int index = m_vSwitch->findData(keep); index >= 0)
            m_vSwitch->setCurrentIndex(index);
        else if (m_vSwitch->count() > 0)
            m_vSwitch->setCurrentIndex(0);
        if (m_vSwitch->count() == 0) {
            m_networkStatus->showMessage(
                tr("No vSwitch in this zone: create one in the VPC console first."));
            pageReady(NetworkPage);
            return;
        }
        m_networkStatus->clear();
        loadSecurityGroups();
    });
    pager->start();
}

void CreateInstanceWizard::loadSecurityGroups()
{
    const QString vpc = selectedVpc();
    const QString region = m_region->currentData().toString();
    const QString keep = m_securityGroup->currentData().toString();
    delete m_groupPager;
    m_securityGroup->clear();
    if (vpc.isEmpty())
        return;
    m_networkStatus->showLoading(tr("Loading the security groups of %1…").arg(vpc));
    auto groups = std::make_shared<QList<SecurityGroup>>();
    auto *pager = new Pager(m_client, Pager::Mode::Token,
        { ops::DescribeSecurityGroups::kMaxResults, 50, 5'000, 1 }, this);
    m_groupPager = pager;
    pager->setRequest([region, vpc](const PageCursor &c) {
        return ops::DescribeSecurityGroups::request(region, vpc, c.token);
    });
    pager->setReader([groups](const PageCursor &, const QJsonObject &body) -> Result<PageInfo> {
        auto page = ops::DescribeSecurityGroups::parse(body);
        if (!page.ok())
            return page.error();
        *groups += page.value();
        return PageInfo { page->size(), -1, body.value(u"NextToken"_s).toString() };
    });
    connect(pager, &Pager::failed, this, [this, pager](const ApiError &error) {
        pager->deleteLater();
        m_networkStatus->showError(
            tr("Could not load the security groups: %1").arg(error.toDisplayString()),
            [this] { loadSecurityGroups(); });
    });
    connect(pager, &Pager::finished, this, [this, pager, groups, vpc, keep] {
        pager->deleteLater();
        for (const SecurityGroup &g : std::as_const(*groups)) {
            if (!g.vpcId.isEmpty() && g.vpcId != vpc)
                continue;
            m_securityGroup->addItem(
                u"%1 · %2"_s.arg(g.securityGroupName, g.securityGroupId), g.securityGroupId);
            m_securityGroup->setItemData(m_securityGroup->count() - 1, vpc, VpcRole);
        }
        if (const int index = m_securityGroup->findData(keep); index >= 0)
            m_securityGroup->setCurrentIndex(index);
        m_networkStatus->showMessage(m_securityGroup->count() == 0
                ? tr("No security group in %1: create one first.").arg(vpc)
                : QString());
        pageReady(NetworkPage);
    });
    pager->start();
}

void CreateInstanceWizard::loadMarketPrice()
{
    const QString type = selectedType();
    const QString zone = m_zone->currentData().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_marketCalls.renew();
    m_marketStatus->showLoading(tr("Reading the market price of %1 in %2…").arg(type, zone));
    m_marketCalls.call<ops::DescribeSpotPriceHistory>(m_client,
        ops::DescribeSpotPriceHistory::request(
            m_region->currentData().toString(), type, zone, now.addSecs(-3 * 3600), now),
        [this, type, zone](const Result<ops::DescribeSpotPriceHistory::Response> &history) {
            if (!history.ok()) {
                m_marketStatus->showError(tr("Could not read the market price: %1")
                                              .arg(history.error().toDisplayString()),
                    [this] { loadMarketPrice(); });
                pageReady(BillingPage);
                return;
            }
            if (history->points.isEmpty()) {
                m_marketStatus->showMessage(
                    tr("No recent market price for %1 in %2.").arg(type, zone));
                pageReady(BillingPage);
                return;
            }
            const SpotPricePoint latest = *std::max_element(history->points.cbegin(),
                history->points.cend(), [](const SpotPricePoint &a, const SpotPricePoint &b) {
                    return a.timestamp < b.timestamp;
                });
            const QString market = type + u'|' + zone;
            // Never overwrite a limit the user typed; a new type or zone gets a fresh prefill.
            const bool prefill = m_marketFor != market || m_marketPrice == 0
                || m_spotLimit->value() == m_marketPrice;
            m_marketFor = market;
            m_marketPrice = latest.spotPrice;
            m_onDemandPrice = latest.originPrice;
            if (prefill)
                m_spotLimit->setValue(latest.spotPrice);
            m_marketStatus->showMessage(
                tr("Market price now: $%1 per hour. Pay-as-you-go (on-demand): $%2 per hour.")
                    .arg(QLocale().toString(latest.spotPrice, 'f', 3),
                        QLocale().toString(latest.originPrice, 'f', 3)));
            pageReady(BillingPage);
        });
}

} // namespace ecs::ui
