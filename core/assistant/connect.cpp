#include "connect.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

const QString kVncPage = u"https://g.alicdn.com/aliyun/ecs-console-vnc2/0.0.8/index.html"_s;

bool isOption(const QString &word)
{
    return word.startsWith(u'-');
}

} // namespace

SshSettings SshSettings::load(const QSettings &settings, const QString &profile)
{
    SshSettings s;
    const QString prefix = u"connect/profiles/%1/"_s.arg(profile);
    s.user = settings.value(prefix + u"user"_s, s.user).toString();
    s.keyFile = settings.value(prefix + u"keyFile"_s).toString();
    s.jumpHost = settings.value(prefix + u"jumpHost"_s).toString();
    s.port = settings.value(prefix + u"port"_s, 22).toInt();
    return s;
}

void SshSettings::save(QSettings &settings, const QString &profile) const
{
    const QString prefix = u"connect/profiles/%1/"_s.arg(profile);
    settings.setValue(prefix + u"user"_s, user);
    settings.setValue(prefix + u"keyFile"_s, keyFile);
    settings.setValue(prefix + u"jumpHost"_s, jumpHost);
    settings.setValue(prefix + u"port"_s, port);
}

QString TerminalCommand::defaultText()
{
    const QString terminal = QProcessEnvironment::systemEnvironment().value(u"TERMINAL"_s);
    return (terminal.isEmpty() ? u"x-terminal-emulator"_s : Connect::shellQuote(terminal))
        + u" -e"_s;
}

TerminalCommand TerminalCommand::parse(const QString &text)
{
    QStringList words = QProcess::splitCommand(text.trimmed().isEmpty() ? defaultText() : text);
    TerminalCommand command;
    if (!words.isEmpty())
        command.program = words.takeFirst();
    command.arguments = words;
    return command;
}

TerminalCommand TerminalCommand::load(const QSettings &settings)
{
    return parse(settings.value(u"connect/terminal"_s).toString());
}

bool Connect::isWindows(const Instance &instance)
{
    return instance.raw().value(u"OSType"_s).toString().compare(u"windows"_s, Qt::CaseInsensitive)
        == 0;
}

QString Connect::addressOf(const Instance &instance, bool preferPrivate)
{
    const QStringList &first = preferPrivate ? instance.privateIps : instance.publicIps;
    const QStringList &second = preferPrivate ? instance.publicIps : instance.privateIps;
    return !first.isEmpty() ? first.first() : (!second.isEmpty() ? second.first() : QString());
}

bool Connect::isSafeAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 45)
        return false;
    static const QRegularExpression chars(u"^[0-9A-Fa-f.:]+$"_s);
    QHostAddress parsed;
    return chars.match(address).hasMatch() && parsed.setAddress(address) && !parsed.isNull();
}

QString Connect::sshProblem(const SshSettings &settings, const QString &address)
{
    if (address.isEmpty())
        return tr("The instance has no address to connect to.");
    if (!isSafeAddress(address))
        return tr("The address “%1” is not an IP address; not connecting.").arg(address.left(64));
    static const QRegularExpression user(u"^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"_s);
    if (!user.match(settings.user).hasMatch())
        return tr("The SSH user “%1” is not a valid user name.").arg(settings.user.left(64));
    static const QRegularExpression jump(
        u"^([A-Za-z0-9_][A-Za-z0-9._-]*@)?[A-Za-z0-9\\[][A-Za-z0-9.:\\[\\]-]*(:[0-9]{1,5})?$"_s);
    if (!settings.jumpHost.isEmpty() && !jump.match(settings.jumpHost).hasMatch())
        return tr("The jump host “%1” is not of the form [user@]host[:port].")
            .arg(settings.jumpHost.left(64));
    if (!settings.keyFile.isEmpty()
        && (isOption(settings.keyFile) || settings.keyFile.contains(u'\n')))
        return tr("The key file name is not valid.");
    if (settings.port < 1 || settings.port > 65535)
        return tr("The SSH port must be between 1 and 65535.");
    return {};
}

QStringList Connect::sshArguments(const SshSettings &settings, const QString &address)
{
    QStringList args { u"ssh"_s };
    if (!settings.keyFile.isEmpty())
        args << u"-i"_s << settings.keyFile;
    if (!settings.jumpHost.isEmpty())
        args << u"-J"_s << settings.jumpHost;
    if (settings.port != 22)
        args << u"-p"_s << QString::number(settings.port);
    args << u"--"_s << settings.user + u'@' + address;
    return args;
}

QString Connect::shellQuote(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString Connect::sshCommandLine(const SshSettings &settings, const QString &address)
{
    QStringList words;
    for (const QString &word : sshArguments(settings, address))
        words << shellQuote(word);
    return words.join(u' ');
}

bool Connect::startSshInTerminal(const TerminalCommand &terminal, const SshSettings &settings,
    const QString &address, QString *error)
{
    if (const QString problem = sshProblem(settings, address); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (terminal.program.isEmpty()) {
        *error = tr("No terminal command is set in the preferences.");
        return false;
    }
    const QStringList args = terminal.arguments + sshArguments(settings, address);
    if (!QProcess::startDetached(terminal.program, args)) {
        *error = tr("The terminal “%1” could not be started.").arg(terminal.program);
        return false;
    }
    return true;
}

QUrl Connect::vncPageUrl(const QString &vncUrl, const QString &instanceId, bool isWindows)
{
    // Sent percent-encoded; decoded once, checked, and encoded again for the page's query.
    const QString decoded = QUrl::fromPercentEncoding(vncUrl.toUtf8());
    const QUrl socket(decoded, QUrl::StrictMode);
    if (!socket.isValid() || (socket.scheme() != u"wss" && socket.scheme() != u"ws")
        || socket.host().isEmpty())
        return {};
    static const QRegularExpression id(u"^i-[A-Za-z0-9]{1,40}$"_s);
    if (!id.match(instanceId).hasMatch())
        return {};
    const QByteArray query = "vncUrl=" + QUrl::toPercentEncoding(decoded) + "&instanceId="
        + QUrl::toPercentEncoding(instanceId) + "&isWindows=" + (isWindows ? "true" : "false");
    return QUrl::fromEncoded(kVncPage.toLatin1() + '?' + query, QUrl::StrictMode);
}

} // namespace ecs
