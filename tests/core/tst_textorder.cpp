// The one search people type into and the one order instance types are shown in.
#include "textquery.h"
#include "types/instancetypeorder.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TextOrderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void query_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("double space in the name")
            << u"ubuntu 22"_s << u"Ubuntu  22.04 64 bit"_s << true;
        QTest::newRow("tokens in any order") << u"64 ubuntu"_s << u"Ubuntu  22.04 64 bit"_s << true;
        QTest::newRow("case and tabs") << u"  UBUNTU\t22 "_s << u"ubuntu_22_04_x64"_s << true;
        QTest::newRow("one token missing") << u"ubuntu 24"_s << u"Ubuntu  22.04 64 bit"_s << false;
        QTest::newRow("empty matches all") << u"   "_s << u"anything"_s << true;
        QTest::newRow("phrase across words is not required")
            << u"22 bit"_s << u"Ubuntu 22.04 64 bit"_s << true;
    }
    void query()
    {
        QFETCH(QString, typed);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(ecs::TextQuery(typed).matches(text), match);
    }

    void tokenNeverSpansTwoTexts()
    {
        const ecs::TextQuery q(u"ab"_s);
        QVERIFY(!q.matches(QStringList { u"a"_s, u"b"_s }));
        QVERIFY(q.matches(QStringList { u"x"_s, u"cab"_s }));
    }

    void typeOrder()
    {
        const QStringList expected = { u"ecs.g7.large"_s, u"ecs.g7.xlarge"_s, u"ecs.g7.2xlarge"_s,
            u"ecs.g7.4xlarge"_s, u"ecs.g7.16xlarge"_s, u"ecs.g7a.large"_s, u"ecs.g8i.small"_s,
            u"ecs.g8i.medium"_s, u"ecs.g8i.large"_s, u"ecs.g10.large"_s };
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        std::swap(shuffled[1], shuffled[5]);
        std::sort(shuffled.begin(), shuffled.end(), ecs::instanceTypeLess);
        QCOMPARE(shuffled, expected);
        QVERIFY(!ecs::instanceTypeLess(u"ecs.g7.large"_s, u"ecs.g7.large"_s));
    }
};

QTEST_GUILESS_MAIN(TextOrderTest)
#include "tst_textorder.moc"
