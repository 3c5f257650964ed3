#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QLineEdit;
class QPushButton;
class QSettings;

namespace ecs::ui {

/// Adds or edits one stored profile. The non-secret fields go to QSettings, the secret to the
/// keychain; a secret field is masked, and once stored it is never shown again (editing leaves it
/// empty: empty keeps the stored one). When there is no keychain it says so and offers to keep the
/// secret in memory for this session only. A failure never clears what was typed. The credential
/// picker offers the aliyun CLI's modes and shows the fields each one needs; the indirect modes
/// (a RAM role, the instance's role, a URI, a command) keep no secret but RamRoleArn's source key.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// `existing` empty: a new profile.
    ProfileEditDialog(QSettings *settings, SecretStore *secrets,
        const std::optional<Profile> &existing, QWidget *parent = nullptr);

    /// The profile as the fields describe it now.
    Profile profile() const;
    QString message() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *accessKeyIdEdit() const { return m_accessKeyId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *readOnlyCheck() const { return m_readOnly; }
    QCheckBox *protectedCheck() const { return m_protected; }
    QLineEdit *colourEdit() const { return m_colour; }
    QLineEdit *roleArnEdit() const { return m_roleArn; }
    QLineEdit *roleSessionNameEdit() const { return m_sessionName; }
    QComboBox *sourceProfileCombo() const { return m_sourceProfile; }
    QLineEdit *credentialsUriEdit() const { return m_credentialsUri; }
    QLineEdit *processCommandEdit() const { return m_processCommand; }
    QLineEdit *metadataUrlEdit() const { return m_metadataUrl; }
    /// Whether the field's row is shown for the chosen mode.
    bool isFieldShown(QWidget *field) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }

Q_SIGNALS:
    /// The profile and its secret are stored (or kept for the session); the dialog then closes.
    void saved(const QString &name);

private:
    void save();
    void storeSecret(const Secret &secret, const Profile &profile);
    void finish(const Profile &profile);
    void keepForSession();
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void browseCaFile();
    /// The keychain's words, with what this dialog offers instead when there is no keychain.
    QString keychainMessage(const SecretResult &result) const;
    /// Why the fields cannot be saved, or empty.
    QString check(const Profile &profile) const;
    void buildModeFields(const Profile &initial);
    void showFieldsOf(Profile::Kind kind);

    QSettings *m_settings;
    SecretStore *m_secrets;
    bool m_editing;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secret;
    QLineEdit *m_token;
    QLineEdit *m_region;
    QComboBox *m_signature;
    QLineEdit *m_endpoint;
    QLineEdit *m_caFile;
    QCheckBox *m_readOnly;
    QCheckBox *m_protected = nullptr; ///< ask for the name before mutating actions
    QLineEdit *m_colour = nullptr; ///< the band and swatch colour, #rrggbb
    QFormLayout *m_form = nullptr;
    QLineEdit *m_roleArn = nullptr;
    QLineEdit *m_sessionName = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_externalId = nullptr;
    QLineEdit *m_policy = nullptr;
    QLineEdit *m_stsRegion = nullptr;
    QLineEdit *m_stsEndpoint = nullptr;
    QComboBox *m_sourceProfile = nullptr;
    QLineEdit *m_ramRoleName = nullptr;
    QLineEdit *m_metadataUrl = nullptr;
    QLineEdit *m_credentialsUri = nullptr;
    QLineEdit *m_processCommand = nullptr;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_sessionOnly;
};

} // namespace ecs::ui
