#pragma once

#include "clientconfig.h"
#include "profile.h"
#include "secretstore.h"

#include <functional>

namespace ecs {

/// What it takes to open a profile: its fields, its secret from the keychain, its CA file.
struct ResolvedProfile
{
    Profile profile;
    ClientConfig config;
    QString error; ///< empty when config is usable
    SecretResult::Status secretStatus = SecretResult::Status::Ok;

    bool ok() const { return error.isEmpty(); }
};

/// Turns a profile name into a ready ClientConfig, asynchronously (the keychain may prompt).
/// "Environment" is the profile from the ALIBABA_CLOUD_* variables.
void resolveProfile(const ProfileStore &store, SecretStore *secrets, const QString &name,
    QObject *context, std::function<void(const ResolvedProfile &)> done);

} // namespace ecs
