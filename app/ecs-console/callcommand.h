#pragma once

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QSettings;

namespace ecs {
struct ClientConfig;
class ApiRequest;
class SecretStore;
} // namespace ecs

/// `ecs-console call ACTION [Key=Value ...]`: one API call from the command line, no display
/// needed. Prints the response JSON on stdout; on failure the Code, Message and RequestId on
/// stderr.
class CallCommand : public QObject
{
    Q_OBJECT

public:
    /// `settings` and `secrets` make --profile available.
    explicit CallCommand(QNetworkAccessManager *network, QSettings *settings = nullptr,
        ecs::SecretStore *secrets = nullptr, QObject *parent = nullptr);
    /// `arguments` are everything after "call". Emits finished() with the exit code.
    void run(const QStringList &arguments);

    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(int exitCode, const QString &message);
    void send(const ecs::ClientConfig &config, const ecs::ApiRequest &request);
    QNetworkAccessManager *m_network;
    QSettings *m_settings;
    ecs::SecretStore *m_secrets;
};
