#include "types/money.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Prices read in the answer's currency and the reader's number format, never an assumed "$".
class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("USD for an English reader")
            << u"en_US"_s << 0.1234 << u"USD"_s << 3 << u"$0.123"_s;
        QTest::newRow("CNY for a Chinese reader")
            << u"zh_CN"_s << 1234.5 << u"CNY"_s << 2 << u"¥1,234.50"_s;
        QTest::newRow("EUR for a German reader")
            << u"de_DE"_s << 1234.5 << u"EUR"_s << 2 << u"1.234,50\u00a0€"_s;
        QTest::newRow("the C locale reads as English")
            << u"C"_s << 0.0134 << u"USD"_s << 3 << u"$0.013"_s;
        QTest::newRow("unknown currency: the bare number")
            << u"en_US"_s << 0.5 << QString() << 3 << u"0.500"_s;
        QTest::newRow("a code no locale uses stays a code")
            << u"en_US"_s << 2.0 << u"XTS"_s << 1 << u"XTS2.0"_s;
    }
    void formats()
    {
        QFETCH(QString, locale);
        QFETCH(double, amount);
        QFETCH(QString, currency);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(ecs::formatMoney(amount, currency, decimals, QLocale(locale)), expected);
    }

    void symbolsFollowTheLanguage()
    {
        QCOMPARE(ecs::currencySymbol(u"USD"_s, QLocale::English), u"$"_s);
        QCOMPARE(ecs::currencySymbol(u"CNY"_s, QLocale::Chinese), u"¥"_s);
        QVERIFY(!ecs::currencySymbol(u"CNY"_s, QLocale::English).isEmpty());
        QVERIFY(ecs::currencySymbol(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
