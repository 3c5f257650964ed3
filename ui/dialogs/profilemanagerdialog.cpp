#include "profilemanagerdialog.h"

#include "aliyuncliconfig.h"
#include "connectiontest.h"
#include "credentialsource.h"
#include "ecsclient.h"
#include "profiledirectory.h"
#include "profileeditdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ProfileManagerDialog::ProfileManagerDialog(ProfileDirectory *directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_result(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_import(new QPushButton(tr("&Import from aliyun CLI…"), this))
    , m_use(new QPushButton(tr("&Use this profile"), this))
    , m_testScope(this)
{
    setObjectName(u"profileManagerDialog"_s);
    setWindowTitle(tr("Profiles"));
    m_list->setAccessibleName(tr("Profiles"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(u"profileTestResult"_s);
    m_result->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_import->setToolTip(tr("Imports the profiles of ~/.aliyun/config.json (every credential "
                            "mode ECS Console knows); their secrets go to the OS keychain"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_add, m_edit, m_delete, m_test, m_import })
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_details);
    left->addWidget(m_result);
    top->addLayout(left, 1);
    top->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfileManagerDialog::testConnection);
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("aliyun CLI configuration"),
            defaultAliyunCliConfigPath(), tr("JSON (*.json);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &ProfileManagerDialog::importAliyunCli);
        dialog->open();
    });
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            Q_EMIT useProfileRequested(selectedName());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, m_use, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateButtons);
    connect(directory, &ProfileDirectory::changed, this, &ProfileManagerDialog::reload);
    reload();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 24);
}

QString ProfileManagerDialog::temporaryCredentialsText(const CredentialSource &source)
{
    if (!source.expiration().isValid())
        return tr("Credentials from %1; they are obtained again when the service refuses them.")
            .arg(source.description());
    return tr("Temporary credentials from %1, valid until %2; renewed before they expire.")
        .arg(source.description(),
            QLocale().toString(source.expiration().toLocalTime(), QLocale::ShortFormat));
}

void ProfileManagerDialog::showExpiryIn(QStatusBar *statusBar, CredentialSource *source)
{
    auto *label = new QLabel(statusBar);
    label->setObjectName(u"temporaryCredentialsStatus"_s);
    label->setAccessibleName(tr("Temporary credentials"));
    const auto update = [label, source] {
        if (!source->lastError().isEmpty())
            label->setText(tr("Temporary credentials could not be renewed"));
        else if (!source->expiration().isValid())
            label->setText(source->hasCredentials()
                    ? QString()
                    : tr("Temporary credentials: not obtained yet"));
        else
            label->setText(tr("Temporary credentials until %1")
                               .arg(QLocale().toString(source->expiration().toLocalTime().time(),
                                   QLocale::ShortFormat)));
        label->setToolTip(source->lastError().isEmpty() ? temporaryCredentialsText(*source)
                                                        : source->lastError());
    };
    connect(source, &CredentialSource::credentialsChanged, label, update);
    connect(source, &CredentialSource::refreshFailed, label, update);
    update();
    statusBar->addPermanentWidget(label);
}

QString ProfileManagerDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileManagerDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(row);
}

QString ProfileManagerDialog::resultText() const
{
    return m_result->text();
}

void ProfileManagerDialog::reload()
{
    const QString keep = selectedName();
    m_list->clear();
    for (const QString &name : m_directory->names()) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, name);
        item->setToolTip(m_directory->describe(name));
    }
    selectProfile(keep.isEmpty() ? ProfileDirectory::demoName() : keep);
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileManagerDialog::updateButtons()
{
    const QString name = selectedName();
    const bool stored = m_directory->isStored(name);
    m_edit->setEnabled(stored);
    m_delete->setEnabled(stored);
    m_test->setEnabled(!name.isEmpty());
    m_use->setEnabled(!name.isEmpty());
    const QString why = stored ? QString()
        : name == ProfileDirectory::demoName()
        ? tr("The Demo profile is built in")
        : tr("The Environment profile comes from the ALIBABA_CLOUD_* variables");
    m_edit->setToolTip(why);
    m_delete->setToolTip(why);
    m_details->setText(m_directory->describe(name));
}

void ProfileManagerDialog::showResult(const QString &text, bool error)
{
    m_result->setText(text);
    m_result->setToolTip(QString());
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText,
        error ? QColor(180, 30, 30) : this->palette().color(QPalette::WindowText));
    m_result->setPalette(palette);
}

void ProfileManagerDialog::openEditor(ProfileEditDialog *dialog)
{
    m_editDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileEditDialog::saved, this, [this](const QString &name) {
        m_directory->notifyChanged();
        selectProfile(name);
        showResult(tr("Profile %1 saved.").arg(name), false);
    });
    dialog->open();
}

void ProfileManagerDialog::addProfile()
{
    openEditor(
        new ProfileEditDialog(m_directory->settings(), m_directory->secrets(), std::nullopt, this));
}

void ProfileManagerDialog::editProfile()
{
    const auto profile = m_directory->store().profile(selectedName());
    if (profile)
        openEditor(
            new ProfileEditDialog(m_directory->settings(), m_directory->secrets(), profile, this));
}

void ProfileManagerDialog::deleteProfile()
{
    const QString name = selectedName();
    if (!m_directory->isStored(name))
        return;
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
        tr("Delete the profile %1 and its secret in the keychain?").arg(name), QMessageBox::Cancel,
        this);
    QPushButton *remove = confirm->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, remove, name] {
        if (confirm->clickedButton() != remove)
            return;
        m_directory->secrets()->remove(name, this, [this, name](const SecretResult &result) {
            // A profile of an indirect mode may have no entry at all.
            if (!result.ok() && result.status != SecretResult::Status::NotFound)
                return showResult(result.message + u' '
                        + tr("The profile was kept so that its secret is not orphaned."),
                    true);
            m_directory->store().remove(name);
            m_directory->notifyChanged();
            showResult(tr("Profile %1 and its keychain entry deleted.").arg(name), false);
        });
    });
    confirm->open();
}

void ProfileManagerDialog::testConnection()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_testScope.renew(); // a newer test: the older one's answers never show
    showResult(tr("Testing %1…").arg(name), false);
    m_test->setEnabled(false);
    m_directory->resolve(name, m_testScope.context(),
        m_testScope.guard(
            [this, name](const ResolvedProfile &resolved) { testResolved(name, resolved); }));
}

QCoro::Task<> ProfileManagerDialog::testResolved(QString name, ResolvedProfile resolved)
{
    if (!resolved.ok()) {
        m_test->setEnabled(true);
        showResult(tr("%1 cannot be used: %2").arg(name, resolved.error), true);
        Q_EMIT testFinished(false);
        co_return;
    }
    delete m_testClient;
    auto *client = new EcsClient(m_directory->network(), resolved.config, this);
    m_testClient = client;
    const QUrl endpoint = client->centralEndpoint();
    const auto test = co_await ecs::testConnection(m_testScope, client);
    if (test.cancelled())
        co_return;
    m_test->setEnabled(true);
    client->deleteLater();
    if (!test.ok()) {
        const ApiError &e = test.error();
        // The code and request id first: messages such as SignatureDoesNotMatch's quote a long
        // string to sign, which goes to the tooltip in full.
        const QString text = e.code.isEmpty()
            ? tr("The connection test against %1 failed. %2")
                  .arg(endpoint.toDisplayString(), e.toDisplayString())
            : tr("The connection test against %1 failed: %2 (RequestId %3).\n%4")
                  .arg(endpoint.toDisplayString(), e.code, e.requestId,
                      e.message.section(u'.', 0, 0) + u'.');
        showResult(text, true);
        m_result->setToolTip(e.toDisplayString());
        Q_EMIT testFinished(false);
        co_return;
    }
    QString text = tr("Connected to %1: %2 in %3 ms.")
                       .arg(endpoint.toDisplayString(), tr("%n region(s)", "", test->regionCount),
                           QLocale().toString(test->elapsedMs));
    if (const CredentialSource *source = resolved.config.credentialSource.get())
        text += u'\n' + temporaryCredentialsText(*source);
    showResult(text, false);
    Q_EMIT testFinished(true);
}

void ProfileManagerDialog::importAliyunCli(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        showResult(tr("Cannot read %1: %2").arg(path, in.errorString()), true);
        Q_EMIT importFinished();
        return;
    }
    const CliConfig config = parseAliyunCliConfig(in.readAll());
    if (!config.error.isEmpty()) {
        showResult(config.error, true);
        Q_EMIT importFinished();
        return;
    }
    struct Progress
    {
        int remaining = 0;
        QStringList imported, failed, skipped;
    };
    auto progress = std::make_shared<Progress>();
    for (const CliProfile &p : config.profiles) {
        if (!p.skippedReason.isEmpty()) {
            progress->skipped << tr("%1 (%2)").arg(p.profile.name, p.skippedReason);
            continue;
        }
        ++progress->remaining;
        const auto stored = [this, p, progress, path](const SecretResult &r) {
            if (r.ok() || !p.profile.usesStoredSecret()) {
                m_directory->store().save(p.profile);
                progress->imported << p.profile.name;
            } else {
                progress->failed << tr("%1: %2").arg(p.profile.name, r.message);
            }
            if (--progress->remaining > 0)
                return;
            QStringList lines;
            if (!progress->imported.isEmpty())
                lines << tr("Imported %1 into the OS keychain. %2 still holds these secrets "
                            "in plain text; delete them there if you no longer use the "
                            "aliyun CLI.")
                             .arg(progress->imported.join(u", "_s), path);
            if (!progress->skipped.isEmpty())
                lines << tr("Skipped: %1.").arg(progress->skipped.join(u", "_s));
            lines << progress->failed;
            showResult(lines.join(u'\n'), !progress->failed.isEmpty());
            m_directory->notifyChanged();
            Q_EMIT importFinished();
        };
        // Modes without a long-lived secret keep nothing in the keychain (an old entry goes).
        if (p.profile.usesStoredSecret())
            m_directory->secrets()->write(p.profile.name, p.secret, this, stored);
        else
            m_directory->secrets()->remove(p.profile.name, this, stored);
    }
    if (progress->remaining == 0) {
        showResult(tr("Nothing to import from %1. %2")
                       .arg(path,
                           progress->skipped.isEmpty()
                               ? QString()
                               : tr("Skipped: %1.").arg(progress->skipped.join(u", "_s))),
            true);
        Q_EMIT importFinished();
    }
}

} // namespace ecs::ui
