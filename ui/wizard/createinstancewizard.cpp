#include "createinstancewizard.h"

#include "types/money.h"

#include "ecsclient.h"
#include "inventory/catalogue.h"
#include "lifecycle/operation.h"
#include "lifecycle/plans.h"
#include "operations/operationsmodel.h"
#include "types/lifecycle.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace ecs::ui {

CreateInstanceWizard::CreateInstanceWizard(ecs::EcsClient *client, OperationsModel *operations,
    const QList<std::pair<QString, QString>> &regions, const QString &regionId, QWidget *parent)
    : QWizard(parent)
    , m_operations(operations)
    , m_summary(new QLabel(this))
{
    m_context.client = client;
    m_context.catalogue = client ? Catalogue::of(client) : nullptr;
    setObjectName(u"createInstanceWizard"_s);
    setWindowTitle(tr("Create instances"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create"));

    m_location = new ecs::ui::LocationPage(m_context, regions, regionId, this);
    m_type = new ecs::ui::TypePage(m_context, this);
    m_image = new ecs::ui::ImagePage(m_context, this);
    m_network = new ecs::ui::NetworkPage(m_context, this);
    m_billing = new ecs::ui::BillingPage(m_context, this);
    m_disks = new ecs::ui::DisksPage(m_context, this);
    m_details = new ecs::ui::DetailsPage(m_context, this);
    m_review = new ecs::ui::ReviewPage(m_context, this);
    addPage(LocationPage, m_location);
    addPage(TypePage, m_type);
    addPage(ImagePage, m_image);
    addPage(NetworkPage, m_network);
    addPage(BillingPage, m_billing);
    addPage(DisksPage, m_disks);
    addPage(DetailsPage, m_details);
    addPage(ReviewPage, m_review);
    // A different billing method changes what is in stock; another zone, the network too.
    connect(m_location, &LocationPage::billingChanged, m_type, &TypePage::clear);
    connect(m_location, &LocationPage::zoneChanged, m_type, &TypePage::clear);
    connect(m_location, &LocationPage::zoneChanged, m_network, &NetworkPage::clear);
    connect(m_billing, &BillingPage::spotChartRequested, this,
        &CreateInstanceWizard::spotChartRequested);
    connect(m_review, &ReviewPage::reviewed, this, &CreateInstanceWizard::reviewReady);

    // What will be created stays in view on the side.
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_summary->setMargin(fontMetrics().averageCharWidth());
    setSideWidget(m_summary);
    // Fits a 1024×640 screen with the summary beside the pages.
    setMinimumSize(std::min(fontMetrics().averageCharWidth() * 130, 1000),
        std::min(fontMetrics().lineSpacing() * 30, 600));
    updateSummary();
}

void CreateInstanceWizard::addPage(int id, SpecPage *page)
{
    setPage(id, page);
    connect(page, &SpecPage::edited, this, &CreateInstanceWizard::updateSummary);
    connect(page, &SpecPage::loaded, this, [this, id] {
        updateSummary();
        Q_EMIT pageLoaded(id);
    });
}

void CreateInstanceWizard::preselect(const QString &zoneId, const QString &instanceType)
{
    m_context.preselectZone = zoneId;
    m_context.lastType = instanceType; // what was asked for now wins over an earlier choice
    m_location->selectZone(zoneId);
}

void CreateInstanceWizard::preselectPreemptible(bool withPriceLimit)
{
    m_context.spotPriceLimit = withPriceLimit; // read when the billing combo moves
    billingCombo()->setCurrentIndex(billingCombo()->findData(int(Billing::Preemptible)));
    (withPriceLimit ? spotLimitRadio() : spotMarketRadio())->setChecked(true);
}

bool CreateInstanceWizard::isLoading() const
{
    for (const SpecPage *page : std::initializer_list<const SpecPage *> {
             m_location, m_type, m_image, m_network, m_billing, m_review })
        if (page->isLoading())
            return true;
    return false;
}

void CreateInstanceWizard::reject()
{
    const RunInstancesSpec &s = m_context.spec;
    const bool hasInput = currentId() != LocationPage || !s.instanceName.isEmpty()
        || !s.tags.isEmpty() || !s.instanceType.isEmpty();
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

void CreateInstanceWizard::updateSummary()
{
    const RunInstancesSpec &s = m_context.spec;
    const auto row = [](const QString &label, const QString &value) {
        // Labels never wrap; long ids may break anywhere but at their hyphens.
        return u"<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped().replace(u' ', u"&nbsp;"_s),
            value.isEmpty()
                ? u"—"_s
                : value.toHtmlEscaped().replace(u'-', u"&#8209;"_s).replace(u'_', u"_&#8203;"_s));
    };
    QString billing = m_location->billingText();
    if (s.chargeType == ChargeType::PrePaid)
        billing
            += tr(", %n month(s)", "", s.period) + (s.autoRenew ? tr(", auto-renew") : QString());
    else if (s.spotStrategy == SpotStrategy::SpotWithPriceLimit)
        billing
            += tr(", limit %1/h").arg(ecs::formatMoney(s.spotPriceLimit, m_context.currency, 3));
    QString html = u"<p><b>%1</b></p><table>"_s.arg(tr("What will be created").toHtmlEscaped());
    html += row(tr("Count"), QLocale().toString(s.amount));
    html += row(tr("Region"), s.regionId);
    html += row(tr("Zone"), s.zoneId);
    html += row(tr("Type"), m_type->describe(s.instanceType));
    const Image image = m_context.images.value(s.imageId);
    html += row(tr("Image"), image.osName.isEmpty() ? s.imageId : image.osName);
    html += row(tr("vSwitch"), s.vSwitchId);
    html += row(tr("Billing"), billing);
    html += row(tr("Disks"),
        tr("%1, %2 GiB")
                .arg(Vocabulary::diskCategoryName(s.systemDiskCategory))
                .arg(s.systemDiskSize)
            + (s.dataDisks.isEmpty() ? QString()
                                     : tr(" + %n data disk(s)", "", int(s.dataDisks.size()))));
    html += row(tr("Name"), s.instanceName);
    html += row(tr("Public IP"),
        s.internetMaxBandwidthOut > 0 ? tr("yes, %1 Mbit/s").arg(s.internetMaxBandwidthOut)
                                      : tr("no"));
    html += u"</table>"_s;
    m_summary->setText(html);
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
    RunInstancesSpec s = m_context.spec;
    s.clientToken.clear();
    const QString identity = commandLineFor(s.request());
    if (identity != m_tokenFor || m_token.isEmpty()) {
        m_token = newClientToken();
        m_tokenFor = identity;
    }
    s.clientToken = m_token;
    m_context.spec.clientToken = m_token;
    m_review->setErrorText(tr("Creating…"));
    button(QWizard::FinishButton)->setEnabled(false);
    const QString what = s.instanceName.isEmpty() ? s.instanceType : s.instanceName;
    const QString title
        = s.amount == 1 ? tr("Create %1").arg(what) : tr("Create %1 × %2").arg(s.amount).arg(what);
    Operation *operation
        = Operation::fromPlan(m_context.client, planRunInstances(s, title)).constFirst();
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
        m_review->setErrorText(text);
        Q_EMIT submissionFailed(text);
    });
    m_operations->submit(operation);
}

} // namespace ecs::ui
