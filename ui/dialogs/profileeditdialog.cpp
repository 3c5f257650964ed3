#include "profileeditdialog.h"

#include "ecsclient.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ProfileEditDialog::ProfileEditDialog(QSettings *settings, SecretStore *secrets,
    const std::optional<Profile> &existing, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_editing(existing.has_value())
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_signature(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Read-only: disable every action that changes resources"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
    , m_sessionOnly(new QPushButton(tr("Keep for this session only"), this))
{
    setObjectName(u"profileEditDialog"_s);
    setWindowTitle(m_editing ? tr("Edit profile %1").arg(existing->name) : tr("Add profile"));
    const Profile initial = existing.value_or(Profile {});

    m_name->setText(initial.name);
    m_name->setReadOnly(m_editing); // the name is the keychain key
    m_name->setPlaceholderText(tr("e.g. production"));
    m_kind->addItem(tr("AccessKey"), int(Profile::Kind::AccessKey));
    m_kind->addItem(tr("STS token"), int(Profile::Kind::Sts));
    m_kind->addItem(
        tr("RAM role, assumed with this AccessKey (RamRoleArn)"), int(Profile::Kind::RamRoleArn));
    m_kind->addItem(tr("RAM role, assumed with another profile (ChainableRamRoleArn)"),
        int(Profile::Kind::ChainableRamRoleArn));
    m_kind->addItem(
        tr("RAM role of this ECS instance (EcsRamRole)"), int(Profile::Kind::EcsRamRole));
    m_kind->addItem(tr("Credentials URI"), int(Profile::Kind::CredentialsUri));
    m_kind->addItem(tr("External command"), int(Profile::Kind::External));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(initial.kind))));
    m_kind->setAccessibleName(tr("Credential mode"));
    m_accessKeyId->setText(initial.accessKeyId);
    m_accessKeyId->setPlaceholderText(u"LTAI…"_s);
    for (QLineEdit *secret : { m_secret, m_token }) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setAttribute(Qt::WA_InputMethodEnabled, false);
        secret->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" of what was typed
    }
    m_secret->setAccessibleName(tr("AccessKey secret"));
    m_token->setAccessibleName(tr("Security token"));
    m_secret->setPlaceholderText(m_editing ? tr("Stored in the keychain; leave empty to keep it")
                                           : tr("Stored only in the OS keychain"));
    m_region->setText(initial.defaultRegion);
    m_signature->addItem(tr("v3 · ACS3-HMAC-SHA256"), int(SignatureVersion::Acs3));
    m_signature->addItem(tr("v1 · HMAC-SHA1 (RPC)"), int(SignatureVersion::RpcV1));
    m_signature->setCurrentIndex(initial.signatureVersion == SignatureVersion::RpcV1 ? 1 : 0);
    m_endpoint->setText(initial.endpoint);
    m_endpoint->setPlaceholderText(tr("Optional, e.g. https://ecs-vpc.cn-hangzhou.aliyuncs.com"));
    m_caFile->setText(initial.caCertificateFile);
    m_caFile->setPlaceholderText(tr("Optional PEM file for a private endpoint or TLS proxy"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_readOnly->setChecked(initial.readOnly);
    m_protected = new QCheckBox(tr("Protected: type the profile's name before any change"), this);
    m_protected->setChecked(initial.isProtected);
    m_colour = new QLineEdit(initial.colour, this);
    m_colour->setPlaceholderText(tr("#rrggbb, e.g. #d32f2f for production"));
    m_colour->setAccessibleName(tr("Profile colour"));

    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &ProfileEditDialog::browseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_form = new QFormLayout;
    auto *form = m_form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Credential:"), m_kind);
    form->addRow(tr("AccessKey &ID:"), m_accessKeyId);
    form->addRow(tr("AccessKey &secret:"), m_secret);
    form->addRow(tr("Security &token:"), m_token);
    buildModeFields(initial);
    form->addRow(tr("Default &region:"), m_region);
    form->addRow(tr("Si&gnature:"), m_signature);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("Extra &CA:"), caRow);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_protected);
    form->addRow(tr("Co&lour:"), m_colour);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(u"profileMessage"_s);
    m_message->hide();
    m_sessionOnly->setToolTip(
        tr("Use the secret until ECS Console quits; it is never written anywhere"));
    m_buttons->addButton(m_sessionOnly, QDialogButtonBox::ActionRole);
    m_sessionOnly->hide(); // offered only when the keychain cannot be used

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // Only an STS profile that was stored as one has a token in the keychain.
    const bool tokenStored = m_editing && initial.kind == Profile::Kind::Sts;
    const auto updateKind = [this, tokenStored] {
        showFieldsOf(Profile::Kind(m_kind->currentData().toInt()));
        const bool sts = m_kind->currentData().toInt() == int(Profile::Kind::Sts);
        m_token->setEnabled(sts);
        m_token->setPlaceholderText(!sts ? tr("Not used by an AccessKey profile")
                : tokenStored            ? tr("Stored in the keychain; leave empty to keep it")
                                         : tr("STS SecurityToken"));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateKind);
    updateKind();
    connect(m_save, &QPushButton::clicked, this, &ProfileEditDialog::save);
    connect(m_sessionOnly, &QPushButton::clicked, this, &ProfileEditDialog::keepForSession);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

Profile ProfileEditDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.kind = Profile::Kind(m_kind->currentData().toInt());
    p.accessKeyId = m_accessKeyId->text().trimmed();
    p.defaultRegion = m_region->text().trimmed();
    p.signatureVersion = SignatureVersion(m_signature->currentData().toInt());
    p.endpoint = m_endpoint->text().trimmed();
    p.caCertificateFile = m_caFile->text().trimmed();
    p.readOnly = m_readOnly->isChecked();
    p.isProtected = m_protected->isChecked();
    p.colour = QColor::isValidColorName(m_colour->text().trimmed())
        ? QColor(m_colour->text().trimmed()).name()
        : QString();
    // Only the fields of the chosen mode are kept: a hidden field cannot set anything.
    const auto shown = [this](QLineEdit *edit) {
        return isFieldShown(edit) ? edit->text().trimmed() : QString();
    };
    if (!p.usesStoredSecret())
        p.accessKeyId.clear();
    p.roleArn = shown(m_roleArn);
    p.roleSessionName = shown(m_sessionName);
    p.durationSeconds = m_duration->value();
    p.externalId = shown(m_externalId);
    p.policy = shown(m_policy);
    p.stsRegion = shown(m_stsRegion);
    p.stsEndpoint = shown(m_stsEndpoint);
    p.sourceProfile
        = isFieldShown(m_sourceProfile) ? m_sourceProfile->currentText().trimmed() : QString();
    p.ramRoleName = shown(m_ramRoleName);
    p.metadataBaseUrl = shown(m_metadataUrl);
    p.credentialsUri = shown(m_credentialsUri);
    p.processCommand = shown(m_processCommand);
    return p;
}

void ProfileEditDialog::buildModeFields(const Profile &initial)
{
    const auto line = [this](const QString &text, const QString &placeholder) {
        auto *edit = new QLineEdit(text, this);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_roleArn = line(initial.roleArn, u"acs:ram::123456789012****:role/ops"_s);
    m_sessionName
        = line(initial.roleSessionName.isEmpty() ? u"ecs-console"_s : initial.roleSessionName,
            tr("Shown in the account's audit trail"));
    m_duration = new QSpinBox(this);
    m_duration->setRange(900, 43200);
    m_duration->setSingleStep(900);
    m_duration->setSuffix(tr(" s"));
    m_duration->setValue(initial.durationSeconds);
    m_externalId = line(initial.externalId, tr("Optional, when the role's trust policy asks"));
    m_policy = line(initial.policy, tr("Optional session policy (JSON) to narrow the role"));
    m_stsRegion
        = line(initial.stsRegion, tr("Optional, e.g. cn-hangzhou: sts.<region>.aliyuncs.com"));
    m_stsEndpoint = line(initial.stsEndpoint, tr("Optional, e.g. https://sts.aliyuncs.com"));
    m_sourceProfile = new QComboBox(this);
    m_sourceProfile->setEditable(true);
    for (const Profile &other : ProfileStore(m_settings).profiles())
        if (other.name != initial.name)
            m_sourceProfile->addItem(other.name);
    m_sourceProfile->setCurrentText(initial.sourceProfile);
    m_ramRoleName = line(initial.ramRoleName, tr("Optional: the instance's role when empty"));
    m_metadataUrl = line(initial.metadataBaseUrl, u"http://100.100.100.200"_s);
    m_credentialsUri = line(initial.credentialsUri, u"http://127.0.0.1:8080/credentials"_s);
    m_processCommand = line(initial.processCommand, tr("A command that prints credentials JSON"));

    m_form->addRow(tr("&Source profile:"), m_sourceProfile);
    m_form->addRow(tr("Role &ARN:"), m_roleArn);
    m_form->addRow(tr("Role session na&me:"), m_sessionName);
    m_form->addRow(tr("Session &duration:"), m_duration);
    m_form->addRow(tr("E&xternal ID:"), m_externalId);
    m_form->addRow(tr("Session &policy:"), m_policy);
    m_form->addRow(tr("STS re&gion:"), m_stsRegion);
    m_form->addRow(tr("STS end&point:"), m_stsEndpoint);
    m_form->addRow(tr("RAM role &name:"), m_ramRoleName);
    m_form->addRow(tr("&Metadata service:"), m_metadataUrl);
    m_form->addRow(tr("Credentials &URI:"), m_credentialsUri);
    m_form->addRow(tr("C&ommand:"), m_processCommand);
}

void ProfileEditDialog::showFieldsOf(Profile::Kind kind)
{
    using K = Profile::Kind;
    const bool ownKey = kind == K::AccessKey || kind == K::Sts || kind == K::RamRoleArn;
    const bool role = kind == K::RamRoleArn || kind == K::ChainableRamRoleArn;
    m_form->setRowVisible(m_accessKeyId, ownKey);
    m_form->setRowVisible(m_secret, ownKey);
    m_form->setRowVisible(m_token, kind == K::AccessKey || kind == K::Sts);
    m_form->setRowVisible(m_sourceProfile, kind == K::ChainableRamRoleArn);
    for (QWidget *field : std::initializer_list<QWidget *> { m_roleArn, m_sessionName, m_duration,
             m_externalId, m_policy, m_stsRegion, m_stsEndpoint })
        m_form->setRowVisible(field, role);
    m_form->setRowVisible(m_ramRoleName, kind == K::EcsRamRole);
    m_form->setRowVisible(m_metadataUrl, kind == K::EcsRamRole);
    m_form->setRowVisible(m_credentialsUri, kind == K::CredentialsUri);
    m_form->setRowVisible(m_processCommand, kind == K::External);
    m_secret->setAccessibleName(
        kind == K::RamRoleArn ? tr("Source AccessKey secret") : tr("AccessKey secret"));
}

bool ProfileEditDialog::isFieldShown(QWidget *field) const
{
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(field, &row, &role);
    return row >= 0 && m_form->isRowVisible(row);
}

QString ProfileEditDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString ProfileEditDialog::check(const Profile &p) const
{
    if (const QString problem = p.validate(); !problem.isEmpty())
        return problem;
    if (p.name == u"Demo" || p.name == u"Environment")
        return tr("\"%1\" is the name of a built-in profile; choose another.").arg(p.name);
    if (!m_editing && ProfileStore(m_settings).profile(p.name))
        return tr("A profile named \"%1\" exists already.").arg(p.name);
    if (!m_editing && p.usesStoredSecret() && m_secret->text().isEmpty())
        return tr("The AccessKey secret is missing.");
    if (!m_editing && p.kind == Profile::Kind::Sts && m_token->text().isEmpty())
        return tr("An STS profile needs its security token.");
    if (!p.endpoint.isEmpty()) {
        const QUrl url(p.endpoint, QUrl::StrictMode);
        if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
            return tr("Plain http is only allowed for this computer (loopback); use https:// so "
                      "that secrets and signatures cannot be read on the way.");
    }
    if (p.defaultRegion.isEmpty())
        return tr("The default region is missing.");
    return {};
}

void ProfileEditDialog::save()
{
    const Profile p = profile();
    if (const QString problem = check(p); !problem.isEmpty())
        return showMessage(problem, true);
    const bool newSecret = p.usesStoredSecret() && !m_secret->text().isEmpty();
    const bool newToken = p.kind == Profile::Kind::Sts && !m_token->text().isEmpty();
    if (!p.usesStoredSecret()) {
        // No long-lived secret of its own: an entry left from an earlier mode goes.
        setBusy(true);
        m_secrets->remove(p.name, this, [this, p](const SecretResult &) {
            setBusy(false);
            finish(p);
        });
        return;
    }
    if (!newSecret && !newToken)
        return finish(p); // editing the non-secret fields only
    setBusy(true);
    showMessage(tr("Saving the secret in the keychain…"), false);
    if (newSecret && (newToken || p.kind != Profile::Kind::Sts))
        return storeSecret({ m_secret->text(), newToken ? m_token->text() : QString() }, p);
    // One half changes: keep the stored other half (a fresh STS token for the same key, say).
    m_secrets->read(p.name, this, [this, p, newSecret](const SecretResult &stored) {
        if (!stored.ok()) {
            setBusy(false);
            m_sessionOnly->setVisible(stored.status == SecretResult::Status::Unavailable);
            return showMessage(stored.status == SecretResult::Status::NotFound
                    ? tr("No secret is stored for this profile yet: enter both the secret and the "
                         "token.")
                    : keychainMessage(stored),
                true);
        }
        Secret merged = stored.secret;
        if (newSecret)
            merged.accessKeySecret = m_secret->text();
        else
            merged.securityToken = m_token->text();
        storeSecret(merged, p);
    });
}

void ProfileEditDialog::storeSecret(const Secret &secret, const Profile &p)
{
    m_secrets->write(p.name, secret, this, [this, p](const SecretResult &result) {
        setBusy(false);
        if (result.ok())
            return finish(p);
        // Keep everything typed: the user may fix the keychain and press Save again.
        m_sessionOnly->setVisible(result.status == SecretResult::Status::Unavailable);
        showMessage(keychainMessage(result), true);
    });
}

QString ProfileEditDialog::keychainMessage(const SecretResult &result) const
{
    if (result.status != SecretResult::Status::Unavailable)
        return result.message;
    return result.message + u' '
        + tr("You can also keep the secret in memory for this session only: it is then never "
             "written anywhere and forgotten when ECS Console quits.");
}

void ProfileEditDialog::keepForSession()
{
    const Profile p = profile();
    if (const QString problem = check(p); !problem.isEmpty())
        return showMessage(problem, true);
    if (m_secret->text().isEmpty())
        return showMessage(tr("Enter the secret to keep for this session."), true);
    m_secrets->keepForSession(p.name, { m_secret->text(), m_token->text() });
    finish(p);
}

void ProfileEditDialog::finish(const Profile &p)
{
    ProfileStore(m_settings).save(p);
    m_secret->clear();
    m_token->clear();
    Q_EMIT saved(p.name);
    accept();
}

void ProfileEditDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        error ? QColor(180, 30, 30) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->show();
}

void ProfileEditDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_sessionOnly->setEnabled(!busy);
}

void ProfileEditDialog::browseCaFile()
{
    // Window-modal and asynchronous: no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Extra CA certificate"), m_caFile->text(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

} // namespace ecs::ui
