// exam-intake: the registry's side of result delivery. Serves POST /v1/results over HTTPS to the
// stations, registers and revokes station keys, and imports offline bundles. This file only composes
// the tool from its commands.

#include "intakecommand.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exam-intake"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    exam::cli::Tool tool(
        QStringLiteral("exam-intake"), QStringLiteral("exam-intake <command> [options]"),
        intake::tr(
            "Every command takes --help, and --data-dir FOLDER (default: %1) before or after the command.\n"
            "\n"
            "Exit status: 0 done; 1 refused (a record or station refused, already set up); 64 wrong arguments;\n"
            "66 a named file is missing or unreadable; 70 internal failure; 73 something could not be written.\n")
            .arg(exam::intake::IntakeHome::defaultFolder()));
    tool.setLeadingOptions({QStringLiteral("data-dir")});
    intake::addSetupCommands(tool);
    intake::addStationCommands(tool);
    intake::addImportCommand(tool);
    return tool.run(QCoreApplication::arguments().mid(1), QStringLiteral(PROJECT_VERSION));
}
