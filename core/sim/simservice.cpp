#include "simservice.h"

#include "simworld.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ecs::sim {

QJsonObject SimService::bodyWithRawMember(const Outcome &outcome)
{
    QJsonObject body = outcome.body;
    if (!outcome.rawKey.isEmpty()) {
        // Wrapped in an array, so that any JSON value parses.
        const QJsonDocument parsed
            = QJsonDocument::fromJson(QByteArray('[' + outcome.rawValue + ']'));
        body.insert(outcome.rawKey, parsed.array().at(0));
    }
    return body;
}

SimService::SimService(SimWorld &world)
    : m_world(world)
{
    addCatalogOperations(*this);
    addMarketOperations(*this);
    addInstanceQueryOperations(*this);
    addLifecycleOperations(*this);
    addBillingOperations(*this);
    addStsOperations(*this);
    addAssistantOperations(*this);
    addInsightOperations(*this);
    addEventOperations(*this);
    addTagOperations(*this);
}

void SimService::add(const char *version, const QString &action, Handler handler, bool idempotent)
{
    m_operations.insert(
        QString::fromLatin1(version) + u'/' + action, { std::move(handler), idempotent });
}

bool SimService::knows(const QString &version, const QString &action) const
{
    return m_operations.contains(version + u'/' + action);
}

SimService::Outcome SimService::handle(const SimRequest &request)
{
    if (request.version != QLatin1StringView(kEcsVersion)
        && request.version != QLatin1StringView(kVpcVersion)
        && request.version != QLatin1StringView(kStsVersion))
        return { errors::invalidVersion(request.version), {} };
    const auto it = m_operations.constFind(request.version + u'/' + request.action);
    if (it == m_operations.cend())
        return { errors::invalidAction(request.action), {} };

    QString tokenKey;
    QByteArray fingerprint;
    const QString token = request.param(u"ClientToken"_s);
    if (it->idempotent && !token.isEmpty()) {
        if (token.size() > 64)
            return { errors::invalidParameter(u"ClientToken"_s, token), {} };
        tokenKey = request.accessKeyId + u'/' + request.action + u'/' + token;
        ParamMap params = request.params;
        params.remove(u"ClientToken"_s);
        fingerprint = canonicalQuery(params);
        const auto seen = m_tokens.constFind(tokenKey);
        if (seen != m_tokens.cend()) {
            if (seen->fingerprint != fingerprint)
                return { errors::idempotentParameterMismatch(), {} };
            return { {},
                seen->body }; // the first answer again: no second instance, no second order
        }
    }

    SimContext context { request, SimParams(request), m_world };
    Outcome outcome = it->handler(context);
    if (!tokenKey.isEmpty() && !outcome.error.isError()) {
        outcome.body = bodyWithRawMember(outcome); // the answer remembered whole
        outcome.rawKey = {};
        outcome.rawValue.clear();
        m_tokens.insert(
            tokenKey, { fingerprint, outcome.body, QDateTime::currentMSecsSinceEpoch() });
        ++m_tokenGeneration;
    }
    return outcome;
}

namespace {
// Tokens are kept for a day: retries come within minutes, and the table must not grow forever.
constexpr qint64 kTokenLifetimeMs = 24 * 3600 * 1000;
} // namespace

QJsonArray SimService::saveTokens() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        if (now - it->recordedMs > kTokenLifetimeMs)
            continue;
        tokens.append(QJsonObject { { u"key"_s, it.key() },
            { u"fingerprint"_s, QString::fromLatin1(it->fingerprint) }, { u"body"_s, it->body },
            { u"recordedMs"_s, QString::number(it->recordedMs) } });
    }
    return tokens;
}

void SimService::restoreTokens(const QJsonArray &tokens)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        const QString key = token.value("key"_L1).toString();
        const qint64 recorded = token.value("recordedMs"_L1).toString().toLongLong();
        if (key.isEmpty() || now - recorded > kTokenLifetimeMs)
            continue;
        m_tokens.insert(key,
            { token.value("fingerprint"_L1).toString().toLatin1(),
                token.value("body"_L1).toObject(), recorded });
    }
}

} // namespace ecs::sim
