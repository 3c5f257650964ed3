// STS (2015-04-01) AssumeRole, and the endpoints that hand out an instance role's credentials.
#include "simops.h"
#include "simservice.h"
#include "simsts.h"
#include "simworld.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

QString randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        const QByteArray bytes = QUuid::createUuid().toRfc4122();
        for (char b : bytes)
            if (out.size() < length)
                out += QLatin1Char(alphabet[static_cast<unsigned char>(b) % 62]);
    }
    return out;
}

QString apiTimestamp(qint64 ms)
{
    return QLocale::c().toString(
        QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QJsonObject credentialsObject(const StsIssuer::Issued &issued)
{
    return { { u"AccessKeyId"_s, issued.accessKeyId },
        { u"AccessKeySecret"_s, issued.accessKeySecret },
        { u"SecurityToken"_s, issued.securityToken }, { u"Expiration"_s, issued.expiration } };
}

SimService::Outcome assumeRole(SimContext &c, StsIssuer &issuer)
{
    const QString roleArn = c.request.param(u"RoleArn"_s);
    const QString sessionName = c.request.param(u"RoleSessionName"_s);
    if (roleArn.isEmpty())
        return { errors::missingParameter(u"RoleArn"_s), {} };
    if (sessionName.isEmpty())
        return { errors::missingParameter(u"RoleSessionName"_s), {} };
    static const QRegularExpression arn(u"^acs:ram::([0-9*]{1,32}):role/([A-Za-z0-9._-]{1,64})$"_s);
    const QRegularExpressionMatch arnMatch = arn.match(roleArn);
    if (!arnMatch.hasMatch())
        return { { 400, u"InvalidParameter.RoleArn"_s,
                     u"The parameter RoleArn is wrongly formed."_s },
            {} };
    static const QRegularExpression session(u"^[A-Za-z0-9._@-]{2,64}$"_s);
    if (!session.match(sessionName).hasMatch())
        return { { 400, u"InvalidParameter.RoleSessionName"_s,
                     u"The parameter RoleSessionName is wrongly formed."_s },
            {} };
    int duration = 3600;
    const QString durationText = c.request.param(u"DurationSeconds"_s);
    if (!durationText.isEmpty()) {
        bool ok = false;
        duration = durationText.toInt(&ok);
        if (!ok || duration < 900 || duration > 43200)
            return { { 400, u"InvalidParameter.DurationSeconds"_s,
                         u"The Min/Max value of DurationSeconds is 15min/12hr."_s },
                {} };
    }
    const QString policy = c.request.param(u"Policy"_s);
    if (!policy.isEmpty() && !QJsonDocument::fromJson(policy.toUtf8()).isObject())
        return { { 400, u"InvalidParameter.PolicyGrammar"_s,
                     u"The parameter Policy has not passed grammar check."_s },
            {} };
    const QString externalId = c.request.param(u"ExternalId"_s);
    if (externalId.size() > 1224)
        return { errors::invalidParameter(u"ExternalId"_s, externalId.left(40)), {} };

    const StsIssuer::Issued issued
        = issuer.issue(duration, c.world.timeScale(), QDateTime::currentMSecsSinceEpoch());
    const QString role = arnMatch.captured(2);
    return { {},
        QJsonObject {
            { u"Credentials"_s, credentialsObject(issued) },
            { u"AssumedRoleUser"_s,
                QJsonObject { { u"Arn"_s, roleArn + u'/' + sessionName },
                    { u"AssumedRoleId"_s,
                        u"3%1:%2"_s.arg(QString::number(qHash(role)).left(15), sessionName) } } },
            { u"SourceIdentity"_s, QString() },
        } };
}

} // namespace

StsIssuer::Issued StsIssuer::issue(int durationSeconds, double timeScale, qint64 nowMs)
{
    if (m_issued.size() >= kMaxIssued)
        m_issued.removeIf([nowMs](const auto &it) { return it.value().expiresMs <= nowMs; });
    if (m_issued.size() >= kMaxIssued) // all still live: the oldest ones go
        m_issued.erase(m_issued.begin());
    const double scale = timeScale > 0 ? timeScale : 1.0;
    Issued issued;
    issued.accessKeyId = u"STS.NT"_s + QString::number(++m_counter) + randomText(16);
    issued.accessKeySecret = randomText(40);
    issued.securityToken = u"CAIS"_s + randomText(120);
    issued.expiresMs = nowMs + qint64(std::max(1.0, durationSeconds * 1000.0 / scale));
    issued.expiration = apiTimestamp(issued.expiresMs);
    m_issued.insert(issued.accessKeyId, issued);
    return issued;
}

const StsIssuer::Issued *StsIssuer::find(const QString &accessKeyId) const
{
    const auto it = m_issued.constFind(accessKeyId);
    return it == m_issued.cend() ? nullptr : &*it;
}

void StsIssuer::expireAll(qint64 nowMs)
{
    for (Issued &issued : m_issued)
        issued.expiresMs = std::min(issued.expiresMs, nowMs);
}

namespace errors {
SimError securityTokenExpired()
{
    return { 400, u"InvalidSecurityToken.Expired"_s, u"Specified SecurityToken is expired."_s };
}
} // namespace errors

CredentialEndpointAnswer answerCredentialEndpoint(
    const SimRequest &request, StsIssuer &issuer, double timeScale)
{
    static const QByteArray metadataPath = "/latest/meta-data/ram/security-credentials/";
    CredentialEndpointAnswer answer;
    const auto json = [&answer](int status, const QJsonObject &object) {
        answer.status = status;
        answer.contentType = "application/json;charset=utf-8";
        answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const auto text = [&answer](int status, const QByteArray &body) {
        answer.status = status;
        answer.contentType = "text/plain;charset=utf-8";
        answer.body = body;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (request.path == "/latest/api/token") {
        answer.handled = true;
        if (request.method != "PUT")
            text(405, "Method Not Allowed");
        else
            text(200, "simtoken-" + randomText(32).toLatin1());
        return answer;
    }
    if (request.path.startsWith(metadataPath)) {
        answer.handled = true;
        const QByteArray token = request.header("x-aliyun-ecs-metadata-token");
        if (request.method != "GET") {
            text(405, "Method Not Allowed");
        } else if (!token.isEmpty() && !token.startsWith("simtoken-")) {
            text(401, "Unauthorized");
        } else {
            const QByteArray role = request.path.mid(metadataPath.size());
            if (role.isEmpty()) {
                text(200, kSimInstanceRoleName);
            } else if (role != kSimInstanceRoleName) {
                text(404, "Not Found");
            } else {
                const StsIssuer::Issued issued = issuer.issue(21600, timeScale, now);
                QJsonObject object = credentialsObject(issued);
                object.insert(u"Code"_s, u"Success"_s);
                object.insert(u"LastUpdated"_s, apiTimestamp(now));
                json(200, object);
            }
        }
        return answer;
    }
    if (request.path == kSimCredentialsUriPath) {
        answer.handled = true;
        if (request.method != "GET") {
            text(405, "Method Not Allowed");
        } else {
            QJsonObject object = credentialsObject(issuer.issue(3600, timeScale, now));
            object.insert(u"Code"_s, u"Success"_s);
            json(200, object);
        }
        return answer;
    }
    return answer;
}

void addStsOperations(SimService &service)
{
    service.add(kStsVersion, u"AssumeRole"_s,
        [&service](SimContext &c) { return assumeRole(c, service.sts()); });
}

} // namespace ecs::sim
