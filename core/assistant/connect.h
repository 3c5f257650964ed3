#pragma once

#include "types/instance.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

// Connecting to an instance the native way: the user's terminal running ssh, or the service's
// web VNC page in the browser. Addresses and names come from the server, so nothing here builds
// a shell string to run: programs get argument lists, and every server value is validated first.
namespace ecs {

/// Per profile: how to log in.
struct SshSettings
{
    QString user = QStringLiteral("root");
    QString keyFile; ///< empty: ssh's own default
    QString jumpHost; ///< [user@]host[:port] for -J, or empty
    int port = 22;

    static SshSettings load(const QSettings &settings, const QString &profile);
    void save(QSettings &settings, const QString &profile) const;
};

/// The terminal command from the preferences, e.g. "x-terminal-emulator -e" or "kitty --": the
/// ssh command line is appended to it as separate arguments.
struct TerminalCommand
{
    QString program;
    QStringList arguments;

    /// `text` split as a shell would split words (the user's own setting, never server data);
    /// empty text gives the default.
    static TerminalCommand parse(const QString &text);
    /// $TERMINAL with -e, else x-terminal-emulator -e.
    static QString defaultText();
    static TerminalCommand load(const QSettings &settings);
};

class Connect
{
    Q_DECLARE_TR_FUNCTIONS(ecs::Connect)

public:
    /// Whether the instance runs Windows (its record's OSType).
    static bool isWindows(const Instance &instance);
    /// The address ssh goes to: the first public one (unless `preferPrivate`), else private.
    static QString addressOf(const Instance &instance, bool preferPrivate);
    /// An IPv4 or IPv6 literal, nothing else (no host name, option, space or shell character).
    static bool isSafeAddress(const QString &address);
    /// Why ssh cannot be started with these settings to `address`, or empty.
    static QString sshProblem(const SshSettings &settings, const QString &address);
    /// ssh's argument list (ssh itself first): options, then `--`, then user@address.
    static QStringList sshArguments(const SshSettings &settings, const QString &address);
    /// The same as one line for a shell, every word quoted where needed.
    static QString sshCommandLine(const SshSettings &settings, const QString &address);
    static QString shellQuote(const QString &word);
    /// Starts the terminal running ssh, detached. False with `error` set when it cannot.
    static bool startSshInTerminal(const TerminalCommand &terminal, const SshSettings &settings,
        const QString &address, QString *error);

    /// The service's web VNC page for `vncUrl` as DescribeInstanceVncUrl sends it
    /// (percent-encoded): https://g.alicdn.com/aliyun/ecs-console-vnc2/0.0.8/index.html
    /// ?vncUrl=…&instanceId=…&isWindows=true|false. Invalid when the VNC address is not a
    /// ws(s):// URL.
    static QUrl vncPageUrl(const QString &vncUrl, const QString &instanceId, bool isWindows);
};

} // namespace ecs
