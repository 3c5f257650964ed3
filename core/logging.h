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

/// Replaces the values of Signature, AccessKeySecret, SecurityToken, Authorization and
/// x-acs-security-token in a query string, header dump or message with "***".
/// Everything that is logged or shown goes through here first.
QString redact(const QString &text);
QByteArray redact(const QByteArray &text);

/// True for parameter or header names whose values are secret.
bool isSecretName(QStringView name);

} // namespace ecs
