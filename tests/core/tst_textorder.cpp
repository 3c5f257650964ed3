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

    /// The search in place (case-insensitive matchers, no folded copy) answers exactly what the
    /// folded, joined copy answers, also for ß, ﬁ, İ, Greek sigmas, surrogate pairs (emoji, CJK
    /// Extension B, Deseret, which folds as a pair), CJK and Cyrillic.
    void inPlaceSearchEqualsFoldedCopy()
    {
        const QStringList texts = { u"web-prod-0001 i-bp1abc 10.0.0.1 env=prod"_s, u"Straße Süd"_s,
            u"STRASSE"_s, u"ﬁle ﬂow"_s, u"FILE"_s, u"İstanbul"_s, u"i̇stanbul"_s,
            u"ΣΊΣΥΦΟΣ σίσυφος"_s, u"数据库-生产 杭州"_s, u"Москва МОСКВА"_s, u"😀 smile"_s,
            u"𠀀 ext-b"_s, u"𐐀𐐁 Deseret"_s, u"𐐨𐐩 deseret"_s, u"tabs\tand\nlines"_s, u"ǅ ǆ Ǆ"_s,
            u"Kelvin K"_s, u"Ångström Å"_s };
        const QStringList typed = { u"web"_s, u"PROD 0001"_s, u"strasse"_s, u"straße"_s,
            u"STRAẞE"_s, u"file"_s, u"ﬁ"_s, u"istanbul"_s, u"İ"_s, u"σίσυφος"_s, u"ΣΊΣΥΦΟΣ"_s,
            u"ς"_s, u"数据库"_s, u"杭州 生产"_s, u"москва"_s, u"😀"_s, u"𠀀"_s, u"𐐨"_s, u"𐐀𐐁"_s,
            u"and lines"_s, u"ǆ"_s, u"k"_s, u"å"_s, u"x"_s, u"e"_s, u"Σ"_s };
        const auto reference = [](const QString &query, const QStringList &in) {
            const QStringList tokens
                = query.toCaseFolded().simplified().split(u' ', Qt::SkipEmptyParts);
            QString joined;
            for (const QString &t : in)
                joined += t.toCaseFolded().simplified() + u'\n';
            return std::all_of(tokens.cbegin(), tokens.cend(),
                [&](const QString &token) { return joined.contains(token); });
        };
        int matched = 0;
        for (const QString &query : typed) {
            const ecs::TextQuery q(query);
            for (const QString &text : texts) {
                const bool expected = reference(query, { text });
                matched += expected;
                QVERIFY2(q.matches(text) == expected, qPrintable(query + u" in "_s + text));
            }
            for (qsizetype n = 0; n + 1 < texts.size(); ++n) {
                const QStringList pair { texts.at(n), texts.at(n + 1) };
                QVERIFY2(q.matches(pair) == reference(query, pair),
                    qPrintable(query + u" in "_s + pair.join(u" | "_s)));
            }
        }
        QVERIFY(matched > 20); // the cases do match, not only miss
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
