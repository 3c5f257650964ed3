// What the GUI shows about secrets and the keychain: the error banner never shows a token a
// service echoes (in any encoding), the profile editor and summary tell the truth about a
// profile, and a locked keychain (a private gnome-keyring, locked for real) is called locked in
// the profile manager, whose Delete then keeps the profile rather than orphan its secret.
#include "../app/privatekeyring.h"
#include "consolelauncher.h"
#include "dialogs/profileeditdialog.h"
#include "dialogs/profilemanagerdialog.h"
#include "ecsclient.h"
#include "mainwindow.h"
#include "profiledirectory.h"
#include "scriptedhttpserver.h"
#include "simulatordemo.h"
#include "widgets/errorbanner.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;

namespace {

const QString kCanaryToken = u"CAIS.canaryGUI-token+G/u=="_s;
const QString kCanarySecret = u"canaryGUI-secret+S/x="_s;

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text && b->isVisible())
            return b;
    return nullptr;
}

void clickProfile(ProfileManagerDialog *manager, const QString &name)
{
    QListWidget *list = manager->list();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text() == name) {
            const QRect rect = list->visualItemRect(list->item(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        }
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bannerHidesEchoedSecrets_data();
    void bannerHidesEchoedSecrets();
    void editorTellsWhetherATokenIsStored();
    void summaryNamesTheSignatureVersion();
    void lockedKeychainInTheProfileManager();
    void lockedKeychainInTheSwitcher();

private:
    QNetworkAccessManager m_nam;
    PrivateKeyring m_keyring;
    QString m_keyringProblem;
};

void TestCanary::initTestCase()
{
    // Before anything opens the session bus: this process's keychain is the private one.
    m_keyringProblem = m_keyring.start();
    if (m_keyringProblem.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.busAddress().toUtf8());
}

void TestCanary::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestCanary::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
    QSettings().clear();
}

void TestCanary::bannerHidesEchoedSecrets_data()
{
    QTest::addColumn<QString>("message");
    const QString once = percent(kCanaryToken), twice = percent(once);
    QTest::newRow("string to sign") << u"server string to sign is:POST&%2F&AccessKeyId%3DLTAI"
                                       "%26SecurityToken%3D"_s
            + twice + u"%26SignatureMethod%3DHMAC-SHA1"_s;
    QTest::newRow("doubly encoded") << u"%2526SecurityToken%253D"_s + percent(twice) + u"%2526"_s;
    QTest::newRow("token alone") << u"token "_s + kCanaryToken + u" is not valid"_s;
    QTest::newRow("secret alone") << u"computed with "_s + percent(kCanarySecret);
}

void TestCanary::bannerHidesEchoedSecrets()
{
    QFETCH(QString, message);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply(ScriptedHttpServer::json(400,
        QJsonDocument(QJsonObject { { u"Code"_s, u"SignatureDoesNotMatch"_s },
                          { u"Message"_s, message }, { u"RequestId"_s, u"REQ-GUI"_s } })
            .toJson()));
    ClientConfig config;
    config.credentials = { u"LTAIgui"_s, kCanarySecret, kCanaryToken };
    config.endpointOverride = server.url();
    EcsClient client(&m_nam, config);
    ApiCall *call = client.send(ApiRequest(u"DescribeRegions"_s));
    call->setAutoDelete(false);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(15'000));

    QWidget window;
    auto *banner = new ErrorBanner(&window);
    window.show();
    banner->showError(u"Loading regions"_s, call->error());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"SignatureDoesNotMatch"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"REQ-GUI"_s), qPrintable(banner->text()));
    for (const QLabel *label : banner->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"canary"_s), qPrintable(label->text()));
    QVERIFY2(!banner->accessibleDescription().contains(u"canary"_s),
        qPrintable(banner->accessibleDescription()));
    delete call;
}

void TestCanary::editorTellsWhetherATokenIsStored()
{
    QSettings settings;
    SecretStore secrets(SecretStore::Backend::SessionMemory);
    Profile plain;
    plain.name = u"plain"_s;
    plain.accessKeyId = u"LTAIplain"_s;
    ProfileEditDialog editPlain(&settings, &secrets, plain);
    editPlain.show();
    QVERIFY(!editPlain.tokenEdit()->isEnabled());
    QVERIFY2(!editPlain.tokenEdit()->placeholderText().contains(u"Stored"_s),
        qPrintable(editPlain.tokenEdit()->placeholderText()));
    // Turned into an STS profile, it has no token yet: it asks for one.
    editPlain.kindCombo()->setFocus();
    QTest::keyClick(editPlain.kindCombo(), Qt::Key_Down);
    QVERIFY(editPlain.tokenEdit()->isEnabled());
    QVERIFY2(!editPlain.tokenEdit()->placeholderText().contains(u"Stored"_s),
        qPrintable(editPlain.tokenEdit()->placeholderText()));

    Profile sts = plain;
    sts.name = u"sts"_s;
    sts.kind = Profile::Kind::Sts;
    ProfileEditDialog editSts(&settings, &secrets, sts);
    editSts.show();
    QVERIFY(editSts.tokenEdit()->isEnabled());
    QVERIFY2(editSts.tokenEdit()->placeholderText().contains(u"Stored in the keychain"_s),
        qPrintable(editSts.tokenEdit()->placeholderText()));
}

void TestCanary::summaryNamesTheSignatureVersion()
{
    QSettings settings;
    SecretStore secrets(SecretStore::Backend::SessionMemory);
    ProfileDirectory directory(&m_nam, &settings, &secrets);
    Profile v1;
    v1.name = u"rpc-profile"_s;
    v1.accessKeyId = u"LTAIrpc"_s;
    v1.signatureVersion = SignatureVersion::RpcV1;
    directory.store().save(v1);
    Profile v3 = v1;
    v3.name = u"acs3-profile"_s;
    v3.signatureVersion = SignatureVersion::Acs3;
    directory.store().save(v3);

    ProfileManagerDialog manager(&directory);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    const auto summaryShown = [&manager](const QString &needle) {
        for (const QLabel *label : manager.findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(u"LTAIrpc"_s)
                && label->text().contains(needle))
                return true;
        return false;
    };
    clickProfile(&manager, u"rpc-profile"_s);
    QCOMPARE(manager.selectedName(), u"rpc-profile"_s);
    QVERIFY(summaryShown(u"signature v1"_s));
    clickProfile(&manager, u"acs3-profile"_s);
    QCOMPARE(manager.selectedName(), u"acs3-profile"_s);
    QVERIFY(summaryShown(u"signature v3"_s));
}

void TestCanary::lockedKeychainInTheProfileManager()
{
    if (!m_keyringProblem.isEmpty())
        QSKIP(qPrintable(m_keyringProblem));
    QSettings settings;
    SecretStore secrets(SecretStore::Backend::Keychain);
    ProfileDirectory directory(&m_nam, &settings, &secrets);
    Profile profile;
    profile.name = u"gui-locked"_s;
    profile.accessKeyId = u"LTAIguilocked"_s;
    profile.endpoint = u"http://127.0.0.1:1"_s;
    bool written = false;
    secrets.write(profile.name, { u"gui-locked-secret"_s, {} }, this,
        [&written](const SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 15'000);
    QCOMPARE(m_keyring.items(profile.name), std::make_pair(1, 0)); // the private keyring
    directory.store().save(profile);
    QVERIFY(m_keyring.lock());

    ProfileManagerDialog manager(&directory);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    clickProfile(&manager, profile.name);
    QCOMPARE(manager.selectedName(), profile.name);

    // Test connection: the keychain is locked, not "no secret".
    QSignalSpy tested(&manager, &ProfileManagerDialog::testFinished);
    QPushButton *test = buttonWithText(&manager, u"&Test connection"_s);
    QVERIFY(test && test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(tested.wait(20'000));
    QVERIFY2(
        manager.resultText().contains(u"keychain is locked"_s), qPrintable(manager.resultText()));

    // Delete: refused, the profile and its secret both stay.
    QPushButton *remove = buttonWithText(&manager, u"&Delete"_s);
    QVERIFY(remove && remove->isEnabled());
    const auto confirmDelete = [] {
        QMessageBox *confirm = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    for (QWidget *w : QApplication::topLevelWidgets())
                        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                            confirm = box;
                    return confirm != nullptr;
                },
                10'000))
            return false;
        for (QAbstractButton *b : confirm->buttons())
            if (b->text() == u"Delete") {
                QTest::mouseClick(b, Qt::LeftButton);
                return true;
            }
        return false;
    };
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(manager.resultText().contains(u"kept"_s), 20'000);
    QVERIFY2(
        manager.resultText().contains(u"keychain is locked"_s), qPrintable(manager.resultText()));
    QVERIFY(directory.isStored(profile.name));
    QCOMPARE(m_keyring.items(profile.name), std::make_pair(0, 1));

    // Unlocked again, Delete really deletes.
    QVERIFY(m_keyring.unlock().isEmpty());
    clickProfile(&manager, profile.name);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(confirmDelete());
    QTRY_VERIFY_WITH_TIMEOUT(manager.resultText().contains(u"keychain entry deleted"_s), 20'000);
    QVERIFY(!directory.isStored(profile.name));
    QCOMPARE(m_keyring.items(profile.name), std::make_pair(0, 0));
}

void TestCanary::lockedKeychainInTheSwitcher()
{
    if (!m_keyringProblem.isEmpty())
        QSKIP(qPrintable(m_keyringProblem));
    sim::SimOptions demo;
    demo.instances = 5;
    ConsoleLauncher launcher(
        &m_nam, std::make_unique<SimulatorDemo>(demo), SecretStore::Backend::Keychain);
    QSignalSpy opened(&launcher, &ConsoleLauncher::profileOpened);
    launcher.start({});
    QVERIFY(opened.wait(15'000));

    Profile profile;
    profile.name = u"gui-switch"_s;
    profile.accessKeyId = u"LTAIguiswitch"_s;
    bool written = false;
    launcher.secrets()->write(
        profile.name, { u"gui-switch-secret"_s, {} }, this, [&written](const SecretResult &r) {
            written = r.ok();
            if (!r.ok())
                qWarning() << "write failed" << r.message;
        });
    QTRY_VERIFY_WITH_TIMEOUT(written, 15'000);
    launcher.profiles()->store().save(profile);
    launcher.profiles()->notifyChanged();
    QVERIFY(m_keyring.lock());

    // The user picks the profile in the toolbar's switcher.
    QComboBox *switcher = launcher.mainWindow()->profileSwitcher();
    QTRY_VERIFY(switcher->findData(profile.name) == 1);
    QSignalSpy failed(&launcher, &ConsoleLauncher::profileFailed);
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QVERIFY(failed.wait(20'000));
    QCOMPARE(failed.last().first().toString(), profile.name);
    QVERIFY2(failed.last().at(1).toString().contains(u"keychain is locked"_s),
        qPrintable(failed.last().at(1).toString()));
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *b = qobject_cast<QMessageBox *>(w); b && b->isVisible())
                    box = b;
            return box != nullptr;
        },
        10'000));
    QVERIFY2(box->text().contains(u"keychain is locked"_s), qPrintable(box->text()));
    QCOMPARE(launcher.mainWindow()->profileName(), u"Demo"_s); // still the open one
    box->close();
    QVERIFY(m_keyring.unlock().isEmpty());
}

QTEST_MAIN(TestCanary)
#include "tst_canary.moc"
