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
    QString skippedReason; ///< non-empty when the mode cannot be imported (RamRoleArn, EcsRamRole…)
};

struct CliConfig
{
    QList<CliProfile> profiles;
    QString current; ///< the CLI's current profile
    QString error; ///< why the file could not be read

    Q_DECLARE_TR_FUNCTIONS(ecs::CliConfig)
};

/// Reads the aliyun CLI's config (modes AK and StsToken are imported; the others are listed with
/// the reason they are skipped). The CLI keeps secrets there in plain text: importing moves them
/// into the keychain, and the user is told that the CLI file still holds them.
CliConfig parseAliyunCliConfig(const QByteArray &json);
QString defaultAliyunCliConfigPath();

} // namespace ecs
