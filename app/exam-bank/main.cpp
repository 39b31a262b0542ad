// exam-bank: the author's tool. Builds encrypted, signed bank files from authoring sources, makes
// keys, and shows or verifies what a bank file holds. The format is itembanks/FORMAT.md. This file
// only composes the tool from its commands.

#include "bankcommand.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exam-bank"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    exam::cli::Tool tool(QStringLiteral("exam-bank"), QStringLiteral("exam-bank <command> [options]"),
                         exambank::tr("Run exam-bank <command> --help for a command's options.\n"
                                      "\n"
                                      "Exit status: 0 done; 1 the bank failed a check; 2 the source has problems;\n"
                                      "64 wrong arguments; 66 an input is missing, unreadable or of the wrong kind;\n"
                                      "70 internal failure; 73 the output cannot be written.\n"));
    exambank::addKeygenCommand(tool);
    exambank::addBuildCommand(tool);
    exambank::addBankFileCommands(tool);
    exambank::addImportQtiCommand(tool);
    return tool.run(QCoreApplication::arguments().mid(1), QStringLiteral(PROJECT_VERSION));
}
