#pragma once

#include "clientconfig.h"
#include "profile.h"
#include "secretstore.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ecs {

class CredentialSource;

/// What it takes to open a profile: its fields, its secret from the keychain, its CA file, and
/// for the indirect modes the CredentialSource that obtains its temporary credentials (in
/// config.credentialSource; config.credentials stays empty then).
struct ResolvedProfile
{
    Profile profile;
    ClientConfig config;
    QString error; ///< empty when config is usable
    SecretResult::Status secretStatus = SecretResult::Status::Ok;

    bool ok() const { return error.isEmpty(); }
};

/// Turns a profile name into a ready ClientConfig, asynchronously (the keychain may prompt).
/// "Environment" is the profile from the ALIBABA_CLOUD_* variables. A ChainableRamRoleArn
/// profile resolves its source profile first (up to kMaxProfileChain deep, never in a circle).
/// The sources fetch over `network` (their own manager when null), on first use.
void resolveProfile(const ProfileStore &store, SecretStore *secrets, const QString &name,
    QObject *context, std::function<void(const ResolvedProfile &)> done,
    QNetworkAccessManager *network = nullptr);

inline constexpr int kMaxProfileChain = 5;

/// The source of a profile whose credentials are obtained at run time (RamRoleArn with the key
/// pair `own`, EcsRamRole, CredentialsURI, External), or, for ChainableRamRoleArn, the role
/// assumed with `upstream`. Null for AK and StsToken.
std::shared_ptr<CredentialSource> makeCredentialSource(const Profile &profile,
    const Credentials &own, std::shared_ptr<CredentialSource> upstream,
    QNetworkAccessManager *network);

} // namespace ecs
