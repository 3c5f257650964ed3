#pragma once
// The create wizard's pages. Each edits the wizard's one RunInstancesSpec and is complete when the
// spec's own rules find nothing wrong with the fields it owns; choices are keyed by item data
// (Qt::UserRole), never by what the items say.
#include "callscope.h"
#include "runinstancesspec.h"
#include "types/availableresource.h"
#include "types/image.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <QCoro/QCoroTask>

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
class Catalogue;
class EcsClient;
} // namespace ecs

namespace ecs::ui {

class LoadStatus;

/// What the pages share: the spec they edit, and what the lookups told about the choices.
struct WizardContext
{
    RunInstancesSpec spec;
    QPointer<EcsClient> client;
    Catalogue *catalogue = nullptr;
    QHash<QString, Image> images; ///< by id, as listed
    bool spotPriceLimit = false; ///< "Set a price limit" chosen (kept across billing changes)
    QString currency; ///< the prices' ISO code (USD, CNY), once an answer named it
    QString preselectZone; ///< from "Create instance here…"
    QString lastType; ///< chosen (or asked for) last; wins when a new list arrives
};

/// A page of the wizard: complete when the spec has no problem in `fields`.
class SpecPage : public QWizardPage
{
    Q_OBJECT

public:
    SpecPage(WizardContext &context, const QStringList &fields, QWidget *parent);
    bool isComplete() const override;
    /// Calls of this page still unanswered.
    virtual bool isLoading() const { return false; }
    /// The spec's problems with this page's fields, one a line.
    QString problemText() const;

Q_SIGNALS:
    /// The page changed the spec.
    void edited();
    /// Its choices arrived (or the question was answered already).
    void loaded();

protected:
    /// What the page needs beyond the spec's rules (a list answered, the choice shown).
    virtual bool ready() const { return true; }
    /// Tells the wizard: recheck, show the summary again.
    void changed();
    QString regionId() const { return m_context.spec.regionId; }

    WizardContext &m_context;
    const QStringList m_fields;
};

/// Region, zone and billing.
class LocationPage : public SpecPage
{
    Q_OBJECT

public:
    LocationPage(WizardContext &context, const QList<std::pair<QString, QString>> &regions,
        const QString &regionId, QWidget *parent);
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *zoneCombo() const { return m_zone; }
    QComboBox *billingCombo() const { return m_billing; }
    LoadStatus *status() const { return m_status; }
    bool isLoading() const override { return m_calls.pending() > 0; }
    void selectZone(const QString &zoneId);
    /// The billing combo's text for people (the summary shows it).
    QString billingText() const;

Q_SIGNALS:
    /// Another zone or billing: what is in stock, and the network, must be asked again.
    void zoneChanged();
    void billingChanged();

private:
    QCoro::Task<> loadZones();

    QComboBox *m_region;
    QComboBox *m_zone;
    QComboBox *m_billing;
    LoadStatus *m_status;
    CallScope m_calls { this };
};

/// The instance types in stock in the zone for the billing.
class TypePage : public SpecPage
{
    Q_OBJECT

public:
    TypePage(WizardContext &context, QWidget *parent);
    void initializePage() override;
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    LoadStatus *status() const { return m_status; }
    bool isLoading() const override { return m_calls.pending() > 0; }
    /// Another zone or billing: the list no longer answers.
    void clear();
    /// "ecs.g7.large (2 vCPU, 8 GiB)", without figures the catalogue did not give.
    QString describe(const QString &instanceType) const;

protected:
    bool ready() const override;

private:
    QCoro::Task<> load();
    void fill(const QList<ZoneStock> &stock);
    void choose(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
    QLineEdit *m_filter;
    LoadStatus *m_status;
    QString m_answers; ///< region, zone and billing the list answers
    CallScope m_calls { this };
};

/// Public images for the chosen type's architecture.
class ImagePage : public SpecPage
{
    Q_OBJECT

public:
    ImagePage(WizardContext &context, QWidget *parent);
    void initializePage() override;
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    LoadStatus *status() const { return m_status; }
    bool isLoading() const override { return m_calls.pending() > 0; }

private:
    QCoro::Task<> load();
    void fill(const QList<Image> &images);

    QTreeWidget *m_tree;
    QLineEdit *m_filter;
    LoadStatus *m_status;
    QString m_answers; ///< region and architecture the list answers
    CallScope m_calls { this };
};

/// A vSwitch of the zone and a security group of its VPC.
class NetworkPage : public SpecPage
{
    Q_OBJECT

public:
    /// The combos' items carry the id as their data and the VPC id here.
    static constexpr int VpcRole = Qt::UserRole + 1;

    NetworkPage(WizardContext &context, QWidget *parent);
    void initializePage() override;
    int nextId() const override;
    QComboBox *vSwitchCombo() const { return m_vSwitch; }
    QComboBox *securityGroupCombo() const { return m_group; }
    LoadStatus *status() const { return m_status; }
    bool isLoading() const override;
    /// Another zone: the old zone's network goes at once, its walks end unseen.
    void clear();

protected:
    bool ready() const override;

private:
    QCoro::Task<> loadSwitches();
    QCoro::Task<> loadGroups();

    QComboBox *m_vSwitch;
    QComboBox *m_group;
    LoadStatus *m_status;
    QString m_answers; ///< region and zone the vSwitch list answers
    CallScope m_switchCalls { this };
    CallScope m_groupCalls { this };
};

/// The subscription's period, or the preemptible price limit.
class BillingPage : public SpecPage
{
    Q_OBJECT

public:
    BillingPage(WizardContext &context, QWidget *parent);
    void initializePage() override;
    bool validatePage() override;
    QSpinBox *periodSpin() const { return m_period; }
    QCheckBox *autoRenewBox() const { return m_autoRenew; }
    QRadioButton *limitRadio() const { return m_withLimit; }
    QRadioButton *marketRadio() const { return m_atMarket; }
    QDoubleSpinBox *limitSpin() const { return m_limit; }
    LoadStatus *marketStatus() const { return m_marketStatus; }
    double marketPrice() const { return m_marketPrice; }
    bool isLoading() const override { return m_calls.pending() > 0; }

Q_SIGNALS:
    void spotChartRequested(const QString &instanceType, const QString &zoneId);

private:
    QCoro::Task<> loadMarketPrice();
    void apply();

    QWidget *m_subscription;
    QWidget *m_spot;
    QSpinBox *m_period;
    QCheckBox *m_autoRenew;
    QRadioButton *m_atMarket;
    QRadioButton *m_withLimit;
    QDoubleSpinBox *m_limit;
    LoadStatus *m_marketStatus;
    QLabel *m_problems;
    double m_marketPrice = 0;
    QString m_marketFor; ///< type and zone the market price belongs to
    CallScope m_calls { this };
};

/// The system disk and up to 16 data disks.
class DisksPage : public SpecPage
{
    Q_OBJECT

public:
    DisksPage(WizardContext &context, QWidget *parent);
    void initializePage() override;
    QComboBox *systemDiskCombo() const { return m_systemCategory; }
    QSpinBox *systemDiskSpin() const { return m_systemSize; }
    QTableWidget *dataDiskTable() const { return m_dataDisks; }
    QPushButton *addButton() const { return m_add; }

private:
    void addDisk();
    void apply();

    QComboBox *m_systemCategory;
    QSpinBox *m_systemSize;
    QTableWidget *m_dataDisks;
    QPushButton *m_add;
    QLabel *m_problems;
};

/// Name, count, tags, release time and public bandwidth.
class DetailsPage : public SpecPage
{
    Q_OBJECT

public:
    DetailsPage(WizardContext &context, QWidget *parent);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostNameEdit() const { return m_hostName; }
    QSpinBox *amountSpin() const { return m_amount; }
    QSpinBox *minAmountSpin() const { return m_minAmount; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QSpinBox *bandwidthSpin() const { return m_bandwidth; }
    QCheckBox *autoReleaseBox() const { return m_releaseOn; }
    QDateTimeEdit *autoReleaseEdit() const { return m_release; }

private:
    void apply();

    QLineEdit *m_name;
    QLineEdit *m_hostName;
    QSpinBox *m_amount;
    QSpinBox *m_minAmount;
    QLineEdit *m_tags;
    QCheckBox *m_releaseOn;
    QDateTimeEdit *m_release;
    QSpinBox *m_bandwidth;
    QLabel *m_problems;
};

/// The dry run and the price, then Create.
class ReviewPage : public SpecPage
{
    Q_OBJECT

public:
    ReviewPage(WizardContext &context, QWidget *parent);
    void initializePage() override;
    void cleanupPage() override;
    bool isLoading() const override { return m_calls.pending() > 0; }
    QString reviewText() const;
    QString errorText() const;
    void setErrorText(const QString &text);

Q_SIGNALS:
    void reviewed();

private:
    QCoro::Task<> review();
    static QString priceText(const RunInstancesSpec &spec, const Price &price);

    QLabel *m_review;
    QLabel *m_error;
    CallScope m_calls { this };
};

/// Hides the items that do not match what was typed (ecs::TextQuery over every column).
void filterTree(QTreeWidget *tree, const QString &text);

} // namespace ecs::ui
