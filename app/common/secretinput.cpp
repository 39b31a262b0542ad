#include "secretinput.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace exam::cli {

QString readSecretLine(const QString& prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    static QTextStream input(stdin); // one stream: a second one would miss what the first read ahead
    const QString line = input.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    return line;
}

std::optional<QString> readNewSecret(const QString& prompt, const QString& againPrompt)
{
    const QString first = readSecretLine(prompt);
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO) && readSecretLine(againPrompt) != first)
        return std::nullopt;
#endif
    return first;
}

} // namespace exam::cli
