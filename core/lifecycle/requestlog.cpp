#include "requestlog.h"

#include "apicall.h"
#include "logging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ecs {

int RequestLog::begin(const ApiRequest &request, const QUrl &endpoint, qint64 sentAfterMs)
{
    if (m_records.size() >= kMaxRecords) {
        ++m_notRecorded;
        return -1;
    }
    RequestRecord record;
    record.action = request.action();
    record.endpoint = endpoint
                          .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo
                              | QUrl::RemoveFragment)
                          .toString();
    record.sentAfterMs = sentAfterMs;
    const ParamMap &params = request.params();
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        record.parameters.append(
            { it.key(), isSecretName(it.key()) ? u"***"_s : redact(it.value()) });
    m_records.append(std::move(record));
    return int(m_records.size() - 1);
}

void RequestLog::retrying(
    int index, int nextAttempt, const ApiError &error, int delayMs, qint64 afterMs)
{
    if (index < 0 || index >= m_records.size())
        return;
    RequestRecord &record = m_records[index];
    if (record.retries.size() >= 20)
        return;
    record.retries.append(
        { nextAttempt - 1, afterMs, error.redacted().toDisplayString(), delayMs });
}

void RequestLog::finish(int index, const ApiCall &call)
{
    if (index < 0 || index >= m_records.size())
        return;
    RequestRecord &record = m_records[index];
    record.finished = true;
    record.attempts = call.attempts();
    record.elapsedMs = call.elapsedMs();
    record.httpStatus = call.httpStatus();
    record.error = call.error().redacted();
    record.requestId = call.requestId().isEmpty() ? record.error.requestId : call.requestId();
    if (!call.response().isEmpty()) {
        QString text = redact(
            QString::fromUtf8(QJsonDocument(call.response()).toJson(QJsonDocument::Indented)));
        record.answerCut = text.size() > kMaxAnswerChars;
        if (record.answerCut)
            text.truncate(kMaxAnswerChars);
        record.answer = text;
    }
}

QString RequestLog::toText() const
{
    QString out;
    for (const RequestRecord &r : m_records) {
        out += u"%1 %2 (+%3 ms)\n"_s.arg(r.action, r.endpoint).arg(r.sentAfterMs);
        for (const auto &[name, value] : r.parameters)
            out += u"  %1=%2\n"_s.arg(name, value);
        for (const RequestAttempt &a : r.retries)
            out += tr("  attempt %1 failed after %2 ms: %3; next in %4 ms\n")
                       .arg(a.number)
                       .arg(a.endedAfterMs)
                       .arg(a.error)
                       .arg(a.delayMs);
        if (!r.finished) {
            out += tr("  no answer yet\n");
            continue;
        }
        out += tr("  %n attempt(s), %1 ms, HTTP %2, RequestId %3\n", "", r.attempts)
                   .arg(r.elapsedMs)
                   .arg(r.httpStatus)
                   .arg(r.requestId.isEmpty() ? u"-"_s : r.requestId);
        if (r.error.isError())
            out += u"  "_s + r.error.toDisplayString() + u'\n';
        if (!r.answer.isEmpty())
            out += r.answer + u'\n';
    }
    if (m_notRecorded > 0)
        out += tr("%n later request(s) not recorded\n", "", m_notRecorded);
    return out;
}

} // namespace ecs
