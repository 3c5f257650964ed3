// Starting the ecs-sim executable and talking to it, for the tests that drive the real process.
#pragma once

#include "ecsclient.h"
#include "requestbuilder.h"
#include "simdefaults.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace simprocess {

using namespace Qt::StringLiterals;

/// Waits for a started ecs-sim's first line; the URL it names, or an invalid one.
inline QUrl waitForUrl(QProcess &process)
{
    static const QRegularExpression line(
        uR"re(^ecs-sim listening on (https?://127\.0\.0\.1:(\d+))\n)re"_s);
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        out += process.readAllStandardOutput();
    }
    const auto match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        qWarning() << "first line was" << out << process.readAllStandardError();
        return {};
    }
    return QUrl(match.captured(1));
}

/// Starts ecs-sim with `arguments` (plus --listen 127.0.0.1:0) and waits for its first line;
/// the URL it names, or an invalid one.
inline QUrl start(QProcess &process, const QStringList &arguments)
{
    // ECS_SIM_EXE_UNDER_TEST runs the tests against another build (to see them fail on one
    // without a fix).
    process.start(qEnvironmentVariable("ECS_SIM_EXE_UNDER_TEST", QStringLiteral(ECS_SIM_EXE)),
        QStringList { u"--listen"_s, u"127.0.0.1:0"_s } + arguments);
    return waitForUrl(process);
}

/// Starts ecs-sim like start() and reads its output until it has `count` lines "ecs-sim region
/// REGION at HOST:PORT" after the first; REGION → HOST:PORT of those it read. The URL of the first
/// line goes to `url` (invalid if there was none).
inline QHash<QString, QString> startWithRegionLines(
    QProcess &process, const QStringList &arguments, int count, QUrl *url)
{
    process.start(qEnvironmentVariable("ECS_SIM_EXE_UNDER_TEST", QStringLiteral(ECS_SIM_EXE)),
        QStringList { u"--listen"_s, u"127.0.0.1:0"_s } + arguments);
    static const QRegularExpression first(
        uR"re(^ecs-sim listening on (https?://127\.0\.0\.1:(\d+))\n)re"_s);
    static const QRegularExpression region(
        uR"re(^ecs-sim region ([a-z0-9-]+) at (127\.0\.0\.1:\d+)$)re"_s,
        QRegularExpression::MultilineOption);
    QByteArray out;
    const auto regionLines = [&out] { return int(out.count("\necs-sim region ")); };
    for (int i = 0; i < 100 && (!out.contains('\n') || regionLines() < count); ++i) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        out += process.readAllStandardOutput();
    }
    const QString text = QString::fromUtf8(out);
    const auto match = first.match(text);
    *url = match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    QHash<QString, QString> endpoints;
    for (auto it = region.globalMatch(text); it.hasNext();) {
        const auto line = it.next();
        endpoints.insert(line.captured(1), line.captured(2));
    }
    return endpoints;
}

inline ecs::ClientConfig demoConfig(const QUrl &url)
{
    ecs::ClientConfig config;
    config.credentials = { QString::fromLatin1(ecs::sim::kDemoAccessKeyId),
        QString::fromLatin1(ecs::sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = url;
    config.retry.maxAttempts = 1;
    return config;
}

/// One call with the demo key through the real client; the finished call or null on timeout.
inline std::unique_ptr<ecs::ApiCall> send(const QUrl &url, const ecs::ApiRequest &request)
{
    QNetworkAccessManager network;
    ecs::EcsClient client(&network, demoConfig(url));
    ecs::ApiCall *call = client.send(request);
    call->setAutoDelete(false);
    call->setParent(nullptr);
    std::unique_ptr<ecs::ApiCall> owned(call);
    if (!QTest::qWaitFor([call] { return call->isFinished(); }, 15'000))
        return nullptr;
    return owned;
}

struct RawAnswer
{
    int status = 0;
    QJsonObject body;
};

/// Sends an already signed request as it is (to replay it), to `url`'s host and port.
inline RawAnswer sendSigned(ecs::HttpRequest signedRequest, const QUrl &url)
{
    QUrl target = signedRequest.request.url();
    target.setHost(url.host());
    target.setPort(url.port());
    signedRequest.request.setUrl(target);
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.sendCustomRequest(signedRequest.request, signedRequest.method, signedRequest.body));
    RawAnswer answer;
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 15'000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    return answer;
}

/// A line of /proc/PID/status in KiB (VmRSS, VmHWM), or -1.
inline qint64 procStatusKiB(qint64 pid, const QByteArray &key)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

inline QJsonArray listIn(const QJsonObject &body, const char *outer, const char *inner)
{
    return body.value(QLatin1StringView(outer))
        .toObject()
        .value(QLatin1StringView(inner))
        .toArray();
}

} // namespace simprocess
