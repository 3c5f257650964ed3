#include "profileresolver.h"

#include "credentialsource.h"
#include "httpcredentialsource.h"
#include "processcredentialsource.h"
#include "stscredentialsource.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

/// A profile's credentials: fixed (AK, StsToken) or a source.
struct ResolvedCredentials
{
    Credentials fixed;
    std::shared_ptr<CredentialSource> source;
    QString error;
    SecretResult::Status secretStatus = SecretResult::Status::Ok;
};

using CredentialsDone = std::function<void(const ResolvedCredentials &)>;

void resolveCredentials(const ProfileStore &store, SecretStore *secrets, const Profile &profile,
    QStringList chain, QObject *context, QNetworkAccessManager *network, CredentialsDone done);

void finishLater(QObject *context, CredentialsDone done, ResolvedCredentials r)
{
    QTimer::singleShot(0, context, [done = std::move(done), r = std::move(r)] { done(r); });
}

void resolveChained(const ProfileStore &store, SecretStore *secrets, const Profile &profile,
    QStringList chain, QObject *context, QNetworkAccessManager *network, CredentialsDone done)
{
    if (chain.contains(profile.sourceProfile) || chain.size() >= kMaxProfileChain) {
        ResolvedCredentials r;
        r.error = chain.contains(profile.sourceProfile)
            ? Profile::tr("The profiles %1 name each other as source in a circle.")
                  .arg((chain + QStringList { profile.sourceProfile }).join(u" → "_s))
            : Profile::tr("The chain of source profiles %1 is longer than %2.")
                  .arg(chain.join(u" → "_s))
                  .arg(kMaxProfileChain);
        finishLater(context, std::move(done), r);
        return;
    }
    const std::optional<Profile> source = store.profile(profile.sourceProfile);
    if (!source) {
        ResolvedCredentials r;
        r.error = Profile::tr("The source profile \"%1\" of %2 does not exist.")
                      .arg(profile.sourceProfile, profile.name);
        finishLater(context, std::move(done), r);
        return;
    }
    chain << source->name;
    resolveCredentials(store, secrets, *source, chain, context, network,
        [profile, network, done = std::move(done)](const ResolvedCredentials &upstream) {
            if (!upstream.error.isEmpty()) {
                ResolvedCredentials r = upstream;
                r.error = Profile::tr("The source profile \"%1\" cannot be used: %2")
                              .arg(profile.sourceProfile, upstream.error);
                done(r);
                return;
            }
            std::shared_ptr<CredentialSource> signer = upstream.source;
            if (!signer)
                signer = std::make_shared<StaticCredentialSource>(
                    upstream.fixed, u"source profile %1"_s.arg(profile.sourceProfile));
            ResolvedCredentials r;
            r.source = makeCredentialSource(profile, {}, signer, network);
            done(r);
        });
}

void resolveCredentials(const ProfileStore &store, SecretStore *secrets, const Profile &profile,
    QStringList chain, QObject *context, QNetworkAccessManager *network, CredentialsDone done)
{
    if (profile.kind == Profile::Kind::ChainableRamRoleArn) {
        resolveChained(store, secrets, profile, chain, context, network, std::move(done));
        return;
    }
    if (!profile.usesStoredSecret()) {
        ResolvedCredentials r;
        r.source = makeCredentialSource(profile, {}, nullptr, network);
        finishLater(context, std::move(done), r);
        return;
    }
    secrets->read(profile.name, context,
        [profile, network, done = std::move(done)](const SecretResult &secret) {
            ResolvedCredentials r;
            r.secretStatus = secret.status;
            if (!secret.ok()) {
                r.error = secret.message;
            } else {
                r.fixed = { profile.accessKeyId, secret.secret.accessKeySecret,
                    secret.secret.securityToken };
                if (profile.kind == Profile::Kind::RamRoleArn) {
                    r.source = makeCredentialSource(profile, r.fixed, nullptr, network);
                    r.fixed = {};
                }
            }
            done(r);
        });
}

} // namespace

std::shared_ptr<CredentialSource> makeCredentialSource(const Profile &profile,
    const Credentials &own, std::shared_ptr<CredentialSource> upstream,
    QNetworkAccessManager *network)
{
    std::shared_ptr<CredentialSource> source;
    switch (profile.kind) {
    case Profile::Kind::AccessKey:
    case Profile::Kind::Sts:
        return nullptr;
    case Profile::Kind::RamRoleArn:
        upstream = std::make_shared<StaticCredentialSource>(own, u"profile %1"_s.arg(profile.name));
        [[fallthrough]];
    case Profile::Kind::ChainableRamRoleArn: {
        AssumeRoleRequest request;
        request.roleArn = profile.roleArn;
        request.roleSessionName = profile.roleSessionName;
        request.durationSeconds = profile.durationSeconds;
        request.externalId = profile.externalId;
        request.policy = profile.policy;
        request.endpoint = stsEndpointFor(profile.stsEndpoint, profile.endpoint, profile.stsRegion);
        source
            = std::make_shared<AssumeRoleCredentialSource>(std::move(upstream), request, network);
        break;
    }
    case Profile::Kind::EcsRamRole:
        source = std::make_shared<MetadataCredentialSource>(
            QUrl(profile.metadataBaseUrl, QUrl::StrictMode), profile.ramRoleName, network);
        break;
    case Profile::Kind::CredentialsUri:
        source = std::make_shared<UriCredentialSource>(
            QUrl(profile.credentialsUri, QUrl::StrictMode), network);
        break;
    case Profile::Kind::External:
        source = std::make_shared<ProcessCredentialSource>(profile.processCommand);
        break;
    }
    return source;
}

void resolveProfile(const ProfileStore &store, SecretStore *secrets, const QString &name,
    QObject *context, std::function<void(const ResolvedProfile &)> done,
    QNetworkAccessManager *network)
{
    if (name == u"Environment") {
        Credentials credentials;
        ResolvedProfile r;
        if (auto env = environmentProfile(&credentials)) {
            r.profile = *env;
            r.config = env->clientConfig(credentials, &r.error);
        } else {
            r.error = Profile::tr("The Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                  "ALIBABA_CLOUD_ACCESS_KEY_SECRET to be set.");
        }
        QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
        return;
    }

    const std::optional<Profile> profile = store.profile(name);
    if (!profile) {
        ResolvedProfile r;
        r.error = Profile::tr("There is no profile named \"%1\".").arg(name);
        r.secretStatus = SecretResult::Status::NotFound;
        QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
        return;
    }
    resolveCredentials(store, secrets, *profile, { profile->name }, context, network,
        [profile = *profile, done](const ResolvedCredentials &credentials) {
            ResolvedProfile r;
            r.profile = profile;
            r.secretStatus = credentials.secretStatus;
            if (!credentials.error.isEmpty()) {
                r.error = credentials.error;
            } else {
                r.config = profile.clientConfig(credentials.fixed, &r.error);
                r.config.credentialSource = credentials.source;
                if (credentials.source)
                    credentials.source->setExtraCaCertificates(r.config.extraCaCertificates);
            }
            done(r);
        });
}

} // namespace ecs
