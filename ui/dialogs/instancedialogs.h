#pragma once

#include "apirequest.h"
#include "types/availableresource.h"
#include "types/instance.h"

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
}

namespace ecs::ui {

/// What every instance action dialog shares: a line naming the instances, a form, a message line,
/// the confirm button, and "Copy as command" (the `ecs-console call` lines for the current
/// choices). Asynchronous: open() it and listen to accepted().
class InstanceActionDialog : public QDialog
{
    Q_OBJECT

public:
    InstanceActionDialog(const QString &title, const QString &confirmText,
        const QList<ecs::Instance> &instances, QWidget *parent = nullptr);

    QPushButton *confirmButton() const { return m_confirm; }
    QString message() const;
    /// The requests the confirm button would send, in order.
    virtual QList<ecs::ApiRequest> requests() const = 0;
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
    bool force() const;
    QString stoppedMode() const; ///< empty: the service's default
    QCheckBox *forceBox() const { return m_force; }
    QComboBox *modeCombo() const { return m_mode; }
    QList<ecs::ApiRequest> requests() const override;

private:
    QCheckBox *m_force;
    QComboBox *m_mode;
};

class RebootDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    RebootDialog(const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    bool force() const;
    QList<ecs::ApiRequest> requests() const override;

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
    /// Fixed once per dialog, so that a retry of the same submission is recognised.
    QString clientToken() const { return m_token; }
    QList<ecs::ApiRequest> requests() const override;
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
    /// upgrade / downgrade (subscription), empty for pay-as-you-go.
    QString operatorType() const;
    bool stopChangeStart() const;
    QString clientToken() const { return m_token; }
    QList<ecs::ApiRequest> requests() const override;

Q_SIGNALS:
    void choicesLoaded();

private:
    void load(const QString &operation);
    void loadSpecs();
    void updateItemTexts();
    QString itemText(const QString &type, const QString &operation) const;
    void fetchPrice();
    void updateState();

    QPointer<ecs::EcsClient> m_client;
    QListWidget *m_types;
    QCheckBox *m_restart;
    QLabel *m_price;
    QString m_token;
    int m_loading = 0;
    QMap<QString, QString> m_candidates; ///< type → upgrade / downgrade
    QString m_loadError;
    QHash<QString, ecs::InstanceTypeInfo> m_specs;
    bool m_specsDone = false;
    QString m_specsError;
    quint64 m_priceGeneration = 0;
};

/// Renews for a number of months, showing what it costs (DescribePrice per kind of instance)
/// and when the subscription will then end.
class RenewDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    RenewDialog(
        ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    QSpinBox *periodSpin() const { return m_period; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *expiryLabel() const { return m_expiry; }
    QList<ecs::ApiRequest> requests() const override;
    /// The expiry after renewing for `months`; invalid when the current one is unknown.
    static QDateTime newExpiry(const ecs::Instance &instance, int months);

private:
    void refreshQuote();

    QPointer<ecs::EcsClient> m_client;
    QSpinBox *m_period;
    QLabel *m_price;
    QLabel *m_expiry;
    QStringList m_tokens;
    quint64 m_priceGeneration = 0;
};

class Operation;

/// Confirms, then stays open until the addresses are known and shows them (the operation itself
/// is tracked in the operations dock like every other).
class AllocatePublicIpDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    AllocatePublicIpDialog(
        ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    QList<ApiRequest> requests() const override;
    /// The operation accepted() submitted: its end brings the addresses.
    void watch(Operation *operation);
    QLabel *addressesLabel() const { return m_addresses; }
    void done(int result) override;

Q_SIGNALS:
    void addressesShown();

private:
    void fetchAddresses(const QString &regionId, const QStringList &ids);

    QPointer<ecs::EcsClient> m_client;
    QLabel *m_addresses;
    bool m_submitted = false;
};

class AutoRenewDialog : public InstanceActionDialog
{
    Q_OBJECT
public:
    AutoRenewDialog(
        ecs::EcsClient *client, const QList<ecs::Instance> &instances, QWidget *parent = nullptr);
    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *durationCombo() const { return m_duration; }
    QList<ecs::ApiRequest> requests() const override;

Q_SIGNALS:
    void attributesLoaded();

private:
    QCheckBox *m_enabled;
    QComboBox *m_duration;
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
    QDateTime releaseTime() const; ///< invalid: clear
    QList<ecs::ApiRequest> requests() const override;

private:
    void validate();
    QDateTimeEdit *m_time;
    QCheckBox *m_clear;
};

} // namespace ecs::ui
