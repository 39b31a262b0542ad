#pragma once
// PINs typed at a command line (examctl proctor …, exam-room --add-proctor): read from standard input,
// never from the command line, and never echoed.

#include <QString>

#include <optional>

namespace exam::cli {

// One line of standard input, without echo when it is a terminal (the prompt then goes to stderr).
QString readSecretLine(const QString& prompt);
// A new secret: on a terminal typed twice (nothing when the two differ), else one line.
std::optional<QString> readNewSecret(const QString& prompt, const QString& againPrompt);

} // namespace exam::cli
