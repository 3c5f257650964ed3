#pragma once

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

/// `ecs-console call ACTION [Key=Value ...]`: one API call from the command line, no display
/// needed. Prints the response JSON on stdout; on failure the Code, Message and RequestId on
/// stderr.
class CallCommand : public QObject
{
    Q_OBJECT

public:
    explicit CallCommand(QNetworkAccessManager *network, QObject *parent = nullptr);
    /// `arguments` are everything after "call". Emits finished() with the exit code.
    void run(const QStringList &arguments);

    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(int exitCode, const QString &message);
    QNetworkAccessManager *m_network;
};
