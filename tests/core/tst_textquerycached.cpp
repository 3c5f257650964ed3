// The filter's fast paths of ecs::TextQuery: a case-folded text searched case-sensitively gives
// matches()' answer, and narrows() says when typing on can only hide rows (so only the rows shown
// are asked again).
#include "textquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextQueryCached : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseFoldedEqualsMatches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        const QString text = u"Web-Prod-00042 i-cnx7 47.1.2.3 172.16.0.9 env=prod ecs.g7.large "
                             "cn-hangzhou-h Running"_s;
        QTest::newRow("one letter") << u"w"_s << text << true;
        QTest::newRow("upper typed") << u"WEB"_s << text << true;
        QTest::newRow("two tokens") << u"prod   g7"_s << text << true;
        QTest::newRow("one token missing") << u"prod g8"_s << text << false;
        QTest::newRow("no match") << u"zz"_s << text << false;
        QTest::newRow("empty") << u""_s << text << true;
        QTest::newRow("accents") << u"ÉTOILE"_s << u"l'étoile du nord"_s << true;
        QTest::newRow("sharp s stays") << u"STRASSE"_s << u"straße"_s << false;
        QTest::newRow("greek sigma") << u"ΣΟΦΙΑ"_s << u"σοφια"_s << true;
        QTest::newRow("surrogate pair folds") << u"\U00010400"_s << u"x\U00010428y"_s << true;
        QTest::newRow("tab between") << u"web\tprod"_s << text << true;
    }
    void caseFoldedEqualsMatches()
    {
        QFETCH(QString, typed);
        QFETCH(QString, text);
        QFETCH(bool, match);
        const ecs::TextQuery query(typed);
        QCOMPARE(query.matches(text), match);
        QCOMPARE(query.matchesCaseFolded(text.toCaseFolded()), match);
    }

    void narrows_data()
    {
        QTest::addColumn<QString>("wider");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("narrows");
        QTest::newRow("letter typed on") << u"w"_s << u"we"_s << true;
        QTest::newRow("letter typed before") << u"e"_s << u"we"_s << true;
        QTest::newRow("another token") << u"web"_s << u"web prod"_s << true;
        QTest::newRow("from nothing") << u""_s << u"w"_s << true;
        QTest::newRow("case does not matter") << u"W"_s << u"wE"_s << true;
        QTest::newRow("letter removed") << u"we"_s << u"w"_s << false;
        QTest::newRow("token removed") << u"web prod"_s << u"web"_s << false;
        QTest::newRow("cleared") << u"w"_s << u""_s << false;
        QTest::newRow("other letter") << u"w"_s << u"x"_s << false;
        QTest::newRow("same") << u"web prod"_s << u"prod web"_s << true;
    }
    void narrows()
    {
        QFETCH(QString, wider);
        QFETCH(QString, typed);
        QFETCH(bool, narrows);
        QCOMPARE(ecs::TextQuery(typed).narrows(ecs::TextQuery(wider)), narrows);
        // What it promises: no text the narrower query matches escapes the wider one.
        if (narrows)
            for (const QString &text : { u"web-prod"_s, u"we"_s, u"W"_s, u"prod"_s, u"x"_s })
                QVERIFY(
                    !ecs::TextQuery(typed).matches(text) || ecs::TextQuery(wider).matches(text));
    }
};

QTEST_APPLESS_MAIN(TestTextQueryCached)
#include "tst_textquerycached.moc"
