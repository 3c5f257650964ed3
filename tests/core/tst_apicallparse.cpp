// A large answer is parsed and mapped off the thread of its ApiCall (the GUI thread), a small one
// at once; a call cancelled while its body is parsed finishes at once, and the parse's late
// result is dropped.
#include "apicall.h"
#include "ecsclient.h"
#include "jsonspans.h"
#include "scriptedhttpserver.h"
#include "types/instance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <optional>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

/// A DescribeInstances-shaped answer of about `bytes` bytes with `count` instances.
QByteArray instancesBody(int count, int padding)
{
    QByteArray body = R"({"RequestId":"R-1","TotalCount":)" + QByteArray::number(count)
        + R"(,"Instances":{"Instance":[)";
    const QByteArray description(padding, 'x');
    for (int n = 0; n < count; ++n) {
        if (n > 0)
            body += ',';
        body += R"({"InstanceId":"i-)" + QByteArray::number(n) + R"(","Description":")"
            + description + R"("})";
    }
    return body + "]}}";
}

/// An operation whose result says which thread mapped it.
struct WhereMappedOp
{
    struct Response
    {
        const QThread *mappedOn = nullptr;
        int totalCount = 0;
    };
    static Result<Response> parse(const QJsonObject &body)
    {
        return Response { QThread::currentThread(), body.value("TotalCount"_L1).toInt() };
    }
};

} // namespace

class TestApiCallParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parsedWhere_data();
    void parsedWhere();
    void cancelledWhileParsingDeliversNothingLate();
    void rawRecordKeepsEveryField();
    void repeatedValuesShareOneString();
    void workerMapRunsWhereTheBodyWasParsed_data();
    void workerMapRunsWhereTheBodyWasParsed();
    void callMapsWhereTheBodyWasParsed_data();
    void callMapsWhereTheBodyWasParsed();
    void elementSpans_data();
    void elementSpans();
    void recordsKeepTheirOwnText();

private:
    std::unique_ptr<ApiCall> sendPage();

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<EcsClient> m_client;
    QNetworkAccessManager m_nam;
};

void TestApiCallParse::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->start());
    ClientConfig config;
    config.credentials = { u"LTAIparse"_s, u"secret"_s, {} };
    config.endpointOverride = m_server->url();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<EcsClient>(&m_nam, config);
}

void TestApiCallParse::cleanup()
{
    QThreadPool::globalInstance()->waitForDone(); // no parse outlives its test
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<ApiCall> TestApiCallParse::sendPage()
{
    ApiCall *call = m_client->send(ApiRequest(u"DescribeInstances"_s));
    call->setAutoDelete(false); // owned here: the test reads it after finished()
    return std::unique_ptr<ApiCall>(call);
}

void TestApiCallParse::parsedWhere_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("padding");
    QTest::addColumn<bool>("offThread");
    QTest::newRow("one small instance") << 1 << 10 << false;
    QTest::newRow("just below the threshold") << 10 << 2'000 << false;
    QTest::newRow("a page of 100") << 100 << 1'000 << true;
    QTest::newRow("a megabyte") << 100 << 10'000 << true;
}

void TestApiCallParse::parsedWhere()
{
    QFETCH(int, count);
    QFETCH(int, padding);
    QFETCH(bool, offThread);
    const QByteArray body = instancesBody(count, padding);
    QCOMPARE(body.size() >= ApiCall::kWorkerParseBytes, offThread);
    m_server->setReply(ScriptedHttpServer::json(200, body));
    const std::unique_ptr<ApiCall> call = sendPage();
    QSignalSpy finished(call.get(), &ApiCall::finished);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(call->ok(), qPrintable(call->error().toDisplayString()));
    QCOMPARE(call->requestId(), u"R-1"_s);
    const QJsonArray instances
        = call->response().value("Instances"_L1).toObject().value("Instance"_L1).toArray();
    QCOMPARE(instances.size(), count);
    QCOMPARE(
        instances.last().toObject().value("InstanceId"_L1).toString(), u"i-%1"_s.arg(count - 1));
    QVERIFY(call->parsedOn() != nullptr);
    QCOMPARE(call->parsedOn() != call->thread(), offThread);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestApiCallParse::cancelledWhileParsingDeliversNothingLate()
{
    m_server->setReply(ScriptedHttpServer::json(200, instancesBody(200, 20'000)));
    const std::unique_ptr<ApiCall> call = sendPage();
    QSignalSpy finished(call.get(), &ApiCall::finished);
    // Queued: runs after the call read the reply and handed its 4 MB to a worker, before the
    // worker's result (posted later) is delivered.
    ApiCall *target = call.get();
    const QMetaObject::Connection cancelling = connect(
        &m_nam, &QNetworkAccessManager::finished, this, [target] { target->cancel(); },
        Qt::QueuedConnection);
    QTRY_COMPARE(finished.size(), 1);
    disconnect(cancelling); // the network outlives this test's call
    QVERIFY(call->error().isCancelled());
    QVERIFY(call->response().isEmpty());
    // The parse ends and its result is posted back: nothing of it reaches the call.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QVERIFY(call->error().isCancelled());
    QVERIFY(call->response().isEmpty());
    QCOMPARE(call->parsedOn(), nullptr);
    QCOMPARE(m_client->callsInFlight(), 0);
}

void TestApiCallParse::rawRecordKeepsEveryField()
{
    // The record as sent, fields the console does not map included, read back by raw().
    const QByteArray text = R"({"TotalCount":2,"Instances":{"Instance":[
        {"InstanceId":"i-1","Status":"Running","HostName":"web-1","Description":"生产 \"a\"\n🚀",
         "SpotPriceLimit":0.034,"Memory":8192,"IoOptimized":true,"SerialNumber":null,
         "VpcAttributes":{"VpcId":"vpc-1","PrivateIpAddress":{"IpAddress":["10.0.0.1"]}},
         "Tags":{"Tag":[{"TagKey":"env","TagValue":"prod"}]}},
        {"InstanceId":"i-2","Status":"Stopped","HostName":"web-2"}]}})";
    const QJsonObject body = QJsonDocument::fromJson(text).object();
    const auto first = ops::DescribeInstances::parse(body);
    QVERIFY(first.ok());
    QCOMPARE(first.value().instances.size(), 2);
    const QJsonArray items = body.value("Instances"_L1).toObject().value("Instance"_L1).toArray();
    for (qsizetype n = 0; n < items.size(); ++n)
        QCOMPARE(first.value().instances.at(n).raw(), items.at(n).toObject());
    // The same answer again is the same record; a change in an unmapped field is a change.
    const auto again = ops::DescribeInstances::parse(QJsonDocument::fromJson(text).object());
    QVERIFY(again.ok());
    QCOMPARE(again.value().instances, first.value().instances);
    QByteArray renamed = text;
    renamed.replace("web-2", "web-9");
    const auto changed = ops::DescribeInstances::parse(QJsonDocument::fromJson(renamed).object());
    QVERIFY(changed.ok());
    QCOMPARE(changed.value().instances.at(0), first.value().instances.at(0));
    QVERIFY(!(changed.value().instances.at(1) == first.value().instances.at(1)));
    QCOMPARE(Instance().raw(), QJsonObject()); // nothing sent, nothing read back

    // Compacted, as an inventory keeps it: the same record, the same instance, either side held
    // either way; the unmapped change still tells.
    QList<Instance> kept = first.value().instances;
    for (Instance &i : kept) {
        QVERIFY(!i.record.isCompact());
        i.compact();
        QVERIFY(i.record.isCompact());
        i.compact(); // twice is once
    }
    for (qsizetype n = 0; n < items.size(); ++n) {
        QCOMPARE(kept.at(n).raw(), items.at(n).toObject());
        QCOMPARE(kept.at(n), first.value().instances.at(n));
        QCOMPARE(first.value().instances.at(n), kept.at(n));
    }
    QVERIFY(!(kept.at(1) == changed.value().instances.at(1)));
    Instance compactChanged = changed.value().instances.at(1);
    compactChanged.compact();
    QVERIFY(!(kept.at(1) == compactChanged));
    QCOMPARE(kept.at(0).statusText(), u"Running"_s);
    // A state the console has no word for is shown as sent, read back from the encoded record.
    QByteArray odd = text;
    odd.replace("\"Stopped\"", "\"Hibernating\"");
    const auto unknown = ops::DescribeInstances::parse(QJsonDocument::fromJson(odd).object());
    QVERIFY(unknown.ok());
    Instance hibernating = unknown.value().instances.at(1);
    hibernating.compact();
    QCOMPARE(hibernating.statusText(), u"Hibernating"_s);
}

void TestApiCallParse::repeatedValuesShareOneString()
{
    // A fleet of 100,000 repeats a few regions, zones, types and tags: each page holds them once.
    const QByteArray text = R"({"TotalCount":3,"Instances":{"Instance":[
        {"InstanceId":"i-1","RegionId":"cn-hangzhou","ZoneId":"cn-hangzhou-h",
         "InstanceType":"ecs.g7.large","Tags":{"Tag":[{"TagKey":"env","TagValue":"prod"}]}},
        {"InstanceId":"i-2","RegionId":"cn-hangzhou","ZoneId":"cn-hangzhou-h",
         "InstanceType":"ecs.g7.large","Tags":{"Tag":[{"TagKey":"env","TagValue":"prod"}]}},
        {"InstanceId":"i-3","RegionId":"cn-hangzhou","ZoneId":"cn-hangzhou-i",
         "InstanceType":"ecs.g7.large","Tags":{"Tag":[{"TagKey":"env","TagValue":"test"}]}}]}})";
    const auto page = ops::DescribeInstances::parse(QJsonDocument::fromJson(text).object());
    QVERIFY(page.ok());
    const QList<Instance> &i = page.value().instances;
    QCOMPARE(i.size(), 3);
    // Equal values, one string: the same storage (the values themselves are unchanged).
    QCOMPARE(i.at(0).zoneId, u"cn-hangzhou-h"_s);
    QCOMPARE(i.at(1).zoneId.constData(), i.at(0).zoneId.constData());
    QCOMPARE(i.at(2).regionId.constData(), i.at(0).regionId.constData());
    QCOMPARE(i.at(2).instanceType.constData(), i.at(0).instanceType.constData());
    QCOMPARE(i.at(2).tags.at(0).first.constData(), i.at(0).tags.at(0).first.constData());
    QCOMPARE(i.at(1).tags.at(0).second.constData(), i.at(0).tags.at(0).second.constData());
    // Different values stay apart.
    QCOMPARE(i.at(2).zoneId, u"cn-hangzhou-i"_s);
    QCOMPARE(i.at(2).tags.at(0).second, u"test"_s);
    QVERIFY(i.at(2).instanceId.constData() != i.at(0).instanceId.constData());
    // A list of instances grows by moving bytes (realloc), not by copying every record.
    static_assert(QTypeInfo<Instance>::isRelocatable);
}

void TestApiCallParse::workerMapRunsWhereTheBodyWasParsed_data()
{
    QTest::addColumn<int>("padding");
    QTest::newRow("small, at once") << 10;
    QTest::newRow("a page, on a worker") << 1'000;
}

void TestApiCallParse::workerMapRunsWhereTheBodyWasParsed()
{
    QFETCH(int, padding);
    const QByteArray body = instancesBody(100, padding);
    m_server->setReply(ScriptedHttpServer::json(200, body));
    const std::unique_ptr<ApiCall> call = sendPage();
    call->setWorkerMap([](QJsonObject &parsed, QByteArrayView text) -> std::any {
        const int total = parsed.value("TotalCount"_L1).toInt();
        parsed = {}; // taken: the call's response is then empty
        return std::tuple(QThread::currentThread(), total, text.toByteArray());
    });
    QSignalSpy finished(call.get(), &ApiCall::finished);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(call->ok(), qPrintable(call->error().toDisplayString()));
    std::any mapped = call->takeMapped();
    const auto *made = std::any_cast<std::tuple<QThread *, int, QByteArray>>(&mapped);
    QVERIFY(made);
    QCOMPARE(static_cast<const QThread *>(std::get<0>(*made)), call->parsedOn());
    QCOMPARE(std::get<1>(*made), 100);
    QCOMPARE(std::get<2>(*made), body); // the very text the body was parsed from
    QVERIFY(!call->takeMapped().has_value()); // taken once
    QVERIFY(call->response().isEmpty());

    // An error answer is not mapped.
    m_server->setReply(ScriptedHttpServer::json(
        400, R"({"Code":"InvalidParameter","Message":"no","RequestId":"R-2"})"));
    const std::unique_ptr<ApiCall> failing = sendPage();
    bool ran = false;
    failing->setWorkerMap([&ran](QJsonObject &, QByteArrayView) -> std::any {
        ran = true;
        return 1;
    });
    QSignalSpy failed(failing.get(), &ApiCall::finished);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failing->error().code, u"InvalidParameter"_s);
    QVERIFY(!ran);
    QVERIFY(!failing->takeMapped().has_value());
}

void TestApiCallParse::callMapsWhereTheBodyWasParsed_data()
{
    QTest::addColumn<int>("padding");
    QTest::addColumn<bool>("withoutId");
    QTest::addColumn<bool>("offThread");
    QTest::newRow("small, at once") << 10 << false << false;
    QTest::newRow("a page, on a worker") << 1'000 << false << true;
    QTest::newRow("a malformed page, on a worker") << 1'000 << true << true;
}

// EcsClient::call hands the handler the operation's result, mapped where the body was parsed:
// the same instances, or the same Malformed error, wherever that was.
void TestApiCallParse::callMapsWhereTheBodyWasParsed()
{
    QFETCH(int, padding);
    QFETCH(bool, withoutId);
    QFETCH(bool, offThread);
    QByteArray body = instancesBody(100, padding);
    if (withoutId)
        body.replace(R"("InstanceId":"i-57",)", "");
    m_server->setReply(ScriptedHttpServer::json(200, body));
    std::optional<Result<ops::DescribeInstances::Response>> answer;
    const QThread *parsedOn = nullptr;
    ApiCall *call = m_client->call<ops::DescribeInstances>(ApiRequest(u"DescribeInstances"_s), this,
        [&](const Result<ops::DescribeInstances::Response> &r) { answer = r; });
    // Connected after the handler's: the call is still there, and has been answered.
    connect(call, &ApiCall::finished, this, [&parsedOn, call] { parsedOn = call->parsedOn(); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(parsedOn);
    QCOMPARE(parsedOn != QThread::currentThread(), offThread);

    // The mapping ran where the body was parsed, not on the handler's thread.
    std::optional<Result<WhereMappedOp::Response>> where;
    m_client->call<WhereMappedOp>(ApiRequest(u"DescribeInstances"_s), this,
        [&](const Result<WhereMappedOp::Response> &r) { where = r; });
    QTRY_VERIFY(where.has_value());
    QVERIFY(where->ok());
    QCOMPARE(where->value().totalCount, 100);
    QCOMPARE(where->value().mappedOn != QThread::currentThread(), offThread);

    if (withoutId) {
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ApiError::Kind::Malformed);
        return;
    }
    QVERIFY(answer->ok());
    const QList<Instance> &instances = answer->value().instances;
    QCOMPARE(instances.size(), 100);
    QCOMPARE(answer->value().totalCount, 100);
    QCOMPARE(instances.first().instanceId, u"i-0"_s);
    QCOMPARE(instances.last().instanceId, u"i-99"_s);
    QCOMPARE(instances.last().raw().value("Description"_L1).toString().size(), padding);

    // A service error reaches the handler as it is.
    answer.reset();
    m_server->setReply(ScriptedHttpServer::json(
        400, R"({"Code":"InvalidParameter","Message":"no","RequestId":"R-2"})"));
    m_client->call<ops::DescribeInstances>(ApiRequest(u"DescribeInstances"_s), this,
        [&](const Result<ops::DescribeInstances::Response> &r) { answer = r; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().code, u"InvalidParameter"_s);
}

void TestApiCallParse::elementSpans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QList<QByteArray>>("spans");
    using Spans = QList<QByteArray>;
    QTest::newRow("compact") << QByteArray(R"({"A":{"B":[{"x":1},{"y":[2,3]}]}})") << true
                             << Spans { R"({"x":1})", R"({"y":[2,3]})" };
    QTest::newRow("spaced, keys around") << QByteArray(
        " {\n \"Z\" : [1,{\"B\":[]}] ,\"A\" :\t{ \"B\" : [ {\"x\" : 1} ,\r\n{} ] } , \"C\":null "
        "}\n") << true << Spans { R"({"x" : 1})", "{}" };
    QTest::newRow("brackets and quotes inside strings")
        << QByteArray(R"({"A":{"B":[{"s":"]}\"{["},{"t":"\\"}]}})") << true
        << Spans { R"({"s":"]}\"{["})", R"({"t":"\\"})" };
    QTest::newRow("empty array") << QByteArray(R"({"A":{"B":[]}})") << true << Spans {};
    QTest::newRow("values of every kind")
        << QByteArray(R"({"A":{"B":[1,-2.5e3,true,null,"s",[],{}]}})") << true
        << Spans { "1", "-2.5e3", "true", "null", R"("s")", "[]", "{}" };
    QTest::newRow("key twice") << QByteArray(R"({"A":{"B":[{}]},"A":{"B":[]}})") << false
                               << Spans {};
    QTest::newRow("inner key twice")
        << QByteArray(R"({"A":{"B":[{}],"B":[{},{}]}})") << false << Spans {};
    QTest::newRow("escaped key") << QByteArray(R"({"\u0041":{"B":[{}]}})") << false << Spans {};
    QTest::newRow("absent") << QByteArray(R"({"A":{"C":[{}]}})") << false << Spans {};
    QTest::newRow("not an object on the way")
        << QByteArray(R"({"A":[{"B":[]}]})") << false << Spans {};
    QTest::newRow("not an array at the end")
        << QByteArray(R"({"A":{"B":{}}})") << false << Spans {};
    QTest::newRow("cut short") << QByteArray(R"({"A":{"B":[{"x":"1)") << false << Spans {};
    QTest::newRow("trailing text") << QByteArray(R"({"A":{"B":[]}} x)") << false << Spans {};
    QTest::newRow("empty") << QByteArray() << false << Spans {};
}

void TestApiCallParse::elementSpans()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, found);
    QFETCH(QList<QByteArray>, spans);
    const auto got = arrayElementSpans(json, { "A"_L1, "B"_L1 });
    QCOMPARE(got.has_value(), found);
    if (!got)
        return;
    QList<QByteArray> texts;
    for (QByteArrayView span : *got)
        texts << span.toByteArray();
    QCOMPARE(texts, spans);
}

void TestApiCallParse::recordsKeepTheirOwnText()
{
    const QByteArray text = R"({"TotalCount":2,"Instances":{"Instance":[
        {"InstanceId":"i-1","Status":"Running","Description":"a \"quoted\" {brace}",
         "Tags":{"Tag":[{"TagKey":"env","TagValue":"prod"}]}},
        {"InstanceId":"i-2","Status":"Hibernating"}]}})";
    const QJsonObject body = QJsonDocument::fromJson(text).object();
    const auto parsed = ops::DescribeInstances::parse(body);
    const auto cut = ops::DescribeInstances::parse(body, text);
    QVERIFY(parsed.ok());
    QVERIFY(cut.ok());
    const QJsonArray items = body.value("Instances"_L1).toObject().value("Instance"_L1).toArray();
    QCOMPARE(cut.value().instances.size(), 2);
    for (qsizetype n = 0; n < items.size(); ++n) {
        const Instance &i = cut.value().instances.at(n);
        QVERIFY(i.record.isCompact()); // text from the start: nothing to encode
        QCOMPARE(i.raw(), items.at(n).toObject());
        QCOMPARE(i, parsed.value().instances.at(n)); // however each side is held
        QCOMPARE(parsed.value().instances.at(n), i);
    }
    QCOMPARE(cut.value().instances.at(1).statusText(), u"Hibernating"_s);

    // The same record spelled otherwise (keys in another order, spaces) is the same record; a
    // change in an unmapped field is a change.
    const QByteArray respelled = R"({"Instances":{"Instance":[{"Tags":{"Tag":[{"TagValue":"prod",
        "TagKey":"env"}]}, "Description":"a \"quoted\" {brace}","Status":"Running",
        "InstanceId":"i-1"}]},"TotalCount":1})";
    const auto again
        = ops::DescribeInstances::parse(QJsonDocument::fromJson(respelled).object(), respelled);
    QVERIFY(again.ok());
    QVERIFY(again.value().instances.at(0).record.isCompact());
    QCOMPARE(again.value().instances.at(0), cut.value().instances.at(0));
    QByteArray changedText = respelled;
    changedText.replace("{brace}", "{Brace}");
    const auto changed
        = ops::DescribeInstances::parse(QJsonDocument::fromJson(changedText).object(), changedText);
    QVERIFY(changed.ok());
    QVERIFY(!(changed.value().instances.at(0) == cut.value().instances.at(0)));

    // Where the text cannot be cut with certainty (the list twice: which one did the parser
    // keep?), each record is the parsed one, and still every field.
    const QByteArray twice = R"({"Instances":{"Instance":[{"InstanceId":"i-9"}],
        "Instance":[{"InstanceId":"i-1","Status":"Running"}]}})";
    const QJsonObject twiceBody = QJsonDocument::fromJson(twice).object();
    const auto fallback = ops::DescribeInstances::parse(twiceBody, twice);
    QVERIFY(fallback.ok());
    const QJsonArray kept
        = twiceBody.value("Instances"_L1).toObject().value("Instance"_L1).toArray();
    QCOMPARE(fallback.value().instances.size(), kept.size());
    for (qsizetype n = 0; n < kept.size(); ++n) {
        QVERIFY(!fallback.value().instances.at(n).record.isCompact());
        QCOMPARE(fallback.value().instances.at(n).raw(), kept.at(n).toObject());
    }
}

QTEST_GUILESS_MAIN(TestApiCallParse)
#include "tst_apicallparse.moc"
