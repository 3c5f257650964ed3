#pragma once

#include "lifecycle/operation.h"
#include "pages/wizardpages.h"

#include <QPointer>
#include <QWizard>

namespace ecs::ui {

class OperationsModel;

/// RunInstances as a wizard: where → what type (only what is in stock for the billing) → image →
/// network → billing → disks → name, count, tags, release, bandwidth → review with a DryRun
/// preflight and the price. Every page edits one RunInstancesSpec and is complete when the spec's
/// rules accept its fields. Create sends one tracked operation with a ClientToken fixed for the
/// submission (every retry reuses it). Nothing typed is lost when a call fails; a summary of what
/// will be created stays on the side.
class CreateInstanceWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        LocationPage,
        TypePage,
        ImagePage,
        NetworkPage,
        BillingPage,
        DisksPage,
        DetailsPage,
        ReviewPage
    };
    /// The vSwitch and security group combos' items carry the VPC id here.
    static constexpr int VpcRole = ecs::ui::NetworkPage::VpcRole;

    CreateInstanceWizard(ecs::EcsClient *client, OperationsModel *operations,
        const QList<std::pair<QString, QString>> &regions, const QString &regionId,
        QWidget *parent = nullptr);

    /// Preselects what the Resources pane's "Create instance here…" names.
    void preselect(const QString &zoneId, const QString &instanceType);
    /// Preselects preemptible billing, bidding with a price limit or at the market price (the
    /// spot advisor's "Create preemptible here…").
    void preselectPreemptible(bool withPriceLimit);
    /// Waiter timing of the create operation (tests shorten it).
    void setWaitIntervals(int initialMs, int maxMs)
    {
        m_waitInitialMs = initialMs, m_waitMaxMs = maxMs;
    }

    /// The request as the pages describe it now.
    const ecs::RunInstancesSpec &spec() const { return m_context.spec; }
    /// The review page's preflight result, price and submission errors, in words.
    QString reviewText() const { return m_review->reviewText(); }
    QString errorText() const { return m_review->errorText(); }
    Operation *operation() const { return m_operation; }

    // The pages' inputs, for keyboard users and tests alike.
    QComboBox *regionCombo() const { return m_location->regionCombo(); }
    QComboBox *zoneCombo() const { return m_location->zoneCombo(); }
    QComboBox *billingCombo() const { return m_location->billingCombo(); }
    QTreeWidget *typeTree() const { return m_type->tree(); }
    QLineEdit *typeFilter() const { return m_type->filter(); }
    QTreeWidget *imageTree() const { return m_image->tree(); }
    QLineEdit *imageFilter() const { return m_image->filter(); }
    QComboBox *vSwitchCombo() const { return m_network->vSwitchCombo(); }
    QComboBox *securityGroupCombo() const { return m_network->securityGroupCombo(); }
    QSpinBox *periodSpin() const { return m_billing->periodSpin(); }
    QCheckBox *autoRenewBox() const { return m_billing->autoRenewBox(); }
    QRadioButton *spotLimitRadio() const { return m_billing->limitRadio(); }
    QRadioButton *spotMarketRadio() const { return m_billing->marketRadio(); }
    QDoubleSpinBox *spotLimitSpin() const { return m_billing->limitSpin(); }
    QComboBox *systemDiskCombo() const { return m_disks->systemDiskCombo(); }
    QSpinBox *systemDiskSpin() const { return m_disks->systemDiskSpin(); }
    QTableWidget *dataDiskTable() const { return m_disks->dataDiskTable(); }
    QPushButton *addDataDiskButton() const { return m_disks->addButton(); }
    QLineEdit *nameEdit() const { return m_details->nameEdit(); }
    QLineEdit *hostNameEdit() const { return m_details->hostNameEdit(); }
    QSpinBox *amountSpin() const { return m_details->amountSpin(); }
    QSpinBox *minAmountSpin() const { return m_details->minAmountSpin(); }
    QLineEdit *tagsEdit() const { return m_details->tagsEdit(); }
    QSpinBox *bandwidthSpin() const { return m_details->bandwidthSpin(); }
    QCheckBox *autoReleaseBox() const { return m_details->autoReleaseBox(); }
    QDateTimeEdit *autoReleaseEdit() const { return m_details->autoReleaseEdit(); }
    /// What each page's lookup says: loading, an error with Retry, or a note.
    LoadStatus *zoneStatus() const { return m_location->status(); }
    LoadStatus *typeStatus() const { return m_type->status(); }
    LoadStatus *imageStatus() const { return m_image->status(); }
    LoadStatus *networkStatus() const { return m_network->status(); }
    LoadStatus *marketStatus() const { return m_billing->marketStatus(); }
    /// The market price the spot limit was prefilled from (0 until known).
    double marketPrice() const { return m_billing->marketPrice(); }
    bool isLoading() const;

Q_SIGNALS:
    /// Instances were accepted by the service; the wizard closes.
    void created(const QString &regionId, const QStringList &instanceIds);
    /// "Show the price history" on the billing page.
    void spotChartRequested(const QString &instanceType, const QString &zoneId);
    /// A page finished loading its choices (tests wait on it).
    void pageLoaded(int pageId);
    /// The review page has its preflight and price.
    void reviewReady();
    /// A submission failed; the wizard stays open with everything as typed.
    void submissionFailed(const QString &text);

public Q_SLOTS:
    /// Escape and Cancel: asks first when something was chosen or typed.
    void reject() override;

protected:
    bool validateCurrentPage() override;

private:
    void addPage(int id, SpecPage *page);
    void submit();
    void updateSummary();

    WizardContext m_context;
    OperationsModel *m_operations;
    QLabel *m_summary;
    ecs::ui::LocationPage *m_location;
    ecs::ui::TypePage *m_type;
    ecs::ui::ImagePage *m_image;
    ecs::ui::NetworkPage *m_network;
    ecs::ui::BillingPage *m_billing;
    ecs::ui::DisksPage *m_disks;
    ecs::ui::DetailsPage *m_details;
    ecs::ui::ReviewPage *m_review;
    bool m_discardAsked = false;
    QString m_token;
    QString m_tokenFor; ///< the request (without token) m_token was made for
    QPointer<Operation> m_operation;
    int m_waitInitialMs = 1'000;
    int m_waitMaxMs = 8'000;
    bool m_accepted = false; ///< the service took the request: Finish may close now
};

} // namespace ecs::ui
