#include "profilecommand.h"

#include "aliyuncliconfig.h"
#include "cliio.h"
#include "credentialsource.h"
#include "ecsclient.h"
#include "profile.h"
#include "profileresolver.h"
#include "secretstore.h"
#include "types/region.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ecs;

ProfileCommand::ProfileCommand(
    QNetworkAccessManager *network, QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

QString ProfileCommand::helpText()
{
    return u"Usage:\n"
           "  ecs-console profile add NAME --access-key-id ID [--region R] [--endpoint URL]\n"
           "                          [--ca-cert FILE] [--signature v1|v3] [--sts] [--read-only]\n"
           "      reads the AccessKey secret from standard input (and, with --sts, the\n"
           "      SecurityToken from the next line); the secret goes to the OS keychain only.\n"
           "  ecs-console profile add NAME --mode MODE [mode options] [--region R] [--endpoint "
           "URL]\n"
           "      the aliyun CLI's modes: AK, StsToken (= --sts), RamRoleArn (--access-key-id ID\n"
           "      --role-arn ARN [--role-session-name S] [--duration-seconds 900-43200]\n"
           "      [--external-id X] [--policy JSON] [--sts-region R | --sts-endpoint URL]; the\n"
           "      source secret from standard input), ChainableRamRoleArn (--source-profile P and\n"
           "      the role options), EcsRamRole ([--ram-role-name N] [--metadata-url URL]),\n"
           "      CredentialsURI (--credentials-uri URL), External (--process-command CMD).\n"
           "      Temporary credentials are obtained when used and kept in memory only.\n"
           "  ecs-console profile list\n"
           "  ecs-console profile remove NAME      deletes the profile and its keychain entry\n"
           "  ecs-console profile test NAME        DescribeRegions with the profile\n"
           "  ecs-console profile import-aliyun [--file ~/.aliyun/config.json]\n"
           "      imports the aliyun CLI's profiles (secrets into the keychain)\n"
           "\n"
           "Exit status: 0 success, 1 service error, 2 network error, 3 keychain locked, "
           "unavailable\n"
           "or refused, 64 usage error.\n"_s;
}

void ProfileCommand::done(int exitCode, const QString &out, const QString &err)
{
    if (!out.isEmpty())
        cli::out(out);
    if (!err.isEmpty())
        cli::err(err);
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void ProfileCommand::run(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == u"add")
        return add(arguments.mid(1));
    if (verb == u"list")
        return list();
    if ((verb == u"remove" || verb == u"test") && arguments.size() == 2)
        return verb == u"remove" ? remove(arguments.at(1)) : test(arguments.at(1));
    if (verb == u"import-aliyun")
        return importAliyun(arguments.mid(1));
    if (verb == u"--help" || verb == u"-h" || verb == u"help")
        return done(cli::Success, helpText());
    done(cli::UsageError, {}, helpText());
}

void ProfileCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keyId(u"access-key-id"_s, {}, u"ID"_s);
    const QCommandLineOption region(u"region"_s, {}, u"R"_s);
    const QCommandLineOption endpoint(u"endpoint"_s, {}, u"URL"_s);
    const QCommandLineOption caCert(u"ca-cert"_s, {}, u"FILE"_s);
    const QCommandLineOption signature(u"signature"_s, {}, u"v1|v3"_s, u"v3"_s);
    const QCommandLineOption sts(u"sts"_s, {});
    const QCommandLineOption readOnly(u"read-only"_s, {});
    const QCommandLineOption secretOption(u"access-key-secret"_s, {}, u"SECRET"_s);
    parser.addOptions({ keyId, region, endpoint, caCert, signature, sts, readOnly, secretOption });
    const QCommandLineOption mode(u"mode"_s, {}, u"MODE"_s);
    const QCommandLineOption roleArn(u"role-arn"_s, {}, u"ARN"_s);
    const QCommandLineOption sessionName(u"role-session-name"_s, {}, u"NAME"_s, u"ecs-console"_s);
    const QCommandLineOption duration(u"duration-seconds"_s, {}, u"S"_s, u"3600"_s);
    const QCommandLineOption externalId(u"external-id"_s, {}, u"ID"_s);
    const QCommandLineOption policy(u"policy"_s, {}, u"JSON"_s);
    const QCommandLineOption stsRegion(u"sts-region"_s, {}, u"R"_s);
    const QCommandLineOption stsEndpoint(u"sts-endpoint"_s, {}, u"URL"_s);
    const QCommandLineOption sourceProfile(u"source-profile"_s, {}, u"NAME"_s);
    const QCommandLineOption ramRoleName(u"ram-role-name"_s, {}, u"NAME"_s);
    const QCommandLineOption metadataUrl(u"metadata-url"_s, {}, u"URL"_s);
    const QCommandLineOption credentialsUri(u"credentials-uri"_s, {}, u"URL"_s);
    const QCommandLineOption processCommand(u"process-command"_s, {}, u"CMD"_s);
    parser.addOptions({ mode, roleArn, sessionName, duration, externalId, policy, stsRegion,
        stsEndpoint, sourceProfile, ramRoleName, metadataUrl, credentialsUri, processCommand });
    if (!parser.parse(QStringList { u"profile add"_s } + arguments))
        return done(cli::UsageError, {}, parser.errorText() + u'\n');
    if (parser.isSet(secretOption))
        return done(cli::UsageError, {},
            u"Secrets are never taken from the command line (other users can read it and "
            "shells keep it in history). Pipe the secret on standard input instead.\n"_s);
    if (parser.positionalArguments().size() != 1)
        return done(cli::UsageError, {}, helpText());

    Profile profile;
    profile.name = parser.positionalArguments().first();
    profile.accessKeyId = parser.value(keyId);
    profile.kind = parser.isSet(sts) ? Profile::Kind::Sts : Profile::Kind::AccessKey;
    if (parser.isSet(mode) && !Profile::parseKind(parser.value(mode), &profile.kind))
        return done(cli::UsageError, {},
            u"--mode takes AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, "
            "CredentialsURI or External.\n"_s);
    profile.roleArn = parser.value(roleArn);
    profile.roleSessionName = parser.value(sessionName);
    bool durationOk = false;
    profile.durationSeconds = parser.value(duration).toInt(&durationOk);
    if (!durationOk)
        return done(cli::UsageError, {}, u"--duration-seconds takes a number of seconds.\n"_s);
    profile.externalId = parser.value(externalId);
    profile.policy = parser.value(policy);
    profile.stsRegion = parser.value(stsRegion);
    profile.stsEndpoint = parser.value(stsEndpoint);
    profile.sourceProfile = parser.value(sourceProfile);
    profile.ramRoleName = parser.value(ramRoleName);
    profile.metadataBaseUrl = parser.value(metadataUrl);
    profile.credentialsUri = parser.value(credentialsUri);
    profile.processCommand = parser.value(processCommand);
    if (!profile.usesStoredSecret() && parser.isSet(keyId))
        return done(cli::UsageError, {},
            u"--mode %1 signs with no key of its own: leave out --access-key-id.\n"_s.arg(
                Profile::modeName(profile.kind)));
    if (profile.kind == Profile::Kind::ChainableRamRoleArn
        && !ProfileStore(m_settings).profile(profile.sourceProfile))
        return done(cli::UsageError, {},
            u"There is no profile named \"%1\" to use as --source-profile.\n"_s.arg(
                profile.sourceProfile));
    if (parser.isSet(region))
        profile.defaultRegion = parser.value(region);
    profile.endpoint = parser.value(endpoint);
    if (!profile.endpoint.isEmpty() && !profile.endpoint.contains(u"://"_s))
        profile.endpoint.prepend(u"https://"_s);
    profile.caCertificateFile = parser.value(caCert);
    profile.readOnly = parser.isSet(readOnly);
    if (!parseSignatureVersion(parser.value(signature), &profile.signatureVersion))
        return done(cli::UsageError, {}, u"--signature takes v1 or v3.\n"_s);
    if (profile.name == u"Environment" || profile.name == u"Demo")
        return done(
            cli::UsageError, {}, u"\"%1\" is a built-in profile name.\n"_s.arg(profile.name));
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return done(cli::UsageError, {}, problem + u'\n');
    QString caError;
    profile.clientConfig({}, &caError);
    if (!caError.isEmpty())
        return done(cli::UsageError, {}, caError + u'\n');

    if (!profile.usesStoredSecret()) {
        // No long-lived secret: nothing for the keychain (an old entry of that name goes).
        m_secrets->remove(profile.name, this, [this, profile](const SecretResult &) {
            ProfileStore(m_settings).save(profile);
            done(cli::Success,
                u"Profile %1 (%2) saved; its temporary credentials are obtained when it is used "
                "and kept in memory only.\n"_s.arg(profile.name, Profile::modeName(profile.kind)));
        });
        return;
    }
    Secret secret;
    secret.accessKeySecret
        = cli::readSecretLine(u"AccessKey secret for %1: "_s.arg(profile.accessKeyId));
    if (profile.kind == Profile::Kind::Sts)
        secret.securityToken = cli::readSecretLine(u"SecurityToken: "_s);
    if (secret.accessKeySecret.isEmpty())
        return done(cli::UsageError, {}, u"No secret on standard input.\n"_s);
    if (profile.kind == Profile::Kind::Sts && secret.securityToken.isEmpty())
        return done(cli::UsageError, {},
            u"--sts needs the SecurityToken on the second line of standard input.\n"_s);

    // The secret first: a profile without its secret in the keychain is not saved at all.
    m_secrets->write(profile.name, secret, this, [this, profile](const SecretResult &result) {
        if (!result.ok())
            return done(cli::KeychainError, {},
                cli::keychainMessage(result) + u"\nThe profile was not saved.\n"_s);
        ProfileStore(m_settings).save(profile);
        done(cli::Success,
            u"Profile %1 saved; its secret is in the OS keychain (service \"%2\").\n"_s.arg(
                profile.name, SecretStore::serviceName()));
    });
}

void ProfileCommand::list()
{
    ProfileStore store(m_settings);
    QList<Profile> profiles = store.profiles();
    if (auto env = environmentProfile(nullptr))
        profiles.prepend(*env);
    QString text = u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"NAME"_s, -20)
                       .arg(u"KIND"_s, -9)
                       .arg(u"ACCESS KEY ID"_s, -26)
                       .arg(u"REGION"_s, -16)
                       .arg(u"SIG"_s, -4)
                       .arg(u"ENDPOINT"_s);
    const QString current = store.currentProfileName();
    for (const Profile &p : profiles) {
        QString name = p.name + (p.name == current ? u" *"_s : QString())
            + (p.readOnly ? u" (ro)"_s : QString());
        text += u"%1 %2 %3 %4 %5 %6\n"_s.arg(name, -20)
                    .arg(Profile::kindName(p.kind), -9)
                    .arg(p.accessKeyId, -26)
                    .arg(p.defaultRegion, -16)
                    .arg(signatureVersionName(p.signatureVersion), -4)
                    .arg(p.endpoint.isEmpty() ? u"(region endpoint)"_s : p.endpoint);
    }
    if (profiles.isEmpty())
        text
            = u"No profiles. Add one with: echo SECRET | ecs-console profile add NAME --access-key-id ID\n"_s;
    done(cli::Success, text);
}

void ProfileCommand::remove(const QString &name)
{
    ProfileStore store(m_settings);
    if (!store.profile(name))
        return done(cli::UsageError, {}, u"There is no profile named \"%1\".\n"_s.arg(name));
    m_secrets->remove(name, this, [this, name](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            return done(cli::KeychainError, {},
                cli::keychainMessage(result)
                    + u"\nThe profile was kept so that its secret is not orphaned.\n"_s);
        ProfileStore(m_settings).remove(name);
        done(cli::Success, u"Profile %1 and its keychain entry removed.\n"_s.arg(name));
    });
}

void ProfileCommand::test(const QString &name)
{
    resolveProfile(
        ProfileStore(m_settings), m_secrets, name, this,
        [this](const ResolvedProfile &resolved) {
            if (!resolved.ok())
                return done(resolved.secretStatus == SecretResult::Status::Ok ? cli::UsageError
                                                                              : cli::KeychainError,
                    {}, cli::keychainMessage(resolved.secretStatus, resolved.error) + u'\n');
            auto *client = new EcsClient(m_network, resolved.config, this);
            client->call<ops::DescribeRegions>(ops::DescribeRegions::request(), this,
                [this, client](const Result<QList<Region>> &regions) {
                    const QString endpoint
                        = client->endpointFor(ops::DescribeRegions::request()).toString();
                    if (!regions.ok())
                        return done(regions.error().kind == ApiError::Kind::Service
                                ? cli::ServiceError
                                : cli::TransportError,
                            {},
                            u"Connection test failed against %1:\n%2\n"_s.arg(
                                endpoint, regions.error().toDisplayString()));
                    QString text = u"OK: %1 regions from %2\n"_s.arg(regions->size()).arg(endpoint);
                    if (const CredentialSource *source = client->config().credentialSource.get())
                        text += u"Temporary credentials (%1) valid until %2\n"_s.arg(
                            source->description(),
                            source->expiration().isValid()
                                ? source->expiration().toString(Qt::ISODate)
                                : u"they are refused"_s);
                    done(cli::Success, text);
                });
        },
        m_network);
}

void ProfileCommand::importAliyun(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption file(u"file"_s, {}, u"PATH"_s, defaultAliyunCliConfigPath());
    parser.addOption(file);
    if (!parser.parse(QStringList { u"profile import-aliyun"_s } + arguments))
        return done(cli::UsageError, {}, parser.errorText() + u'\n');
    QFile in(parser.value(file));
    if (!in.open(QIODevice::ReadOnly))
        return done(
            cli::UsageError, {}, u"Cannot read %1: %2\n"_s.arg(in.fileName(), in.errorString()));
    const CliConfig config = parseAliyunCliConfig(in.readAll());
    if (!config.error.isEmpty())
        return done(cli::UsageError, {}, config.error + u'\n');

    auto remaining = std::make_shared<int>(0);
    auto failures = std::make_shared<QStringList>();
    auto imported = std::make_shared<QStringList>();
    QString skipped;
    for (const CliProfile &p : config.profiles) {
        if (!p.skippedReason.isEmpty()) {
            skipped += u"skipped %1: %2\n"_s.arg(p.profile.name, p.skippedReason);
            continue;
        }
        ++*remaining;
        const auto stored = [=, this, path = in.fileName()](const SecretResult &r) {
            if (r.ok() || !p.profile.usesStoredSecret()) {
                ProfileStore(m_settings).save(p.profile);
                imported->append(p.profile.name);
            } else {
                failures->append(u"%1: %2"_s.arg(p.profile.name, cli::keychainMessage(r)));
            }
            if (--*remaining > 0)
                return;
            QString text = skipped;
            if (!imported->isEmpty())
                text
                    += u"Imported %1 into the OS keychain.\nNote: %2 still holds these "
                       u"secrets in "
                       "plain text; delete them there if you no longer use the aliyun CLI.\n"_s.arg(
                           imported->join(u", "_s), path);
            done(failures->isEmpty() ? cli::Success : cli::KeychainError, text,
                failures->isEmpty() ? QString() : failures->join(u'\n') + u'\n');
        };
        // Modes without a long-lived secret keep nothing in the keychain (an old entry goes).
        if (p.profile.usesStoredSecret())
            m_secrets->write(p.profile.name, p.secret, this, stored);
        else
            m_secrets->remove(p.profile.name, this, stored);
    }
    if (*remaining == 0)
        done(cli::UsageError, skipped, u"Nothing to import from %1.\n"_s.arg(in.fileName()));
}
