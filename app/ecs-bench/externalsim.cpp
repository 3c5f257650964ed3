#include "externalsim.h"

#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

ExternalSimulator::ExternalSimulator(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ExternalSimulator::readLines);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_ready)
            Q_EMIT failed(u"ecs-sim: "_s + m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this, [this](int code) {
        if (!m_ready)
            Q_EMIT failed(u"ecs-sim exited (%1) before it listened"_s.arg(code));
    });
}

ExternalSimulator::~ExternalSimulator()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    disconnect(m_process, nullptr, this, nullptr);
    m_process->terminate();
    // The bench's own tear-down, after the measurements: a short wait for a clean exit.
    if (!m_process->waitForFinished(3'000))
        m_process->kill();
}

void ExternalSimulator::start(const QStringList &arguments)
{
    m_process->start(
        QStringLiteral(ECS_SIM_EXE), QStringList { u"--listen"_s, u"127.0.0.1:0"_s } + arguments);
}

void ExternalSimulator::readLines()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        if (line.startsWith(u"ecs-sim listening on "_s)) {
            m_url = QUrl(line.mid(21));
            // The region lines follow the first one at once, in the same write.
            QTimer::singleShot(100, this, [this] {
                m_ready = true;
                Q_EMIT ready();
            });
        } else if (line.startsWith(u"ecs-sim region "_s)) {
            const QStringList parts = line.split(u' ');
            if (parts.size() == 5)
                m_regions.insert(parts.at(2), parts.at(4));
        }
    }
}
