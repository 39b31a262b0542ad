// exam-room: the room console a proctor runs the test room from (issue 25). This file only wires things
// together: the options, the console's data folder, the server its stations dial into, the window —
// or, with --add-proctor, a proctor account for the console and nothing else.

#include "appearance.h"
#include "demoroom.h"
#include "language.h"
#include "roomconsole.h"
#include "roomview.h"
#include "secretinput.h"
#include "util/clock.h"
#include "util/logsink.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int Done = 0;
constexpr int CannotStart = 2;
constexpr int Usage = 64;

int stopWith(const QString& message, int status = CannotStart)
{
    std::fprintf(stderr, "exam-room: %s\n", qPrintable(message));
    return status;
}

int addProctor(exam::roomconsole::RoomConsole& console, const QString& login, const QString& name, const QString& by)
{
    if (name.trimmed().isEmpty())
        return stopWith(QCoreApplication::translate("exam-room", "--add-proctor needs --name NAME."), Usage);
    const std::optional<QString> typed =
        exam::cli::readNewSecret(QCoreApplication::translate("exam-room", "New proctor's PIN: "),
                                 QCoreApplication::translate("exam-room", "The same again: "));
    if (!typed)
        return stopWith(QCoreApplication::translate("exam-room", "The two PINs differ; nothing was changed."), 1);
    const QString& secret = *typed;
    std::optional<exam::session::ProctorAuthorization> authorization;
    if (!by.isEmpty()) {
        auto signedIn =
            console.accounts().signIn(by, exam::Sensitive<QString>(exam::cli::readSecretLine(
                                              QCoreApplication::translate("exam-room", "PIN of %1: ").arg(by))));
        if (!signedIn)
            return stopWith(signedIn.error().message, 1);
        authorization = *signedIn;
    }
    auto created = console.accounts().create(login, name.trimmed(), exam::Sensitive<QString>(secret),
                                             authorization ? &*authorization : nullptr);
    if (!created)
        return stopWith(created.error().message, 1);
    std::printf(
        "%s\n",
        qPrintable(QCoreApplication::translate("exam-room", "Proctor %1 added to the room console.").arg(login)));
    return Done;
}

// --help, --version and --add-proctor need no display (a package's smoke test, an administrator over
// ssh): they run before, and without, the GUI application.
bool needsNoWindow(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version", "-?", "--add-proctor"})
            if (qstrcmp(argv[i], option) == 0 || QByteArray(argv[i]).startsWith("--add-proctor="))
                return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsNoWindow(argc, argv)) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        exam::ui::Appearance::beforeApplication();
        application = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("exam-room"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "exam-room", "The room console: one proctor sees and runs every station of a test room."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("exam-room", "The console's data folder (default: %1).")
            .arg(exam::roomconsole::ConsolePaths::defaultDataFolder()),
        QStringLiteral("folder"));
    const QCommandLineOption listenOn(
        QStringLiteral("listen"),
        QCoreApplication::translate("exam-room",
                                    "The address the stations reach the console at (default: every address)."),
        QStringLiteral("address"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("exam-room", "The port the stations dial (default: 47810)."),
        QStringLiteral("port"), QStringLiteral("47810"));
    const QCommandLineOption roomName(QStringLiteral("room-name"),
                                      QCoreApplication::translate("exam-room", "Name the room (kept for next time)."),
                                      QStringLiteral("name"));
    const QCommandLineOption breakLimit(
        QStringLiteral("break-limit"),
        QCoreApplication::translate("exam-room", "Call out a candidate's break longer than this many minutes (kept)."),
        QStringLiteral("minutes"));
    const QCommandLineOption add(
        QStringLiteral("add-proctor"),
        QCoreApplication::translate("exam-room",
                                    "Add a proctor account to the console (PIN on standard input) and exit."),
        QStringLiteral("login"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("exam-room", "With --add-proctor: the proctor's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption by(
        QStringLiteral("by"),
        QCoreApplication::translate("exam-room",
                                    "With --add-proctor: the proctor who authorizes a further account (PIN on the "
                                    "second line)."),
        QStringLiteral("login"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("exam-room",
                                    "A demo room on this machine: three demo kiosks joined to this console, "
                                    "demo proctor \"demo\", PIN 246810."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("exam-room",
                                    "The console's language: en or es (default: the system's, where it has "
                                    "one of them)."),
        QStringLiteral("code"));
    parser.addOptions({dataDir, listenOn, port, roomName, breakLimit, add, name, by, demo, language});
    parser.process(app);
    const QString languageCode =
        parser.isSet(language) ? parser.value(language) : QLocale::system().name().section(u'_', 0, 0);
    if (languageCode != QLatin1String("en") && !exam::ui::Language::apply(languageCode) && parser.isSet(language))
        return stopWith(QCoreApplication::translate("exam-room", "--language takes en or es."), Usage);

    const QString binaryDir = QCoreApplication::applicationDirPath();
    exam::roomconsole::ConsolePaths paths;
    if (parser.isSet(dataDir))
        paths.dataFolder = parser.value(dataDir);
    else if (parser.isSet(demo))
        paths.dataFolder = QDir(binaryDir).absoluteFilePath(QStringLiteral("../demo-room/console"));
    else
        paths.dataFolder = exam::roomconsole::ConsolePaths::defaultDataFolder();

    exam::SystemClock clock;
    auto console = exam::roomconsole::RoomConsole::open(paths, clock);
    if (!console)
        return stopWith(
            QCoreApplication::translate("exam-room", "The console cannot start: %1").arg(console.error().message));
    if (auto logging = exam::LogSink::install(paths.dataFolder + QStringLiteral("/console.log")); !logging)
        std::fprintf(stderr, "exam-room: no log file: %s\n", qPrintable(logging.error().message));
    if (parser.isSet(add))
        return addProctor(**console, parser.value(add), parser.value(name), parser.value(by));
    if (parser.isSet(roomName))
        if (auto named = (*console)->setRoomName(parser.value(roomName)); !named)
            return stopWith(named.error().message, Usage);
    if (parser.isSet(breakLimit))
        if (auto set = (*console)->setBreakLimitMinutes(parser.value(breakLimit).toInt()); !set)
            return stopWith(set.error().message, Usage);

    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535)
        return stopWith(QCoreApplication::translate("exam-room", "--port takes a number from 0 to 65535."), Usage);
    QHostAddress address = parser.isSet(demo) ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(QHostAddress::Any);
    if (parser.isSet(listenOn) && !address.setAddress(parser.value(listenOn)))
        return stopWith(QCoreApplication::translate("exam-room", "--listen takes an IP address of this machine."),
                        Usage);
    // The demo takes any free port: its stations are told which.
    if (auto listening = (*console)->listen(address, parser.isSet(demo) ? 0 : quint16(portNumber)); !listening)
        return stopWith(listening.error().message);

    std::unique_ptr<exam::roomconsole::DemoRoom> demoRoom;
    if (parser.isSet(demo)) {
        demoRoom = std::make_unique<exam::roomconsole::DemoRoom>(
            **console, QDir(binaryDir).absoluteFilePath(QStringLiteral("../demo-room")),
            binaryDir + QStringLiteral("/exam-kiosk"));
        if (auto started = demoRoom->start(); !started)
            return stopWith(QCoreApplication::translate("exam-room", "The demo room cannot start: %1")
                                .arg(started.error().message));
    }
    exam::ui::RoomView& view = (*console)->view();
    view.resize(1366, 768);
    view.show();
    // The demo kiosks' windows appear a moment later, over the console: it comes back on top.
    if (demoRoom)
        QTimer::singleShot(3'000, &view, [&view] {
            view.raise();
            view.activateWindow();
        });
    const int status = QCoreApplication::exec();
    demoRoom.reset();
    return status;
}
