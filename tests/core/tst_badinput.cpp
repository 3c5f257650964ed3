// Hostile answers, and what the client makes of them: a corpus of broken, truncated, oversized,
// mistyped and misdirected responses, each sent through the real client (EcsClient over a
// loopback socket) and straight through the response mapper into every typed operation. Whatever
// arrives must end as a typed ApiError with a message people can read: never a crash, a hang, or
// garbage silently taken for an answer.
#include "ecsclient.h"
#include "responsemapper.h"
#include "scriptedhttpserver.h"
#include "types/availableresource.h"
#include "types/image.h"
#include "types/instance.h"
#include "types/lifecycle.h"
#include "types/region.h"
#include "types/spotprice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace ecs;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ecs::ApiError::Kind)

namespace {

// --- Every typed operation, with a request to send and a parser to feed
// ---------------------------

struct Operation
{
    QString name;
    std::function<ApiRequest()> request;
    std::function<ApiError(const QJsonObject &)> parse;
    /// A small, valid answer holding every field the parser reads (and nothing else), the
    /// starting point of the wrong-shape mutations.
    QByteArray sample;
    /// The list and the key every item must carry (empty when the parser demands none).
    QStringList idListPath;
    QString idKey;
};

template<typename Op> ApiError parseWith(const QJsonObject &body)
{
    const auto result = Op::parse(body);
    if (result.ok())
        return {};
    return result.error();
}

const QList<Operation> &operations()
{
    static const QList<Operation> ops = {
        { u"DescribeRegions"_s, [] { return ops::DescribeRegions::request(); },
            parseWith<ops::DescribeRegions>,
            R"({"Regions":{"Region":[{"RegionId":"cn-hangzhou","LocalName":"Hangzhou",
                "RegionEndpoint":"ecs.cn-hangzhou.aliyuncs.com","Status":"available"}]}})",
            { u"Regions"_s, u"Region"_s }, u"RegionId"_s },
        { u"DescribeZones"_s, [] { return ops::DescribeZones::request(u"cn-hangzhou"_s); },
            parseWith<ops::DescribeZones>,
            R"({"Zones":{"Zone":[{"ZoneId":"cn-hangzhou-h","LocalName":"H","ZoneType":"AvailabilityZone",
                "AvailableResourceCreation":{"ResourceTypes":["Instance"]},
                "AvailableDiskCategories":{"DiskCategories":["cloud_essd"]},
                "AvailableInstanceTypes":{"InstanceTypes":["ecs.g7.large"]}}]}})",
            { u"Zones"_s, u"Zone"_s }, u"ZoneId"_s },
        { u"DescribeImages"_s, [] { return ops::DescribeImages::request(u"cn-hangzhou"_s, {}, 1); },
            parseWith<ops::DescribeImages>,
            R"({"PageNumber":1,"PageSize":10,"TotalCount":1,"Images":{"Image":[{"ImageId":"aliyun_3_x64",
                "ImageName":"Alibaba Cloud Linux 3","OSType":"linux","OSNameEn":"Alibaba Cloud Linux 3",
                "Platform":"Aliyun","Architecture":"x86_64","ImageOwnerAlias":"system",
                "Status":"Available","Size":40,"CreationTime":"2024-01-01T00:00:00Z",
                "Description":"d"}]}})",
            { u"Images"_s, u"Image"_s }, u"ImageId"_s },
        { u"DescribeInstances"_s,
            [] { return ops::DescribeInstances::request(u"cn-hangzhou"_s, {}); },
            parseWith<ops::DescribeInstances>,
            R"({"TotalCount":1,"NextToken":"t","Instances":{"Instance":[{"InstanceId":"i-1",
                "InstanceName":"web","RegionId":"cn-hangzhou","ZoneId":"cn-hangzhou-h",
                "Status":"Running","InstanceType":"ecs.g7.large","Cpu":2,"Memory":8192,"GPUAmount":0,
                "PublicIpAddress":{"IpAddress":["203.0.113.1"]},"EipAddress":{"IpAddress":"203.0.113.2"},
                "VpcAttributes":{"PrivateIpAddress":{"IpAddress":["10.0.0.1"]}},
                "InstanceChargeType":"PrePaid","SpotStrategy":"NoSpot","SpotPriceLimit":0.5,
                "CreationTime":"2024-01-01T00:00Z","ExpiredTime":"2025-01-01T00:00Z",
                "AutoReleaseTime":"2025-01-01T00:00:00Z",
                "OperationLocks":{"LockReason":[{"LockReason":"financial"}]},
                "Tags":{"Tag":[{"TagKey":"env","TagValue":"prod"}]}}]}})",
            { u"Instances"_s, u"Instance"_s }, u"InstanceId"_s },
        { u"DescribeInstanceStatus"_s,
            [] { return ops::DescribeInstanceStatus::request(u"cn-hangzhou"_s, { u"i-1"_s }); },
            parseWith<ops::DescribeInstanceStatus>,
            R"({"InstanceStatuses":{"InstanceStatus":[{"InstanceId":"i-1","Status":"Running"}]}})",
            { u"InstanceStatuses"_s, u"InstanceStatus"_s }, u"InstanceId"_s },
        { u"DescribeSpotPriceHistory"_s,
            [] {
                const QDateTime end = QDateTime::currentDateTimeUtc();
                return ops::DescribeSpotPriceHistory::request(
                    u"cn-hangzhou"_s, u"ecs.g7.large"_s, {}, end.addDays(-1), end);
            },
            parseWith<ops::DescribeSpotPriceHistory>,
            R"({"NextOffset":0,"Currency":"CNY","SpotPrices":{"SpotPriceType":[{"ZoneId":"cn-hangzhou-h",
                "Timestamp":"2024-01-01T00:00:00Z","SpotPrice":0.1,"OriginPrice":1.0}]}})",
            { u"SpotPrices"_s, u"SpotPriceType"_s }, u"Timestamp"_s },
        { u"DescribeInstanceTypes"_s, [] { return ops::DescribeInstanceTypes::request(); },
            parseWith<ops::DescribeInstanceTypes>,
            R"({"NextToken":"t","InstanceTypes":{"InstanceType":[{"InstanceTypeId":"ecs.g7.large",
                "InstanceTypeFamily":"ecs.g7","CpuCoreCount":2,"MemorySize":8,"GPUAmount":0,
                "GPUSpec":"","CpuArchitecture":"X86"}]}})",
            { u"InstanceTypes"_s, u"InstanceType"_s }, u"InstanceTypeId"_s },
        { u"DescribeAvailableResource"_s,
            [] {
                return ops::DescribeAvailableResource::request(
                    u"cn-hangzhou"_s, u"PostPaid"_s, u"NoSpot"_s);
            },
            parseWith<ops::DescribeAvailableResource>,
            R"({"AvailableZones":{"AvailableZone":[{"ZoneId":"cn-hangzhou-h","Status":"Available",
                "AvailableResources":{"AvailableResource":[{"SupportedResources":{"SupportedResource":[
                {"Value":"ecs.g7.large","StatusCategory":"WithStock"}]}}]}}]}})",
            { u"AvailableZones"_s, u"AvailableZone"_s }, u"ZoneId"_s },
        { u"StartInstances"_s,
            [] { return ops::StartInstances::request(u"cn-hangzhou"_s, { u"i-1"_s }); },
            parseWith<ops::StartInstances>,
            R"({"InstanceResponses":{"InstanceResponse":[{"InstanceId":"i-1","Code":"200",
                "Message":"success","PreviousStatus":"Stopped","CurrentStatus":"Starting"}]}})",
            {}, {} },
        { u"RebootInstance"_s, [] { return ops::RebootInstance::request(u"i-1"_s, false); },
            parseWith<ops::RebootInstance>, R"({"RequestId":"R-1"})", {}, {} },
        { u"DescribeResourcesModification"_s,
            [] {
                return ops::DescribeResourcesModification::request(u"cn-hangzhou"_s, u"i-1"_s, {});
            },
            parseWith<ops::DescribeResourcesModification>,
            R"({"AvailableZones":{"AvailableZone":[{"AvailableResources":{"AvailableResource":[
                {"Type":"InstanceType","SupportedResources":{"SupportedResource":[
                {"Status":"Available","Value":"ecs.g7.xlarge"}]}}]}}]}})",
            {}, {} },
        { u"DescribeInstanceAutoRenewAttribute"_s,
            [] {
                return ops::DescribeInstanceAutoRenewAttribute::request(
                    u"cn-hangzhou"_s, { u"i-1"_s });
            },
            parseWith<ops::DescribeInstanceAutoRenewAttribute>,
            R"({"InstanceRenewAttributes":{"InstanceRenewAttribute":[{"InstanceId":"i-1",
                "AutoRenewEnabled":true,"Duration":1,"PeriodUnit":"Month","RenewalStatus":"AutoRenewal"}]}})",
            {}, {} },
        { u"AllocatePublicIpAddress"_s,
            [] { return ops::AllocatePublicIpAddress::request(u"i-1"_s); },
            parseWith<ops::AllocatePublicIpAddress>, R"({"IpAddress":"203.0.113.9"})", {}, {} },
        { u"RunInstances"_s,
            [] {
                RunInstancesSpec spec;
                spec.regionId = u"cn-hangzhou"_s;
                spec.zoneId = u"cn-hangzhou-h"_s;
                spec.instanceType = u"ecs.g7.large"_s;
                spec.imageId = u"aliyun_3_x64"_s;
                spec.clientToken = u"token-1"_s;
                return spec.request();
            },
            parseWith<ops::RunInstances>,
            R"({"InstanceIdSets":{"InstanceIdSet":["i-1"]},"OrderId":"o-1","TradePrice":1.5})", {},
            {} },
        { u"DescribePrice"_s,
            [] {
                RunInstancesSpec spec;
                spec.regionId = u"cn-hangzhou"_s;
                spec.instanceType = u"ecs.g7.large"_s;
                return ops::DescribePrice::request(spec);
            },
            parseWith<ops::DescribePrice>,
            R"({"PriceInfo":{"Price":{"OriginalPrice":1,"DiscountPrice":0.1,"TradePrice":0.9,
                "Currency":"CNY"}}})",
            {}, {} },
        { u"DescribeVSwitches"_s,
            [] { return ops::DescribeVSwitches::request(u"cn-hangzhou"_s, {}); },
            parseWith<ops::DescribeVSwitches>,
            R"({"VSwitches":{"VSwitch":[{"VSwitchId":"vsw-1","VSwitchName":"n","VpcId":"vpc-1",
                "ZoneId":"cn-hangzhou-h","CidrBlock":"10.0.0.0/24","AvailableIpAddressCount":100,
                "IsDefault":true}]}})",
            {}, {} },
        { u"DescribeSecurityGroups"_s,
            [] { return ops::DescribeSecurityGroups::request(u"cn-hangzhou"_s, {}); },
            parseWith<ops::DescribeSecurityGroups>,
            R"({"SecurityGroups":{"SecurityGroup":[{"SecurityGroupId":"sg-1","SecurityGroupName":"n",
                "VpcId":"vpc-1","SecurityGroupType":"normal"}]}})",
            {}, {} },
    };
    return ops;
}

const Operation &operation(const QString &name)
{
    for (const Operation &op : operations())
        if (op.name == name)
            return op;
    qFatal("unknown operation %s", qPrintable(name));
}

QJsonObject jsonObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// --- What "a clear typed error" means
// --------------------------------------------------------------

/// Empty when `error` is something a person can be shown; otherwise what is wrong with it.
QString unreadable(const ApiError &error)
{
    if (!error.isError())
        return u"no error at all"_s;
    if (error.message.trimmed().size() < 8)
        return u"the message is empty or next to it: \"%1\""_s.arg(error.message);
    const QString shown = error.toDisplayString();
    // A hostile body must not turn into a wall of text in a dialog.
    if (error.message.size() > 2048 || shown.size() > 4096)
        return u"the message is %1 characters long"_s.arg(shown.size());
    for (const QString &text : { shown, error.code, error.requestId }) {
        for (const QChar c : text) {
            if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f)
                return u"control character U+%1 in \"%2\""_s.arg(
                    QString::number(c.unicode(), 16).rightJustified(4, u'0'), text.left(200));
        }
    }
    return {};
}

/// Empty when `error` is of `kind`, readable, and says `pattern`; otherwise what is wrong.
QString typedErrorProblem(const ApiError &error, Kind kind, const QRegularExpression &pattern)
{
    if (error.kind != kind)
        return u"got %1 (%2), expected %3"_s.arg(
            ApiError::kindName(error.kind), error.message.left(300), ApiError::kindName(kind));
    if (const QString why = unreadable(error); !why.isEmpty())
        return why;
    if (!pattern.pattern().isEmpty() && !pattern.match(error.message).hasMatch())
        return u"\"%1\" does not match /%2/"_s.arg(error.message.left(300), pattern.pattern());
    return {};
}

#define VERIFY_TYPED_ERROR(error, kind, pattern)                                                   \
    do {                                                                                           \
        const QString why_ = typedErrorProblem((error), (kind), (pattern));                        \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)

// --- A server that answers raw bytes, for what no well-behaved HTTP stack would send -------------

class RawHttpServer : public QTcpServer
{
public:
    explicit RawHttpServer(QByteArray answer, bool closeAfter)
        : m_answer(std::move(answer))
        , m_closeAfter(closeAfter)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                auto received = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, received] {
                    received->append(socket->readAll());
                    if (!requestComplete(*received))
                        return;
                    ++m_requests;
                    received->clear();
                    socket->write(m_answer);
                    if (m_closeAfter)
                        socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const
    {
        QUrl u;
        u.setScheme(u"http"_s);
        u.setHost(u"127.0.0.1"_s);
        u.setPort(serverPort());
        u.setPath(u"/"_s);
        return u;
    }
    int requests() const { return m_requests; }

private:
    static bool requestComplete(const QByteArray &data)
    {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        static const QRegularExpression length(
            u"\\r\\ncontent-length:\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
        const auto match = length.match(QString::fromLatin1(data.left(end + 2)));
        const qsizetype bodySize = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        return data.size() >= end + 4 + bodySize;
    }

    QByteArray m_answer;
    bool m_closeAfter;
    int m_requests = 0;
};

/// `size` bytes of zeros, deflated: a few kilobytes on the wire.
QByteArray zlibBomb(qsizetype size)
{
    return qCompress(QByteArray(size, '\0'), 9).mid(4); // drop Qt's length prefix: plain zlib
}

QByteArray repeated(const QByteArray &unit, qsizetype times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += unit;
    return out;
}

// The generic wrong-shape mutations of a sample: every value (below the top) replaced by an object,
// by an array, and numbers and booleans by unreadable strings.
struct Mutation
{
    QString where;
    QJsonObject body;
};

QJsonValue replaceAt(const QJsonValue &root, const QList<QJsonValue> &path, qsizetype depth,
    const QJsonValue &replacement)
{
    if (depth == path.size())
        return replacement;
    const QJsonValue step = path.at(depth);
    if (root.isObject()) {
        QJsonObject object = root.toObject();
        const QString key = step.toString();
        object.insert(key, replaceAt(object.value(key), path, depth + 1, replacement));
        return object;
    }
    QJsonArray array = root.toArray();
    const qsizetype index = step.toInteger();
    array.replace(index, replaceAt(array.at(index), path, depth + 1, replacement));
    return array;
}

void collectMutations(const QJsonObject &root, const QJsonValue &node, QList<QJsonValue> &path,
    const QString &where, QList<Mutation> &out)
{
    if (!path.isEmpty()) {
        QList<QJsonValue> replacements;
        if (!node.isObject())
            replacements << QJsonObject { { u"Injected"_s, 1 } };
        if (!node.isArray())
            replacements << QJsonArray { QJsonArray { 1 } };
        if (node.isDouble())
            replacements << u"twelve"_s;
        if (node.isBool())
            replacements << u"maybe"_s;
        for (const QJsonValue &r : std::as_const(replacements)) {
            const QString label = u"%1 := %2"_s.arg(where,
                QString::fromUtf8(QJsonDocument(QJsonArray { r }).toJson(QJsonDocument::Compact)));
            out.append({ label, replaceAt(root, path, 0, r).toObject() });
        }
    }
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append(it.key());
            collectMutations(root, it.value(), path, where + u'.' + it.key(), out);
            path.removeLast();
        }
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.append(QJsonValue(i));
            collectMutations(root, array.at(i), path, where + u"[%1]"_s.arg(i), out);
            path.removeLast();
        }
    }
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void throughClient_data() { corpus(); }
    void throughClient();
    void throughMappers_data() { corpus(); }
    void throughMappers();
    void rawHttp_data();
    void rawHttp();

    void samplesParse_data();
    void samplesParse();
    void wrongShapes_data();
    void wrongShapes();
    void missingIds_data();
    void missingIds();
    void leadingWhitespaceIsNotAnEmptyBody();
    void hugeListFailsFast();

private:
    void corpus();
    /// Sends `request` and waits for the call to finish; null if it never did.
    std::unique_ptr<ApiCall> sendAndWait(EcsClient &client, const ApiRequest &request);
    ClientConfig config(const QUrl &endpoint) const;
};

void TestBadInput::initTestCase()
{
    QCOMPARE(operations().size(), 17);
}

ClientConfig TestBadInput::config(const QUrl &endpoint) const
{
    ClientConfig c;
    c.credentials = { u"LTAIbadinput"_s, u"secret"_s, {} };
    c.endpointOverride = endpoint;
    c.retry.maxAttempts = 1; // the mapping of one answer: retries have their own tests
    c.transferTimeoutMs = 5'000;
    c.deadlineMs = 15'000; // anything that would hang ends as a Timeout, which fails the row
    return c;
}

std::unique_ptr<ApiCall> TestBadInput::sendAndWait(EcsClient &client, const ApiRequest &request)
{
    ApiCall *call = client.send(request);
    call->setAutoDelete(false);
    std::unique_ptr<ApiCall> owner(call);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(30'000))
        return nullptr;
    QCoreApplication::processEvents();
    if (finished.size() != 1)
        return nullptr;
    return owner;
}

// The corpus: what came back (status, Content-Type, body), the operation that asked, and the error
// it must become through the client and through the mapper and parser.
void TestBadInput::corpus()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("op");
    QTest::addColumn<Kind>("clientKind");
    QTest::addColumn<Kind>("mapperKind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QRegularExpression>("message");

    const QByteArray json = "application/json;charset=utf-8";
    const QByteArray html = "text/html";
    const QByteArray xml = "text/xml;charset=utf-8";
    const auto row
        = [](const char *name, int status, const QByteArray &type, const QByteArray &body,
              const QString &op, Kind kind, const QString &pattern = {}, const QString &code = {}) {
              QTest::newRow(name) << status << type << body << op << kind << kind << code
                                  << QRegularExpression(pattern);
          };
    const QString regions = u"DescribeRegions"_s;
    const QString instances = u"DescribeInstances"_s;

    // Nothing, or next to nothing.
    row("empty 200", 200, json, {}, regions, Kind::Malformed, u"empty body"_s);
    row("whitespace 200", 200, json, " \r\n\t ", regions, Kind::Malformed, u"empty body"_s);
    row("empty 500", 500, json, {}, regions, Kind::Malformed, u"HTTP 500 with an empty body"_s);
    row("empty 503 no type", 503, {}, {}, regions, Kind::Malformed, u"HTTP 503"_s);

    // Cut off in transit (the Content-Length matched what was sent).
    row("truncated object", 200, json, R"({"RequestId":"R","Regions":{"Region":[{"RegionId":"cn-)",
        regions, Kind::Malformed, u"cut off"_s);
    row("truncated after key", 200, json, R"({"Regions":)", regions, Kind::Malformed, u"cut off"_s);
    row("truncated number", 200, json, R"({"TotalCount":12)", instances, Kind::Malformed,
        u"cut off"_s);
    row("truncated literal", 200, json, R"({"Regions":tru)", regions, Kind::Malformed,
        u"cut off|not valid JSON"_s);
    row("lone brace", 200, json, "{", regions, Kind::Malformed, u"cut off"_s);

    // Not JSON, or not a JSON object.
    row("plain text 500", 500, "text/plain", "Internal Server Error", regions, Kind::Malformed,
        u"not valid JSON"_s);
    row("trailing garbage", 200, json, R"({"Regions":{"Region":[]}}}{)", regions, Kind::Malformed,
        u"not valid JSON"_s);
    row("top-level array", 200, json, "[]", regions, Kind::Malformed, u"not an object"_s);
    row("top-level string", 200, json, R"("ok")", regions, Kind::Malformed,
        u"not valid JSON|not an object"_s);
    row("top-level number", 200, json, "42", regions, Kind::Malformed,
        u"not valid JSON|not an object"_s);
    row("top-level null", 200, json, "null", regions, Kind::Malformed,
        u"not valid JSON|not an object"_s);
    row("NaN literal", 200, json, R"({"SpotPrices":{"SpotPriceType":[{"SpotPrice":NaN}]}})",
        u"DescribeSpotPriceHistory"_s, Kind::Malformed, u"not valid JSON"_s);

    // Web pages from proxies, gateways and captive portals.
    row("html 502", 502, html,
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
        "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        regions, Kind::Malformed, u"web page.*502"_s);
    row("html 503", 503, html,
        "<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>Try again "
        "later</body></html>",
        instances, Kind::Malformed, u"web page.*503"_s);
    row("html 200 captive portal", 200, html,
        "<html><body><form action=\"/login\">Sign in to the hotel Wi-Fi</form></body></html>",
        regions, Kind::Malformed, u"web page.*200"_s);
    row("html 200 labelled json", 200, json,
        "\n\n<!doctype html><html><body>Maintenance</body></html>", instances, Kind::Malformed,
        u"web page"_s);
    row("html after long whitespace", 502, "text/plain",
        QByteArray(2000, ' ') + "<html><body>Bad Gateway</body></html>", regions, Kind::Malformed,
        u"web page"_s);

    // XML: the service's own error shape, answers in the wrong format, hostile XML.
    row("xml service error", 400, xml,
        "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>X-1</RequestId><HostId>ecs."
        "aliyuncs.com</HostId><Code>Throttling.User</Code><Message>Request was denied due to user "
        "flow control.</Message></Error>",
        regions, Kind::Service, u"flow control"_s, u"Throttling.User"_s);
    row("xml error without message", 403, xml, "<Error><Code>Forbidden.RAM</Code></Error>", regions,
        Kind::Service, u"403.*Forbidden.RAM"_s, u"Forbidden.RAM"_s);
    row("xml success body", 200, xml,
        "<?xml version=\"1.0\"?><DescribeRegionsResponse><Regions><Region><RegionId>cn-hangzhou"
        "</RegionId></Region></Regions></DescribeRegionsResponse>",
        regions, Kind::Malformed, u"XML"_s);
    row("xml truncated", 500, xml, "<Error><Code>InternalError</Code><Message>The req", regions,
        Kind::Malformed, u"XML"_s);
    row("xml billion laughs", 200, xml,
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
        "<Error><Code>&lol9;</Code></Error>",
        regions, Kind::Malformed, u"XML"_s);
    row("xml deep nesting", 200, xml, repeated("<a>", 100'000), regions, Kind::Malformed, u"XML"_s);
    row("xml invalid utf-8", 400, xml, "<Error><Code>Bad\xff\xfe</Code></Error>", regions,
        Kind::Malformed, u"XML"_s);

    // Wrong types.
    row("array where object", 200, json, R"({"Regions":[{"RegionId":"cn-hangzhou"}]})", regions,
        Kind::Malformed, u"Regions is an array, expected an object"_s);
    row("object where array", 200, json, R"({"Images":{"Image":{"ImageId":"m-1"}}})",
        u"DescribeImages"_s, Kind::Malformed, u"expected a list"_s);
    row("string where number", 200, json, R"({"TotalCount":"many","Instances":{"Instance":[]}})",
        instances, Kind::Malformed, u"TotalCount is a string"_s);
    row("number where object", 200, json, R"({"Regions":{"Region":[7]}})", regions, Kind::Malformed,
        u"Regions.Region\\[0\\] is a number"_s);
    row("array where string", 200, json,
        R"({"InstanceStatuses":{"InstanceStatus":[{"InstanceId":["i-1"],"Status":"Running"}]}})",
        u"DescribeInstanceStatus"_s, Kind::Malformed, u"InstanceId is an array"_s);
    row("null item", 200, json, R"({"Instances":{"Instance":[null]}})", instances, Kind::Malformed,
        u"is null"_s);
    row("price is a word", 200, json,
        R"({"SpotPrices":{"SpotPriceType":[{"Timestamp":"2024-01-01T00:00:00Z","SpotPrice":"cheap"}]}})",
        u"DescribeSpotPriceHistory"_s, Kind::Malformed, u"SpotPrice is a string"_s);
    row("timestamp is a word", 200, json,
        R"({"SpotPrices":{"SpotPriceType":[{"Timestamp":"yesterday","SpotPrice":0.1}]}})",
        u"DescribeSpotPriceHistory"_s, Kind::Malformed, u"Timestamp"_s);
    row("supported resources is a string", 200, json,
        R"({"AvailableZones":{"AvailableZone":[{"ZoneId":"z","AvailableResources":{"AvailableResource":[{"SupportedResources":{"SupportedResource":"ecs.g7.large"}}]}}]}})",
        u"DescribeAvailableResource"_s, Kind::Malformed, u"expected a list"_s);
    row("tags are strings", 200, json,
        R"({"Instances":{"Instance":[{"InstanceId":"i-1","Tags":{"Tag":["env=prod"]}}]}})",
        instances, Kind::Malformed, u"Tag\\[0\\] is a string"_s);

    // Huge numbers.
    row("number beyond double", 200, json, R"({"TotalCount":1e400,"Instances":{"Instance":[]}})",
        instances, Kind::Malformed, u"TotalCount|not valid JSON"_s);
    row("30-digit count", 200, json,
        R"({"TotalCount":123456789012345678901234567890,"Instances":{"Instance":[]}})", instances,
        Kind::Malformed, u"TotalCount is out of range"_s);
    row("count past int", 200, json,
        R"({"InstanceTypes":{"InstanceType":[{"InstanceTypeId":"ecs.x","CpuCoreCount":4294967298}]}})",
        u"DescribeInstanceTypes"_s, Kind::Malformed, u"CpuCoreCount is out of range"_s);
    row("string count past int", 200, json,
        R"({"Instances":{"Instance":[{"InstanceId":"i-1","Memory":"99999999999"}]}})", instances,
        Kind::Malformed, u"Memory is out of range"_s);

    // Deep nesting.
    row("100k brackets", 200, json, QByteArray(100'000, '['), regions, Kind::Malformed,
        u"not valid JSON|cut off"_s);
    row("100k objects", 200, json, repeated(R"({"a":)", 100'000), regions, Kind::Malformed,
        u"not valid JSON|cut off"_s);
    row("1000 nested arrays in a list", 200, json,
        R"({"Regions":{"Region":)" + QByteArray(1000, '[') + QByteArray(1000, ']') + "}}", regions,
        Kind::Malformed, u"Regions.Region\\[0\\] is an array"_s);

    // Missing keys.
    row("region without id", 200, json, R"({"Regions":{"Region":[{"LocalName":"Nowhere"}]}})",
        regions, Kind::Malformed, u"RegionId"_s);
    row("status without instance id", 200, json,
        R"({"InstanceStatuses":{"InstanceStatus":[{"Status":"Running"}]}})",
        u"DescribeInstanceStatus"_s, Kind::Malformed, u"InstanceId"_s);
    row("instance type without id", 200, json,
        R"({"InstanceTypes":{"InstanceType":[{"CpuCoreCount":2}]}})", u"DescribeInstanceTypes"_s,
        Kind::Malformed, u"InstanceTypeId"_s);
    row("zone stock without zone", 200, json,
        R"({"AvailableZones":{"AvailableZone":[{"Status":"Available"}]}})",
        u"DescribeAvailableResource"_s, Kind::Malformed, u"ZoneId"_s);

    // Service errors that are not quite service errors.
    row("error body with 200", 200, json,
        R"({"RequestId":"R-200","Code":"Throttling.User","Message":"Request was denied due to user flow control."})",
        u"DescribeInstanceStatus"_s, Kind::Service, u"flow control"_s, u"Throttling.User"_s);
    row("error message is an object", 403, json,
        R"({"RequestId":"R-1","Code":"Forbidden.RAM","Message":{"text":"no"}})", regions,
        Kind::Service, u"403.*Forbidden.RAM"_s, u"Forbidden.RAM"_s);
    row("error code is an object", 400, json, R"({"RequestId":"R-2","Code":{"x":1}})", regions,
        Kind::Service, u"without an error code"_s);
    row("odd status", 305, json, R"({"Regions":{"Region":[]}})", regions, Kind::Malformed,
        u"Unexpected HTTP status 305"_s);
    row("error status 599", 599, json, R"({"RequestId":"R-3"})", regions, Kind::Service,
        u"HTTP 599 without an error code"_s);
    row("megabyte message", 400, json,
        R"({"Code":"InternalError","Message":")" + QByteArray(1024 * 1024, 'x') + R"("})", regions,
        Kind::Service, u"^x+…$"_s, u"InternalError"_s);
    row("control characters in error", 400, json,
        R"({"Code":"Bad\u0000Code\u001b[31m","Message":"line1\r\nline2\u0007","RequestId":"R\u0000"})",
        regions, Kind::Service, u"line1"_s, u"BadCode[31m"_s);

    // Bytes that are not text.
    row("nul bytes", 200, json, QByteArray("{\"Regions\":\0\0\0}", 15), regions, Kind::Malformed,
        u"not valid JSON"_s);
    row("only nul bytes", 200, json, QByteArray(4096, '\0'), regions, Kind::Malformed,
        u"not valid JSON"_s);
    row("invalid utf-8 in value", 200, json,
        "{\"Regions\":{\"Region\":[{\"RegionId\":\"cn-\xff\xfe\"}]}}", regions, Kind::Malformed,
        u"not valid JSON"_s);
    row("overlong utf-8", 200, json, "{\"Regions\":{\"Region\":[{\"RegionId\":\"\xc0\xaf\"}]}}",
        regions, Kind::Malformed, u"not valid JSON"_s);
    row("invalid utf-8 in key", 200, json, "{\"Reg\xe9ons\":{}}", regions, Kind::Malformed,
        u"not valid JSON"_s);

    // Duplicate keys: the last one wins, and is judged.
    row("duplicate keys", 200, json,
        R"({"Regions":{"Region":[{"RegionId":"cn-hangzhou"}]},"Regions":7})", regions,
        Kind::Malformed, u"Regions is a number"_s);
    row("duplicate id keys", 200, json,
        R"({"Instances":{"Instance":[{"InstanceId":"i-1","InstanceId":{}}]}})", instances,
        Kind::Malformed, u"InstanceId is an object"_s);

    // Too big: refused before parsing on the wire; the mapper alone still judges the shape.
    {
        QByteArray big = R"({"Regions":{"Region":")";
        big += QByteArray(20 * 1024 * 1024, 'a');
        big += R"("}})";
        QTest::newRow("20 MB body")
            << 200 << json << big << regions << Kind::Malformed << Kind::Malformed << QString()
            << QRegularExpression(u"larger than 16 MiB|expected a list"_s);
    }
}

void TestBadInput::throughClient()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, op);
    QFETCH(Kind, clientKind);
    QFETCH(QString, code);
    QFETCH(QRegularExpression, message);

    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setReply({ ScriptedHttpServer::Reply::Kind::Respond, status, contentType, body, {} });
    QNetworkAccessManager nam;
    EcsClient client(&nam, config(server.url()));
    const Operation &operation = ::operation(op);

    const std::unique_ptr<ApiCall> call = sendAndWait(client, operation.request());
    QVERIFY2(call, "the call did not finish exactly once");
    QCOMPARE(server.requestCount(), 1);
    // What the caller sees: the call's error, or the typed parse of a body it accepted.
    const ApiError error = call->ok() ? operation.parse(call->response()) : call->error();
    VERIFY_TYPED_ERROR(error, clientKind, message);
    QCOMPARE(error.code, code);
    if (clientKind == Kind::Service)
        QCOMPARE(error.httpStatus, status);
}

void TestBadInput::throughMappers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, op);
    QFETCH(Kind, mapperKind);
    QFETCH(QString, code);
    QFETCH(QRegularExpression, message);

    const MappedResponse mapped = mapResponse({ status, contentType, "HDR-1", body });
    if (mapped.error.isError()) {
        VERIFY_TYPED_ERROR(mapped.error, mapperKind, message);
        QCOMPARE(mapped.error.code, code);
        QVERIFY(!mapped.error.requestId.isEmpty());
        return;
    }
    // Accepted as JSON: the operation that asked must refuse it, and every other operation must
    // either read it or refuse it in words.
    QVERIFY(!mapped.requestId.isEmpty());
    for (const Operation &other : operations()) {
        const ApiError error = other.parse(mapped.body);
        if (other.name == op) {
            VERIFY_TYPED_ERROR(error, mapperKind, message);
        } else if (error.isError()) {
            const QString why = unreadable(error);
            QVERIFY2(error.kind == Kind::Malformed && why.isEmpty(),
                qPrintable(other.name + u": "_s + why));
        }
    }
}

// What no HTTP stack should send: broken status lines, lengths and encodings, decompression bombs.
// The body, when one gets through, is one no operation accepts: the outcome must be an error.
void TestBadInput::rawHttp_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QRegularExpression>("message");

    const QByteArray badBody = R"({"Regions":5})";
    const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    const auto row = [](const char *name, const QByteArray &answer, bool close, Kind kind,
                         const QString &pattern) {
        QTest::newRow(name) << answer << close << kind << QRegularExpression(pattern);
    };
    row("not http", "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", true, Kind::Network,
        u"closed the connection"_s);
    row("garbage status line", "HTTP/1.1 abc\r\nContent-Length: 2\r\n\r\n{}", true, Kind::Network,
        u"closed the connection"_s);
    row("status line only", "HTTP/1.1 200 OK\r\n", true, Kind::Network, u"closed the connection"_s);
    row("negative length", ok + "Content-Length: -5\r\n\r\n" + badBody, true, Kind::Malformed,
        u"Regions is a number"_s);
    row("length beyond the body", ok + "Content-Length: 99999999999999999999\r\n\r\n" + badBody,
        true, Kind::Malformed, u"Regions is a number"_s);
    row("bad chunk size", ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", true,
        Kind::Malformed, u"empty body"_s);
    row("huge chunk size", ok + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n{}\r\n",
        true, Kind::Malformed, u"empty body"_s);
    row("header without colon", ok + "this is not a header\r\nContent-Length: 13\r\n\r\n" + badBody,
        true, Kind::Malformed, u"Regions is a number"_s);
    row("256 KB header",
        ok + "X-Padding: " + QByteArray(256 * 1024, 'a') + "\r\nContent-Length: 13\r\n\r\n"
            + badBody,
        true, Kind::Malformed, u"Regions is a number"_s);
    row("20k headers",
        ok + repeated("X-Many: header\r\n", 20'000) + "Content-Length: 13\r\n\r\n" + badBody, true,
        Kind::Malformed, u"Regions is a number"_s);
    row("gzip that is not",
        ok + "Content-Encoding: gzip\r\nContent-Length: 15\r\n\r\nnot gzip at all", true,
        Kind::Malformed, u"could not be decoded"_s);
    {
        const QByteArray bomb = zlibBomb(64 * 1024 * 1024);
        row("deflate bomb",
            ok + "Content-Encoding: deflate\r\nContent-Length: " + QByteArray::number(bomb.size())
                + "\r\n\r\n" + bomb,
            true, Kind::Malformed, u"could not be decoded|larger than"_s);
    }
    row("redirect to metadata service",
        "HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/\r\n"
        "Content-Length: 0\r\n\r\n",
        false, Kind::Malformed, u"HTTP 302 with an empty body"_s);
}

void TestBadInput::rawHttp()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, closeAfter);
    QFETCH(Kind, kind);
    QFETCH(QRegularExpression, message);

    RawHttpServer server(answer, closeAfter);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager nam;
    EcsClient client(&nam, config(server.url()));
    const std::unique_ptr<ApiCall> call = sendAndWait(client, ops::DescribeRegions::request());
    QVERIFY2(call, "the call did not finish exactly once");
    QVERIFY(server.requests() >= 1);
    const ApiError error
        = call->ok() ? operation(u"DescribeRegions"_s).parse(call->response()) : call->error();
    VERIFY_TYPED_ERROR(error, kind, message);
}

void TestBadInput::samplesParse_data()
{
    QTest::addColumn<QString>("op");
    for (const Operation &op : operations())
        QTest::newRow(qPrintable(op.name)) << op.name;
}

void TestBadInput::samplesParse()
{
    QFETCH(QString, op);
    const Operation &operation = ::operation(op);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(operation.sample, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    const ApiError error = operation.parse(doc.object());
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

// Every value of every sample, replaced by something of the wrong type: each must be refused.
void TestBadInput::wrongShapes_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("body");
    int rows = 0;
    for (const Operation &op : operations()) {
        const QJsonObject sample = jsonObject(op.sample);
        QList<QJsonValue> path;
        QList<Mutation> mutations;
        collectMutations(sample, sample, path, op.name, mutations);
        for (const Mutation &m : std::as_const(mutations)) {
            QTest::newRow(qPrintable(m.where)) << op.name << m.body;
            ++rows;
        }
    }
    QVERIFY(rows > 200);
}

void TestBadInput::wrongShapes()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, body);
    const ApiError error = operation(op).parse(body);
    VERIFY_TYPED_ERROR(error, Kind::Malformed, QRegularExpression(u"expected|out of range|no "_s));
}

void TestBadInput::missingIds_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("body");
    for (const Operation &op : operations()) {
        if (op.idKey.isEmpty())
            continue;
        QJsonObject sample = jsonObject(op.sample);
        const QString list = op.idListPath.at(0), item = op.idListPath.at(1);
        QJsonObject container = sample.value(list).toObject();
        QJsonArray items = container.value(item).toArray();
        QJsonObject first = items.at(0).toObject();
        first.remove(op.idKey);
        items.replace(0, first);
        container.insert(item, items);
        sample.insert(list, container);
        QTest::addRow("%s without %s", qPrintable(op.name), qPrintable(op.idKey))
            << op.name << sample;
        first.insert(op.idKey, u""_s);
        items.replace(0, first);
        container.insert(item, items);
        sample.insert(list, container);
        QTest::addRow("%s with empty %s", qPrintable(op.name), qPrintable(op.idKey))
            << op.name << sample;
    }
}

void TestBadInput::missingIds()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, body);
    const Operation &operation = ::operation(op);
    VERIFY_TYPED_ERROR(operation.parse(body), Kind::Malformed,
        QRegularExpression(QRegularExpression::escape(operation.idKey)));
}

// Pretty-printed answers may start with a lot of whitespace: that is not an empty body.
void TestBadInput::leadingWhitespaceIsNotAnEmptyBody()
{
    const QByteArray body = QByteArray(4096, ' ') + R"({"Regions":{"Region":[]}})";
    const MappedResponse mapped = mapResponse({ 200, "application/json", "HDR-2", body });
    QVERIFY2(!mapped.error.isError(), qPrintable(mapped.error.message));
    QVERIFY(ops::DescribeRegions::parse(mapped.body).ok());
}

// Nearly 16 MB (just under the client's cap) of a list with 7.8 million wrong items: the first
// problem is the answer, without a pass over the rest or memory reserved for all of them (this
// took 15 s and 2.8 GB before parsers stopped at the first problem).
void TestBadInput::hugeListFailsFast()
{
    const QByteArray body = R"({"Instances":{"Instance":[)" + repeated("7,", 7'800'000) + R"(7]}})";
    const MappedResponse mapped = mapResponse({ 200, "application/json", {}, body });
    QVERIFY(!mapped.error.isError());
    QElapsedTimer timer;
    timer.start();
    for (const Operation &op : operations()) {
        const ApiError error = op.parse(mapped.body);
        if (op.name == u"DescribeInstances")
            VERIFY_TYPED_ERROR(error, Kind::Malformed, QRegularExpression(u"\\[0\\]"_s));
    }
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
