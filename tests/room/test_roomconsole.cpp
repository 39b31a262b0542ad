// The room console with real kiosks (issue 25): a console in this process (its real database, server,
// model and window, offscreen) and five exam-kiosk processes on loopback, each on a demo station of its
// own. Pairing through examctl with the code compared, the stations' states on the tiles, a module
// started, paused, extended, resumed and ended from the console and in the station's audit log, a kiosk
// SIGKILLed and started again, the console itself closed and opened again mid-sitting, a foreign
// machine refused.
#include "proctorsigninscreen.h"
#include "roomconsole.h"
#include "roomstations.h"
#include "roomview.h"

#include "room/roomidentity.h"
#include "room/roomlink.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace exam;
using exam::test::waitUntil;
using room::StationPhase;

namespace {

constexpr char ProctorLogin[] = "maria";
constexpr char ProctorPin[] = "135790";

std::unique_ptr<roomconsole::RoomConsole> openConsole(const QString& folder, const Clock& clock)
{
    auto console = roomconsole::RoomConsole::open({folder}, clock, crypto::ScryptParams{1u << 10, 8, 1});
    REQUIRE(console);
    return std::move(*console);
}

void signIn(roomconsole::RoomConsole& console)
{
    auto proctor = console.accounts().signIn(QString::fromLatin1(ProctorLogin),
                                             Sensitive<QString>(QString::fromLatin1(ProctorPin)));
    REQUIRE(proctor);
    console.signIn(*proctor, QStringLiteral("María Gómez"));
}

// examctl room join, as the station's administrator runs it; the test is the proctor at the console,
// who accepts only when the codes match.
QByteArray pairThroughExamctl(roomconsole::RoomConsole& console, const test::RoomStation& station)
{
    console.setPairingOpen(true);
    QByteArray requestPin;
    QString consoleCode;
    QString requestName;
    const QMetaObject::Connection asked =
        QObject::connect(&console, &roomconsole::RoomConsole::pairingRequested,
                         [&](const QByteArray& pin, const QString& name, const QString& code) {
                             requestPin = pin;
                             requestName = name;
                             consoleCode = code;
                         });
    QProcess examctl;
    examctl.start(QStringLiteral(EXAM_BINARY_DIR "/bin/examctl"),
                  {QStringLiteral("room"), QStringLiteral("join"), QStringLiteral("--data-dir"),
                   station.paths().dataFolder(), QStringLiteral("--console"),
                   QStringLiteral("127.0.0.1:%1").arg(console.port()), QStringLiteral("--name"), station.name()});
    REQUIRE(examctl.waitForStarted(10'000));
    QString said;
    REQUIRE(waitUntil([&] {
        said += QString::fromUtf8(examctl.readAllStandardOutput());
        return !consoleCode.isEmpty() && said.contains(QStringLiteral("Pairing code: "));
    }));
    QObject::disconnect(asked);
    const auto match = QRegularExpression(QStringLiteral("Pairing code: (\\d{3} \\d{3})")).match(said);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1) == consoleCode);
    CHECK(requestName == station.name());
    // Both compare: the administrator at the station answers examctl, the proctor the console.
    REQUIRE(waitUntil([&] {
        said += QString::fromUtf8(examctl.readAllStandardOutput());
        return said.contains(QStringLiteral("Type yes"));
    }));
    examctl.write(match.captured(1) == consoleCode ? "yes\n" : "no\n");
    console.answerPairing(requestPin, match.captured(1) == consoleCode);
    // The console answers in this process: wait with its event loop running.
    REQUIRE(waitUntil([&] { return examctl.state() == QProcess::NotRunning; }));
    said += QString::fromUtf8(examctl.readAllStandardOutput());
    INFO(said.toStdString() << QString::fromUtf8(examctl.readAllStandardError()).toStdString());
    CHECK(examctl.exitCode() == 0);
    CHECK(said.contains(QStringLiteral("is now \"%1\" in room").arg(station.name())));
    console.setPairingOpen(false);
    return requestPin;
}

std::optional<room::StationEntry> entryOf(roomconsole::RoomConsole& console, const QByteArray& pin)
{
    return console.model().station(pin);
}

bool inPhase(roomconsole::RoomConsole& console, const QByteArray& pin, StationPhase phase)
{
    const auto entry = entryOf(console, pin);
    return entry && entry->shownPhase() == phase;
}

bool lastActionIs(roomconsole::RoomConsole& console, const QByteArray& pin, room::ActionOutcome::State state)
{
    const auto entry = entryOf(console, pin);
    return entry && entry->lastAction && entry->lastAction->state == state;
}

room::RoomAction actionOf(room::ActionKind kind, const QString& reason = {}, int minutes = 0)
{
    room::RoomAction action;
    action.kind = kind;
    action.reason = reason;
    action.minutes = minutes;
    return action;
}

bool auditHas(const test::RoomStation& station, const QString& kind, const QString& actor)
{
    const auto entries = station.auditEntries();
    return std::any_of(entries.begin(), entries.end(), [&](const session::AuditLog::Entry& entry) {
        return entry.kind == kind && entry.actor == actor;
    });
}

bool alerted(roomconsole::RoomConsole& console, room::AlertKind kind, const QString& stationName)
{
    const auto alerts = console.model().alerts();
    return std::any_of(alerts.begin(), alerts.end(), [&](const room::RoomAlert& alert) {
        return alert.kind == kind && alert.stationName == stationName;
    });
}

} // namespace

TEST_CASE("Room console with five real kiosks: pairing, states, a module run from the console, a kiosk killed "
          "and back, the console restarted, a foreign machine refused",
          "[e2e][room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SystemClock clock;
    const QString consoleFolder = dir.filePath(QStringLiteral("console"));
    auto console = openConsole(consoleFolder, clock);
    REQUIRE(console->accounts().create(QString::fromLatin1(ProctorLogin), QStringLiteral("María Gómez"),
                                       Sensitive<QString>(QString::fromLatin1(ProctorPin)), nullptr));
    REQUIRE(console->listen(QHostAddress::LocalHost, 0));
    const quint16 port = console->port();
    signIn(*console);
    ui::RoomView& view = console->view();
    view.resize(1366, 768);
    view.show();

    // Five stations: three candidates ready to start, one still at the welcome screen, one free.
    std::vector<std::unique_ptr<test::RoomStation>> stations;
    for (int number = 1; number <= 5; ++number)
        stations.push_back(std::make_unique<test::RoomStation>(dir.filePath(QStringLiteral("station-%1").arg(number)),
                                                               QStringLiteral("Station %1").arg(number)));
    session::Accommodations extraTime = session::Accommodations::withTimeFactor(150);
    extraTime.breaks = true;
    stations[0]->prepare(test::RoomStation::Sitting::Ready, QStringLiteral("C-1001"), QStringLiteral("Ana Ruiz"));
    stations[1]->prepare(test::RoomStation::Sitting::Ready, QStringLiteral("C-1002"), QStringLiteral("Ben Okafor"),
                         extraTime);
    stations[2]->prepare(test::RoomStation::Sitting::Ready, QStringLiteral("C-1003"), QStringLiteral("Chen Li"));
    stations[3]->prepare(test::RoomStation::Sitting::Welcome, QStringLiteral("C-1004"), QStringLiteral("Dana Cruz"));
    stations[4]->prepare(test::RoomStation::Sitting::None, {}, {});

    // Not open for pairing: examctl is refused and says so.
    {
        QProcess refused;
        refused.start(QStringLiteral(EXAM_BINARY_DIR "/bin/examctl"),
                      {QStringLiteral("room"), QStringLiteral("join"), QStringLiteral("--data-dir"),
                       stations[0]->paths().dataFolder(), QStringLiteral("--console"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--name"),
                       QStringLiteral("Station 1")});
        REQUIRE(waitUntil([&] { return refused.state() == QProcess::NotRunning; }));
        const QString said = QString::fromUtf8(refused.readAllStandardError());
        INFO(said.toStdString());
        CHECK(refused.exitCode() == 1);
        CHECK(said.contains(QStringLiteral("refused the station")));
    }

    QList<QByteArray> pins;
    for (const auto& station : stations)
        pins.append(pairThroughExamctl(*console, *station));
    for (const auto& station : stations)
        station->start();

    // Every station on its tile within seconds, in the state it is in.
    REQUIRE(waitUntil(
        [&] {
            return inPhase(*console, pins[0], StationPhase::AwaitingStart)
                   && inPhase(*console, pins[1], StationPhase::AwaitingStart)
                   && inPhase(*console, pins[2], StationPhase::AwaitingStart)
                   && inPhase(*console, pins[3], StationPhase::IdentityCheck)
                   && inPhase(*console, pins[4], StationPhase::Ready);
        },
        60'000));
    {
        const auto ben = entryOf(*console, pins[1]);
        REQUIRE(ben->status);
        CHECK(ben->status->candidateName == QStringLiteral("Ben Okafor"));
        CHECK(ben->status->candidateId == QStringLiteral("C-1002"));
        CHECK(ben->status->module.contains(QStringLiteral("CPT-SAF")));
        CHECK(ben->status->items > 0);
        CHECK(ben->status->accommodations.timeFactorPercent == 150);
        CHECK(ben->status->accommodations.breaks);
        CHECK(ben->status->timed);
        CHECK(ben->name == QStringLiteral("Station 2"));
        // Waiting to start: the proctor is needed there first.
        CHECK(console->model().stations().first().shownPhase() == StationPhase::AwaitingStart);
    }

    // Started from the console, on two stations at once: applied, running, in each station's audit log
    // in the console proctor's name.
    const QString actor = QStringLiteral("proctor:maria@room");
    console->send(actionOf(room::ActionKind::Start), {pins[0], pins[1]});
    REQUIRE(waitUntil([&] {
        return inPhase(*console, pins[0], StationPhase::Running) && inPhase(*console, pins[1], StationPhase::Running)
               && lastActionIs(*console, pins[0], room::ActionOutcome::State::Applied)
               && lastActionIs(*console, pins[1], room::ActionOutcome::State::Applied);
    }));
    CHECK(auditHas(*stations[0], QStringLiteral("session.started"), actor));

    // Paused with a reason, extended, resumed.
    console->send(actionOf(room::ActionKind::Pause, QStringLiteral("Fire alarm test")), {pins[0]});
    REQUIRE(waitUntil([&] { return inPhase(*console, pins[0], StationPhase::Paused); }));
    const qint64 before = entryOf(*console, pins[0])->status->remainingMs;
    console->send(actionOf(room::ActionKind::Extend, {}, 10), {pins[0]});
    REQUIRE(waitUntil([&] {
        const auto entry = entryOf(*console, pins[0]);
        return entry->status->remainingMs >= before + 9 * 60'000
               && lastActionIs(*console, pins[0], room::ActionOutcome::State::Applied);
    }));
    console->send(actionOf(room::ActionKind::Resume, QStringLiteral("Alarm over")), {pins[0]});
    REQUIRE(waitUntil([&] { return inPhase(*console, pins[0], StationPhase::Running); }));
    CHECK(auditHas(*stations[0], QStringLiteral("session.paused"), actor));
    CHECK(auditHas(*stations[0], QStringLiteral("session.extended"), actor));

    // An action that does not fit the station's state is refused by the station, with why, and called out.
    console->send(actionOf(room::ActionKind::Void, QStringLiteral("test")), {pins[4]});
    REQUIRE(waitUntil([&] { return lastActionIs(*console, pins[4], room::ActionOutcome::State::Refused); }));
    CHECK(entryOf(*console, pins[4])->lastAction->why.contains(QStringLiteral("No module is open")));
    CHECK(alerted(*console, room::AlertKind::ActionRefused, QStringLiteral("Station 5")));

    // A message on the candidate's screen.
    room::RoomAction message = actionOf(room::ActionKind::Message);
    message.message = QStringLiteral("Ten minutes until the room closes.");
    console->send(message, {pins[2]});
    REQUIRE(waitUntil([&] { return lastActionIs(*console, pins[2], room::ActionOutcome::State::Applied); }));
    CHECK(auditHas(*stations[2], QStringLiteral("room.message"), actor));

    // A kiosk killed mid-module: offline on the console within 5 s, called out; started again, back by
    // itself, interrupted (it waits for the proctor), called out; resumed from the console.
    QElapsedTimer silence;
    stations[1]->kill();
    silence.start();
    REQUIRE(waitUntil([&] { return inPhase(*console, pins[1], StationPhase::Offline); }, 10'000));
    CHECK(silence.elapsed() <= room::RoomTimings::SilentMs + 1'000);
    CHECK(alerted(*console, room::AlertKind::Silent, QStringLiteral("Station 2")));
    console->send(actionOf(room::ActionKind::Pause, QStringLiteral("gone")), {pins[1]});
    CHECK(lastActionIs(*console, pins[1], room::ActionOutcome::State::Undelivered)); // said at once, never later
    stations[1]->start();
    REQUIRE(waitUntil([&] { return inPhase(*console, pins[1], StationPhase::Interrupted); }, 60'000));
    CHECK(alerted(*console, room::AlertKind::CrashRestart, QStringLiteral("Station 2")));
    CHECK(alerted(*console, room::AlertKind::BackOnline, QStringLiteral("Station 2")));
    CHECK_FALSE(auditHas(*stations[1], QStringLiteral("session.paused"), actor)); // the undelivered pause
    console->send(actionOf(room::ActionKind::Resume, QStringLiteral("after the restart")), {pins[1]});
    REQUIRE(waitUntil([&] { return inPhase(*console, pins[1], StationPhase::Running); }));

    test::settle();
    test::keepScreenshot(view, QStringLiteral("room-five-kiosks"));

    // A kiosk frozen (SIGSTOP: its connection stays open, nothing comes through it): offline within 5 s,
    // and back by itself when it runs again.
    {
        const qint64 kioskPid = stations[2]->pid();
        REQUIRE(kioskPid > 0);
        ::kill(pid_t(kioskPid), SIGSTOP);
        QElapsedTimer frozen;
        frozen.start();
        REQUIRE(waitUntil([&] { return inPhase(*console, pins[2], StationPhase::Offline); }, 10'000));
        CHECK(frozen.elapsed() <= 5'000);
        ::kill(pid_t(kioskPid), SIGCONT);
        REQUIRE(waitUntil([&] { return inPhase(*console, pins[2], StationPhase::AwaitingStart); }, 10'000));
    }

    // The console closed mid-sitting and opened again: the stations carry on meanwhile and find it again.
    console.reset();
    QTest::qWait(1'500);
    console = openConsole(consoleFolder, clock);
    REQUIRE(console->listen(QHostAddress::LocalHost, port));
    REQUIRE(waitUntil(
        [&] {
            return inPhase(*console, pins[0], StationPhase::Running)
                   && inPhase(*console, pins[1], StationPhase::Running)
                   && inPhase(*console, pins[2], StationPhase::AwaitingStart)
                   && inPhase(*console, pins[3], StationPhase::IdentityCheck)
                   && inPhase(*console, pins[4], StationPhase::Ready);
        },
        10'000));
    signIn(*console);

    // The sitting ended from the console: the module voided with the reason, the station ready again.
    console->send(actionOf(room::ActionKind::EndSitting, QStringLiteral("Candidate unwell")), {pins[0]});
    REQUIRE(waitUntil([&] { return inPhase(*console, pins[0], StationPhase::Ready); }));
    CHECK(auditHas(*stations[0], QStringLiteral("session.voided"), actor));
    CHECK(auditHas(*stations[0], QStringLiteral("sitting.closed"), actor));
    // The kiosk kept the module's replica as it went (issue 26): every step, chained, to the void.
    {
        const auto replica = stations[0]->replica();
        REQUIRE(replica.size() >= 5);
        CHECK_FALSE(session::ReplicaJournal::firstBrokenLink(replica));
        CHECK(replica.first().entry.kind == QStringLiteral("session.started"));
        CHECK(replica.last().entry.state == session::SessionState::Voided);
        // …and the console has it too, entry for entry, over the console's restart on the way.
        const qint64 sessionId = replica.first().entry.sessionId;
        REQUIRE(waitUntil([&] {
            auto kept = console->replicas().last(pins[0], sessionId);
            return kept && kept->sequence == replica.last().entry.sequence;
        }));
        auto kept = console->replicas().entries(pins[0], sessionId);
        REQUIRE(kept);
        REQUIRE(kept->size() == replica.size());
        CHECK(kept->last().hash == replica.last().hash);
        CHECK_FALSE(session::ReplicaJournal::firstBrokenLink(*kept));
    }

    // A machine that was never paired: refused, and nothing it says reaches the room.
    {
        QTemporaryDir foreignDir;
        auto foreign = room::RoomIdentity::openOrCreate(foreignDir.filePath(QStringLiteral("id")), QStringLiteral("x"));
        REQUIRE(foreign);
        room::ConsolePairing guessed;
        guessed.host = QStringLiteral("127.0.0.1");
        guessed.port = port;
        guessed.pin = console->pin();
        room::RoomLink link(foreign->tls(), guessed, [](const QByteArray&, qint64) -> Result<void> { return {}; });
        QSignalSpy refused(&console->server(), &room::RoomServer::peerRefused);
        room::StationStatus status;
        status.station = QStringLiteral("Intruder");
        status.bootId = QStringLiteral("x");
        status.startedAt = QDateTime::currentDateTimeUtc();
        link.setStatus(status);
        link.start();
        REQUIRE(waitUntil([&] { return refused.count() > 0; }));
        CHECK_FALSE(link.isConnected());
        CHECK_FALSE(console->model().station(foreign->pin()));
        CHECK(console->model().stations().size() == 5);
    }

    for (const auto& station : stations)
        station->stop();
}

TEST_CASE("Room console window: a proctor signs in through it, a wrong PIN is refused, and without any proctor "
          "it says how to add one",
          "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SystemClock clock;
    auto console = openConsole(dir.filePath(QStringLiteral("console")), clock);
    REQUIRE(console->setRoomName(QStringLiteral("Hall B")));
    ui::RoomView& view = console->view();
    view.resize(1366, 768);
    view.show();
    test::settle();
    CHECK(view.findChild<QLabel*>(QStringLiteral("roomName"))->text() == QStringLiteral("Hall B"));
    auto* sign = view.findChild<QAbstractButton*>(QStringLiteral("roomSign"));
    REQUIRE(sign);

    // No account yet: the console says how to make one, instead of a sign-in nobody can pass.
    sign->click();
    test::settle();
    auto* none = view.findChild<QMessageBox*>();
    REQUIRE(none);
    CHECK(none->text().contains(QStringLiteral("exam-room --add-proctor")));
    none->accept();
    test::settle();

    REQUIRE(console->accounts().create(QString::fromLatin1(ProctorLogin), QStringLiteral("María Gómez"),
                                       Sensitive<QString>(QString::fromLatin1(ProctorPin)), nullptr));
    const auto signInWith = [&](const QString& pin) {
        sign->click();
        test::settle();
        auto* screen = view.findChild<ui::ProctorSignInScreen*>();
        REQUIRE(screen);
        screen->findChild<QLineEdit*>(QStringLiteral("signInLogin"))->setText(QString::fromLatin1(ProctorLogin));
        screen->findChild<QLineEdit*>(QStringLiteral("signInPin"))->setText(pin);
        screen->findChild<QAbstractButton*>(QStringLiteral("signInSubmit"))->click();
        test::settle();
        return screen;
    };
    QPointer<ui::ProctorSignInScreen> wrong = signInWith(QStringLiteral("000000"));
    REQUIRE(wrong);
    CHECK_FALSE(console->proctor());
    CHECK(wrong->problem().contains(QStringLiteral("PIN")));
    wrong->findChild<QAbstractButton*>(QStringLiteral("signInCancel"))->click();
    QTest::qWait(50);
    test::settle();

    signInWith(QString::fromLatin1(ProctorPin));
    REQUIRE(console->proctor());
    CHECK(console->proctor()->login() == QString::fromLatin1(ProctorLogin));
    CHECK(view.proctor() == QStringLiteral("María Gómez"));
    CHECK(view.findChild<QAbstractButton*>(QStringLiteral("addStations"))->isEnabled());
    test::keepScreenshot(view, QStringLiteral("room-signed-in"));

    sign->click(); // now "Sign out"
    test::settle();
    CHECK_FALSE(console->proctor());
    CHECK(view.proctor().isEmpty());
}
