#include "callcommand.h"

#include "cliio.h"

#include "ecsclient.h"
#include "logging.h"
#include "profileresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace cli;

CallCommand::CallCommand(
    QNetworkAccessManager *network, QSettings *settings, ecs::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

QString CallCommand::helpText()
{
    return u"Usage: ecs-console call ACTION [Key=Value ...] [options]\n"
           "\n"
           "Sends one ECS OpenAPI request and prints the response JSON on stdout.\n"
           "Parameters use the service's wire names, lists flattened as the operation wants them\n"
           "(InstanceId.1=i-abc, Tag.1.Key=env, InstanceIds=[\"i-abc\"]).\n"
           "Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET "
           "and,\n"
           "for STS, ALIBABA_CLOUD_SECURITY_TOKEN; or from a stored profile with --profile NAME.\n"
           "\n"
           "Options:\n"
           "  --endpoint URL         send to URL (e.g. http://127.0.0.1:8080 for ecs-sim); "
           "default:\n"
           "                         https://ecs.<region>.aliyuncs.com, or ecs.aliyuncs.com\n"
           "  --region ID            RegionId of the request (also picks the endpoint)\n"
           "  --signature v1|v3      RPC HMAC-SHA1 (v1) or ACS3-HMAC-SHA256 (v3, default)\n"
           "  --method GET|POST      HTTP method (default POST)\n"
           "  --product ecs|vpc      API: ECS 2014-05-26 (default) or VPC 2016-04-28\n"
           "  --timeout SECONDS      give up after this long (default 60)\n"
           "  --profile NAME         sign with a stored profile (secret from the OS keychain)\n"
           "\n"
           "Exit status: 0 success, 1 the service answered with an error, 2 no usable answer\n"
           "(network, timeout, TLS, unreadable response), 3 the keychain is locked, unavailable "
           "or\n"
           "refused the profile's secret, 64 usage error.\n"_s;
}

void CallCommand::fail(int exitCode, const QString &message)
{
    err(message + u'\n');
    // Emitted from the event loop so that callers connected after run() still see it.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void CallCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption endpoint(u"endpoint"_s, {}, u"URL"_s);
    const QCommandLineOption region(u"region"_s, {}, u"ID"_s);
    const QCommandLineOption signature(u"signature"_s, {}, u"v1|v3"_s, u"v3"_s);
    const QCommandLineOption method(u"method"_s, {}, u"GET|POST"_s, u"POST"_s);
    const QCommandLineOption product(u"product"_s, {}, u"ecs|vpc"_s, u"ecs"_s);
    const QCommandLineOption timeout(u"timeout"_s, {}, u"SECONDS"_s, u"60"_s);
    const QCommandLineOption profile(u"profile"_s, {}, u"NAME"_s);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, {});
    parser.addOptions({ endpoint, region, signature, method, product, timeout, profile, help });
    if (!parser.parse(QStringList { u"ecs-console call"_s } + arguments))
        return fail(UsageError, parser.errorText() + u"\n\n"_s + helpText());
    if (parser.isSet(help)) {
        out(helpText());
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Success); });
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(UsageError, u"Missing ACTION.\n\n"_s + helpText());

    ecs::ClientConfig config;
    if (!ecs::parseSignatureVersion(parser.value(signature), &config.signatureVersion))
        return fail(UsageError, u"--signature takes v1 or v3."_s);
    config.httpMethod = parser.value(method).toUpper().toLatin1();
    if (config.httpMethod != "GET" && config.httpMethod != "POST")
        return fail(UsageError, u"--method takes GET or POST."_s);
    bool timeoutOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0)
        return fail(UsageError, u"--timeout takes a positive number of seconds."_s);
    config.deadlineMs = int(seconds * 1000);
    if (parser.isSet(endpoint)) {
        QString text = parser.value(endpoint);
        if (!text.contains(u"://"_s))
            text.prepend(u"https://"_s);
        config.endpointOverride = QUrl(text, QUrl::StrictMode);
        if (!config.endpointOverride.isValid() || config.endpointOverride.host().isEmpty())
            return fail(
                UsageError, u"--endpoint is not a valid URL: %1"_s.arg(parser.value(endpoint)));
    }

    const bool useProfile = parser.isSet(profile);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!useProfile) {
        config.credentials.accessKeyId = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
        config.credentials.accessKeySecret = env.value(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
        config.credentials.securityToken = env.value(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s);
        if (!config.credentials.isComplete())
            return fail(UsageError,
                u"No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN "
                "for STS), or name a stored profile with --profile."_s);
    }

    const QString productName = parser.value(product).toLower();
    if (productName != u"ecs" && productName != u"vpc")
        return fail(UsageError, u"--product takes ecs or vpc."_s);
    ecs::ApiRequest request(positional.first(),
        productName == u"vpc" ? ecs::ApiRequest::Product::Vpc : ecs::ApiRequest::Product::Ecs);
    for (const QString &pair : positional.mid(1)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(UsageError, u"Parameters are Key=Value; got \"%1\"."_s.arg(pair));
        request.set(pair.left(eq), pair.mid(eq + 1));
    }
    if (parser.isSet(region) && request.regionId().isEmpty())
        request.setRegion(parser.value(region));

    if (!useProfile)
        return send(config, request);
    if (!m_settings || !m_secrets)
        return fail(UsageError, u"Profiles are not available here."_s);
    // The profile decides unless an option says otherwise.
    const ecs::ClientConfig overrides = config;
    const bool endpointSet = parser.isSet(endpoint), signatureSet = parser.isSet(signature),
               methodSet = parser.isSet(method), timeoutSet = parser.isSet(timeout);
    ecs::resolveProfile(ecs::ProfileStore(m_settings), m_secrets, parser.value(profile), this,
        [=, this](const ecs::ResolvedProfile &resolved) mutable {
            if (!resolved.ok())
                return fail(resolved.secretStatus == ecs::SecretResult::Status::Ok
                        ? UsageError
                        : keychainExitCode(resolved.secretStatus),
                    keychainMessage(resolved.secretStatus, resolved.error));
            ecs::ClientConfig merged = resolved.config;
            if (endpointSet)
                merged.endpointOverride = overrides.endpointOverride;
            if (signatureSet)
                merged.signatureVersion = overrides.signatureVersion;
            if (methodSet)
                merged.httpMethod = overrides.httpMethod;
            if (timeoutSet)
                merged.deadlineMs = overrides.deadlineMs;
            if (request.regionId().isEmpty() && !resolved.profile.defaultRegion.isEmpty()
                && request.action() != u"DescribeRegions")
                request.setRegion(resolved.profile.defaultRegion);
            send(merged, request);
        });
}

void CallCommand::send(const ecs::ClientConfig &config, const ecs::ApiRequest &request)
{
    auto *client = new ecs::EcsClient(m_network, config, this);
    ecs::ApiCall *call = client->send(request);
    connect(call, &ecs::ApiCall::finished, this, [this, call] {
        if (call->ok()) {
            out(QString::fromUtf8(QJsonDocument(call->response()).toJson(QJsonDocument::Indented)));
            Q_EMIT finished(Success);
            return;
        }
        const ecs::ApiError &e = call->error();
        QString text;
        if (e.kind == ecs::ApiError::Kind::Service) {
            text = u"Code: %1\nMessage: %2\nRequestId: %3\nHTTP status: %4\n"_s.arg(
                e.code, e.message, e.requestId, QString::number(e.httpStatus));
            if (!e.recommend.isEmpty())
                text += u"Recommend: %1\n"_s.arg(e.recommend);
        } else {
            text = u"Error: %1\n"_s.arg(e.toDisplayString());
        }
        err(ecs::redact(text));
        Q_EMIT finished(e.kind == ecs::ApiError::Kind::Service ? ServiceError : TransportError);
    });
}
