// Profiles in the GUI: the add/edit dialog (masked secrets, never shown again, validation that
// keeps what was typed, the no-keychain path with its session-only choice), the manager (test
// connection against a real simulator, delete, aliyun CLI import) and the toolbar switcher, which
// replaces the client and cancels the old one's calls.
#include "consolelauncher.h"
#include "dialogs/profileeditdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "dialogs/sessionsecretdialog.h"
#include "ecsclient.h"
#include "mainwindow.h"
#include "panes/regionspane.h"
#include "simdefaults.h"
#include "simulatordemo.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

const QString kSecret = QString::fromLatin1(sim::kDemoAccessKeySecret);
const QString kKeyId = QString::fromLatin1(sim::kDemoAccessKeyId);

template<typename T> T *waitForTopLevel(const QString &objectName = {})
{
    T *found = nullptr;
    const auto find = [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w);
                t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
                found = t;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(find, 10'000))
        return nullptr;
    return found;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noKeychainOffersSessionOnly();
    void addProfileKeepsSecretOutOfSight();
    void badInputKeepsWhatWasTyped_data();
    void badInputKeepsWhatWasTyped();
    void managerTestsConnections();
    void managerTestLastClickWins_data();
    void managerTestLastClickWins();
    void managerDeletesAndImports();
    void switcherReplacesClientAndCancelsCalls();
    void missingSecretPromptsForSessionSecret();
    void environmentProfileIsReadOnly();
    void modePickerShowsEachModesFields_data();
    void modePickerShowsEachModesFields();

private:
    /// A launcher on the Demo profile, its window open and its regions loaded.
    std::unique_ptr<ConsoleLauncher> launchDemo(int latencyMs = 0);
    QUrl demoUrl(ConsoleLauncher *launcher);

    QNetworkAccessManager m_nam;
};

void TestProfiles::init()
{
    QStandardPaths::setTestModeEnabled(true); // settings in a throw-away place, never the user's
    QSettings().clear();
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    qunsetenv("ALIBABA_CLOUD_SECURITY_TOKEN");
}

void TestProfiles::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
    QSettings().clear();
}

std::unique_ptr<ConsoleLauncher> TestProfiles::launchDemo(int latencyMs)
{
    sim::SimOptions demo;
    demo.instances = 20;
    demo.latencyMs = latencyMs;
    auto launcher = std::make_unique<ConsoleLauncher>(
        &m_nam, std::make_unique<SimulatorDemo>(demo), SecretStore::Backend::SessionMemory);
    QSignalSpy opened(launcher.get(), &ConsoleLauncher::profileOpened);
    launcher->start({});
    if (!opened.wait(15'000))
        return nullptr;
    return launcher;
}

QUrl TestProfiles::demoUrl(ConsoleLauncher *launcher)
{
    return launcher->client()->config().endpointOverride;
}

void TestProfiles::noKeychainOffersSessionOnly()
{
    // No Secret Service at all (as on a server without a desktop session). This is the only
    // test in this process that uses the keychain backend, and the first to run.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QSettings settings;
    SecretStore keychain(SecretStore::Backend::Keychain);
    ProfileEditDialog dialog(&settings, &keychain, std::nullopt);
    dialog.show();
    dialog.nameEdit()->setText(u"nokeychain"_s);
    dialog.accessKeyIdEdit()->setText(u"LTAInokeychain"_s);
    dialog.secretEdit()->setText(u"typed-secret"_s);
    QVERIFY(!dialog.sessionOnlyButton()->isVisible());
    dialog.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.sessionOnlyButton()->isVisible(), 15'000);
    QVERIFY2(dialog.message().contains(u"keychain cannot be used"_s), qPrintable(dialog.message()));
    QVERIFY(dialog.message().contains(u"session only"_s));
    QVERIFY(!dialog.message().contains(u"typed-secret"_s));
    // Nothing was stored, and nothing typed was lost.
    QVERIFY(!ProfileStore(&settings).profile(u"nokeychain"_s));
    QCOMPARE(dialog.secretEdit()->text(), u"typed-secret"_s);
    QVERIFY(dialog.isVisible());

    QSignalSpy saved(&dialog, &ProfileEditDialog::saved);
    dialog.sessionOnlyButton()->click();
    QCOMPARE(saved.size(), 1);
    QVERIFY(keychain.hasSessionSecret(u"nokeychain"_s));
    QVERIFY(ProfileStore(&settings).profile(u"nokeychain"_s));
    QVERIFY(!dialog.isVisible());
    // The settings file holds the key id, never the secret.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("LTAInokeychain"));
    QVERIFY(!stored.contains("typed-secret"));
}

void TestProfiles::addProfileKeepsSecretOutOfSight()
{
    QSettings settings;
    SecretStore secrets(SecretStore::Backend::SessionMemory);
    {
        ProfileEditDialog dialog(&settings, &secrets, std::nullopt);
        dialog.show();
        QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.tokenEdit()->isEnabled()); // AccessKey profiles have no token
        dialog.nameEdit()->setText(u"work"_s);
        dialog.accessKeyIdEdit()->setText(u"LTAIwork"_s);
        QTest::keyClicks(dialog.secretEdit(), u"s3cr3t-value"_s);
        dialog.endpointEdit()->setText(u"https://ecs.cn-shanghai.aliyuncs.com"_s);
        dialog.readOnlyCheck()->setChecked(true);
        QSignalSpy saved(&dialog, &ProfileEditDialog::saved);
        dialog.saveButton()->click();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(dialog.secretEdit()->text().isEmpty()); // not even in the closed dialog
    }
    const auto profile = ProfileStore(&settings).profile(u"work"_s);
    QVERIFY(profile);
    QCOMPARE(profile->accessKeyId, u"LTAIwork"_s);
    QVERIFY(profile->readOnly);
    QCOMPARE(profile->endpoint, u"https://ecs.cn-shanghai.aliyuncs.com"_s);

    // Editing: the secret is stored, and never shown again; empty keeps it.
    ProfileEditDialog edit(&settings, &secrets, profile);
    edit.show();
    QVERIFY(edit.secretEdit()->text().isEmpty());
    QVERIFY(edit.secretEdit()->placeholderText().contains(u"keychain"_s));
    QVERIFY(edit.nameEdit()->isReadOnly());
    edit.readOnlyCheck()->setChecked(false);
    QSignalSpy saved(&edit, &ProfileEditDialog::saved);
    edit.saveButton()->click();
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!ProfileStore(&settings).profile(u"work"_s)->readOnly);
    SecretResult got;
    bool read = false;
    secrets.read(u"work"_s, this, [&](const SecretResult &r) {
        got = r;
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(got.secret.accessKeySecret, u"s3cr3t-value"_s);
}

void TestProfiles::badInputKeepsWhatWasTyped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain http to a remote host")
        << u"p"_s << u"LTAIx"_s << u"sec"_s << u"http://ecs.cn-hangzhou.aliyuncs.com"_s
        << u"Plain http"_s;
    QTest::newRow("not a URL") << u"p"_s << u"LTAIx"_s << u"sec"_s << u"ftp://x"_s << u"URL"_s;
    QTest::newRow("bad name") << u"no spaces please"_s << u"LTAIx"_s << u"sec"_s << QString()
                              << u"profile name"_s;
    QTest::newRow("built-in name")
        << u"Demo"_s << u"LTAIx"_s << u"sec"_s << QString() << u"built-in"_s;
    QTest::newRow("no key id") << u"p"_s << QString() << u"sec"_s << QString() << u"AccessKey ID"_s;
    QTest::newRow("no secret") << u"p"_s << u"LTAIx"_s << QString() << QString() << u"secret"_s;
}

void TestProfiles::badInputKeepsWhatWasTyped()
{
    QFETCH(QString, name);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    QSettings settings;
    SecretStore secrets(SecretStore::Backend::SessionMemory);
    ProfileEditDialog dialog(&settings, &secrets, std::nullopt);
    dialog.show();
    dialog.nameEdit()->setText(name);
    dialog.accessKeyIdEdit()->setText(keyId);
    dialog.secretEdit()->setText(secret);
    dialog.endpointEdit()->setText(endpoint);
    dialog.saveButton()->click();
    QVERIFY2(dialog.message().contains(expected), qPrintable(dialog.message()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.secretEdit()->text(), secret);
    QCOMPARE(dialog.endpointEdit()->text(), endpoint);
    QVERIFY(ProfileStore(&settings).profiles().isEmpty());
    QVERIFY(!secrets.hasSessionSecret(name));
}

void TestProfiles::managerTestsConnections()
{
    auto launcher = launchDemo();
    QVERIFY(launcher);
    const QUrl sim = demoUrl(launcher.get());
    Profile good;
    good.name = u"local-good"_s;
    good.accessKeyId = kKeyId;
    good.endpoint = sim.toString();
    Profile bad = good;
    bad.name = u"local-bad"_s;
    launcher->profiles()->store().save(good);
    launcher->profiles()->store().save(bad);
    launcher->secrets()->keepForSession(good.name, { kSecret, {} });
    launcher->secrets()->keepForSession(bad.name, { u"wrong-secret"_s, {} });
    launcher->profiles()->notifyChanged();

    launcher->showProfileManager();
    ProfileManagerDialog *manager = launcher->profileManager();
    QVERIFY(manager);
    QStringList listed;
    for (int row = 0; row < manager->list()->count(); ++row)
        listed << manager->list()->item(row)->text();
    QCOMPARE(listed, (QStringList { u"Demo"_s, u"local-bad"_s, u"local-good"_s }));
    // The switcher in the toolbar lists the same.
    QCOMPARE(launcher->mainWindow()->profileSwitcher()->count(), 3);

    QSignalSpy tested(manager, &ProfileManagerDialog::testFinished);
    manager->selectProfile(u"Demo"_s);
    manager->testConnection();
    QVERIFY(tested.wait(15'000));
    QCOMPARE(tested.last().first().toBool(), true);
    QVERIFY2(manager->resultText().contains(u"27 regions"_s), qPrintable(manager->resultText()));

    manager->selectProfile(u"local-good"_s);
    manager->testConnection();
    QVERIFY(tested.wait(15'000));
    QVERIFY2(tested.last().first().toBool(), qPrintable(manager->resultText()));
    QVERIFY(manager->resultText().contains(sim.toString()));

    manager->selectProfile(u"local-bad"_s);
    manager->testConnection();
    QVERIFY(tested.wait(15'000));
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY2(manager->resultText().contains(u"SignatureDoesNotMatch"_s),
        qPrintable(manager->resultText()));
    QVERIFY(manager->resultText().contains(u"request"_s, Qt::CaseInsensitive)); // the RequestId
    QVERIFY(!manager->resultText().contains(u"wrong-secret"_s));
    // For the docs only: ECS_SCREENSHOT_DIR keeps a picture of the dialog.
    if (const QString dir = qEnvironmentVariable("ECS_SCREENSHOT_DIR"); !dir.isEmpty())
        manager->grab().save(dir + u"/profiles.png"_s, "PNG");
}

void TestProfiles::managerTestLastClickWins_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("lastWorks");
    QTest::newRow("good, then bad") << u"local-good"_s << u"local-bad"_s << false;
    QTest::newRow("bad, then good") << u"local-bad"_s << u"local-good"_s << true;
}

// Test connection clicked for profile A, then for B before A's answer came (the service answers
// slowly): only B's answer is shown, and A's never arrives later to replace it.
void TestProfiles::managerTestLastClickWins()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, lastWorks);
    auto launcher = launchDemo(60);
    QVERIFY(launcher);
    Profile good;
    good.name = u"local-good"_s;
    good.accessKeyId = kKeyId;
    good.endpoint = demoUrl(launcher.get()).toString();
    Profile bad = good;
    bad.name = u"local-bad"_s;
    launcher->profiles()->store().save(good);
    launcher->profiles()->store().save(bad);
    launcher->secrets()->keepForSession(good.name, { kSecret, {} });
    launcher->secrets()->keepForSession(bad.name, { u"wrong-secret"_s, {} });
    launcher->profiles()->notifyChanged();
    launcher->showProfileManager();
    ProfileManagerDialog *manager = launcher->profileManager();
    QVERIFY(manager);
    QPushButton *test = nullptr;
    for (QPushButton *b : manager->findChildren<QPushButton *>())
        if (b->text() == u"&Test connection")
            test = b;
    QVERIFY(test);
    auto choose = [manager](const QString &name) {
        const QList<QListWidgetItem *> items = manager->list()->findItems(name, Qt::MatchExactly);
        if (items.size() != 1)
            return false;
        const QRect rect = manager->list()->visualItemRect(items.first());
        QTest::mouseClick(manager->list()->viewport(), Qt::LeftButton, {}, rect.center());
        return manager->selectedName() == name;
    };
    QSignalSpy tested(manager, &ProfileManagerDialog::testFinished);
    QVERIFY(choose(first));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(choose(last));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(tested.wait(15'000));
    QCOMPARE(tested.size(), 1);
    QCOMPARE(tested.first().first().toBool(), lastWorks);
    const QString shown = manager->resultText();
    QCOMPARE(shown.contains(u"SignatureDoesNotMatch"_s), !lastWorks);
    QVERIFY(!tested.wait(300)); // the first test's answer never comes to replace it
    QCOMPARE(manager->resultText(), shown);
}

void TestProfiles::managerDeletesAndImports()
{
    auto launcher = launchDemo();
    QVERIFY(launcher);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    QFile config(path);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"current": "cli-ak", "profiles": [
        {"name": "cli-ak", "mode": "AK", "access_key_id": "LTAIcli", "access_key_secret": "cli-secret",
         "region_id": "cn-shanghai"},
        {"name": "cli-sts", "mode": "StsToken", "access_key_id": "STS.x", "access_key_secret": "s2",
         "sts_token": "tok", "region_id": "cn-beijing"},
        {"name": "cli-role", "mode": "RamRoleArn", "access_key_id": "LTAIr", "access_key_secret": "s3",
         "ram_role_arn": "acs:ram::1:role/x", "region_id": "cn-hangzhou"},
        {"name": "cli-ecs", "mode": "EcsRamRole", "ram_role_name": "EcsRole", "region_id": "cn-hangzhou"},
        {"name": "cli-oidc", "mode": "OIDC", "oidc_provider_arn": "x", "region_id": "cn-hangzhou"}]})");
    config.close();

    launcher->showProfileManager();
    ProfileManagerDialog *manager = launcher->profileManager();
    QSignalSpy imported(manager, &ProfileManagerDialog::importFinished);
    manager->importAliyunCli(path);
    QTRY_COMPARE(imported.size(), 1);
    QVERIFY2(manager->resultText().contains(u"plain text"_s), qPrintable(manager->resultText()));
    QVERIFY(manager->resultText().contains(u"cli-oidc"_s)); // skipped, with the reason
    QVERIFY(launcher->profiles()->isStored(u"cli-ak"_s));
    QVERIFY(launcher->profiles()->isStored(u"cli-sts"_s));
    QVERIFY(!launcher->profiles()->isStored(u"cli-oidc"_s));
    // The CLI's indirect modes come across; only RamRoleArn's source key is a secret.
    QCOMPARE(launcher->profiles()->store().profile(u"cli-role"_s)->kind, Profile::Kind::RamRoleArn);
    QVERIFY(launcher->secrets()->hasSessionSecret(u"cli-role"_s));
    QCOMPARE(launcher->profiles()->store().profile(u"cli-ecs"_s)->kind, Profile::Kind::EcsRamRole);
    QVERIFY(!launcher->secrets()->hasSessionSecret(u"cli-ecs"_s));
    QCOMPARE(launcher->profiles()->store().profile(u"cli-sts"_s)->kind, Profile::Kind::Sts);
    QVERIFY(launcher->secrets()->hasSessionSecret(u"cli-ak"_s));

    // Delete asks first; then the profile and its secret go.
    manager->selectProfile(u"cli-ak"_s);
    manager->deleteProfile();
    auto *confirm = waitForTopLevel<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(u"cli-ak"_s));
    QPushButton *remove = nullptr;
    for (QAbstractButton *b : confirm->buttons())
        if (b->text() == u"Delete")
            remove = qobject_cast<QPushButton *>(b);
    QVERIFY(remove);
    remove->click();
    QTRY_VERIFY(!launcher->profiles()->isStored(u"cli-ak"_s));
    QVERIFY(!launcher->secrets()->hasSessionSecret(u"cli-ak"_s));
    QTRY_VERIFY(manager->resultText().contains(u"deleted"_s));
    for (int row = 0; row < manager->list()->count(); ++row)
        QVERIFY(manager->list()->item(row)->text() != u"cli-ak");

    // Demo cannot be edited or deleted.
    manager->selectProfile(u"Demo"_s);
    const auto buttons = manager->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == u"&Delete" || b->text() == u"&Edit…")
            QVERIFY(!b->isEnabled());
}

void TestProfiles::switcherReplacesClientAndCancelsCalls()
{
    // Latency keeps the Demo's region call in flight when the switch happens.
    auto launcher = launchDemo(400);
    QVERIFY(launcher);
    const QUrl sim = demoUrl(launcher.get());
    Profile local;
    local.name = u"local"_s;
    local.accessKeyId = kKeyId;
    local.endpoint = sim.toString();
    local.defaultRegion = u"cn-shanghai"_s;
    local.readOnly = true;
    launcher->profiles()->store().save(local);
    launcher->secrets()->keepForSession(local.name, { kSecret, {} });
    launcher->profiles()->notifyChanged();

    QPointer<MainWindow> oldWindow = launcher->mainWindow();
    QPointer<EcsClient> oldClient = launcher->client();
    QCOMPARE(oldWindow->profileName(), u"Demo"_s);
    oldWindow->regionsPane()->refresh();
    QTRY_VERIFY(oldClient->callsInFlight() > 0);
    QList<ApiError::Kind> oldResults;
    connect(oldClient, &EcsClient::callFinished, this,
        [&](ApiCall *call) { oldResults << call->error().kind; });

    QComboBox *switcher = oldWindow->profileSwitcher();
    const int index = switcher->findData(u"local"_s);
    QVERIFY(index > 0);
    QSignalSpy opened(launcher.get(), &ConsoleLauncher::profileOpened);
    switcher->setCurrentIndex(index);
    Q_EMIT switcher->activated(index);
    QVERIFY(opened.wait(15'000));
    QCOMPARE(opened.last().first().toString(), u"local"_s);
    QVERIFY(oldResults.contains(ApiError::Kind::Cancelled));
    QTRY_VERIFY(!oldWindow);
    QTRY_VERIFY(!oldClient);

    MainWindow *window = launcher->mainWindow();
    QCOMPARE(window->profileName(), u"local"_s);
    QVERIFY(window->windowTitle().contains(u"local"_s));
    QVERIFY(window->isReadOnly());
    QVERIFY(window->statusText().contains(u"read-only"_s));
    QCOMPARE(window->profileSwitcher()->currentData().toString(), u"local"_s);
    QSignalSpy loaded(window->regionsPane(), &RegionsPane::loaded);
    QVERIFY(loaded.wait(15'000));
    QTRY_COMPARE(window->currentRegion(), u"cn-shanghai"_s); // the profile's default region
    QCOMPARE(QSettings().value(u"currentProfile"_s).toString(), u"local"_s);

    // The next start opens the last profile used.
    launcher.reset();
    auto again
        = std::make_unique<ConsoleLauncher>(&m_nam, nullptr, SecretStore::Backend::SessionMemory);
    QCOMPARE(again->profiles()->initialProfileName(), u"local"_s);
}

void TestProfiles::missingSecretPromptsForSessionSecret()
{
    auto launcher = launchDemo();
    QVERIFY(launcher);
    Profile local;
    local.name = u"nosecret"_s;
    local.accessKeyId = kKeyId;
    local.endpoint = demoUrl(launcher.get()).toString();
    launcher->profiles()->store().save(local);
    launcher->profiles()->notifyChanged();

    QSignalSpy prompted(launcher.get(), &ConsoleLauncher::sessionSecretRequested);
    QSignalSpy failed(launcher.get(), &ConsoleLauncher::profileFailed);
    launcher->switchProfile(u"nosecret"_s);
    QVERIFY(prompted.wait(10'000));
    QCOMPARE(failed.size(), 1);
    // The Demo window stays, with the switcher back on Demo.
    QCOMPARE(launcher->mainWindow()->profileName(), u"Demo"_s);
    QCOMPARE(launcher->mainWindow()->profileSwitcher()->currentData().toString(), u"Demo"_s);
    auto *prompt = waitForTopLevel<SessionSecretDialog>();
    QVERIFY(prompt);
    QCOMPARE(prompt->secretEdit()->echoMode(), QLineEdit::Password);
    QSignalSpy opened(launcher.get(), &ConsoleLauncher::profileOpened);
    prompt->secretEdit()->setText(kSecret);
    prompt->accept();
    QVERIFY(opened.wait(10'000));
    QCOMPARE(launcher->mainWindow()->profileName(), u"nosecret"_s);
    QVERIFY(launcher->secrets()->hasSessionSecret(u"nosecret"_s));
}

void TestProfiles::environmentProfileIsReadOnly()
{
    auto launcher = launchDemo();
    QVERIFY(launcher);
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_ID", kKeyId.toLatin1());
    qputenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", kSecret.toLatin1());
    launcher->profiles()->notifyChanged();
    QVERIFY(launcher->profiles()->names().contains(u"Environment"_s));
    QVERIFY(launcher->mainWindow()->profileSwitcher()->findData(u"Environment"_s) > 0);
    QVERIFY(launcher->profiles()->describe(u"Environment"_s).contains(u"read-only"_s));
    QVERIFY(!launcher->profiles()->describe(u"Environment"_s).contains(kSecret));
    ResolvedProfile resolved;
    bool done = false;
    launcher->profiles()->resolve(u"Environment"_s, this, [&](const ResolvedProfile &r) {
        resolved = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(resolved.ok());
    QVERIFY(resolved.profile.readOnly);
    QCOMPARE(resolved.config.credentials.accessKeyId, kKeyId);
}

void TestProfiles::modePickerShowsEachModesFields_data()
{
    // The aliyun CLI's modes, in the picker's order; which fields a person sees for each.
    QTest::addColumn<int>("downs");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("shown"); // k: key id, t: token, r: role, s: source, m: metadata,
                                        // u: URI, c: command
    QTest::newRow("AK") << 0 << int(Profile::Kind::AccessKey) << u"kt"_s;
    QTest::newRow("StsToken") << 1 << int(Profile::Kind::Sts) << u"kt"_s;
    QTest::newRow("RamRoleArn") << 2 << int(Profile::Kind::RamRoleArn) << u"kr"_s;
    QTest::newRow("ChainableRamRoleArn") << 3 << int(Profile::Kind::ChainableRamRoleArn) << u"rs"_s;
    QTest::newRow("EcsRamRole") << 4 << int(Profile::Kind::EcsRamRole) << u"m"_s;
    QTest::newRow("CredentialsURI") << 5 << int(Profile::Kind::CredentialsUri) << u"u"_s;
    QTest::newRow("External") << 6 << int(Profile::Kind::External) << u"c"_s;
}

void TestProfiles::modePickerShowsEachModesFields()
{
    QFETCH(int, downs);
    QFETCH(int, kind);
    QFETCH(QString, shown);
    QSettings settings;
    SecretStore secrets(SecretStore::Backend::SessionMemory);
    Profile base;
    base.name = u"mode-base"_s;
    base.accessKeyId = kKeyId;
    ProfileStore(&settings).save(base);
    const QString name = u"mode-%1"_s.arg(downs);
    {
        ProfileEditDialog dialog(&settings, &secrets, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.kindCombo()->setFocus();
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(dialog.kindCombo(), Qt::Key_Down);
        QCOMPARE(dialog.kindCombo()->currentData().toInt(), kind);
        QCOMPARE(dialog.isFieldShown(dialog.accessKeyIdEdit()), shown.contains(u'k'));
        QCOMPARE(dialog.isFieldShown(dialog.secretEdit()), shown.contains(u'k'));
        QCOMPARE(dialog.isFieldShown(dialog.tokenEdit()), shown.contains(u't'));
        QCOMPARE(dialog.isFieldShown(dialog.roleArnEdit()), shown.contains(u'r'));
        QCOMPARE(dialog.isFieldShown(dialog.roleSessionNameEdit()), shown.contains(u'r'));
        QCOMPARE(dialog.isFieldShown(dialog.sourceProfileCombo()), shown.contains(u's'));
        QCOMPARE(dialog.isFieldShown(dialog.metadataUrlEdit()), shown.contains(u'm'));
        QCOMPARE(dialog.isFieldShown(dialog.credentialsUriEdit()), shown.contains(u'u'));
        QCOMPARE(dialog.isFieldShown(dialog.processCommandEdit()), shown.contains(u'c'));

        QTest::keyClicks(dialog.nameEdit(), name);
        if (shown.contains(u'k')) {
            QTest::keyClicks(dialog.accessKeyIdEdit(), kKeyId);
            QTest::keyClicks(dialog.secretEdit(), kSecret);
        }
        if (shown.contains(u't'))
            QTest::keyClicks(dialog.tokenEdit(), u"typed-token-value"_s);
        if (shown.contains(u'r'))
            QTest::keyClicks(dialog.roleArnEdit(), u"acs:ram::1234567890123456:role/ops"_s);
        if (shown.contains(u's'))
            QTest::keyClicks(dialog.sourceProfileCombo(), u"mode-base"_s);
        if (shown.contains(u'u'))
            QTest::keyClicks(dialog.credentialsUriEdit(), u"http://127.0.0.1:9/creds"_s);
        if (shown.contains(u'c'))
            QTest::keyClicks(dialog.processCommandEdit(), u"/usr/bin/print-creds"_s);
        QSignalSpy saved(&dialog, &ProfileEditDialog::saved);
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(dialog.secretEdit()->text().isEmpty());
    }
    const auto profile = ProfileStore(&settings).profile(name);
    QVERIFY(profile);
    QCOMPARE(int(profile->kind), kind);
    QCOMPARE(profile->roleArn.isEmpty(), !shown.contains(u'r'));
    if (shown.contains(u'r'))
        QCOMPARE(profile->roleSessionName, u"ecs-console"_s); // the default, kept
    QCOMPARE(profile->sourceProfile, shown.contains(u's') ? u"mode-base"_s : QString());
    QCOMPARE(profile->accessKeyId, shown.contains(u'k') ? kKeyId : QString());
    // Only the modes that sign with a key of their own keep a secret.
    std::optional<SecretResult> got;
    secrets.read(name, this, [&](const SecretResult &r) { got = r; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->ok(), shown.contains(u'k'));
    if (shown.contains(u'k'))
        QCOMPARE(got->secret.accessKeySecret, kSecret);
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
