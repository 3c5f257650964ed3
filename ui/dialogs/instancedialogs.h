#pragma once

#include "callscope.h"
#include "fleet/fleetquotes.h"
#include "lifecycle/plans.h"
#include "lifecycle/quotes.h"
#include "types/availableresource.h"
#include "types/instance.h"

#include <QCoro/QCoroTask>

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ecs {
class EcsClient;
class Operation;
} // namespace ecs

namespace ecs::ui {

/// What every instance action dialog shares: a line naming the instances, a form, a message line,
/// the confirm button, and "Copy as command" (the `ecs-console call` lines of the plan for the
/// current choices). The dialog only collects: each returns its options as a plain struct, and
/// the plan core makes of them. Asynchronous: open() it and listen to accepted().
class InstanceActionDialog : public QDialog
{
    Q_OBJECT

public:
    InstanceActionDialog(const QString &title, const QString &confirmText,
        const QList<ecs::Instance> &instances, QWidget *parent = nullptr);

    QPushButton *confirmButton() const { return m_confirm; }
    QString message() const;
    /// What the confirm button would do, for the current choices.
    virtual ecs::ActionPlan plan() const = 0;
    QString commandText() const;
    void setProfileName(const QString &name) { m_profileName = name; }

protected:
    QFormLayout *form() const { return m_form; }
    void showMessage(const QString &text, bool error);
    const QList<ecs::Instance> &instances() const { return m_instances; }

private:
    QList<ecs::Instance> m_instances;
    QFormLayout *m_form;
    QLabel *m_message;
    QPushButton *m_confirm;
    QString m_profileName;
};

class StopDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    StopDialog(const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    ecs::StopOptions options() const;
    QCheckBox *forceBox() const { return m_force; }
    QComboBox *modeCombo() const { return m_mode; }
    ecs::ActionPlan plan() const override;

private:
    QCheckBox *m_force;
    QComboBox *m_mode;
};

class RebootDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    RebootDialog(const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    ecs::RebootOptions options() const;
    ecs::ActionPlan plan() const override;

private:
    QCheckBox *m_force;
};

/// Names what will be released; running instances or more than five need the word typed.
class ReleaseDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    ReleaseDialog(const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    bool needsTypedConfirmation() const;
    QLineEdit *confirmationEdit() const { return m_typed; }
    /// The token is fixed once per dialog, so that a retry of the same submission is recognised.
    ecs::ReleaseOptions options() const { return { false, m_token }; }
    ecs::ActionPlan plan() const override;
    static QString confirmationWord();

private:
    QLineEdit *m_typed;
    QString m_token;
};

/// The types the instance can change to (DescribeResourcesModification) in their natural order,
/// each with its vCPU and memory (DescribeInstanceTypes), the chosen one's price against the
/// current one's (DescribePrice), and, for a running instance, the stop → change → start choice.
class ChangeTypeDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    ChangeTypeDialog(
        ecs::EcsClient *client, const ecs::Instance &instance, QWidget *parent = nullptr);
    QListWidget *typeList() const { return m_types; }
    QCheckBox *restartBox() const { return m_restart; }
    QLabel *priceLabel() const { return m_price; }
    QString chosenType() const;
    ecs::ChangeTypeOptions options() const;
    ecs::ActionPlan plan() const override;

Q_SIGNALS:
    void choicesLoaded();

private:
    QCoro::Task<> loadChoices();
    QCoro::Task<> loadSpecs();
    QCoro::Task<> fetchPrice();
    void updateItemTexts();
    QString itemText(const QString &type, ecs::SpecChange change) const;
    ecs::SpecChange chosenChange() const;
    void updateState();

    QPointer<ecs::EcsClient> m_client;
    QListWidget *m_types;
    QCheckBox *m_restart;
    QLabel *m_price;
    QString m_token;
    bool m_choicesLoaded = false;
    QHash<QString, ecs::InstanceTypeInfo> m_specs;
    bool m_specsDone = false;
    QString m_specsError;
    ecs::CallScope m_lookups { this }; ///< the choices and the specs
    ecs::CallScope m_priceCalls { this }; ///< the chosen type's price: the latest choice wins
};

/// Renews for a number of months, showing what it costs (DescribePrice per kind of instance)
/// and when the subscription will then end. A selection of several profiles is priced per
/// profile, each through its own client, each in its answer's currency.
class RenewDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    RenewDialog(
        ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    RenewDialog(const QList<ecs::quotes::ProfileClient> &profiles,
        const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    QSpinBox *periodSpin() const { return m_period; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *expiryLabel() const { return m_expiry; }
    ecs::RenewOptions options() const;
    ecs::ActionPlan plan() const override;

Q_SIGNALS:
    void priceShown();

private:
    void showExpiry();
    QCoro::Task<> refreshPrice();
    void showPrices(const QList<ecs::quotes::ProfilePrice> &parts, int months);

    QList<ecs::quotes::ProfileClient> m_profiles;
    QSpinBox *m_period;
    QLabel *m_price;
    QLabel *m_expiry;
    QStringList m_tokens;
    ecs::CallScope m_priceCalls { this }; ///< the latest period wins
};

/// Confirms, then stays open until the addresses are known and shows them (the operations
/// themselves, one per profile × region, are tracked in the operations dock like every other).
/// Each profile's addresses are read through that profile's client.
class AllocatePublicIpDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    AllocatePublicIpDialog(
        ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    AllocatePublicIpDialog(const QList<ecs::quotes::ProfileClient> &profiles,
        const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    ecs::ActionPlan plan() const override;
    /// The operations accepted() submitted, each with its profile (empty: the window's own):
    /// once all have ended, the addresses.
    void watch(const QList<std::pair<QString, ecs::Operation *>> &operations);
    QLabel *addressesLabel() const { return m_addresses; }
    void done(int result) override;

Q_SIGNALS:
    void addressesShown();

private:
    /// One operation's instances, to read their addresses through their profile's client.
    struct AddressQuestion
    {
        QString profileName; ///< empty while the selection has one profile
        QPointer<ecs::EcsClient> client;
        QString regionId;
        QStringList instanceIds;
    };
    void operationEnded();
    QCoro::Task<> fetchAddresses(QList<AddressQuestion> questions, QStringList failures);

    QList<ecs::quotes::ProfileClient> m_profiles;
    QList<std::pair<QString, QPointer<ecs::Operation>>> m_watched;
    QLabel *m_addresses;
    bool m_submitted = false;
    ecs::CallScope m_lookups { this };
};

class AutoRenewDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    AutoRenewDialog(
        ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *durationCombo() const { return m_duration; }
    ecs::AutoRenewOptions options() const;
    ecs::ActionPlan plan() const override;

Q_SIGNALS:
    void attributesLoaded();

private:
    QCoro::Task<> loadCurrent(QPointer<ecs::EcsClient> client);

    QCheckBox *m_enabled;
    QComboBox *m_duration;
    ecs::CallScope m_lookups { this };
};

/// Set or clear the automatic release time: at least 30 minutes and at most 3 years ahead,
/// seconds truncated.
class AutoReleaseDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    AutoReleaseDialog(const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    QDateTimeEdit *timeEdit() const { return m_time; }
    QCheckBox *clearBox() const { return m_clear; }
    ecs::AutoReleaseOptions options() const;
    ecs::ActionPlan plan() const override;

private:
    void validate();
    QDateTimeEdit *m_time;
    QCheckBox *m_clear;
};

} // namespace ecs::ui
