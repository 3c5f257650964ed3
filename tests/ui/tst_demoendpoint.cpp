// The Demo profile's endpoint as the application hands it in: ProfileDirectory starts it once, on
// first use, answers every resolve with where it listens, and says why when it could not start.
#include "demoendpoint.h"
#include "profiledirectory.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace ecs;
using namespace ecs::ui;
using namespace Qt::StringLiterals;

namespace {

/// An endpoint the test answers for: it only counts how often it was started.
class ScriptedDemo : public DemoEndpoint
{
public:
    void start() override { ++starts; }
    Credentials credentials() const override { return { u"LTAIdemo"_s, u"demo-secret"_s, {} }; }
    int starts = 0;
};

} // namespace

class TestDemoEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsOnceAndAnswersEveryResolve();
    void failureIsTheReason();
    void withoutEndpointDemoSaysSo();
    void answerForAContextThatIsGoneIsDropped();

private:
    std::unique_ptr<ProfileDirectory> directory(ScriptedDemo **demo);
    QList<ResolvedProfile> m_answers;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QSettings> m_settings; ///< made after test mode is on: never the user's
    SecretStore m_secrets { SecretStore::Backend::SessionMemory };
};

void TestDemoEndpoint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settings = std::make_unique<QSettings>();
}

std::unique_ptr<ProfileDirectory> TestDemoEndpoint::directory(ScriptedDemo **demo)
{
    auto d = std::make_unique<ProfileDirectory>(&m_nam, m_settings.get(), &m_secrets);
    auto endpoint = std::make_unique<ScriptedDemo>();
    *demo = endpoint.get();
    d->setDemoEndpoint(std::move(endpoint));
    m_answers.clear();
    return d;
}

void TestDemoEndpoint::startsOnceAndAnswersEveryResolve()
{
    ScriptedDemo *demo = nullptr;
    auto profiles = directory(&demo);
    const auto answer = [this](const ResolvedProfile &r) { m_answers << r; };
    profiles->resolve(ProfileDirectory::demoName(), this, answer);
    profiles->resolve(ProfileDirectory::demoName(), this, answer);
    QCOMPARE(demo->starts, 1);
    QVERIFY(m_answers.isEmpty()); // nothing before the endpoint listens

    const QUrl url(u"http://127.0.0.1:4711"_s);
    Q_EMIT demo->ready(url);
    QCOMPARE(m_answers.size(), 2);
    for (const ResolvedProfile &r : std::as_const(m_answers)) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.config.endpointOverride, url);
        QCOMPARE(r.config.credentials.accessKeyId, u"LTAIdemo"_s);
        QCOMPARE(r.profile.accessKeyId, u"LTAIdemo"_s);
        QCOMPARE(r.profile.source, Profile::Source::Demo);
    }

    // Later resolves answer at once (asynchronously), without starting it again.
    profiles->resolve(ProfileDirectory::demoName(), this, answer);
    QTRY_COMPARE(m_answers.size(), 3);
    QCOMPARE(m_answers.last().config.endpointOverride, url);
    QCOMPARE(demo->starts, 1);
}

void TestDemoEndpoint::failureIsTheReason()
{
    ScriptedDemo *demo = nullptr;
    auto profiles = directory(&demo);
    const auto answer = [this](const ResolvedProfile &r) { m_answers << r; };
    profiles->resolve(ProfileDirectory::demoName(), this, answer);
    Q_EMIT demo->failed(u"address already in use"_s);
    QCOMPARE(m_answers.size(), 1);
    QVERIFY(!m_answers.first().ok());
    QVERIFY2(m_answers.first().error.contains(u"address already in use"_s),
        qPrintable(m_answers.first().error));

    profiles->resolve(ProfileDirectory::demoName(), this, answer);
    QTRY_COMPARE(m_answers.size(), 2);
    QVERIFY(m_answers.last().error.contains(u"address already in use"_s));
    QCOMPARE(demo->starts, 1); // a failed start is not retried behind the user's back
}

void TestDemoEndpoint::withoutEndpointDemoSaysSo()
{
    ProfileDirectory profiles(&m_nam, m_settings.get(), &m_secrets);
    QVERIFY(profiles.names().contains(ProfileDirectory::demoName()));
    m_answers.clear();
    profiles.resolve(
        ProfileDirectory::demoName(), this, [this](const ResolvedProfile &r) { m_answers << r; });
    QTRY_COMPARE(m_answers.size(), 1);
    QVERIFY(!m_answers.first().ok());
    QVERIFY(!m_answers.first().error.isEmpty());
}

void TestDemoEndpoint::answerForAContextThatIsGoneIsDropped()
{
    ScriptedDemo *demo = nullptr;
    auto profiles = directory(&demo);
    auto context = std::make_unique<QObject>();
    profiles->resolve(ProfileDirectory::demoName(), context.get(),
        [this](const ResolvedProfile &r) { m_answers << r; });
    context.reset();
    Q_EMIT demo->ready(QUrl(u"http://127.0.0.1:4712"_s));
    QVERIFY(m_answers.isEmpty());

    // The directory kept the address for the next one who asks.
    profiles->resolve(
        ProfileDirectory::demoName(), this, [this](const ResolvedProfile &r) { m_answers << r; });
    QTRY_COMPARE(m_answers.size(), 1);
    QCOMPARE(m_answers.first().config.endpointOverride, QUrl(u"http://127.0.0.1:4712"_s));
}

QTEST_GUILESS_MAIN(TestDemoEndpoint)
#include "tst_demoendpoint.moc"
