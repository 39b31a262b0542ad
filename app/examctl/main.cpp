// examctl: the station administrator's command line. Sets the station up (site, keys, trusted
// publishers), installs item banks and adds proctors; the kiosk then runs sittings on it. This file
// only composes the tool from its command groups and starts the application its command needs.

#include "examctlcommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

namespace {

exam::cli::Tool makeTool()
{
    exam::cli::Tool tool(
        QStringLiteral("examctl"), QStringLiteral("examctl <group> <command> [options]"),
        QCoreApplication::translate(
            "examctl",
            "Every command takes --help, and --data-dir FOLDER before the group or after the command\n"
            "(default: the kiosk's data folder). \"examctl GROUP --help\" lists a group's commands.\n"
            "\n"
            "Exit status: 0 done; 1 the station refused (already set up, wrong PIN, a bank failed a check);\n"
            "64 wrong arguments; 66 a named file is missing or unreadable; 70 internal failure;\n"
            "73 something could not be written.\n"));
    tool.setLeadingOptions({QStringLiteral("data-dir")});
    examctl::addStationCommands(tool);
    examctl::addIntakeSettingCommands(tool);
    examctl::addStationSettingCommands(tool);
    examctl::addBankCommands(tool);
    examctl::addProctorCommands(tool);
    examctl::addOutboxCommands(tool);
    examctl::addResultCommands(tool);
    examctl::addAuditCommands(tool);
    examctl::addCheckCommand(tool);
    examctl::addRoomCommands(tool);
    examctl::addReplicaCommands(tool);
    return tool;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    exam::cli::Tool tool = makeTool();
    // A command that draws text (the score report's PDF) needs Qt's GUI layer, and no display for it.
    const exam::cli::Command* command = tool.find(arguments);
    const bool draws = command && command->drawsText();
    if (draws && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        draws ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("examctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The command's own output is what the administrator reads; routine progress stays out of it.
    QLoggingCategory::setFilterRules(QStringLiteral("exam.*.info=false"));
    return tool.run(QCoreApplication::arguments().mid(1), QStringLiteral(PROJECT_VERSION));
}
