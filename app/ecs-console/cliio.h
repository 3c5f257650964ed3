#pragma once

#include "secretstore.h"

#include <QString>

namespace cli {

enum ExitCode {
    Success = 0,
    ServiceError = 1,
    TransportError = 2,
    KeychainError = 3,
    UsageError = 64
};

void out(const QString &text);
void err(const QString &text);
/// The keychain's explanation for a command line: what can be done here instead (the GUI's
/// "keep for this session only" is not possible in a process that ends with the command).
QString keychainMessage(const ecs::SecretResult &result);
QString keychainMessage(ecs::SecretResult::Status status, const QString &message);
/// The exit code for a keychain outcome: KeychainError for a locked, missing or refusing keychain.
int keychainExitCode(ecs::SecretResult::Status status);

/// One line from standard input, without echo when it is a terminal (for secrets).
QString readSecretLine(const QString &prompt);

} // namespace cli
