#include "createinstancewizard.h"

#include "ecsclient.h"
#include "lifecycle/operation.h"
#include "operations/operationsmodel.h"
#include "widgets/loadstatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

CreateInstanceWizard::CreateInstanceWizard(ecs::EcsClient *client, OperationsModel *operations,
    const QList<std::pair<QString, QString>> &regions, const QString &regionId, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_operations(operations)
    , m_summary(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_billing(new QComboBox(this))
    , m_zoneStatus(new LoadStatus(tr("Zones"), this))
    , m_types(new QTreeWidget(this))
    , m_typeFilter(new QLineEdit(this))
    , m_typeStatus(new LoadStatus(tr("Instance types"), this))
    , m_images(new QTreeWidget(this))
    , m_imageFilter(new QLineEdit(this))
    , m_imageStatus(new LoadStatus(tr("Images"), this))
    , m_vSwitch(new QComboBox(this))
    , m_securityGroup(new QComboBox(this))
    , m_networkStatus(new LoadStatus(tr("Network"), this))
    , m_period(new QSpinBox(this))
    , m_autoRenew(new QCheckBox(this))
    , m_spotAsPriceGo(new QRadioButton(this))
    , m_spotWithLimit(new QRadioButton(this))
    , m_spotLimit(new QDoubleSpinBox(this))
    , m_marketStatus(new LoadStatus(tr("Market price"), this))
    , m_systemDiskCategory(new QComboBox(this))
    , m_systemDiskSize(new QSpinBox(this))
    , m_dataDisks(new QTableWidget(this))
    , m_addDisk(new QPushButton(tr("Add a data disk"), this))
    , m_name(new QLineEdit(this))
    , m_amount(new QSpinBox(this))
    , m_minAmount(new QSpinBox(this))
    , m_tags(new QLineEdit(this))
    , m_autoReleaseOn(new QCheckBox(this))
    , m_autoRelease(new QDateTimeEdit(this))
    , m_bandwidth(new QSpinBox(this))
    , m_detailsStatus(new QLabel(this))
    , m_review(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"createInstanceWizard"_s);
    setWindowTitle(tr("Create instances"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    // The types and images lists replace the tree's own header sizing with useful widths.
    m_types->setHeaderLabels({ tr("Type"), tr("vCPU"), tr("Memory (GiB)"), tr("GPU"), tr("Arch") });
    m_images->setHeaderLabels({ tr("Image"), tr("ID"), tr("Arch"), tr("Size (GiB)") });
    for (QTreeWidget *tree : { m_types, m_images }) {
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setSortingEnabled(true);
        tree->sortByColumn(0, Qt::AscendingOrder);
        tree->setColumnWidth(0, fontMetrics().averageCharWidth() * (tree == m_types ? 24 : 40));
    }
    m_detailsStatus->setWordWrap(true);
    m_detailsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const auto &[id, name] : regions)
        m_region->addItem(u"%1 · %2"_s.arg(name, id), id);

    setPage(LocationPage, buildLocationPage());
    setPage(TypePage, buildTypePage());
    setPage(ImagePage, buildImagePage());
    WizardPage *network = buildNetworkPage();
    // Pay-as-you-go has nothing to choose on the billing page.
    network->next = [this] {
        return chargeType() == u"PostPaid" && spotStrategy() == u"NoSpot" ? int(DisksPage)
                                                                          : int(BillingPage);
    };
    setPage(NetworkPage, network);
    setPage(BillingPage, buildBillingPage());
    setPage(DisksPage, buildDisksPage());
    setPage(DetailsPage, buildDetailsPage());
    setPage(ReviewPage, buildReviewPage());

    // What will be created stays in view on the side.
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_summary->setMargin(fontMetrics().averageCharWidth());
    setSideWidget(m_summary);
    for (QComboBox *combo :
        { m_region, m_zone, m_billing, m_vSwitch, m_securityGroup, m_systemDiskCategory })
        connect(combo, &QComboBox::currentIndexChanged, this, &CreateInstanceWizard::updateSummary);
    for (QTreeWidget *tree : { m_types, m_images })
        connect(tree, &QTreeWidget::currentItemChanged, this, &CreateInstanceWizard::updateSummary);
    for (QSpinBox *spin : { m_period, m_systemDiskSize, m_amount, m_bandwidth })
        connect(spin, &QSpinBox::valueChanged, this, &CreateInstanceWizard::updateSummary);
    connect(m_spotLimit, &QDoubleSpinBox::valueChanged, this, &CreateInstanceWizard::updateSummary);
    connect(m_spotWithLimit, &QRadioButton::toggled, this, &CreateInstanceWizard::updateSummary);
    connect(m_name, &QLineEdit::textChanged, this, &CreateInstanceWizard::updateSummary);
    // A different billing method changes what is in stock; another zone, the network too.
    connect(m_billing, &QComboBox::currentIndexChanged, this, [this] {
        m_typeCalls.renew();
        m_types->clear();
        m_typesFor.clear();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        m_typeCalls.renew();
        m_types->clear();
        m_typesFor.clear();
        clearNetwork();
    });

    // Fits a 1024×640 screen with the summary beside the pages.
    setMinimumSize(std::min(fontMetrics().averageCharWidth() * 130, 1000),
        std::min(fontMetrics().lineSpacing() * 30, 600));
    m_region->setCurrentIndex(std::max(0, m_region->findData(regionId)));
    if (m_region->count() > 0 && m_zone->count() == 0)
        loadZones();
    updateSummary();
}

void CreateInstanceWizard::preselect(const QString &zoneId, const QString &instanceType)
{
    m_preselectZone = zoneId;
    m_preselectType = instanceType;
    m_lastType = instanceType; // what was asked for now wins over an earlier choice
    if (const int index = m_zone->findData(zoneId); index >= 0)
        m_zone->setCurrentIndex(index);
}

void CreateInstanceWizard::pageReady(int pageId)
{
    if (auto *page = qobject_cast<WizardPage *>(this->page(pageId)))
        page->recheck();
    updateSummary();
    Q_EMIT pageLoaded(pageId);
}

QString CreateInstanceWizard::chargeType() const
{
    return m_billing->currentData().toString() == u"PrePaid" ? u"PrePaid"_s : u"PostPaid"_s;
}

QString CreateInstanceWizard::spotStrategy() const
{
    if (m_billing->currentData().toString() != u"Spot")
        return u"NoSpot"_s;
    return m_spotWithLimit->isChecked() ? u"SpotWithPriceLimit"_s : u"SpotAsPriceGo"_s;
}

QString CreateInstanceWizard::selectedType() const
{
    const QTreeWidgetItem *item = m_types->currentItem();
    return item ? item->text(0) : QString();
}

QString CreateInstanceWizard::selectedImage() const
{
    const QTreeWidgetItem *item = m_images->currentItem();
    return item ? item->text(1) : QString();
}

QString CreateInstanceWizard::selectedVpc() const
{
    return m_vSwitch->currentData(VpcRole).toString();
}

bool CreateInstanceWizard::isLoading() const
{
    return m_zoneCalls.pending() + m_typeCalls.pending() + m_imageCalls.pending()
            + m_marketCalls.pending() + m_reviewCalls.pending()
        > 0
        || (m_vSwitchPager && m_vSwitchPager->isRunning())
        || (m_groupPager && m_groupPager->isRunning());
}

QString CreateInstanceWizard::typeDescription(const QString &instanceType) const
{
    if (instanceType.isEmpty())
        return {};
    const auto it = m_typeInfo.constFind(instanceType);
    if (it == m_typeInfo.cend() || it->cpu <= 0)
        return instanceType; // unknown figures are left out, never shown as zero
    return tr("%1 (%2 vCPU, %3 GiB)").arg(instanceType).arg(it->cpu).arg(it->memoryGiB);
}

void CreateInstanceWizard::reject()
{
    const bool hasInput = currentId() != LocationPage || !m_name->text().isEmpty()
        || !m_tags->text().isEmpty() || m_types->currentItem() != nullptr;
    if (!hasInput || m_accepted || m_discardAsked)
        return QWizard::reject();
    // Asked without a nested event loop: the box answers through finished().
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard the new instances?"),
        tr("Close the wizard and discard what you chose and typed?"), QMessageBox::NoButton, this);
    box->setObjectName(u"discardQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard) {
            m_discardAsked = true;
            QWizard::reject();
        }
    });
    box->open();
}

QList<std::pair<QString, QString>> CreateInstanceWizard::parseTags(QString *error) const
{
    QList<std::pair<QString, QString>> tags;
    const QStringList parts = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (key.isEmpty()) {
            *error = tr("A tag needs a key: \"%1\".").arg(part.trimmed());
            return {};
        }
        if (key.startsWith(u"aliyun"_s, Qt::CaseInsensitive) || key.startsWith(u"acs:"_s)) {
            *error = tr("Tag keys may not start with \"aliyun\" or \"acs:\" (%1).").arg(key);
            return {};
        }
        tags.append({ key, value });
    }
    if (tags.size() > 20)
        *error = tr("At most 20 tags.");
    return tags;
}

QString CreateInstanceWizard::detailsProblem() const
{
    QString error;
    parseTags(&error);
    if (!error.isEmpty())
        return error;
    if (m_minAmount->value() > m_amount->value())
        return tr("The minimum count cannot exceed the count.");
    if (m_autoReleaseOn->isChecked()) {
        if (chargeType() == u"PrePaid")
            return tr("Subscription instances are released when they expire; clear the "
                      "automatic release.");
        return ops::ModifyInstanceAutoReleaseTime::check(
            m_autoRelease->dateTime(), QDateTime::currentDateTimeUtc());
    }
    return {};
}

RunInstancesSpec CreateInstanceWizard::spec() const
{
    RunInstancesSpec s;
    s.regionId = m_region->currentData().toString();
    s.zoneId = m_zone->currentData().toString();
    s.instanceType = selectedType();
    s.imageId = selectedImage();
    s.vSwitchId = m_vSwitch->currentData().toString();
    s.securityGroupId = m_securityGroup->currentData().toString();
    s.chargeType = fromWireOr(chargeType(), ChargeType::PostPaid);
    s.period = m_period->value();
    s.autoRenew = m_autoRenew->isChecked();
    s.spotStrategy = fromWireOr(spotStrategy(), SpotStrategy::NoSpot);
    s.spotPriceLimit = m_spotLimit->value();
    s.systemDiskCategory = m_systemDiskCategory->currentData().toString();
    s.systemDiskSize = m_systemDiskSize->value();
    for (int row = 0; row < m_dataDisks->rowCount(); ++row) {
        auto *category = qobject_cast<QComboBox *>(m_dataDisks->cellWidget(row, 0));
        auto *size = qobject_cast<QSpinBox *>(m_dataDisks->cellWidget(row, 1));
        if (category && size)
            s.dataDisks.append({ category->currentData().toString(), size->value() });
    }
    s.instanceName = m_name->text().trimmed();
    s.amount = m_amount->value();
    s.minAmount = m_minAmount->value();
    QString ignored;
    s.tags = parseTags(&ignored);
    if (m_autoReleaseOn->isChecked())
        s.autoReleaseTime = m_autoRelease->dateTime();
    s.internetMaxBandwidthOut = m_bandwidth->value();
    s.clientToken = m_token;
    return s;
}

void CreateInstanceWizard::updateSummary()
{
    const RunInstancesSpec s = spec();
    const auto row = [](const QString &label, const QString &value) {
        // Labels never wrap; long ids may break anywhere but at their hyphens.
        return u"<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped().replace(u' ', u"&nbsp;"_s),
            value.isEmpty()
                ? u"—"_s
                : value.toHtmlEscaped().replace(u'-', u"&#8209;"_s).replace(u'_', u"_&#8203;"_s));
    };
    QString billing = m_billing->currentText();
    if (s.chargeType == ChargeType::PrePaid)
        billing
            += tr(", %n month(s)", "", s.period) + (s.autoRenew ? tr(", auto-renew") : QString());
    else if (s.spotStrategy == SpotStrategy::SpotWithPriceLimit)
        billing += tr(", limit $%1/h").arg(s.spotPriceLimit, 0, 'f', 3);
    QString html = u"<p><b>%1</b></p><table>"_s.arg(tr("What will be created").toHtmlEscaped());
    html += row(tr("Count"), QLocale().toString(s.amount));
    html += row(tr("Region"), s.regionId);
    html += row(tr("Zone"), s.zoneId);
    html += row(tr("Type"), typeDescription(s.instanceType));
    const Image image = m_imageInfo.value(s.imageId);
    html += row(tr("Image"), image.osName.isEmpty() ? s.imageId : image.osName);
    html += row(tr("vSwitch"), s.vSwitchId);
    html += row(tr("Billing"), billing);
    html += row(tr("Disks"),
        tr("%1, %2 GiB").arg(m_systemDiskCategory->currentText()).arg(s.systemDiskSize)
            + (s.dataDisks.isEmpty() ? QString()
                                     : tr(" + %n data disk(s)", "", int(s.dataDisks.size()))));
    html += row(tr("Name"), s.instanceName);
    html += row(tr("Public IP"),
        s.internetMaxBandwidthOut > 0 ? tr("yes, %1 Mbit/s").arg(s.internetMaxBandwidthOut)
                                      : tr("no"));
    html += u"</table>"_s;
    m_summary->setText(html);
}

void CreateInstanceWizard::runReview()
{
    const RunInstancesSpec s = spec();
    m_reviewCalls.renew();
    m_error->clear();
    m_review->setText(tr("Checking the request with a dry run and asking for the price…"));
    auto results = std::make_shared<std::pair<QString, QString>>();
    auto remaining = std::make_shared<int>(2);
    // Both answers belong to this review only: the scope drops them if the user went back.
    const auto show = [this, results, remaining] {
        if (--*remaining > 0)
            return;
        m_review->setText(results->first + u"\n\n"_s + results->second);
        Q_EMIT reviewReady();
    };
    m_reviewCalls.send(m_client, s.request(true), [results, show](ApiCall *dryRun) {
        const ApiError &e = dryRun->error();
        if (e.code == u"DryRunOperation")
            results->first = tr("Dry run passed: the service would accept this request.");
        else if (dryRun->ok())
            results->first = tr("Dry run: the service answered without checking (no DryRun "
                                "support).");
        else
            results->first = tr("Dry run failed: %1 %2").arg(e.toDisplayString(), errorHint(e));
        show();
    });
    m_reviewCalls.call<ops::DescribePrice>(m_client, ops::DescribePrice::request(s),
        [this, results, show, s](const Result<Price> &price) {
            if (!price.ok())
                results->second
                    = tr("The price is unknown: %1").arg(price.error().toDisplayString());
            else if (s.spotStrategy != SpotStrategy::NoSpot)
                results->second = spotPriceText(s, price.value());
            else
                results->second = tr("Price: %1 %2 %3 for %4.")
                                      .arg(price->currency.isEmpty() ? u"USD"_s : price->currency)
                                      .arg(QLocale().toString(price->tradePrice, 'f', 3))
                                      .arg(s.chargeType == ChargeType::PrePaid
                                              ? tr("for %n month(s)", "", s.period)
                                              : tr("per hour"))
                                      .arg(tr("%n instance(s)", "", s.amount));
            show();
        });
}

QString CreateInstanceWizard::spotPriceText(const RunInstancesSpec &s, const Price &price) const
{
    const QString currency = price.currency.isEmpty() ? u"USD"_s : price.currency;
    const auto money = [&currency](double value) {
        return u"%1 %2"_s.arg(currency, QLocale().toString(value, 'f', 3));
    };
    // DescribePrice answers a preemptible request with the market price as TradePrice and the
    // pay-as-you-go price as OriginalPrice, both for the whole count.
    const int n = std::max(1, s.amount);
    QStringList lines;
    lines << tr("Market price now: %1 per hour per instance (%2 per hour for %n instance(s)).", "",
        s.amount)
                 .arg(money(price.tradePrice / n), money(price.tradePrice));
    if (s.spotStrategy == SpotStrategy::SpotWithPriceLimit)
        lines << tr("Your limit: %1 per hour per instance; the instances are reclaimed when the "
                    "market price rises above it.")
                     .arg(money(s.spotPriceLimit));
    else
        lines << tr("Your limit: the market price, never more than the pay-as-you-go price.");
    if (price.originalPrice > 0)
        lines << tr("Pay-as-you-go (on-demand) price: %1 per hour per instance.")
                     .arg(money(price.originalPrice / n));
    return lines.join(u'\n');
}

bool CreateInstanceWizard::validateCurrentPage()
{
    if (currentId() != ReviewPage || m_accepted)
        return QWizard::validateCurrentPage();
    submit();
    return false; // the wizard closes once the service has accepted the request
}

void CreateInstanceWizard::submit()
{
    if (m_operation && !m_operation->isFinished())
        return;
    // One token per submission; a resubmission of the very same request keeps it, so that an
    // unknown outcome (a lost answer) can never create the instances twice.
    RunInstancesSpec s = spec();
    s.clientToken.clear();
    const QString identity = commandLineFor(s.request());
    if (identity != m_tokenFor || m_token.isEmpty()) {
        m_token = ApiRequest::newClientToken();
        m_tokenFor = identity;
    }
    s.clientToken = m_token;
    m_error->setText(tr("Creating…"));
    button(QWizard::FinishButton)->setEnabled(false);
    const QString title = s.amount == 1
        ? tr("Create %1").arg(s.instanceName.isEmpty() ? s.instanceType : s.instanceName)
        : tr("Create %1 × %2")
              .arg(s.amount)
              .arg(s.instanceName.isEmpty() ? s.instanceType : s.instanceName);
    Operation *operation = Operation::fromPlan(m_client, planRunInstances(s, title)).constFirst();
    operation->setWaitIntervals(m_waitInitialMs, m_waitMaxMs);
    m_operation = operation;
    connect(operation, &Operation::accepted, this,
        [this, operation](const QString &region, const QStringList &ids) {
            if (operation != m_operation || ids.isEmpty() || !isVisible())
                return;
            m_accepted = true;
            Q_EMIT created(region, ids);
            accept();
        });
    connect(operation, &Operation::finished, this, [this, operation] {
        if (operation != m_operation || operation->state() == Operation::State::Done
            || !isVisible())
            return;
        // Everything typed stays; the error says what to change.
        button(QWizard::FinishButton)->setEnabled(true);
        QString text = operation->error().toDisplayString();
        if (const QString hint = operation->hint(); !hint.isEmpty())
            text += u"\n"_s + hint;
        m_error->setText(text);
        Q_EMIT submissionFailed(text);
    });
    m_operations->submit(operation);
}

QString CreateInstanceWizard::reviewText() const
{
    return m_review->text();
}

QString CreateInstanceWizard::errorText() const
{
    return m_error->text();
}

} // namespace ecs::ui
