#pragma once

#include "operations/operation.h"
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

namespace ecs {
class EcsClient;
}

namespace ecs::ui {

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
    /// The market price the spot limit was prefilled from (0 until known).
    double marketPrice() const { return m_marketPrice; }
    bool isLoading() const { return m_loading > 0; }

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
    void loadMarketPrice();
    void runReview();
    void submit();
    void updateSummary();
    void pageReady(int pageId);
    QString chargeType() const;
    QString spotStrategy() const;
    QString selectedType() const;
    QString selectedImage() const;
    /// Tags from "key=value, key2=value2"; `error` says what is wrong.
    QList<std::pair<QString, QString>> parseTags(QString *error) const;
    /// Why the details cannot be used, or empty.
    QString detailsProblem() const;

    QPointer<ecs::EcsClient> m_client;
    OperationsModel *m_operations;
    QHash<QString, ecs::InstanceTypeInfo> m_typeInfo;
    QHash<QString, ecs::Image> m_imageInfo;
    QString m_preselectZone;
    QString m_preselectType;
    int m_loading = 0;
    double m_marketPrice = 0;
    QString m_token;
    QString m_tokenFor; ///< the request (without token) m_token was made for
    QPointer<Operation> m_operation;
    int m_waitInitialMs = 1'000;
    int m_waitMaxMs = 8'000;
    quint64 m_reviewGeneration = 0;
    bool m_accepted = false; ///< the service took the request: Finish may close now

    QLabel *m_summary;
    QComboBox *m_region;
    QComboBox *m_zone;
    QComboBox *m_billing;
    QTreeWidget *m_types;
    QLineEdit *m_typeFilter;
    QLabel *m_typeStatus;
    QTreeWidget *m_images;
    QLineEdit *m_imageFilter;
    QComboBox *m_vSwitch;
    QComboBox *m_securityGroup;
    QLabel *m_networkStatus;
    QSpinBox *m_period;
    QCheckBox *m_autoRenew;
    QRadioButton *m_spotAsPriceGo;
    QRadioButton *m_spotWithLimit;
    QDoubleSpinBox *m_spotLimit;
    QLabel *m_marketLabel;
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

} // namespace ecs::ui
