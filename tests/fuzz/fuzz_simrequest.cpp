// libFuzzer target: ecs-sim's request parsing and signature verification. Byte 0 picks a mode:
//
//   bit 0 clear: raw. The rest is a request as it comes off the wire ("METHOD URL", header lines,
//     an empty line, the body); it is parsed (SimRequest::fromHttp), authenticated at a fixed
//     clock, and its parameters read the way operations read them (SimParams). A request that
//     passes must be refused when replayed (its nonce is spent).
//   bit 0 set: round trip. The rest is an action line and then `name=value&…` pairs of raw bytes;
//     the client signs them (bit 1: v1 or ACS3, bit 2: POST or GET, bit 3: with an STS token), the
//     request crosses the wire encoding, and the simulator must accept it and decode exactly the
//     parameters that were signed.
#include "requestauthenticator.h"
#include "requestbuilder.h"
#include "simparams.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace ecs;
using namespace ecs::sim;

namespace {

const QString kKeyId = QStringLiteral("LTAIfuzzkey");
const QString kSecret = QStringLiteral("fuzz-secret");
const QString kToken = QStringLiteral("fuzz-sts-token");
const QUrl kEndpoint(QStringLiteral("http://127.0.0.1:4321/"));

const QDateTime &now()
{
    static const QDateTime fixed(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    return fixed;
}

SimOptions options()
{
    SimOptions o;
    o.accessKeyId = kKeyId;
    o.accessKeySecret = kSecret;
    o.stsTokens.insert(kKeyId, kToken);
    o.extraKeys.append({ QStringLiteral("LTAIdisabled"), QStringLiteral("x"), true, false });
    return o;
}

[[noreturn]] void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "invariant violated: %s %s\n", what, qPrintable(detail.left(500)));
    std::abort();
}

void checkError(const SimError &error)
{
    if (!error.isError())
        return;
    if (error.httpStatus < 400 || error.httpStatus > 599 || error.code.isEmpty()
        || error.message.isEmpty())
        violated("an authentication error without status, code or message", error.code);
}

// Every kind of read an operation makes, over whatever parameters arrived.
void readParams(const SimRequest &request)
{
    SimRequest copy = request;
    copy.params = request.query;
    for (auto it = request.form.cbegin(); it != request.form.cend(); ++it)
        copy.params.insert(it.key(), it.value());
    SimParams p(copy);
    p.string(QStringLiteral("RegionId"));
    p.required(QStringLiteral("InstanceId"));
    p.oneOf(QStringLiteral("InstanceChargeType"),
        { QStringLiteral("PostPaid"), QStringLiteral("PrePaid") });
    p.integer(QStringLiteral("PageSize"), 10, 1, 100);
    p.integer(QStringLiteral("Amount"), 1, 1, 1000);
    p.number(QStringLiteral("SpotPriceLimit"), 0, 0, 1e6);
    p.boolean(QStringLiteral("DryRun"), false);
    p.time(QStringLiteral("StartTime"));
    p.time(QStringLiteral("AutoReleaseTime"));
    p.repeatList(QStringLiteral("InstanceId"));
    p.jsonList(QStringLiteral("InstanceIds"));
    p.commaList(QStringLiteral("InstanceId"));
    p.structList(QStringLiteral("DataDisk"));
    p.tags();
    SimParams::parseTime(copy.params.value(QStringLiteral("EndTime")));
    if (!p.ok())
        checkError(p.error());
}

void raw(const QByteArray &input)
{
    const qsizetype headerEnd = input.indexOf("\n\n");
    const QByteArray head = headerEnd < 0 ? input : input.left(headerEnd);
    const QByteArray body = headerEnd < 0 ? QByteArray() : input.mid(headerEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype space = requestLine.indexOf(' ');
    const QByteArray method = space < 0 ? requestLine : requestLine.left(space);
    const QUrl url = QUrl::fromEncoded(space < 0 ? QByteArray("/") : requestLine.mid(space + 1));
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }

    const SimRequest original = SimRequest::fromHttp(method, url, headers, body);
    SimRequest request = original;
    RequestAuthenticator authenticator(options());
    const SimError error = authenticator.authenticate(request, now());
    if (qEnvironmentVariableIsSet("ECS_FUZZ_VERBOSE")) // to see where a corpus file gets
        std::fprintf(stderr, "%s %s\n", error.isError() ? qPrintable(error.code) : "accepted",
            qPrintable(request.action));
    checkError(error);
    readParams(original);
    if (error.isError())
        return;
    // Accepted once: the same request again is a replay.
    SimRequest replay = original;
    const SimError again = authenticator.authenticate(replay, now());
    if (again.code != u"SignatureNonceUsed")
        violated("a replayed request was not refused as a replay", again.code);
}

void roundTrip(quint8 mode, const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    QString action;
    for (const char c : input.left(newline < 0 ? 0 : newline))
        if (QChar::isLetterOrNumber(uchar(c)) && uchar(c) < 0x80)
            action += QLatin1Char(c);
    ApiRequest api(action.isEmpty() ? QStringLiteral("DescribeInstances") : action);
    static const QStringList reserved = { QStringLiteral("AccessKeyId"),
        QStringLiteral("Signature"), QStringLiteral("SignatureMethod"),
        QStringLiteral("SignatureVersion"), QStringLiteral("SignatureNonce"),
        QStringLiteral("SignatureType"), QStringLiteral("Timestamp"), QStringLiteral("Format"),
        QStringLiteral("SecurityToken"), QStringLiteral("Action"), QStringLiteral("Version") };
    for (const QByteArray &pair : input.mid(newline + 1).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = QString::fromUtf8(eq < 0 ? pair : pair.left(eq));
        if (reserved.contains(name))
            continue;
        api.set(name, QString::fromUtf8(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }

    ClientConfig config;
    config.credentials = { kKeyId, kSecret, (mode & 8) ? kToken : QString() };
    config.signatureVersion = (mode & 2) ? SignatureVersion::Acs3 : SignatureVersion::RpcV1;
    config.httpMethod = (mode & 4) ? "GET" : "POST";
    const HttpRequest http
        = buildHttpRequest(api, config, kEndpoint, now(), QStringLiteral("fuzz-nonce"));

    // What the server sees: the URL as sent on the wire, the headers QNetworkAccessManager adds.
    const QUrl wireUrl = QUrl::fromEncoded(http.request.url().toEncoded());
    QList<QPair<QByteArray, QByteArray>> headers { { "Host", hostHeader(kEndpoint) } };
    for (const QByteArray &name : http.request.rawHeaderList())
        headers.append({ name, http.request.rawHeader(name) });
    const QVariant contentType = http.request.header(QNetworkRequest::ContentTypeHeader);
    if (contentType.isValid())
        headers.append({ "Content-Type", contentType.toByteArray() });
    SimRequest request = SimRequest::fromHttp(http.method, wireUrl, headers, http.body);

    RequestAuthenticator authenticator(options());
    const SimError error = authenticator.authenticate(request, now());
    if (error.isError())
        violated("the simulator refused what the client signed",
            error.code + QStringLiteral(": ") + error.message);
    if (request.action != api.action() || request.version != api.version())
        violated("the action or version changed on the way", request.action);
    if (request.params != api.params()) {
        QString diff;
        for (auto it = api.params().cbegin(); it != api.params().cend(); ++it)
            if (request.params.value(it.key(), QStringLiteral("<absent>")) != it.value())
                diff += QStringLiteral("[%1] sent \"%2\" got \"%3\"; ")
                            .arg(it.key(), it.value(), request.params.value(it.key()));
        violated("the parameters changed on the way", diff);
    }
    readParams(request);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1)
        roundTrip(data[0], input);
    else
        raw(input);
    return 0;
}
