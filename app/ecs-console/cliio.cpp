#include "cliio.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

void err(const QString &text)
{
    write(stderr, text);
}

QString keychainMessage(const ecs::SecretResult &result)
{
    return keychainMessage(result.status, result.message);
}

QString keychainMessage(ecs::SecretResult::Status status, const QString &message)
{
    if (status != ecs::SecretResult::Status::Unavailable)
        return message;
    return message
        + QStringLiteral("\nWithout a keychain, `ecs-console call` can still sign with "
                         "credentials from the environment: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                         "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for "
                         "STS) and leave out --profile.");
}

int keychainExitCode(ecs::SecretResult::Status status)
{
    switch (status) {
    case ecs::SecretResult::Status::Ok:
        return Success;
    case ecs::SecretResult::Status::NotFound:
        return UsageError; // no such profile, or a profile whose secret was never stored
    case ecs::SecretResult::Status::Unavailable:
    case ecs::SecretResult::Status::Locked:
    case ecs::SecretResult::Status::Denied:
    case ecs::SecretResult::Status::Failed:
        break;
    }
    return KeychainError;
}

QString readSecretLine(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        err(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err(QStringLiteral("\n"));
    }
    return QString::fromStdString(line).trimmed();
}

} // namespace cli
