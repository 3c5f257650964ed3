#include "httpcredentialsource.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {
const QString kCredentialsPath = u"/latest/meta-data/ram/security-credentials/"_s;

/// The credentials object of a JSON body, or why there is none.
bool readJsonCredentials(
    const QByteArray &body, Credentials *credentials, QDateTime *expiration, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = CredentialSource::tr("the answer is not a JSON object");
        return false;
    }
    const QJsonObject object = doc.object();
    const QString code = object.value("Code"_L1).toString();
    if (object.contains("Code"_L1) && code != u"Success") {
        *error = CredentialSource::tr("the answer's Code is \"%1\", not Success")
                     .arg(redact(code.left(80)));
        return false;
    }
    return CredentialSource::readTemporaryCredentials(object, credentials, expiration, error);
}
} // namespace

MetadataCredentialSource::MetadataCredentialSource(
    QUrl baseUrl, QString roleName, QNetworkAccessManager *network, QObject *parent)
    : CredentialSource(u"EcsRamRole %1"_s.arg(roleName.isEmpty() ? u"(instance role)"_s : roleName),
        network, parent)
    , m_base(baseUrl.isEmpty() ? defaultBaseUrl() : std::move(baseUrl))
    , m_roleName(std::move(roleName))
{ }

QUrl MetadataCredentialSource::defaultBaseUrl()
{
    return QUrl(u"http://100.100.100.200"_s);
}

QNetworkRequest MetadataCredentialSource::requestFor(const QString &path) const
{
    QUrl url = m_base;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    if (!m_sessionToken.isEmpty())
        request.setRawHeader("X-aliyun-ecs-metadata-token", m_sessionToken);
    return request;
}

void MetadataCredentialSource::fetch()
{
    if (!m_base.isValid() || m_base.host().isEmpty()
        || (m_base.scheme() != u"http" && m_base.scheme() != u"https")) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("The metadata service address \"%1\" is not an http(s) URL.")
                     .arg(m_base.toDisplayString()));
        });
        return;
    }
    // IMDSv2: a session token when the service hands one out; without, version 1 still answers.
    QNetworkRequest tokenRequest = requestFor(u"/latest/api/token"_s);
    tokenRequest.setRawHeader("X-aliyun-ecs-metadata-token-ttl-seconds", "21600");
    exchange(tokenRequest, "PUT", {}, [this](const HttpAnswer &answer) {
        static const QRegularExpression token(u"^[A-Za-z0-9._~+/=-]{1,1024}$"_s);
        const QString text = QString::fromLatin1(answer.body).trimmed();
        m_sessionToken
            = answer.error.isEmpty() && answer.status == 200 && token.match(text).hasMatch()
            ? text.toLatin1()
            : QByteArray();
        registerSecretValue(QString::fromLatin1(m_sessionToken));
        if (m_roleName.isEmpty())
            askRole();
        else
            askCredentials(m_roleName);
    });
}

void MetadataCredentialSource::askRole()
{
    exchange(requestFor(kCredentialsPath), "GET", {}, [this](const HttpAnswer &answer) {
        if (!answer.error.isEmpty()) {
            fail(tr("The metadata service failed: %1").arg(answer.error));
            return;
        }
        if (answer.status != 200) {
            fail(tr("The metadata service answered HTTP %1 when asked for the instance's RAM "
                    "role: is a role attached to this instance?")
                     .arg(answer.status));
            return;
        }
        static const QRegularExpression roleName(u"^[A-Za-z0-9._-]{1,64}$"_s);
        const QString role = QString::fromUtf8(answer.body).section(u'\n', 0, 0).trimmed();
        if (!roleName.match(role).hasMatch()) {
            fail(tr("The metadata service named no usable RAM role."));
            return;
        }
        askCredentials(role);
    });
}

void MetadataCredentialSource::askCredentials(const QString &role)
{
    exchange(requestFor(kCredentialsPath + QString::fromLatin1(QUrl::toPercentEncoding(role))),
        "GET", {}, [this, role](const HttpAnswer &answer) {
            if (!answer.error.isEmpty()) {
                fail(tr("The metadata service failed: %1").arg(answer.error));
                return;
            }
            if (answer.status != 200) {
                fail(tr("The metadata service answered HTTP %1 for the role %2.")
                         .arg(answer.status)
                         .arg(role));
                return;
            }
            Credentials credentials;
            QDateTime expiration;
            QString why;
            if (!readJsonCredentials(answer.body, &credentials, &expiration, &why)) {
                fail(tr("The metadata service gave no usable credentials for %1: %2")
                         .arg(role, why));
                return;
            }
            deliver(credentials, expiration);
        });
}

UriCredentialSource::UriCredentialSource(QUrl uri, QNetworkAccessManager *network, QObject *parent)
    : CredentialSource(
        u"CredentialsURI %1"_s.arg(uri.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)),
        network, parent)
    , m_uri(std::move(uri))
{ }

void UriCredentialSource::fetch()
{
    const QString shown = m_uri.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (!m_uri.isValid() || m_uri.host().isEmpty()
        || (m_uri.scheme() != u"http" && m_uri.scheme() != u"https")) {
        QTimer::singleShot(0, this, [this, shown] {
            fail(tr("The credentials URI \"%1\" is not an http(s) URL.").arg(shown));
        });
        return;
    }
    exchange(QNetworkRequest(m_uri), "GET", {}, [this, shown](const HttpAnswer &answer) {
        if (!answer.error.isEmpty()) {
            fail(tr("The credentials URI failed: %1").arg(answer.error));
            return;
        }
        if (answer.status != 200) {
            fail(tr("The credentials URI %1 answered HTTP %2.").arg(shown).arg(answer.status));
            return;
        }
        Credentials credentials;
        QDateTime expiration;
        QString why;
        if (!readJsonCredentials(answer.body, &credentials, &expiration, &why)) {
            fail(tr("The credentials URI %1 gave no usable credentials: %2").arg(shown, why));
            return;
        }
        deliver(credentials, expiration);
    });
}

} // namespace ecs
