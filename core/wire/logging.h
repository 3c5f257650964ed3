#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

// Every logging category of the project, switched with QT_LOGGING_RULES (e.g.
// "ecs.api.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcEcsApi)
Q_DECLARE_LOGGING_CATEGORY(lcEcsSim)
Q_DECLARE_LOGGING_CATEGORY(lcEcsUi)
Q_DECLARE_LOGGING_CATEGORY(lcEcsCredentials)

namespace ecs {

/// The one place that keeps secrets out of text: everything that is logged or shown (CLI output,
/// ApiError texts, banners, log lines) goes through here first. It replaces with "***"
///  - the values of Signature, AccessKeySecret, SecurityToken, Authorization and
///    x-acs-security-token after their names, in every encoding a service or a log uses: raw
///    (`Name=v`, `Name: v`, `"Name": "v"`), percent-encoded once or twice, in either hex case
///    (`%26SecurityToken%3Dv%26`, `%2526SecurityToken%253Dv%2526`) and JSON-escaped
///    (`\"Name\":\"v\"`, `\u0026Name\u003dv`);
///  - every occurrence of a secret value registered with registerSecretValue(), in the same
///    encodings, wherever it appears (a service may echo a token without its name).
QString redact(const QString &text);
QByteArray redact(const QByteArray &text);

/// Makes redact() replace this value (an AccessKey secret or an STS token the process holds)
/// wherever it appears. Values shorter than kMinSecretValueLength are ignored: replacing them
/// would garble ordinary text, and no real secret is that short. Thread-safe.
void registerSecretValue(const QString &value);
inline constexpr int kMinSecretValueLength = 8;

/// True for parameter or header names whose values are secret.
bool isSecretName(QStringView name);

/// Installs a Qt message handler that redacts every message before the previous handler
/// writes it: a last line of defence for log lines that forget to.
void installRedactingMessageHandler();

} // namespace ecs
