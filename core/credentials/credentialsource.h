#pragma once

#include "signer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace ecs {

struct ApiError;

/// Where a client's credentials come from when they are not a fixed key pair: STS AssumeRole,
/// the instance metadata service, a credentials URI or a command (the aliyun CLI's indirect
/// modes). It holds the current temporary credentials in memory only, renews them ahead of
/// their expiry (refreshTimeFor()) and when a service says they are no longer good, and tells
/// whoever shows the expiry through credentialsChanged(). Every value it obtains is registered
/// with the redaction of core/wire before anything can print it.
///
/// Shared by the ClientConfig copies of one profile (ClientConfig::credentialSource); lives in
/// the thread of the clients that use it.
class CredentialSource : public QObject
{
    Q_OBJECT

public:
    /// `error` is empty when current() holds fresh credentials.
    using Done = std::function<void(const QString &error)>;

    ~CredentialSource() override;

    Credentials current() const { return m_credentials; }
    /// When current() expires; invalid when the credentials do not expire (a long-lived key).
    QDateTime expiration() const { return m_expiration; }
    bool hasCredentials() const { return m_credentials.isComplete(); }
    /// True when current() may sign a request now: there are credentials, not about to expire.
    bool isUsable() const;
    /// What people read: the mode and what it asks ("RamRoleArn acs:ram::…:role/ops"), never a
    /// secret.
    QString description() const { return m_description; }
    QString lastError() const { return m_lastError; }
    bool isFetching() const { return m_fetching; }

    /// Obtains new credentials, or joins the fetch under way. `done` runs once, later, unless
    /// `context` is gone by then. With `staleAccessKeyId` (the key a refused request was signed
    /// with): when current() already holds another key, someone refreshed since, and `done`
    /// runs without a new fetch.
    void refresh(QObject *context, Done done, const QString &staleAccessKeyId = {});

    /// How long one fetch may take (HTTP exchange or command), in ms.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    /// Trust anchors for HTTPS fetches (the profile's CA file).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCa = certificates;
    }

    /// True for answers that say the temporary key a request was signed with is no longer good
    /// (InvalidSecurityToken.*, InvalidAccessKeyId.*): worth one refresh and a resend.
    static bool isExpiredCredentialError(const ApiError &error);
    /// When to renew credentials obtained at `obtained` that expire at `expiration`: at 80 % of
    /// their life, and no later than 3 minutes before the end when the life allows it.
    static QDateTime refreshTimeFor(const QDateTime &obtained, const QDateTime &expiration);
    /// Reads AccessKeyId, AccessKeySecret, SecurityToken and Expiration (the shape STS, the
    /// metadata service and credentials URIs share). False with `error` in words on anything
    /// missing or malformed; an expiration in the past is an error too.
    static bool readTemporaryCredentials(
        const QJsonObject &object, Credentials *credentials, QDateTime *expiration, QString *error);

    /// Bodies and command output beyond this are refused before parsing.
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024;

Q_SIGNALS:
    /// New credentials; `expiration` is invalid when they do not expire.
    void credentialsChanged(const QDateTime &expiration);
    void refreshFailed(const QString &error);

protected:
    CredentialSource(QString description, QNetworkAccessManager *network, QObject *parent);

    /// Starts obtaining credentials; ends with exactly one deliver() or fail().
    virtual void fetch() = 0;
    void deliver(const Credentials &credentials, const QDateTime &expiration);
    void fail(const QString &error);

    /// What one HTTP exchange brought back: a status and a bounded body, or `error` in words
    /// (no connection, timeout, TLS, body too large).
    struct HttpAnswer
    {
        int status = 0;
        QByteArray body;
        QString error;
    };
    /// One bounded exchange (kMaxAnswerBytes, timeoutMs()), owned by this source: `done` never
    /// runs after it is destroyed.
    void exchange(QNetworkRequest request, const QByteArray &method, const QByteArray &body,
        std::function<void(const HttpAnswer &)> done);

private:
    void finish(const QString &error);
    void scheduleRefresh();

    QString m_description;
    QNetworkAccessManager *m_network;
    Credentials m_credentials;
    QDateTime m_expiration;
    QDateTime m_obtained;
    QString m_lastError;
    bool m_fetching = false;
    int m_timeoutMs = 10'000;
    int m_failures = 0;
    QList<QSslCertificate> m_extraCa;
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    QList<Waiter> m_waiters;
    QTimer m_refreshTimer;
};

/// A fixed key pair as a source: what a chained role signs with when its source profile is an
/// AccessKey or StsToken profile.
class StaticCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    StaticCredentialSource(
        const Credentials &credentials, QString description, QObject *parent = nullptr);

protected:
    void fetch() override;

private:
    Credentials m_fixed;
};

} // namespace ecs
