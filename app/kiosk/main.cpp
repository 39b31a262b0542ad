// exam-kiosk: the candidate's full-screen window. This file only wires things together: station
// paths, the log, the single-instance lock, the station database, and the first screen.

#include "appearance.h"
#include "banks/bankcatalogue.h"
#include "demostation.h"
#include "kioskcontroller.h"
#include "kioskguard.h"
#include "kioskwindow.h"
#include "messagescreen.h"
#include "screenreader.h"
#include "session/auditlog.h"
#include "session/pinpepper.h"
#include "session/proctoraccounts.h"
#include "station/screenreaderinstall.h"
#include "station/stationbankkeys.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "station/stationsettings.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/diskspace.h"
#include "util/logsink.h"
#include "windowlosswatch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLockFile>
#include <QScreen>

#include <cstdio>

namespace {

// Exit statuses, documented in the README and read by the dedicated station's session
// (packaging/station/kiosk-session): only a proctor's "Leave kiosk mode" ends with 0; anything else
// brings the kiosk back there.
constexpr int LeftByProctor = 0;
constexpr int CannotStart = 2;
constexpr int AlreadyRunning = 3;
constexpr int WindowLost = 4; // destroyed from outside: the session starts the kiosk again

struct Options
{
    QString dataFolder;
    QString demoBanksFolder; // set on the demo station only
    bool windowed = false;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The exam kiosk a candidate sits an exam in."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Station data folder (default: %1).")
                                         .arg(exam::StationPaths::defaultDataFolder()),
                                     QStringLiteral("folder"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Use the demo station beside the build "
                                                                  "(demo banks, demo proctor)."));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QApplication::translate("main", "Run in a normal window (development only)."));
    parser.addOptions({dataDir, demo, windowed});
    parser.process(app);

    Options options;
    options.windowed = parser.isSet(windowed);
    if (parser.isSet(dataDir))
        options.dataFolder = parser.value(dataDir);
    else if (parser.isSet(demo))
        options.dataFolder =
            QDir(QApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../demo-station"));
    else
        options.dataFolder = exam::StationPaths::defaultDataFolder();
    if (parser.isSet(demo))
        options.demoBanksFolder =
            QDir(QApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../demo-banks"));
    return options;
}

// --help and --version print and exit, so they need no display (a package's smoke test, a terminal
// without X): answered before the GUI application exists.
bool asksForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version", "-?"})
            if (qstrcmp(argv[i], option) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("exam-kiosk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
        parseOptions(app); // prints and exits
        return 0;
    }
    exam::ui::Appearance::beforeApplication();
    // Where a screen reader can be started for a candidate, the kiosk talks to assistive technology
    // from its start: Qt 6.4 does not notice a screen reader (Orca) that starts after it.
    if (exam::ScreenReaderInstall::missing().isEmpty()
        && !qEnvironmentVariableIsSet("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"))
        qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("exam-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("ExamKiosk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    const Options options = parseOptions(app);
    exam::ui::Appearance::instance(); // standard colours at 100 %, before any screen, the start-up messages included

    exam::ui::KioskWindow window;
    const auto show = [&] {
        if (!options.windowed)
            return window.showCoveringScreen();
        // The whole desktop's work area first: without a window manager (a bare X server) showMaximized()
        // alone leaves a small window, and a screen that does not fit scrolls.
        if (QScreen* screen = QGuiApplication::primaryScreen())
            window.setGeometry(screen->availableGeometry());
        window.showMaximized();
    };
    // A station that cannot start says why, on screen and on stderr, and can be closed: no sitting is
    // running yet, and a kiosk session restarts the kiosk once the cause is fixed.
    const auto stopWith = [&](const QString& heading, const QString& explanation) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(heading), qPrintable(explanation));
        auto* message = new exam::ui::MessageScreen; // made only when needed: most starts never show it
        window.showScreen(message);
        message->setMessage(heading, explanation);
        message->setAction(QApplication::translate("main", "Close the kiosk"));
        QObject::connect(message, &exam::ui::MessageScreen::actionRequested, &app,
                         [] { QApplication::exit(CannotStart); });
        show();
        return app.exec();
    };

    const exam::StationPaths paths(options.dataFolder);
    if (auto ok = paths.ensureExists(); !ok)
        return stopWith(QApplication::translate("main", "This station cannot start"), ok.error().message);
    if (auto ok = exam::LogSink::install(paths.logFile()); !ok)
        return stopWith(QApplication::translate("main", "This station cannot start"), ok.error().message);

    QLockFile instanceLock(paths.lockFile());
    instanceLock.setStaleLockTime(0); // a lock left by a crashed kiosk is detected by its dead PID
    if (!instanceLock.tryLock(0) && instanceLock.error() != QLockFile::LockFailedError) {
        // Not another kiosk: the lock file could not be made or written (a full disk, most often).
        const QString lockFile = paths.lockFile();
        return stopWith(QApplication::translate("main", "This station cannot start"),
                        exam::DiskSpace::isFull(lockFile)
                            ? exam::DiskSpace::fullMessage(lockFile)
                            : QApplication::translate("main", "The lock file %1 cannot be written. Check that this "
                                                              "user may write to the station's folder.")
                                  .arg(lockFile));
    }
    if (!instanceLock.isLocked()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "The exam kiosk is already running on this station "
                                                                "(data folder %1). Only one may run at a time.")
                                    .arg(paths.dataFolder())));
        return AlreadyRunning;
    }

    auto database = exam::storage::Database::open(paths.databaseFile(), exam::stationMigrations());
    if (!database)
        return stopWith(QApplication::translate("main", "This station cannot start"), database.error().message);

    const exam::SystemClock clock;
    exam::banks::BankCatalogue catalogue(**database, paths.banksFolder(), clock);
    std::optional<exam::StationBankKeys> bankKeys;
    if (options.demoBanksFolder.isEmpty()) {
        // A real station: its centre key and trusted publishers (examctl station init / trust).
        auto keys = exam::StationBankKeyStore(paths).load();
        if (keys)
            bankKeys = std::move(*keys);
        else if (keys.error().code != exam::ErrorCode::NotFound
                 || exam::StationSettings(**database).initialised().value_or(true))
            // Set up once, the key is gone: a new one would not open the banks issued to this centre.
            return stopWith(QApplication::translate("main", "This station cannot start"),
                            keys.error().code == exam::ErrorCode::NotFound
                                ? QApplication::translate("main",
                                                          "The station's centre key (center-key.key) is missing "
                                                          "from %1. Restore it from the station's backup.")
                                      .arg(paths.dataFolder())
                                : keys.error().message);
    } else {
        auto keys = exam::kiosk::loadDemoKeys(options.demoBanksFolder);
        if (!keys)
            return stopWith(QApplication::translate("main", "The demo station cannot start"), keys.error().message);
        for (const QString& problem :
             exam::kiosk::installDemoBanks(catalogue, *keys, options.demoBanksFolder,
                                           QDir(paths.dataFolder()).filePath(QStringLiteral("demo-banks.stamp"))))
            qWarning("%s", qPrintable(problem));
        bankKeys = std::move(*keys);
    }
    {
        // Every PIN is checked with the station's pepper: without it no proctor could sign in.
        exam::session::AuditLog audit(**database, clock);
        exam::session::ProctorAccounts accounts(**database, clock, audit);
        if (auto peppered = exam::session::PinPepper::applyTo(paths.pinPepperFile(), accounts); !peppered)
            return stopWith(QApplication::translate("main", "This station cannot start"), peppered.error().message);
        if (!options.demoBanksFolder.isEmpty())
            if (auto proctor = exam::kiosk::ensureDemoProctor(accounts); !proctor)
                return stopWith(QApplication::translate("main", "The demo station cannot start"),
                                proctor.error().message);
    }

    exam::kiosk::KioskController controller(**database, paths, clock, catalogue, std::move(bankKeys), window);
    // What Orca says, for the demo station's Orca test (tests/ui/orca_kiosk.py): never on a real station,
    // as the transcript holds the items' text.
    if (!options.demoBanksFolder.isEmpty() && qEnvironmentVariableIsSet("EXAM_ORCA_TRANSCRIPT"))
        controller.screenReader().setTranscript(qEnvironmentVariable("EXAM_ORCA_TRANSCRIPT"));
    // Locked down for real use; --windowed is for trying the kiosk out on a desktop.
    std::optional<exam::ui::KioskGuard> guard;
    if (!options.windowed) {
        guard.emplace(&window);
        QObject::connect(&*guard, &exam::ui::KioskGuard::refused, &controller,
                         &exam::kiosk::KioskController::guardRefused);
    }
    // A window destroyed from outside leaves nothing a proctor could reach: end, and let the station's
    // session start the kiosk again (it goes on with the sitting where it was).
    exam::ui::WindowLossWatch windowWatch(&window);
    QObject::connect(&windowWatch, &exam::ui::WindowLossWatch::windowLost, &app,
                     [] { QApplication::exit(WindowLost); });
    QObject::connect(&controller, &exam::kiosk::KioskController::leaveAuthorized, &app, [&] {
        QObject::disconnect(&windowWatch, nullptr, &app, nullptr); // its own close is not a loss
        if (guard)
            guard->release();
        window.close();
        QApplication::exit(LeftByProctor);
    });
    controller.start();
    show();
    // For the start-up benchmark (exam-bench): draw the first screen, say which it is, exit. Only in
    // --windowed mode: a locked-down kiosk never ends without a proctor.
    if (options.windowed && qEnvironmentVariableIntValue("EXAM_KIOSK_EXIT_AFTER_FIRST_SCREEN") == 1) {
        QCoreApplication::processEvents();
        (void)window.grab();
        const auto* first = qobject_cast<exam::ui::MessageScreen*>(window.currentScreen());
        std::printf("first-screen: %s\n", first ? qPrintable(first->heading()) : "other");
        return 0;
    }
    return app.exec();
}
