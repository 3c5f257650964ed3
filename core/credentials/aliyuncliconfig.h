#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace ecs {

/// A profile found in the aliyun CLI's ~/.aliyun/config.json, ready to import.
struct CliProfile
{
    Profile profile;
    Secret secret;
    QString skippedReason; ///< non-empty when it cannot be imported (OIDC, CloudSSO, bad fields…)
};

struct CliConfig
{
    QList<CliProfile> profiles;
    QString current; ///< the CLI's current profile
    QString error; ///< why the file could not be read

    Q_DECLARE_TR_FUNCTIONS(ecs::CliConfig)
};

/// Reads the aliyun CLI's config: modes AK, StsToken, RamRoleArn, ChainableRamRoleArn,
/// EcsRamRole, CredentialsURI and External are imported with the CLI's field names (ram_role_arn,
/// ram_session_name, expired_seconds, external_id, sts_region, source_profile, ram_role_name,
/// credentials_uri, process_command); the others are listed with the reason they are skipped.
/// The CLI keeps secrets there in plain text: importing moves them into the keychain (only the
/// modes that sign with a stored key have one), and the user is told the file still holds them.
CliConfig parseAliyunCliConfig(const QByteArray &json);
QString defaultAliyunCliConfigPath();

} // namespace ecs
