#include "aliyuncliconfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs {

QString defaultAliyunCliConfigPath()
{
    return QDir::homePath() + u"/.aliyun/config.json"_s;
}

namespace {
// CLI names may hold characters ours do not allow.
QString profileNameFrom(const QString &cliName)
{
    QString name = cliName;
    name.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"-"_s);
    return name.isEmpty() ? u"aliyun"_s : name.left(64);
}
} // namespace

CliConfig parseAliyunCliConfig(const QByteArray &json)
{
    CliConfig config;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        config.error = CliConfig::tr("The aliyun CLI config is not valid JSON (%1).")
                           .arg(parseError.errorString());
        return config;
    }
    config.current = doc[u"current"_s].toString();
    const QJsonArray profiles = doc[u"profiles"_s].toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject o = value.toObject();
        CliProfile p;
        p.profile.name = profileNameFrom(o[u"name"_s].toString());
        p.profile.defaultRegion = o[u"region_id"_s].toString(p.profile.defaultRegion);
        if (p.profile.defaultRegion.isEmpty())
            p.profile.defaultRegion = u"cn-hangzhou"_s;
        p.profile.accessKeyId = o[u"access_key_id"_s].toString();
        p.secret.accessKeySecret = o[u"access_key_secret"_s].toString();
        const QString mode = o[u"mode"_s].toString(u"AK"_s);
        Profile::Kind kind = Profile::Kind::AccessKey;
        if (!Profile::parseKind(mode, &kind)
            || mode.compare(u"AccessKey"_s, Qt::CaseInsensitive) == 0
            || mode.compare(u"STS"_s, Qt::CaseInsensitive) == 0) {
            p.skippedReason = CliConfig::tr("mode %1 is not supported").arg(mode.left(40));
            config.profiles.append(p);
            continue;
        }
        p.profile.kind = kind;
        // The role fields, with the CLI's names; its defaults where it has them.
        p.profile.roleArn = o[u"ram_role_arn"_s].toString().trimmed();
        p.profile.roleSessionName = o[u"ram_session_name"_s].toString().trimmed();
        if (p.profile.roleSessionName.isEmpty())
            p.profile.roleSessionName = u"ecs-console"_s;
        const int expired = o[u"expired_seconds"_s].toInt(0);
        p.profile.durationSeconds = expired > 0 ? expired : 3600;
        p.profile.externalId = o[u"external_id"_s].toString();
        p.profile.stsRegion = o[u"sts_region"_s].toString().trimmed();
        if (const QString source = o[u"source_profile"_s].toString();
            kind == Profile::Kind::ChainableRamRoleArn && !source.isEmpty())
            p.profile.sourceProfile = profileNameFrom(source);
        p.profile.ramRoleName = o[u"ram_role_name"_s].toString().trimmed();
        p.profile.credentialsUri = o[u"credentials_uri"_s].toString().trimmed();
        p.profile.processCommand = o[u"process_command"_s].toString().trimmed();
        if (kind == Profile::Kind::Sts || kind == Profile::Kind::RamRoleArn)
            p.secret.securityToken = o[u"sts_token"_s].toString();
        if (!p.profile.usesStoredSecret()) {
            // The CLI may have left a key in the file; these modes do not use one.
            p.profile.accessKeyId.clear();
            p.secret = {};
        } else if (p.profile.accessKeyId.isEmpty() || p.secret.accessKeySecret.isEmpty()) {
            p.skippedReason = CliConfig::tr("it has no AccessKey pair");
        }
        if (p.skippedReason.isEmpty()) {
            const QString problem = p.profile.validate();
            if (!problem.isEmpty())
                p.skippedReason = problem;
        }
        config.profiles.append(p);
    }
    return config;
}

} // namespace ecs
