#include "credentialsource.h"

#include "apierror.h"
#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {
// A request may not be signed with credentials this close to their end (or a tenth of a short
// life): it could expire on the way.
constexpr qint64 kMinRemainingMs = 10'000;
constexpr qint64 kLateRefreshMs = 3 * 60 * 1000;
} // namespace

CredentialSource::CredentialSource(
    QString description, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_description(std::move(description))
    , m_network(network)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(nullptr, {}); });
}

CredentialSource::~CredentialSource() = default;

bool CredentialSource::isUsable() const
{
    if (!hasCredentials())
        return false;
    if (!m_expiration.isValid())
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 life = m_obtained.isValid() ? m_obtained.msecsTo(m_expiration) : 0;
    const qint64 margin = std::min(kMinRemainingMs, std::max<qint64>(0, life / 10));
    return now.msecsTo(m_expiration) > margin;
}

QDateTime CredentialSource::refreshTimeFor(const QDateTime &obtained, const QDateTime &expiration)
{
    const qint64 life = std::max<qint64>(0, obtained.msecsTo(expiration));
    const QDateTime atShare = obtained.addMSecs(life * 8 / 10);
    const QDateTime late = expiration.addMSecs(-kLateRefreshMs);
    // A life too short for the three-minute rule (tests, short DurationSeconds) keeps 80 %.
    return late < obtained.addMSecs(life / 2) ? atShare : std::min(atShare, late);
}

bool CredentialSource::isExpiredCredentialError(const ApiError &error)
{
    return error.kind == ApiError::Kind::Service
        && (error.code.startsWith(u"InvalidSecurityToken"_s)
            || error.code.startsWith(u"InvalidAccessKeyId"_s));
}

bool CredentialSource::readTemporaryCredentials(
    const QJsonObject &object, Credentials *credentials, QDateTime *expiration, QString *error)
{
    const auto text = [&object](const char *name) {
        return object.value(QLatin1StringView(name)).toString().trimmed();
    };
    Credentials c { text("AccessKeyId"), text("AccessKeySecret"), text("SecurityToken") };
    QStringList missing;
    if (c.accessKeyId.isEmpty())
        missing << u"AccessKeyId"_s;
    if (c.accessKeySecret.isEmpty())
        missing << u"AccessKeySecret"_s;
    if (c.securityToken.isEmpty())
        missing << u"SecurityToken"_s;
    const QString expirationText = text("Expiration");
    if (expirationText.isEmpty())
        missing << u"Expiration"_s;
    if (!missing.isEmpty()) {
        *error = tr("the answer has no %1").arg(missing.join(u", "_s));
        return false;
    }
    // Keys and tokens are printable ASCII; anything else is not credentials (and would break
    // the headers it goes into).
    for (const QString *value : { &c.accessKeyId, &c.accessKeySecret, &c.securityToken }) {
        if (value->size() > 8192 || std::any_of(value->cbegin(), value->cend(), [](QChar ch) {
                return ch.unicode() < 0x21 || ch.unicode() > 0x7e;
            })) {
            *error = tr("the answer's credentials are not printable ASCII");
            return false;
        }
    }
    QDateTime when = QDateTime::fromString(expirationText, Qt::ISODate);
    if (!when.isValid()) {
        *error = tr("the expiration \"%1\" is not a date").arg(expirationText.left(40));
        return false;
    }
    when = when.toUTC();
    if (when <= QDateTime::currentDateTimeUtc()) {
        *error = tr("the credentials expired already (%1)").arg(expirationText.left(40));
        return false;
    }
    // Registered before anyone can print them.
    registerSecretValue(c.accessKeySecret);
    registerSecretValue(c.securityToken);
    *credentials = c;
    *expiration = when;
    return true;
}

void CredentialSource::refresh(QObject *context, Done done, const QString &staleAccessKeyId)
{
    if (!staleAccessKeyId.isEmpty() && !m_fetching && isUsable()
        && m_credentials.accessKeyId != staleAccessKeyId) {
        if (done)
            QTimer::singleShot(0, context ? context : this, [done] { done({}); });
        return;
    }
    if (done)
        m_waiters.append({ context, std::move(done) });
    if (m_fetching)
        return;
    m_fetching = true;
    m_refreshTimer.stop();
    qCDebug(lcEcsCredentials).noquote() << "obtaining credentials:" << m_description;
    fetch();
}

void CredentialSource::deliver(const Credentials &credentials, const QDateTime &expiration)
{
    registerSecretValue(credentials.accessKeySecret);
    registerSecretValue(credentials.securityToken);
    m_credentials = credentials;
    m_expiration = expiration;
    m_obtained = QDateTime::currentDateTimeUtc();
    m_lastError.clear();
    m_failures = 0;
    scheduleRefresh();
    qCInfo(lcEcsCredentials).noquote()
        << "credentials obtained:" << m_description << "key" << credentials.accessKeyId.left(12)
        << (expiration.isValid() ? u"until "_s + expiration.toString(Qt::ISODate) : u"-"_s);
    finish({});
}

void CredentialSource::fail(const QString &error)
{
    m_lastError = redact(error);
    ++m_failures;
    qCWarning(lcEcsCredentials).noquote() << m_description << "failed:" << m_lastError;
    // Credentials still good are kept; a later attempt may do better before they run out.
    if (m_expiration.isValid() && isUsable()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_expiration);
        m_refreshTimer.start(int(std::clamp<qint64>(left / 4, 1000, 60'000)));
    }
    finish(m_lastError);
}

void CredentialSource::finish(const QString &error)
{
    m_fetching = false;
    // The callbacks may release the last reference to this source: nothing is touched after.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (error.isEmpty())
        Q_EMIT credentialsChanged(m_expiration);
    else
        Q_EMIT refreshFailed(error);
    for (const Waiter &waiter : waiters)
        if (waiter.context)
            waiter.done(error);
}

void CredentialSource::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (!m_expiration.isValid())
        return;
    const QDateTime at = refreshTimeFor(m_obtained, m_expiration);
    m_refreshTimer.start(int(std::clamp<qint64>(
        QDateTime::currentDateTimeUtc().msecsTo(at), 0, std::numeric_limits<int>::max())));
}

void CredentialSource::exchange(QNetworkRequest request, const QByteArray &method,
    const QByteArray &body, std::function<void(const HttpAnswer &)> done)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.addCaCertificates(m_extraCa);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = method == "GET" ? m_network->get(request)
                                           : m_network->sendCustomRequest(request, method, body);
    reply->setParent(this);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("ecsDeadline", true);
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > kMaxAnswerBytes || total > kMaxAnswerBytes) {
            reply->setProperty("ecsTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString host = reply->url().host();
        if (reply->property("ecsTooLarge").toBool() || reply->bytesAvailable() > kMaxAnswerBytes) {
            answer.error = tr("%1 answered more than %2 KiB").arg(host).arg(kMaxAnswerBytes / 1024);
        } else if (reply->property("ecsDeadline").toBool()
            || reply->error() == QNetworkReply::OperationCanceledError) {
            answer.error = tr("%1 did not answer within %2 s").arg(host).arg(m_timeoutMs / 1000);
        } else if (reply->error() != QNetworkReply::NoError && answer.status == 0) {
            answer.error
                = tr("%1 could not be reached (%2)").arg(host, redact(reply->errorString()));
        } else {
            answer.body = reply->read(kMaxAnswerBytes + 1);
        }
        done(answer);
    });
}

StaticCredentialSource::StaticCredentialSource(
    const Credentials &credentials, QString description, QObject *parent)
    : CredentialSource(std::move(description), nullptr, parent)
    , m_fixed(credentials)
{
    registerSecretValue(credentials.accessKeySecret);
    registerSecretValue(credentials.securityToken);
}

void StaticCredentialSource::fetch()
{
    // Later, as every fetch ends: callers never see their callback run inside refresh().
    QTimer::singleShot(0, this, [this] {
        if (m_fixed.isComplete())
            deliver(m_fixed, {});
        else
            fail(tr("The source profile has no AccessKey pair."));
    });
}

} // namespace ecs
