#pragma once

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QSettings;

namespace ecs {
class SecretStore;
}

/// `ecs-console profile add|list|remove|test|import-aliyun`: profiles from the command line.
/// Secrets are read from standard input (never from argv) and go only to the OS keychain.
class ProfileCommand : public QObject
{
    Q_OBJECT

public:
    ProfileCommand(QNetworkAccessManager *network, QSettings *settings, ecs::SecretStore *secrets,
        QObject *parent = nullptr);
    void run(const QStringList &arguments);
    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void add(const QStringList &arguments);
    void list();
    void remove(const QString &name);
    void test(const QString &name);
    void importAliyun(const QStringList &arguments);
    void done(int exitCode, const QString &out = {}, const QString &err = {});

    QNetworkAccessManager *m_network;
    QSettings *m_settings;
    ecs::SecretStore *m_secrets;
};
