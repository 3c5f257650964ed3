#include "processcredentialsource.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {
constexpr qsizetype kErrorTailBytes = 512;
} // namespace

ProcessCredentialSource::ProcessCredentialSource(QString command, QObject *parent)
    : CredentialSource(
        u"External %1"_s.arg(QProcess::splitCommand(command).value(0)), nullptr, parent)
    , m_command(std::move(command))
{
    setTimeoutMs(30'000);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        abandon(tr("The credentials command did not finish within %1 s.").arg(timeoutMs() / 1000));
    });
}

ProcessCredentialSource::~ProcessCredentialSource()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill(); // QProcess's destructor then reaps it
    }
}

bool ProcessCredentialSource::parseOutput(
    const QByteArray &output, Credentials *credentials, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output.trimmed(), &parseError);
    if (!doc.isObject()) {
        *error = tr("its output is not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    const QString mode = o.value("mode"_L1).toString(u"AK"_s);
    Credentials c { o.value("access_key_id"_L1).toString().trimmed(),
        o.value("access_key_secret"_L1).toString().trimmed(), {} };
    if (mode.compare(u"StsToken"_s, Qt::CaseInsensitive) == 0) {
        c.securityToken = o.value("sts_token"_L1).toString().trimmed();
        if (c.securityToken.isEmpty()) {
            *error = tr("its output has mode StsToken but no sts_token");
            return false;
        }
    } else if (mode.compare(u"AK"_s, Qt::CaseInsensitive) != 0) {
        *error = tr("its output has mode \"%1\"; AK or StsToken are understood")
                     .arg(redact(mode.left(40)));
        return false;
    }
    if (!c.isComplete()) {
        *error = tr("its output has no access_key_id and access_key_secret");
        return false;
    }
    registerSecretValue(c.accessKeySecret);
    registerSecretValue(c.securityToken);
    *credentials = c;
    return true;
}

void ProcessCredentialSource::fetch()
{
    QStringList arguments = QProcess::splitCommand(m_command);
    if (arguments.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(tr("The credentials command is empty.")); });
        return;
    }
    const QString program = arguments.takeFirst();
    m_output.clear();
    m_errorTail.clear();
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        m_output += process->readAllStandardOutput();
        if (m_output.size() > kMaxAnswerBytes)
            abandon(tr("The credentials command printed more than %1 KiB.")
                        .arg(kMaxAnswerBytes / 1024));
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_errorTail = (m_errorTail + process->readAllStandardError()).right(kErrorTailBytes);
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            abandon(tr("The credentials command could not be started (%1).")
                        .arg(m_process ? m_process->errorString() : QString()));
    });
    connect(process, &QProcess::finished, this, &ProcessCredentialSource::onFinished);
    m_timeout.start(timeoutMs());
    process->start(program, arguments);
}

void ProcessCredentialSource::abandon(const QString &error)
{
    m_timeout.stop();
    if (QProcess *process = m_process.data()) {
        m_process = nullptr;
        process->disconnect(this);
        process->kill();
        // Reaped when it ends; deleted then, never waited for.
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        if (process->state() == QProcess::NotRunning)
            process->deleteLater();
    }
    m_output.clear();
    fail(error);
}

void ProcessCredentialSource::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timeout.stop();
    QProcess *process = m_process.data();
    if (!process)
        return;
    m_output += process->readAllStandardOutput();
    m_process = nullptr;
    process->deleteLater();
    if (m_output.size() > kMaxAnswerBytes) {
        m_output.clear();
        fail(tr("The credentials command printed more than %1 KiB.").arg(kMaxAnswerBytes / 1024));
        return;
    }
    const QByteArray output = std::exchange(m_output, {});
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString said = redact(QString::fromUtf8(m_errorTail).trimmed());
        fail(said.isEmpty()
                ? tr("The credentials command failed (exit code %1).").arg(exitCode)
                : tr("The credentials command failed (exit code %1): %2").arg(exitCode).arg(said));
        return;
    }
    Credentials credentials;
    QString why;
    if (!parseOutput(output, &credentials, &why)) {
        fail(tr("The credentials command gave no usable credentials: %1").arg(why));
        return;
    }
    // The CLI's shape carries no expiry: kept until a service refuses them, then run again.
    deliver(credentials, {});
}

} // namespace ecs
