#pragma once

#include "credentialsource.h"

#include <QPointer>
#include <QProcess>

namespace ecs {

/// External: runs a command (the aliyun CLI's process_command) that prints credentials JSON in
/// the CLI's shape {"mode": "AK" | "StsToken", "access_key_id", "access_key_secret",
/// "sts_token"}. Asynchronous (never waits), its output bounded (kMaxAnswerBytes) and its run
/// time too (timeoutMs()); it is killed beyond either.
class ProcessCredentialSource : public CredentialSource
{
    Q_OBJECT

public:
    explicit ProcessCredentialSource(QString command, QObject *parent = nullptr);
    ~ProcessCredentialSource() override;

    /// Reads the command's output; false with `error` in words when it is not credentials.
    static bool parseOutput(const QByteArray &output, Credentials *credentials, QString *error);

protected:
    void fetch() override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void abandon(const QString &error);

    QString m_command;
    QPointer<QProcess> m_process;
    QByteArray m_output;
    QByteArray m_errorTail;
    QTimer m_timeout;
};

} // namespace ecs
