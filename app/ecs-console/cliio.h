#pragma once

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
/// One line from standard input, without echo when it is a terminal (for secrets).
QString readSecretLine(const QString &prompt);

} // namespace cli
