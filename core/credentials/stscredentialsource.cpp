#include "stscredentialsource.h"

#include "ecsclient.h"
#include "responsemapper.h"

#include <QJsonObject>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ecs {

QUrl stsEndpointFor(const QString &stsEndpoint, const QString &endpoint, const QString &stsRegion)
{
    if (!stsEndpoint.isEmpty())
        return QUrl(stsEndpoint, QUrl::StrictMode);
    const QUrl override(endpoint, QUrl::StrictMode);
    if (!endpoint.isEmpty() && isLoopbackHost(override.host()))
        return override;
    return QUrl(stsRegion.isEmpty() ? u"https://sts.aliyuncs.com/"_s
                                    : u"https://sts.%1.aliyuncs.com/"_s.arg(stsRegion));
}

AssumeRoleCredentialSource::AssumeRoleCredentialSource(std::shared_ptr<CredentialSource> signer,
    AssumeRoleRequest request, QNetworkAccessManager *network, QObject *parent)
    : CredentialSource(u"RamRoleArn %1"_s.arg(request.roleArn), network, parent)
    , m_signer(std::move(signer))
    , m_request(std::move(request))
{ }

QByteArray AssumeRoleCredentialSource::signedBody(const AssumeRoleRequest &request,
    const Credentials &signer, const QDateTime &now, const QString &nonce)
{
    ParamMap params {
        { u"Action"_s, u"AssumeRole"_s },
        { u"Version"_s, u"2015-04-01"_s },
        { u"Format"_s, u"JSON"_s },
        { u"AccessKeyId"_s, signer.accessKeyId },
        { u"SignatureMethod"_s, u"HMAC-SHA1"_s },
        { u"SignatureVersion"_s, u"1.0"_s },
        { u"SignatureNonce"_s, nonce },
        { u"Timestamp"_s, QLocale::c().toString(now.toUTC(), u"yyyy-MM-ddTHH:mm:ss'Z'"_s) },
        { u"RoleArn"_s, request.roleArn },
        { u"RoleSessionName"_s, request.roleSessionName },
        { u"DurationSeconds"_s, QString::number(request.durationSeconds) },
    };
    if (signer.isSts())
        params.insert(u"SecurityToken"_s, signer.securityToken);
    if (!request.externalId.isEmpty())
        params.insert(u"ExternalId"_s, request.externalId);
    if (!request.policy.isEmpty())
        params.insert(u"Policy"_s, request.policy);
    const QString signature = RpcV1::sign("POST", params, signer.accessKeySecret);
    return canonicalQuery(params) + "&Signature=" + percentEncode(signature);
}

void AssumeRoleCredentialSource::fetch()
{
    const QUrl &url = m_request.endpoint;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("The STS endpoint \"%1\" is not an http(s) URL.")
                     .arg(m_request.endpoint.toDisplayString()));
        });
        return;
    }
    if (url.scheme() == u"http" && !isLoopbackHost(url.host())) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("Plain HTTP to %1 was refused: the source key signs this request. Use "
                    "https:// for the STS endpoint.")
                     .arg(m_request.endpoint.host()));
        });
        return;
    }
    if (!m_signer) {
        QTimer::singleShot(0, this, [this] { fail(tr("The role has no source credentials.")); });
        return;
    }
    if (m_signer->isUsable()) {
        assume(false);
        return;
    }
    m_signer->refresh(this, [this](const QString &error) {
        if (!error.isEmpty())
            fail(tr("The source credentials could not be obtained: %1").arg(error));
        else
            assume(true);
    });
}

void AssumeRoleCredentialSource::assume(bool signerRefreshed)
{
    const Credentials signer = m_signer->current();
    QNetworkRequest request(m_request.endpoint);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "ecs-console/0.1 (Qt)");
    const QByteArray body = signedBody(m_request, signer, QDateTime::currentDateTimeUtc(),
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    exchange(request, "POST", body,
        [this, signerRefreshed, signerKey = signer.accessKeyId](const HttpAnswer &answer) {
            if (!answer.error.isEmpty()) {
                fail(tr("STS AssumeRole failed: %1").arg(answer.error));
                return;
            }
            RawResponse raw;
            raw.httpStatus = answer.status;
            raw.contentType = "application/json";
            raw.body = answer.body;
            const MappedResponse mapped = mapResponse(raw);
            if (mapped.error.isError()) {
                // A chained source's own temporary key may have run out: renew it once.
                if (!signerRefreshed && CredentialSource::isExpiredCredentialError(mapped.error)
                    && dynamic_cast<StaticCredentialSource *>(m_signer.get()) == nullptr) {
                    m_signer->refresh(
                        this,
                        [this](const QString &error) {
                            if (!error.isEmpty())
                                fail(tr("The source credentials could not be renewed: %1")
                                         .arg(error));
                            else
                                assume(true);
                        },
                        signerKey);
                    return;
                }
                fail(
                    tr("STS AssumeRole failed: %1").arg(mapped.error.redacted().toDisplayString()));
                return;
            }
            Credentials credentials;
            QDateTime expiration;
            QString why;
            if (!readTemporaryCredentials(mapped.body.value("Credentials"_L1).toObject(),
                    &credentials, &expiration, &why)) {
                fail(tr("STS AssumeRole answered no usable credentials: %1").arg(why));
                return;
            }
            deliver(credentials, expiration);
        });
}

} // namespace ecs
