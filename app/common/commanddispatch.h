#pragma once
// The dispatch of the project's command-line tools: "<group> <command>" or a one-word command, then
// the command's own arguments.

#include "exitstatus.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <map>

namespace exam::cli {

using Commands = std::map<QString, std::function<int(const QStringList&)>>;

// Runs the command `arguments` name; an unknown one is explained with the usage text (exit 64).
// `context` is the tool's name and translation context.
inline int dispatch(const char* context, const Commands& commands, const QStringList& arguments, const QString& usage)
{
    // One-word commands (check, import) take their options right after the word.
    QString name = arguments.value(0);
    if (!commands.contains(name) && arguments.size() >= 2)
        name += u' ' + arguments[1];
    const auto command = commands.find(name);
    if (command == commands.end()) {
        std::fprintf(stderr, "%s\n\n%s",
                     qPrintable(QCoreApplication::translate(context, "%1: unknown command “%2”.")
                                    .arg(QString::fromLatin1(context), name)),
                     qPrintable(usage));
        return Usage;
    }
    return command->second(arguments.mid(int(name.count(u' ')) + 1));
}

} // namespace exam::cli
