// Tag plans: chunked TagResources / UntagResources (≤ 50 instances × ≤ 20 tags a call, per
// region), ModifyInstanceAttribute for a name or a description, and the rules of what is typed.
#include "lifecycle/tagplans.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestTagPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTagsChunked_data();
    void addTagsChunked();
    void removeTagsChunked();
    void renameAndDescribe();
    void rules_data();
    void rules();
    void keysOfSelection();
};

namespace {

QList<Instance> instances(int count, const QStringList &regions)
{
    QList<Instance> out;
    for (int n = 0; n < count; ++n) {
        Instance i;
        i.instanceId = u"i-%1"_s.arg(n, 4, 10, QChar(u'0'));
        i.instanceName = u"web-%1"_s.arg(n);
        i.regionId = regions.at(n % regions.size());
        out << i;
    }
    return out;
}

TagPairs tags(int count)
{
    TagPairs out;
    for (int n = 0; n < count; ++n)
        out.append({ u"key%1"_s.arg(n), u"value%1"_s.arg(n) });
    return out;
}

} // namespace

void TestTagPlans::addTagsChunked_data()
{
    QTest::addColumn<int>("instanceCount");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<int>("tagCount");
    QTest::addColumn<int>("calls");
    QTest::newRow("1 × 1") << 1 << QStringList { u"cn-hangzhou"_s } << 1 << 1;
    QTest::newRow("50 × 20: one call") << 50 << QStringList { u"cn-hangzhou"_s } << 20 << 1;
    QTest::newRow("51 × 20: two") << 51 << QStringList { u"cn-hangzhou"_s } << 20 << 2;
    QTest::newRow("50 × 21: two") << 50 << QStringList { u"cn-hangzhou"_s } << 21 << 2;
    // 120 instances → 3 chunks (50, 50, 20); 25 tags → 2 chunks (20, 5): 6 calls.
    QTest::newRow("120 × 25") << 120 << QStringList { u"cn-hangzhou"_s } << 25 << 6;
    // Over two regions, 60 each → 2 chunks a region; 25 tags → 2: 8 calls.
    QTest::newRow("120 × 25 in two regions")
        << 120 << QStringList { u"cn-hangzhou"_s, u"cn-beijing"_s } << 25 << 8;
}

void TestTagPlans::addTagsChunked()
{
    QFETCH(int, instanceCount);
    QFETCH(QStringList, regions);
    QFETCH(int, tagCount);
    QFETCH(int, calls);
    const QList<Instance> selection = instances(instanceCount, regions);
    const ActionPlan plan = planAddTags(selection, tags(tagCount));
    QCOMPARE(plan.regions.size(), regions.size());
    const QList<ApiRequest> requests = plan.requests();
    QCOMPARE(requests.size(), calls);
    // Every (instance, tag) pair goes out exactly once, each call within the limits.
    QSet<QString> pairs;
    for (const RegionPlan &region : plan.regions) {
        QCOMPARE(region.steps.size(), 1);
        QVERIFY(region.steps.first().waitFor.isNone());
        for (const ApiRequest &r : region.steps.first().requests) {
            QCOMPARE(r.action(), u"TagResources"_s);
            QCOMPARE(r.regionId(), region.regionId);
            QCOMPARE(r.param(u"ResourceType"_s), u"instance"_s);
            QStringList ids;
            for (int n = 1; r.params().contains(u"ResourceId.%1"_s.arg(n)); ++n)
                ids << r.param(u"ResourceId.%1"_s.arg(n));
            QStringList keys;
            for (int n = 1; r.params().contains(u"Tag.%1.Key"_s.arg(n)); ++n) {
                keys << r.param(u"Tag.%1.Key"_s.arg(n));
                QCOMPARE(r.param(u"Tag.%1.Value"_s.arg(n)),
                    u"value"_s + keys.last().mid(3)); // the value travels with its key
            }
            QVERIFY(!ids.isEmpty() && ids.size() <= 50);
            QVERIFY(!keys.isEmpty() && keys.size() <= 20);
            for (const QString &id : ids) {
                QVERIFY(region.instanceIds.contains(id));
                for (const QString &key : keys) {
                    const QString pair = id + u'/' + key;
                    QVERIFY2(!pairs.contains(pair), qPrintable(pair));
                    pairs.insert(pair);
                }
            }
        }
    }
    QCOMPARE(pairs.size(), qsizetype(instanceCount) * tagCount);
}

void TestTagPlans::removeTagsChunked()
{
    QStringList keys;
    for (int n = 0; n < 45; ++n)
        keys << u"k%1"_s.arg(n);
    const ActionPlan plan = planRemoveTags(instances(101, { u"cn-shanghai"_s }), keys);
    // 101 → 3 chunks of ids; 45 keys → 3 chunks (20, 20, 5): 9 calls.
    QCOMPARE(plan.requests().size(), 9);
    for (const ApiRequest &r : plan.requests()) {
        QCOMPARE(r.action(), u"UntagResources"_s);
        QVERIFY(r.params().contains(u"TagKey.1"_s));
        QVERIFY(!r.params().contains(u"TagKey.21"_s));
        QVERIFY(!r.params().contains(u"ResourceId.51"_s));
        QVERIFY(!r.params().contains(u"All"_s)); // never every tag by accident
    }
    QCOMPARE(planRemoveTags(instances(3, { u"cn-shanghai"_s }), { u"env"_s }).title,
        u"Remove the tag env from 3 instances"_s);
}

void TestTagPlans::renameAndDescribe()
{
    Instance i = instances(1, { u"eu-central-1"_s }).first();
    const ActionPlan rename = planRename(i, u"api-2"_s);
    QCOMPARE(rename.title, u"Rename web-0 to api-2"_s);
    QCOMPARE(rename.requests().size(), 1);
    const ApiRequest r = rename.requests().first();
    QCOMPARE(r.action(), u"ModifyInstanceAttribute"_s);
    QCOMPARE(r.param(u"InstanceId"_s), i.instanceId);
    QCOMPARE(r.param(u"InstanceName"_s), u"api-2"_s);
    QVERIFY(!r.params().contains(u"Description"_s));
    QCOMPARE(r.endpointRegion(), u"eu-central-1"_s);
    QVERIFY(r.regionId().isEmpty()); // ModifyInstanceAttribute takes no RegionId

    const ApiRequest d = planDescribe(i, QString()).requests().first();
    QVERIFY(d.params().contains(u"Description"_s)); // empty: cleared
    QCOMPARE(d.param(u"Description"_s), QString());
    QVERIFY(!d.params().contains(u"InstanceName"_s));
}

void TestTagPlans::rules_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("key") << u"key"_s << u"env"_s << true;
    QTest::newRow("key of 128") << u"key"_s << QString(128, u'k') << true;
    QTest::newRow("key of 129") << u"key"_s << QString(129, u'k') << false;
    QTest::newRow("empty key") << u"key"_s << u"  "_s << false;
    QTest::newRow("aliyun key") << u"key"_s << u"aliyun:x"_s << false;
    QTest::newRow("Aliyun key") << u"key"_s << u"AliyunTeam"_s << false;
    QTest::newRow("acs: key") << u"key"_s << u"acs:team"_s << false;
    QTest::newRow("url key") << u"key"_s << u"https://x"_s << false;
    QTest::newRow("Chinese key") << u"key"_s << u"环境"_s << true;
    QTest::newRow("empty value") << u"value"_s << QString() << true;
    QTest::newRow("value of 128") << u"value"_s << QString(128, u'v') << true;
    QTest::newRow("value of 129") << u"value"_s << QString(129, u'v') << false;
    QTest::newRow("url value") << u"value"_s << u"http://x"_s << false;
    QTest::newRow("name") << u"name"_s << u"web-01:a_b.c"_s << true;
    QTest::newRow("Chinese name") << u"name"_s << u"网站1"_s << true;
    QTest::newRow("name of 1") << u"name"_s << u"w"_s << false;
    QTest::newRow("digit first") << u"name"_s << u"1web"_s << false;
    QTest::newRow("name with space") << u"name"_s << u"web 1"_s << false;
    QTest::newRow("description") << u"description"_s << u"Front end, 第二组"_s << true;
    QTest::newRow("description of 257") << u"description"_s << QString(257, u'd') << false;
    QTest::newRow("url description") << u"description"_s << u"https://x"_s << false;
}

void TestTagPlans::rules()
{
    QFETCH(QString, what);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const QString problem = what == u"key" ? TagRules::keyProblem(text)
        : what == u"value"                 ? TagRules::valueProblem(text)
        : what == u"name"                  ? TagRules::nameProblem(text)
                                           : TagRules::descriptionProblem(text);
    QCOMPARE(problem.isEmpty(), accepted);
    QVERIFY(TagRules::tagsProblem({}).size() > 0);
    QVERIFY(!TagRules::tagsProblem({ { u"a"_s, u"1"_s }, { u"a"_s, u"2"_s } }).isEmpty());
    QVERIFY(TagRules::tagsProblem({ { u"a"_s, u"1"_s }, { u"b"_s, u"2"_s } }).isEmpty());
}

void TestTagPlans::keysOfSelection()
{
    QList<Instance> selection = instances(3, { u"cn-hangzhou"_s });
    selection[0].tags = { { u"env"_s, u"prod"_s }, { u"team"_s, u"a"_s } };
    selection[2].tags = { { u"env"_s, u"dev"_s }, { u"cost"_s, u"x"_s } };
    QCOMPARE(tagKeysOf(selection), (QStringList { u"cost"_s, u"env"_s, u"team"_s }));
}

QTEST_GUILESS_MAIN(TestTagPlans)
#include "tst_tagplans.moc"
