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
        // CLI names may hold characters ours do not allow.
        QString name = o[u"name"_s].toString();
        name.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"-"_s);
        p.profile.name = name.isEmpty() ? u"aliyun"_s : name.left(64);
        p.profile.defaultRegion = o[u"region_id"_s].toString(p.profile.defaultRegion);
        if (p.profile.defaultRegion.isEmpty())
            p.profile.defaultRegion = u"cn-hangzhou"_s;
        p.profile.accessKeyId = o[u"access_key_id"_s].toString();
        p.secret.accessKeySecret = o[u"access_key_secret"_s].toString();
        const QString mode = o[u"mode"_s].toString(u"AK"_s);
        if (mode == u"AK") {
            p.profile.kind = Profile::Kind::AccessKey;
        } else if (mode == u"StsToken") {
            p.profile.kind = Profile::Kind::Sts;
            p.secret.securityToken = o[u"sts_token"_s].toString();
        } else {
            p.skippedReason = CliConfig::tr("mode %1 is not supported yet").arg(mode);
        }
        if (p.skippedReason.isEmpty()
            && (p.profile.accessKeyId.isEmpty() || p.secret.accessKeySecret.isEmpty()))
            p.skippedReason = CliConfig::tr("it has no AccessKey pair");
        config.profiles.append(p);
    }
    return config;
}

} // namespace ecs
