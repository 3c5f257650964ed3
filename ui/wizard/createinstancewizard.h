#pragma once

#include "callscope.h"
#include "lifecycle/operation.h"
#include "pager.h"
#include "types/availableresource.h"
#include "types/image.h"
#include "types/lifecycle.h"

#include <QHash>
#include <QPointer>
#include <QWizard>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ecs {
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class LoadStatus;
class OperationsModel;

/// A wizard page whose completeness is a function of the wizard's state.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<void()> entered;
    std::function<int()> next;
    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (entered)
            entered();
    }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    void recheck() { Q_EMIT completeChanged(); }
};

/// RunInstances as a wizard: where → what type (only what is in stock for the billing) → image →
/// network → billing → disks → name, count, tags, release, bandwidth → review with a DryRun
/// preflight and the price. Create sends one tracked operation with a ClientToken fixed for the
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
    /// The vSwitch combo's items carry the vSwitch id as their data and the VPC id here.
    static constexpr int VpcRole = Qt::UserRole + 1;

    CreateInstanceWizard(ecs::EcsClient *client, OperationsModel *operations,
        const QList<std::pair<QString, QString>> &regions, const QString &regionId,
        QWidget *parent = nullptr);

    /// Preselects what the Resources pane's "Create instance here…" names.
    void preselect(const QString &zoneId, const QString &instanceType);
    /// Waiter timing of the create operation (tests shorten it).
    void setWaitIntervals(int initialMs, int maxMs)
    {
        m_waitInitialMs = initialMs, m_waitMaxMs = maxMs;
    }

    /// The request as the pages describe it now.
    ecs::RunInstancesSpec spec() const;
    /// The review page's preflight result, price and submission errors, in words.
    QString reviewText() const;
    QString errorText() const;
    Operation *operation() const { return m_operation; }

    // The pages' inputs, for keyboard users and tests alike.
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *zoneCombo() const { return m_zone; }
    QComboBox *billingCombo() const { return m_billing; }
    QTreeWidget *typeTree() const { return m_types; }
    QLineEdit *typeFilter() const { return m_typeFilter; }
    QTreeWidget *imageTree() const { return m_images; }
    QLineEdit *imageFilter() const { return m_imageFilter; }
    QComboBox *vSwitchCombo() const { return m_vSwitch; }
    QComboBox *securityGroupCombo() const { return m_securityGroup; }
    QSpinBox *periodSpin() const { return m_period; }
    QCheckBox *autoRenewBox() const { return m_autoRenew; }
    QRadioButton *spotLimitRadio() const { return m_spotWithLimit; }
    QRadioButton *spotMarketRadio() const { return m_spotAsPriceGo; }
    QDoubleSpinBox *spotLimitSpin() const { return m_spotLimit; }
    QComboBox *systemDiskCombo() const { return m_systemDiskCategory; }
    QSpinBox *systemDiskSpin() const { return m_systemDiskSize; }
    QTableWidget *dataDiskTable() const { return m_dataDisks; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *amountSpin() const { return m_amount; }
    QSpinBox *minAmountSpin() const { return m_minAmount; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QSpinBox *bandwidthSpin() const { return m_bandwidth; }
    QCheckBox *autoReleaseBox() const { return m_autoReleaseOn; }
    QDateTimeEdit *autoReleaseEdit() const { return m_autoRelease; }
    QPushButton *addDataDiskButton() const { return m_addDisk; }
    /// What each page's lookup says: loading, an error with Retry, or a note.
    LoadStatus *zoneStatus() const { return m_zoneStatus; }
    LoadStatus *typeStatus() const { return m_typeStatus; }
    LoadStatus *imageStatus() const { return m_imageStatus; }
    LoadStatus *networkStatus() const { return m_networkStatus; }
    LoadStatus *marketStatus() const { return m_marketStatus; }
    /// The market price the spot limit was prefilled from (0 until known).
    double marketPrice() const { return m_marketPrice; }
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
    WizardPage *buildLocationPage();
    WizardPage *buildTypePage();
    WizardPage *buildImagePage();
    WizardPage *buildNetworkPage();
    WizardPage *buildBillingPage();
    WizardPage *buildDisksPage();
    WizardPage *buildDetailsPage();
    WizardPage *buildReviewPage();

    void loadZones();
    void loadTypes();
    void loadImages();
    void loadNetwork();
    void loadSecurityGroups();
    void clearNetwork();
    void loadMarketPrice();
    void fillTypes(const QList<ecs::ZoneStock> &stock);
    void fillImages(const QList<ecs::Image> &images);
    void runReview();
    void submit();
    void updateSummary();
    void pageReady(int pageId);
    QString chargeType() const;
    QString spotStrategy() const;
    QString selectedType() const;
    QString selectedImage() const;
    QString selectedVpc() const;
    /// "ecs.g7.large (2 vCPU, 8 GiB)", without figures the catalogue did not give.
    QString typeDescription(const QString &instanceType) const;
    /// Preemptible review: the market now, the limit and the on-demand price, each named.
    QString spotPriceText(const ecs::RunInstancesSpec &s, const ecs::Price &price) const;
    /// Tags from "key=value, key2=value2"; `error` says what is wrong.
    QList<std::pair<QString, QString>> parseTags(QString *error) const;
    /// Why the details cannot be used, or empty.
    QString detailsProblem() const;

    QPointer<ecs::EcsClient> m_client;
    OperationsModel *m_operations;
    QHash<QString, ecs::InstanceTypeInfo> m_typeInfo;
    bool m_typeInfoLoaded = false;
    QHash<QString, ecs::Image> m_imageInfo;
    QString m_preselectZone;
    QString m_preselectType;
    QString m_lastType; ///< the type last chosen, kept across a zone or billing change
    QString m_typesFor; ///< region, zone and billing the type list answers
    QString m_imagesFor; ///< region and architecture the image list answers
    QString m_vSwitchesFor; ///< region and zone the vSwitch list answers
    // Latest wins, one scope per question: a zone or VPC changed mid-flight drops the old answer.
    ecs::CallScope m_zoneCalls { this };
    ecs::CallScope m_typeCalls { this };
    ecs::CallScope m_imageCalls { this };
    QPointer<ecs::Pager> m_vSwitchPager;
    QPointer<ecs::Pager> m_groupPager;
    ecs::CallScope m_marketCalls { this };
    ecs::CallScope m_reviewCalls { this };
    double m_marketPrice = 0;
    double m_onDemandPrice = 0;
    QString m_marketFor; ///< type and zone the market price belongs to
    bool m_discardAsked = false;
    QString m_token;
    QString m_tokenFor; ///< the request (without token) m_token was made for
    QPointer<Operation> m_operation;
    int m_waitInitialMs = 1'000;
    int m_waitMaxMs = 8'000;
    bool m_accepted = false; ///< the service took the request: Finish may close now

    QLabel *m_summary;
    QComboBox *m_region;
    QComboBox *m_zone;
    QComboBox *m_billing;
    LoadStatus *m_zoneStatus;
    QTreeWidget *m_types;
    QLineEdit *m_typeFilter;
    LoadStatus *m_typeStatus;
    QTreeWidget *m_images;
    QLineEdit *m_imageFilter;
    LoadStatus *m_imageStatus;
    QComboBox *m_vSwitch;
    QComboBox *m_securityGroup;
    LoadStatus *m_networkStatus;
    QSpinBox *m_period;
    QCheckBox *m_autoRenew;
    QRadioButton *m_spotAsPriceGo;
    QRadioButton *m_spotWithLimit;
    QDoubleSpinBox *m_spotLimit;
    LoadStatus *m_marketStatus;
    QComboBox *m_systemDiskCategory;
    QSpinBox *m_systemDiskSize;
    QTableWidget *m_dataDisks;
    QPushButton *m_addDisk;
    QLineEdit *m_name;
    QSpinBox *m_amount;
    QSpinBox *m_minAmount;
    QLineEdit *m_tags;
    QCheckBox *m_autoReleaseOn;
    QDateTimeEdit *m_autoRelease;
    QSpinBox *m_bandwidth;
    QLabel *m_detailsStatus;
    QLabel *m_review;
    QLabel *m_error;
};

/// Hides the items that do not match what was typed (ecs::TextQuery over every column).
void filterTree(QTreeWidget *tree, const QString &text);

} // namespace ecs::ui
