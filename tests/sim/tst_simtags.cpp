// ecs-sim's tags and names through the real client: TagResources, UntagResources (keys, All),
// ListTagResources (ResourceId.N, Tag.N, TagFilter.N, NextToken pages of 50) and
// ModifyInstanceAttribute, with the service's limits and error codes.
#include "ecsclient.h"
#include "simserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ecs;

class TestSimTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tagOverwritesAndLists();
    void untagKeysAndAll();
    void listPagesOfFifty();
    void listFilters();
    void tagErrors_data();
    void tagErrors();
    void modifyAttributes();
    void modifyErrors_data();
    void modifyErrors();

private:
    struct Answer
    {
        QString code;
        QJsonObject body;
    };
    Answer call(ApiRequest request);
    const sim::SimInstance *instance(int n) const { return m_instances.at(n); }
    QString tagValue(int n, const QString &key) const;
    static ApiRequest tagRequest(
        const QStringList &ids, const QList<std::pair<QString, QString>> &tags);

    std::unique_ptr<sim::SimServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EcsClient> m_client;
    QString m_region;
    QList<const sim::SimInstance *> m_instances;
};

void TestSimTags::init()
{
    sim::SimOptions options;
    options.instances = 60;
    options.instanceRegions = 1;
    m_server = std::make_unique<sim::SimServer>(options);
    QSignalSpy listening(m_server.get(), &sim::SimServer::listening);
    m_server->start(QHostAddress::LocalHost, 0);
    QCOMPARE(listening.size(), 1);
    ClientConfig config;
    config.credentials = { options.accessKeyId, options.accessKeySecret, {} };
    config.endpointOverride = listening.first().first().toUrl();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<EcsClient>(&m_nam, config);
    m_instances = m_server->world().instances();
    QCOMPARE(m_instances.size(), 60);
    m_region = m_instances.first()->regionId;
    for (const sim::SimInstance *i : m_instances)
        QCOMPARE(i->regionId, m_region);
}

TestSimTags::Answer TestSimTags::call(ApiRequest request)
{
    if (request.regionId().isEmpty() && request.action() != u"ModifyInstanceAttribute")
        request.setRegion(m_region);
    std::unique_ptr<ApiCall> apiCall(m_client->send(request));
    apiCall->setAutoDelete(false);
    if (!QTest::qWaitFor([&apiCall] { return apiCall->isFinished(); }, 10'000))
        return { u"(no answer)"_s, {} };
    return { apiCall->error().code, apiCall->response() };
}

QString TestSimTags::tagValue(int n, const QString &key) const
{
    for (const auto &[k, v] : instance(n)->tags)
        if (k == key)
            return v;
    return u"(none)"_s;
}

ApiRequest TestSimTags::tagRequest(
    const QStringList &ids, const QList<std::pair<QString, QString>> &tags)
{
    ApiRequest r(u"TagResources"_s);
    r.set(u"ResourceType"_s, u"instance"_s).setRepeatList(u"ResourceId"_s, ids).setTags(tags);
    return r;
}

void TestSimTags::tagOverwritesAndLists()
{
    const QStringList ids { instance(0)->instanceId, instance(1)->instanceId };
    Answer a = call(tagRequest(ids, { { u"team"_s, u"core"_s }, { u"env"_s, u"qa"_s } }));
    QCOMPARE(a.code, QString());
    QCOMPARE(tagValue(0, u"team"_s), u"core"_s);
    QCOMPARE(tagValue(1, u"env"_s), u"qa"_s); // an existing key takes the new value
    QCOMPARE(tagValue(2, u"team"_s), u"(none)"_s);

    ApiRequest list(u"ListTagResources"_s);
    list.set(u"ResourceType"_s, u"instance"_s).setRepeatList(u"ResourceId"_s, ids);
    a = call(list);
    QCOMPARE(a.code, QString());
    const QJsonArray pairs
        = a.body.value("TagResources"_L1).toObject().value("TagResource"_L1).toArray();
    QCOMPARE(pairs.size(), instance(0)->tags.size() + instance(1)->tags.size());
    QCOMPARE(a.body.value("NextToken"_L1).toString(), QString());
    QSet<QString> seen;
    for (const QJsonValue &p : pairs) {
        const QJsonObject o = p.toObject();
        QCOMPARE(o.value("ResourceType"_L1).toString(), u"instance"_s);
        QVERIFY(ids.contains(o.value("ResourceId"_L1).toString()));
        seen << o.value("TagKey"_L1).toString() + u'=' + o.value("TagValue"_L1).toString();
    }
    QVERIFY(seen.contains(u"team=core"_s));
    QVERIFY(seen.contains(u"env=qa"_s));
}

void TestSimTags::untagKeysAndAll()
{
    const QString id0 = instance(0)->instanceId;
    QCOMPARE(call(tagRequest({ id0 }, { { u"a"_s, u"1"_s }, { u"b"_s, u"2"_s } })).code, QString());
    const qsizetype before = instance(0)->tags.size();
    ApiRequest untag(u"UntagResources"_s);
    untag.set(u"ResourceType"_s, u"instance"_s)
        .setRepeatList(u"ResourceId"_s, { id0 })
        .setRepeatList(u"TagKey"_s, { u"a"_s, u"missing"_s });
    QCOMPARE(call(untag).code, QString());
    QCOMPARE(instance(0)->tags.size(), before - 1);
    QCOMPARE(tagValue(0, u"a"_s), u"(none)"_s);
    QCOMPARE(tagValue(0, u"b"_s), u"2"_s);

    ApiRequest none(u"UntagResources"_s);
    none.set(u"ResourceType"_s, u"instance"_s).setRepeatList(u"ResourceId"_s, { id0 });
    QCOMPARE(call(none).code, u"MissingParameter"_s);
    ApiRequest all(u"UntagResources"_s);
    all.set(u"ResourceType"_s, u"instance"_s)
        .setRepeatList(u"ResourceId"_s, { id0 })
        .set(u"All"_s, true);
    QCOMPARE(call(all).code, QString());
    QVERIFY(instance(0)->tags.isEmpty());
    QVERIFY(!instance(1)->tags.isEmpty());
}

void TestSimTags::listPagesOfFifty()
{
    qsizetype total = 0;
    for (const sim::SimInstance *i : m_instances)
        total += i->tags.size();
    QVERIFY(total > 100);
    ApiRequest list(u"ListTagResources"_s);
    list.set(u"ResourceType"_s, u"instance"_s);
    qsizetype seen = 0;
    int pages = 0;
    QString token;
    do {
        ApiRequest page = list;
        page.setIfNotEmpty(u"NextToken"_s, token);
        const Answer a = call(page);
        QCOMPARE(a.code, QString());
        const qsizetype n
            = a.body.value("TagResources"_L1).toObject().value("TagResource"_L1).toArray().size();
        token = a.body.value("NextToken"_L1).toString();
        QVERIFY(n <= 50);
        if (!token.isEmpty())
            QCOMPARE(n, qsizetype(50));
        seen += n;
        ++pages;
    } while (!token.isEmpty() && pages < 20);
    QCOMPARE(seen, total);
    QCOMPARE(pages, int((total + 49) / 50));
    ApiRequest bad = list;
    bad.set(u"NextToken"_s, u"not-a-token"_s);
    QCOMPARE(call(bad).code, u"InvalidParameter"_s);
}

void TestSimTags::listFilters()
{
    int prod = 0;
    for (const sim::SimInstance *i : m_instances)
        for (const auto &[k, v] : i->tags)
            prod += k == u"env" && v == u"prod";
    QVERIFY(prod > 0 && prod < 60);
    ApiRequest byTag(u"ListTagResources"_s);
    byTag.set(u"ResourceType"_s, u"instance"_s).setTags({ { u"env"_s, u"prod"_s } });
    QSet<QString> resources;
    QString token;
    do {
        ApiRequest page = byTag;
        page.setIfNotEmpty(u"NextToken"_s, token);
        const Answer a = call(page);
        QCOMPARE(a.code, QString());
        for (const QJsonValue &p :
            a.body.value("TagResources"_L1).toObject().value("TagResource"_L1).toArray())
            resources << p.toObject().value("ResourceId"_L1).toString();
        token = a.body.value("NextToken"_L1).toString();
    } while (!token.isEmpty());
    QCOMPARE(resources.size(), prod);

    ApiRequest byFilter(u"ListTagResources"_s);
    byFilter.set(u"ResourceType"_s, u"instance"_s)
        .setStructList(u"TagFilter"_s,
            { ParamMap { { u"TagKey"_s, u"env"_s }, { u"TagValues.1"_s, u"prod"_s },
                { u"TagValues.2"_s, u"nowhere"_s } } });
    const Answer filtered = call(byFilter);
    QCOMPARE(filtered.code, QString());
    QVERIFY(!filtered.body.value("TagResources"_L1)
                 .toObject()
                 .value("TagResource"_L1)
                 .toArray()
                 .isEmpty());
}

void TestSimTags::tagErrors_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("code");
    QTest::newRow("aliyun key") << u"TagResources"_s << u"aliyun-key"_s
                                << u"InvalidTagKey.Malformed"_s;
    QTest::newRow("acs: key") << u"TagResources"_s << u"acs-key"_s << u"InvalidTagKey.Malformed"_s;
    QTest::newRow("129-char key") << u"TagResources"_s << u"long-key"_s
                                  << u"InvalidTagKey.Malformed"_s;
    QTest::newRow("129-char value")
        << u"TagResources"_s << u"long-value"_s << u"InvalidTagValue.Malformed"_s;
    QTest::newRow("duplicate key") << u"TagResources"_s << u"duplicate"_s << u"Duplicate.TagKey"_s;
    QTest::newRow("21 tags") << u"TagResources"_s << u"21-tags"_s << u"InvalidTagCount"_s;
    QTest::newRow("51 resources") << u"TagResources"_s << u"51-resources"_s
                                  << u"InvalidResourceId.Malformed"_s;
    QTest::newRow("unknown resource")
        << u"TagResources"_s << u"unknown-id"_s << u"InvalidResourceId.NotFound"_s;
    QTest::newRow("disk type") << u"TagResources"_s << u"disk"_s
                               << u"InvalidResourceType.NotFound"_s;
    QTest::newRow("over 20 on a resource")
        << u"TagResources"_s << u"quota"_s << u"OperationDenied.QuotaExceed"_s;
    QTest::newRow("no tags") << u"TagResources"_s << u"no-tags"_s << u"MissingParameter"_s;
    QTest::newRow("untag 21 keys") << u"UntagResources"_s << u"21-tags"_s << u"InvalidTagCount"_s;
    QTest::newRow("list unknown resource")
        << u"ListTagResources"_s << u"unknown-id"_s << u"InvalidResourceId.NotFound"_s;
}

void TestSimTags::tagErrors()
{
    QFETCH(QString, action);
    QFETCH(QString, problem);
    QFETCH(QString, code);
    QStringList ids { instance(0)->instanceId };
    QList<std::pair<QString, QString>> tags { { u"k"_s, u"v"_s } };
    QString type = u"instance"_s;
    if (problem == u"aliyun-key")
        tags = { { u"aliyunTeam"_s, u"v"_s } };
    else if (problem == u"acs-key")
        tags = { { u"acs:team"_s, u"v"_s } };
    else if (problem == u"long-key")
        tags = { { QString(129, u'k'), u"v"_s } };
    else if (problem == u"long-value")
        tags = { { u"k"_s, QString(129, u'v') } };
    else if (problem == u"duplicate")
        tags = { { u"k"_s, u"1"_s }, { u"k"_s, u"2"_s } };
    else if (problem == u"21-tags") {
        tags.clear();
        for (int i = 0; i < 21; ++i)
            tags.append({ u"k%1"_s.arg(i), u"v"_s });
    } else if (problem == u"51-resources") {
        ids.clear();
        for (int i = 0; i < 51; ++i)
            ids << instance(i)->instanceId;
    } else if (problem == u"unknown-id")
        ids << u"i-doesnotexist0000"_s;
    else if (problem == u"disk")
        type = u"disk"_s;
    else if (problem == u"no-tags")
        tags.clear();
    else if (problem == u"quota") {
        QList<std::pair<QString, QString>> many;
        for (int i = 0; i < 20 - instance(0)->tags.size(); ++i)
            many.append({ u"q%1"_s.arg(i), u"v"_s });
        QCOMPARE(call(tagRequest(ids, many)).code, QString());
        QCOMPARE(instance(0)->tags.size(), qsizetype(20));
    }
    const sim::TagList before = instance(0)->tags;
    ApiRequest r(action);
    r.set(u"ResourceType"_s, type).setRepeatList(u"ResourceId"_s, ids);
    if (action == u"TagResources") {
        r.setTags(tags);
    } else if (action == u"UntagResources") {
        QStringList keys;
        for (const auto &tag : tags)
            keys << tag.first;
        r.setRepeatList(u"TagKey"_s, keys);
    }
    QCOMPARE(call(r).code, code);
    QCOMPARE(instance(0)->tags, before); // all or nothing
}

void TestSimTags::modifyAttributes()
{
    const QString id = instance(3)->instanceId;
    ApiRequest r(u"ModifyInstanceAttribute"_s);
    r.set(u"InstanceId"_s, id)
        .set(u"InstanceName"_s, u"web-renamed:01"_s)
        .set(u"Description"_s, u"Front end, 第二组"_s)
        .set(u"HostName"_s, u"web-01.internal"_s);
    QCOMPARE(call(r).code, QString());
    QCOMPARE(instance(3)->instanceName, u"web-renamed:01"_s);
    QCOMPARE(instance(3)->description, u"Front end, 第二组"_s);
    QCOMPARE(instance(3)->hostName, u"web-01.internal"_s);
    // DescribeInstances reports them.
    ApiRequest describe(u"DescribeInstances"_s);
    describe.setJsonList(u"InstanceIds"_s, { id });
    const Answer a = call(describe);
    const QJsonObject row
        = a.body.value("Instances"_L1).toObject().value("Instance"_L1).toArray().first().toObject();
    QCOMPARE(row.value("InstanceName"_L1).toString(), u"web-renamed:01"_s);
    QCOMPARE(row.value("Description"_L1).toString(), u"Front end, 第二组"_s);
    // An empty description clears it; what is not named stays.
    ApiRequest clear(u"ModifyInstanceAttribute"_s);
    clear.set(u"InstanceId"_s, id).set(u"Description"_s, QString());
    QCOMPARE(call(clear).code, QString());
    QCOMPARE(instance(3)->description, QString());
    QCOMPARE(instance(3)->instanceName, u"web-renamed:01"_s);
}

void TestSimTags::modifyErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("name starts with a digit")
        << u"InstanceName"_s << u"1web"_s << u"InvalidInstanceName.Malformed"_s;
    QTest::newRow("name of one character")
        << u"InstanceName"_s << u"w"_s << u"InvalidInstanceName.Malformed"_s;
    QTest::newRow("name is a URL")
        << u"InstanceName"_s << u"http://web"_s << u"InvalidInstanceName.Malformed"_s;
    QTest::newRow("name with a space")
        << u"InstanceName"_s << u"web 1"_s << u"InvalidInstanceName.Malformed"_s;
    QTest::newRow("name of 129") << u"InstanceName"_s << QString(129, u'w')
                                 << u"InvalidInstanceName.Malformed"_s;
    QTest::newRow("description of 257")
        << u"Description"_s << QString(257, u'd') << u"InvalidDescription.Malformed"_s;
    QTest::newRow("description is a URL")
        << u"Description"_s << u"https://x"_s << u"InvalidDescription.Malformed"_s;
    QTest::newRow("host name with a leading dot")
        << u"HostName"_s << u".web"_s << u"InvalidHostName.Malformed"_s;
    QTest::newRow("host name with two dots")
        << u"HostName"_s << u"web..1"_s << u"InvalidHostName.Malformed"_s;
    QTest::newRow("weak password")
        << u"Password"_s << u"password"_s << u"InvalidPassword.Malformed"_s;
    QTest::newRow("unknown instance")
        << u"InstanceId"_s << u"i-doesnotexist0000"_s << u"InvalidInstanceId.NotFound"_s;
}

void TestSimTags::modifyErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const QString before = instance(4)->instanceName;
    ApiRequest r(u"ModifyInstanceAttribute"_s);
    r.set(u"InstanceId"_s, instance(4)->instanceId).set(u"InstanceName"_s, u"valid-name"_s);
    r.set(name, value);
    QCOMPARE(call(r).code, code);
    QCOMPARE(instance(4)->instanceName, before);
}

QTEST_GUILESS_MAIN(TestSimTags)
#include "tst_simtags.moc"
