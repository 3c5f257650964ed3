// The service's enumerations in one place: every value goes to the wire as the service spells it
// and comes back to the same value; anything else (other case, empty, new values) is Unknown.
#include "types/region.h"
#include "vocabulary.h"

#include <QLocale>

#include <QTest>

using namespace ecs;
using namespace Qt::StringLiterals;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spelling_data();
    void spelling();
    void unknownSpellings_data();
    void unknownSpellings();
    void valuesWithoutASpelling();
    void billingMapsToChargeAndSpot();
    void wordsForPeople();
    void acceptLanguageFollowsTheLocale_data();
    void acceptLanguageFollowsTheLocale();
};

namespace {
template<typename E> void addRows(const char *family)
{
    for (const auto &[value, name] : WireNames<E>::table) {
        const QString wire = QString::fromLatin1(name);
        QTest::addRow("%s %s", family, name)
            << wire << toWire(value) << (fromWire<E>(wire) == value);
    }
}
} // namespace

void TestVocabulary::spelling_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<bool>("roundTrips");
    addRows<InstanceStatus>("status");
    addRows<ChargeType>("charge");
    addRows<SpotStrategy>("spot");
    addRows<StoppedMode>("stopped mode");
    addRows<InternetChargeType>("internet");
    addRows<DiskCategory>("disk");
    addRows<PeriodUnit>("period");
    addRows<SpecChange>("spec change");
}

void TestVocabulary::spelling()
{
    QFETCH(QString, expected);
    QFETCH(QString, wire);
    QFETCH(bool, roundTrips);
    QCOMPARE(wire, expected);
    QVERIFY(roundTrips);
}

void TestVocabulary::unknownSpellings_data()
{
    QTest::addColumn<QString>("wire");
    QTest::newRow("empty") << QString();
    QTest::newRow("lower case") << u"running"_s;
    QTest::newRow("new value") << u"Hibernated"_s;
    QTest::newRow("padded") << u" Running"_s;
}

void TestVocabulary::unknownSpellings()
{
    QFETCH(QString, wire);
    QCOMPARE(fromWireOr(wire, InstanceStatus::Unknown), InstanceStatus::Unknown);
    QVERIFY(!fromWire<ChargeType>(wire));
    QVERIFY(!fromWire<DiskCategory>(wire));
}

void TestVocabulary::valuesWithoutASpelling()
{
    QVERIFY(toWire(InstanceStatus::Unknown).isEmpty());
    QVERIFY(toWire(StoppedMode::Default).isEmpty());
    QVERIFY(toWire(SpecChange::None).isEmpty());
    QCOMPARE(toWire(SpecChange::Upgrade), u"upgrade"_s); // ModifyPrepayInstanceSpec
    QCOMPARE(operationTypeWire(SpecChange::Upgrade), u"Upgrade"_s); // DescribeResourcesModification
    QVERIFY(operationTypeWire(SpecChange::None).isEmpty());
    QVERIFY(isTransitional(InstanceStatus::Stopping));
    QVERIFY(!isTransitional(InstanceStatus::Stopped));
    QVERIFY(!isTransitional(InstanceStatus::Unknown));
}

void TestVocabulary::billingMapsToChargeAndSpot()
{
    QCOMPARE(chargeTypeOf(Billing::Subscription), ChargeType::PrePaid);
    QCOMPARE(chargeTypeOf(Billing::Preemptible), ChargeType::PostPaid);
    QCOMPARE(chargeTypeOf(Billing::PayAsYouGo), ChargeType::PostPaid);
    QCOMPARE(spotStrategyOf(Billing::PayAsYouGo), SpotStrategy::NoSpot);
    QCOMPARE(spotStrategyOf(Billing::Subscription, true), SpotStrategy::NoSpot);
    QCOMPARE(spotStrategyOf(Billing::Preemptible), SpotStrategy::SpotAsPriceGo);
    QCOMPARE(spotStrategyOf(Billing::Preemptible, true), SpotStrategy::SpotWithPriceLimit);
}

void TestVocabulary::wordsForPeople()
{
    QCOMPARE(Vocabulary::statusName(InstanceStatus::Running), u"Running"_s);
    QCOMPARE(Vocabulary::statusName(InstanceStatus::Unknown), u"Unknown"_s);
    QCOMPARE(Vocabulary::chargeTypeName(ChargeType::PrePaid), u"Subscription"_s);
    QCOMPARE(Vocabulary::billingName(Billing::Preemptible), u"Preemptible"_s);
    QVERIFY(!Vocabulary::diskCategoryName(DiskCategory::CloudEssd).isEmpty());
}

void TestVocabulary::acceptLanguageFollowsTheLocale_data()
{
    // The three languages the service names regions and zones in (ecs-api.md, DescribeRegions).
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("acceptLanguage");
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s << u"zh-CN"_s;
    QTest::newRow("Traditional Chinese") << u"zh_TW"_s << u"zh-CN"_s;
    QTest::newRow("Japanese") << u"ja_JP"_s << u"ja"_s;
    QTest::newRow("English") << u"en_GB"_s << u"en-US"_s;
    QTest::newRow("German") << u"de_DE"_s << u"en-US"_s;
    QTest::newRow("C") << u"C"_s << u"en-US"_s;
}

void TestVocabulary::acceptLanguageFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, acceptLanguage);
    QCOMPARE(acceptLanguageFor(QLocale(locale)), acceptLanguage);
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
