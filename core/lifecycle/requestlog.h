#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace ecs {

class ApiCall;

/// One attempt of a request that failed and was sent again.
struct RequestAttempt
{
    int number = 1;
    qint64 endedAfterMs = 0; ///< since the request was first sent
    QString error; ///< in words, redacted
    int delayMs = 0; ///< before the next attempt
};

/// One request of an operation and what came back, everything secret already redacted.
struct RequestRecord
{
    QString action;
    QString endpoint; ///< scheme, host and port only
    QList<std::pair<QString, QString>> parameters; ///< by wire name, secrets shown as ***
    qint64 sentAfterMs = 0; ///< since the operation started
    QList<RequestAttempt> retries; ///< the attempts that failed before the last one
    bool finished = false;
    int attempts = 0;
    qint64 elapsedMs = 0;
    int httpStatus = 0;
    QString requestId;
    ApiError error;
    QString answer; ///< the body as pretty JSON, cut at RequestLog::kMaxAnswerChars
    bool answerCut = false;

    bool failed() const { return finished && error.isError(); }
};

/// What an operation sent and received, in order. Bounded: beyond kMaxRecords requests (a long
/// poll) the later ones are only counted, and every answer is cut at kMaxAnswerChars.
class RequestLog
{
    Q_DECLARE_TR_FUNCTIONS(ecs::RequestLog)

public:
    static constexpr int kMaxRecords = 400;
    static constexpr int kMaxAnswerChars = 64 * 1024;

    /// The index of the new record, or -1 when the log is full (then it is only counted).
    int begin(const ApiRequest &request, const QUrl &endpoint, qint64 sentAfterMs);
    void retrying(int index, int nextAttempt, const ApiError &error, int delayMs, qint64 afterMs);
    void finish(int index, const ApiCall &call);

    const QList<RequestRecord> &records() const { return m_records; }
    int notRecorded() const { return m_notRecorded; }
    /// Plain text of the whole story, for copying.
    QString toText() const;

private:
    QList<RequestRecord> m_records;
    int m_notRecorded = 0;
};

} // namespace ecs
