// examctl: the station administrator's command line. Sets the station up (site, keys, trusted
// publishers), installs item banks and adds proctors; the kiosk then runs sittings on it.

#include "commanddispatch.h"
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate("examctl",
        "Usage: examctl <group> <command> [options]\n"
        "\n"
        "Commands:\n"
        "  station init --site CODE          set the station up: database, signing key, centre key, site\n"
        "  station show [--json]             show the station's set-up\n"
        "  station trust KEY.pub --name N    trust a publisher's signing key\n"
        "  station set-intake --url URL --receipt-key FILE [--ca FILE] [--pin SHA256] [--bundle-key FILE]\n"
        "                                    where results are delivered\n"
        "  station set-panel-chord CHORD     the keys that open the proctor panel (e.g. Ctrl+Alt+Shift+K)\n"
        "  bank install FILE                 check and install an item bank\n"
        "  bank list [--json]                list the installed banks\n"
        "  bank verify [ID]                  open every installed bank (or one) as the kiosk will\n"
        "  bank remove ID                    remove a bank no unfinished session uses\n"
        "  proctor add LOGIN --name N        add a proctor (PIN on standard input)\n"
        "  proctor list [--json]             list the proctors\n"
        "  proctor disable|enable LOGIN --by L   stop or restore a proctor's sign-in\n"
        "  proctor reset-pin LOGIN --by L    a new PIN (and the end of a lock-out)\n"
        "  proctor recover LOGIN             a new PIN when no other proctor can authorize one\n"
        "  outbox status [--json]            what waits to be delivered, and why it failed\n"
        "  outbox upload [--json]            send every undelivered result to the intake now\n"
        "  outbox export FILE [--again]      undelivered results to an encrypted bundle (no network)\n"
        "  results list [--json]             list the signed results held here\n"
        "  results show ID [--json]          one result and its signed record\n"
        "  results export ID -o FOLDER       record, signature and station key for independent checking\n"
        "  results report ID -o FILE.pdf     the score report again, as a PDF\n"
        "  audit verify                      check the audit log's hash chain\n"
        "  check [--json]                    the readiness check before exam day (PASS/WARN/FAIL)\n"
        "\n"
        "Every command takes --data-dir FOLDER (default: the kiosk's data folder) and --help.\n"
        "\n"
        "Exit status: 0 done; 1 the station refused (already set up, wrong PIN, a bank failed a check);\n"
        "64 wrong arguments; 66 a named file is missing or unreadable; 70 internal failure;\n"
        "73 something could not be written.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    // Printing a report draws text, which needs Qt's GUI layer; no display is needed for a PDF.
    const bool drawsPdf = argc >= 3 && qstrcmp(argv[1], "results") == 0 && qstrcmp(argv[2], "report") == 0;
    if (drawsPdf && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = drawsPdf ? std::make_unique<QGuiApplication>(argc, argv)
                                                              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("examctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The command's own output is what the administrator reads; routine progress stays out of it.
    QLoggingCategory::setFilterRules(QStringLiteral("exam.*.info=false"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 1 && arguments.first() == u"--version") {
        std::printf("examctl %s\n", PROJECT_VERSION);
        return examctl::Ok;
    }
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        std::fputs(qPrintable(usage()), arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? examctl::Usage : examctl::Ok;
    }
    static const exam::cli::Commands commands{
        {QStringLiteral("station init"), examctl::stationInit},
        {QStringLiteral("station show"), examctl::stationShow},
        {QStringLiteral("station trust"), examctl::stationTrust},
        {QStringLiteral("station set-intake"), examctl::stationSetIntake},
        {QStringLiteral("station set-panel-chord"), examctl::stationSetPanelChord},
        {QStringLiteral("outbox status"), examctl::outboxStatus},
        {QStringLiteral("outbox upload"), examctl::outboxUpload},
        {QStringLiteral("outbox export"), examctl::outboxExport},
        {QStringLiteral("bank install"), examctl::bankInstall},
        {QStringLiteral("bank list"), examctl::bankList},
        {QStringLiteral("bank verify"), examctl::bankVerify},
        {QStringLiteral("bank remove"), examctl::bankRemove},
        {QStringLiteral("proctor add"), examctl::proctorAdd},
        {QStringLiteral("proctor list"), examctl::proctorList},
        {QStringLiteral("proctor disable"), examctl::proctorDisable},
        {QStringLiteral("proctor enable"), examctl::proctorEnable},
        {QStringLiteral("proctor reset-pin"), examctl::proctorResetPin},
        {QStringLiteral("proctor recover"), examctl::proctorRecover},
        {QStringLiteral("results list"), examctl::resultsList},
        {QStringLiteral("results show"), examctl::resultsShow},
        {QStringLiteral("results export"), examctl::resultsExport},
        {QStringLiteral("results report"), examctl::resultsReport},
        {QStringLiteral("audit verify"), examctl::auditVerify},
        {QStringLiteral("check"), examctl::check},
    };
    return exam::cli::dispatch("examctl", commands, arguments, usage());
}
