// ecs-sim: a local ECS endpoint that verifies signatures like the real service.
#include "processhardening.h"
#include "signalwatcher.h"
#include "simdefaults.h"
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = u"127.0.0.1"_s;
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    ecs::disallowCoreDumps(); // it holds the AccessKey secrets it verifies signatures with
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ecs-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Alibaba Cloud ECS endpoint: verifies RPC v1 and ACS3-HMAC-SHA256 signatures and "
        "serves the ECS API from a built-in dataset (two VPCs per region, one instance type "
        "catalogue for DescribeZones and DescribeAvailableResource). Runs until SIGINT or "
        "SIGTERM.\n\nRequests are bounded: a body above 1 MiB is answered 413, a request line "
        "and headers above 64 KiB or 128 lines 431, and all unfinished requests together may "
        "hold 16 MiB (then 503), each refused as soon as the excess is seen.\n\nEach region is "
        "also served at a loopback port of its own, as the service has one endpoint per region "
        "(ecs.<region>.aliyuncs.com): DescribeRegions names it in RegionEndpoint as "
        "127.0.0.1:<port>, and after the first line (\"ecs-sim listening on URL\") one line "
        "per region says \"ecs-sim region REGION at 127.0.0.1:PORT\". The main endpoint "
        "answers every region, as ecs.aliyuncs.com does. --single-endpoint keeps one socket "
        "(RegionEndpoint = ecs.<region>.aliyuncs.com).\n\nTemporary credentials: STS AssumeRole "
        "(Version 2015-04-01, signed with any key it knows) issues STS.* keys with a "
        "SecurityToken, accepted on every call until their Expiration (DurationSeconds divided "
        "by --time-scale), InvalidSecurityToken.Expired after; the main port also serves the "
        "instance metadata service (GET /latest/meta-data/ram/security-credentials/[role], role "
        "EcsConsoleSimRole; PUT /latest/api/token) and a credentials URI (GET /sts/credentials). "
        "They live in memory only."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
        u"Address and port to listen on (port 0 picks a free one)."_s, u"host:port"_s,
        u"127.0.0.1:8080"_s);
    const QCommandLineOption keyId(u"access-key-id"_s, u"The access key id to accept."_s, u"id"_s,
        QString::fromLatin1(ecs::sim::kDemoAccessKeyId));
    const QCommandLineOption keySecret(u"access-key-secret"_s, u"Its secret."_s, u"secret"_s,
        QString::fromLatin1(ecs::sim::kDemoAccessKeySecret));
    const QCommandLineOption seed(u"seed"_s,
        u"Seed of everything random in the world (ids, spot market, stock)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption timeScale(u"time-scale"_s,
        u"Speed-up of the instance state machine (10 = ten times faster)."_s, u"F"_s, u"1"_s);
    const QCommandLineOption latency(u"latency-ms"_s,
        u"Delay every answer by N ms, plus up to JITTER ms at random (jitter reorders answers: "
        "what tests of latest-answer-wins need)."_s,
        u"N[:JITTER]"_s, u"0"_s);
    const QCommandLineOption faultRate(u"fault-rate"_s,
        u"Share of requests (0..1) answered with a fault: Throttling.User, ServiceUnavailable, "
        "InternalError, a dropped connection, a truncated body, or an answer lost after the "
        "service acted."_s,
        u"R"_s, u"0"_s);
    const QCommandLineOption qpsLimit(u"qps-limit"_s,
        u"Requests per second each AccessKey may send over all regions (bursts of N); beyond "
        "it Throttling.User (0: no limit)."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption instances(u"instances"_s,
        u"Create N instances at start, spread over regions, types and states."_s, u"N"_s, u"0"_s);
    const QCommandLineOption state(u"state"_s,
        u"Keep the world in FILE between runs: instances, the id counter, ClientTokens and the "
        "nonces of the replay window (in FILE.nonces). Loaded at start; every answer is sent "
        "only after what it reports is synced to disk, so it survives even SIGKILL."_s,
        u"FILE"_s);
    const QCommandLineOption tls(u"tls"_s, u"Serve HTTPS with a certificate made at start."_s);
    const QCommandLineOption certOut(u"cert-out"_s,
        u"With --tls: write the certificate (PEM) here, for clients to trust."_s, u"FILE"_s);
    const QCommandLineOption extraKey(u"extra-key"_s,
        u"Another key pair; :disabled answers Forbidden.AccessKeyDisabled, :read-only answers "
        u"Forbidden.RAM "
        "to anything but Describe* (repeatable)."_s,
        u"ID:SECRET[:disabled|:read-only]"_s);
    const QCommandLineOption allowReplay(u"allow-replay"_s,
        u"Accept a signature nonce more than once (load tools replaying one signed request)."_s);
    const QCommandLineOption singleEndpoint(u"single-endpoint"_s,
        u"Serve every region from the one --listen socket only (RegionEndpoint = "
        "ecs.<region>.aliyuncs.com) instead of a loopback port per region."_s);
    parser.addOptions({ listen, keyId, keySecret, seed, timeScale, latency, faultRate, instances,
        state, tls, certOut, allowReplay, extraKey, singleEndpoint, qpsLimit });
    parser.process(app);

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), &address, &port)) {
        std::fprintf(stderr, "ecs-sim: --listen wants HOST:PORT, got \"%s\"\n",
            qPrintable(parser.value(listen)));
        return 64;
    }

    ecs::sim::SimOptions options;
    options.accessKeyId = parser.value(keyId);
    options.accessKeySecret = parser.value(keySecret);
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "ecs-sim: --seed wants a non-negative integer\n");
        return 64;
    }
    options.timeScale = parser.value(timeScale).toDouble(&ok);
    if (!ok || options.timeScale <= 0 || options.timeScale > 100'000) {
        std::fprintf(stderr, "ecs-sim: --time-scale wants a number above 0\n");
        return 64;
    }

    const QStringList latencyParts = parser.value(latency).split(u':');
    bool jitterOk = true;
    options.latencyMs = latencyParts.value(0).toInt(&ok);
    if (latencyParts.size() > 1)
        options.latencyJitterMs = latencyParts.at(1).toInt(&jitterOk);
    if (!ok || !jitterOk || latencyParts.size() > 2 || options.latencyMs < 0
        || options.latencyJitterMs < 0) {
        std::fprintf(stderr, "ecs-sim: --latency-ms wants N or N:JITTER in milliseconds\n");
        return 64;
    }
    options.faultRate = parser.value(faultRate).toDouble(&ok);
    if (!ok || options.faultRate < 0 || options.faultRate > 1) {
        std::fprintf(stderr, "ecs-sim: --fault-rate wants a number from 0 to 1\n");
        return 64;
    }
    options.qpsLimit = parser.value(qpsLimit).toDouble(&ok);
    if (!ok || options.qpsLimit < 0 || options.qpsLimit > 1'000'000) {
        std::fprintf(stderr, "ecs-sim: --qps-limit wants a number from 0 to 1000000\n");
        return 64;
    }
    options.instances = parser.value(instances).toInt(&ok);
    if (!ok || options.instances < 0 || options.instances > 1'000'000) {
        std::fprintf(stderr, "ecs-sim: --instances wants a number from 0 to 1000000\n");
        return 64;
    }
    options.stateFile = parser.value(state);
    options.tls = parser.isSet(tls);
    options.certificateOut = parser.value(certOut);
    options.allowNonceReplay = parser.isSet(allowReplay);
    options.singleEndpoint = parser.isSet(singleEndpoint);
    for (const QString &spec : parser.values(extraKey)) {
        const QStringList parts = spec.split(u':');
        if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()
            || (parts.size() == 3 && parts.at(2) != u"disabled" && parts.at(2) != u"read-only")) {
            std::fprintf(stderr, "ecs-sim: --extra-key wants ID:SECRET[:disabled|:read-only]\n");
            return 64;
        }
        options.extraKeys.append({ parts.at(0), parts.at(1), parts.value(2) == u"disabled",
            parts.value(2) == u"read-only" });
    }
    if (parser.isSet(certOut) && !options.tls) {
        std::fprintf(stderr, "ecs-sim: --cert-out goes with --tls\n");
        return 64;
    }

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&app](int) {
        std::fprintf(stderr, "ecs-sim: stopping\n");
        app.exit(0);
    });

    ecs::sim::SimServer server(options);
    QObject::connect(&server, &ecs::sim::SimServer::listening, &app, [&server](const QUrl &url) {
        // Scripts and tests read this first line to learn the port.
        std::printf("ecs-sim listening on %s\n", qPrintable(url.toString()));
        const QMap<QString, QString> &regions = server.regionEndpoints();
        for (auto it = regions.cbegin(); it != regions.cend(); ++it)
            std::printf("ecs-sim region %s at %s\n", qPrintable(it.key()), qPrintable(it.value()));
        std::fflush(stdout);
    });
    QObject::connect(&server, &ecs::sim::SimServer::failed, &app, [&app](const QString &reason) {
        std::fprintf(stderr, "ecs-sim: %s\n", qPrintable(reason));
        app.exit(1);
    });
    // Started from the event loop, so that a failure can end it.
    QMetaObject::invokeMethod(
        &server, [&server, address, port] { server.start(address, port); }, Qt::QueuedConnection);
    return app.exec();
}
