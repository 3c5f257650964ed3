#include "logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcEcsApi, "ecs.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEcsSim, "ecs.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEcsUi, "ecs.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEcsCredentials, "ecs.credentials", QtWarningMsg)

namespace ecs {

namespace {
const QStringList &secretNames()
{
    static const QStringList names { QStringLiteral("Signature"), QStringLiteral("AccessKeySecret"),
        QStringLiteral("SecurityToken"), QStringLiteral("Authorization"),
        QStringLiteral("x-acs-security-token") };
    return names;
}
} // namespace

bool isSecretName(QStringView name)
{
    for (const QString &secret : secretNames())
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString redact(const QString &text)
{
    // name=value (query/form), "name": "value" (JSON), name: value (headers), in any case.
    static constexpr char kPattern[]
        = R"re((\b(?:Signature|AccessKeySecret|SecurityToken|x-acs-security-token)"?\s*[=:]\s*"?)([^&"\s,}]+))re"
          R"re(|(\bAuthorization"?\s*[=:]\s*"?)([^"\r\n}]+))re";
    static const QRegularExpression pattern(
        QString::fromLatin1(kPattern), QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(pattern, QStringLiteral("\\1\\3***"));
    return out;
}

QByteArray redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

} // namespace ecs
