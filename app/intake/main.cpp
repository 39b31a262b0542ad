// exam-intake: the registry's side of result delivery. Serves POST /v1/results over HTTPS to the
// stations, registers and revokes station keys, and imports offline bundles.

#include "commanddispatch.h"
#include "intakecommands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate("exam-intake",
        "Usage: exam-intake <command> [options]\n"
        "\n"
        "Commands:\n"
        "  init --certificate CERT.pem --key KEY.pem [--listen ADDR] [--port N]\n"
        "                                    set the intake up: database, receipt key, bundle key\n"
        "  show [--json]                     address, keys and pin to give the stations, counts\n"
        "  serve                             answer the stations over HTTPS until stopped\n"
        "  station add KEY.pub --name NAME   accept a station's signing key\n"
        "  station list [--json]             the registered stations\n"
        "  station revoke KEYID              stop accepting a station's records\n"
        "  import BUNDLE                     store the records of an offline bundle\n"
        "\n"
        "Every command takes --data-dir FOLDER (default: %1) and --help.\n"
        "\n"
        "Exit status: 0 done; 1 refused (a record or station refused, already set up); 64 wrong arguments;\n"
        "66 a named file is missing or unreadable; 70 internal failure; 73 something could not be written.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exam-intake"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 1 && arguments.first() == u"--version") {
        std::printf("exam-intake %s\n", PROJECT_VERSION);
        return intake::Ok;
    }
    const QString help = usage().arg(exam::intake::IntakeHome::defaultFolder());
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        std::fputs(qPrintable(help), arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? intake::Usage : intake::Ok;
    }
    static const exam::cli::Commands commands{
        {QStringLiteral("init"), intake::init},
        {QStringLiteral("show"), intake::show},
        {QStringLiteral("serve"), intake::serve},
        {QStringLiteral("station add"), intake::stationAdd},
        {QStringLiteral("station list"), intake::stationList},
        {QStringLiteral("station revoke"), intake::stationRevoke},
        {QStringLiteral("import"), intake::importBundle},
    };
    return exam::cli::dispatch("exam-intake", commands, arguments, help);
}
