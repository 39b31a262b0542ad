// The room's wire (core/room): a station joins a console with a code both sides agree on, then its
// status reaches the console and the console's actions reach it, over TLS with pinned keys on
// loopback; a machine that is not paired is refused both ways, and a replayed action is refused.
#include "room/roomidentity.h"
#include "room/roomjoin.h"
#include "room/roomlink.h"
#include "room/roomserver.h"
#include "room/stationpairing.h"
#include "session/auditlog.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace exam;
using namespace exam::room;

namespace {

template<typename Done>
bool waitUntil(Done done, int milliseconds = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

RoomIdentity identityIn(const QTemporaryDir& dir, const QString& name)
{
    auto identity = RoomIdentity::openOrCreate(dir.filePath(name), name);
    REQUIRE(identity);
    return std::move(*identity);
}

// A station's database and audit log, as the kiosk has them.
struct StationStore
{
    explicit StationStore(const QTemporaryDir& dir, const QString& name)
    {
        auto opened = storage::Database::open(dir.filePath(name + QStringLiteral(".sqlite")), stationMigrations());
        REQUIRE(opened);
        database = std::move(*opened);
        audit = std::make_unique<session::AuditLog>(*database, clock);
        pairing = std::make_unique<StationPairing>(*database, *audit);
    }
    test::TestClock clock;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<session::AuditLog> audit;
    std::unique_ptr<StationPairing> pairing;
};

// Joins `station` to the console at `server`, the test acting as the proctor who compares the codes.
ConsolePairing join(RoomServer& server, const RoomIdentity& console, const RoomIdentity& station,
                    const QString& stationName)
{
    server.setPairingOpen(true);
    QString consoleCode;
    QByteArray requestPin;
    QObject::connect(&server, &RoomServer::pairingRequested, &server,
                     [&](const QByteArray& pin, const QString& name, const QString& code) {
                         CHECK(name == stationName);
                         requestPin = pin;
                         consoleCode = code;
                     });
    RoomJoin joining(station.tls(), station.pin(), stationName);
    QString stationCode;
    std::optional<ConsolePairing> joined;
    QObject::connect(&joining, &RoomJoin::codeReady, [&](const QString& code) { stationCode = code; });
    QObject::connect(&joining, &RoomJoin::joined, [&](const ConsolePairing& pairing) { joined = pairing; });
    joining.start(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(waitUntil([&] { return !consoleCode.isEmpty() && !stationCode.isEmpty(); }));
    CHECK(consoleCode == stationCode);
    CHECK(consoleCode.size() == 7);
    CHECK(requestPin == station.pin());
    server.answerPairing(requestPin, true, QStringLiteral("Room B"));
    REQUIRE(waitUntil([&] { return joined.has_value(); }));
    server.disconnect(&server, &RoomServer::pairingRequested, nullptr, nullptr);
    server.setPairingOpen(false);
    CHECK(joined->pin == console.pin());
    CHECK(joined->name == QStringLiteral("Room B"));
    return *joined;
}

StationStatus statusOf(const QString& station, StationPhase phase)
{
    StationStatus status;
    status.station = station;
    status.phase = phase;
    status.bootId = QStringLiteral("boot-1");
    status.startedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    return status;
}

} // namespace

TEST_CASE("Room identity: made once, owner-only, the same pin when opened again, a damaged one refused", "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString base = dir.filePath(QStringLiteral("room-identity"));
    auto made = RoomIdentity::openOrCreate(base, QStringLiteral("Station 4"));
    REQUIRE(made);
    CHECK(made->pin().size() == 32);
    CHECK(QFile::permissions(base + QStringLiteral(".key"))
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto again = RoomIdentity::openOrCreate(base, QStringLiteral("another name"));
    REQUIRE(again);
    CHECK(again->pin() == made->pin());

    QFile key(base + QStringLiteral(".key"));
    REQUIRE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write("-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n");
    key.close();
    auto damaged = RoomIdentity::openOrCreate(base, QStringLiteral("Station 4"));
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().message.contains(QStringLiteral("damaged")));
    CHECK(damaged.error().message.contains(QStringLiteral("join the room again")));
}

TEST_CASE("Pairing code: six digits from both pins, different for another key", "[room]")
{
    const QByteArray console(32, 'c');
    const QByteArray station(32, 's');
    const QString code = pairingCode(console, station);
    CHECK(QRegularExpression(QStringLiteral("^\\d{3} \\d{3}$")).match(code).hasMatch());
    CHECK(pairingCode(console, station) == code);
    CHECK(pairingCode(QByteArray(32, 'm'), station) != code);
    CHECK(pairingCode(station, console) != code);
}

TEST_CASE("Room wire: a joined station's status reaches the console, its actions reach the station and are "
          "answered, a replay is refused",
          "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const RoomIdentity console = identityIn(dir, QStringLiteral("console"));
    const RoomIdentity station = identityIn(dir, QStringLiteral("station"));
    RoomServer server(console.tls(), console.pin());
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    // Before pairing, the station is refused and its status never arrives.
    StationStore store(dir, QStringLiteral("station"));
    {
        ConsolePairing guessed;
        guessed.host = QStringLiteral("127.0.0.1");
        guessed.port = server.port();
        guessed.pin = console.pin();
        RoomLink link(station.tls(), guessed, [](const QByteArray&, qint64) -> Result<void> { return {}; });
        QSignalSpy refused(&server, &RoomServer::peerRefused);
        QSignalSpy statuses(&server, &RoomServer::statusReceived);
        link.setStatus(statusOf(QStringLiteral("Station 4"), StationPhase::Ready));
        link.start();
        REQUIRE(waitUntil([&] { return refused.count() > 0; }));
        QTest::qWait(300);
        CHECK(statuses.isEmpty());
        CHECK_FALSE(link.isConnected());
    }

    const ConsolePairing pairing = join(server, console, station, QStringLiteral("Station 4"));
    REQUIRE(store.pairing->join(pairing, QStringLiteral("operator:test")));
    auto loaded = store.pairing->load();
    REQUIRE(loaded);
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->pin == console.pin());

    RoomLink link(station.tls(), **loaded, [&store](const QByteArray& pin, qint64 sequence) {
        return store.pairing->claimSequence(pin, sequence);
    });
    QList<StationStatus> received;
    QObject::connect(&server, &RoomServer::statusReceived, [&](const QByteArray& pin, const StationStatus& status) {
        CHECK(pin == station.pin());
        received.append(status);
    });
    StationStatus status = statusOf(QStringLiteral("Station 4"), StationPhase::AwaitingStart);
    status.candidateName = QStringLiteral("Ana Ruiz");
    status.module = QStringLiteral("CPT-SAF Safety");
    status.items = 88;
    link.setStatus(status);
    link.start();
    REQUIRE(waitUntil([&] { return !received.isEmpty(); }));
    CHECK(received.last() == status);
    CHECK(server.isConnected(station.pin()));

    // A change is sent at once.
    status.phase = StationPhase::Running;
    status.answered = 3;
    link.setStatus(status);
    REQUIRE(waitUntil([&] { return received.last().phase == StationPhase::Running; }, 2'000));
    CHECK(received.last().answered == 3);

    // An action: handed to the station, answered.
    QList<ActionFrame> actions;
    QObject::connect(&link, &RoomLink::actionReceived, [&](const ActionFrame& frame) {
        actions.append(frame);
        link.answer(ActionAnswer{frame.sequence, true, {}});
    });
    QList<ActionAnswer> answers;
    QObject::connect(&server, &RoomServer::answerReceived,
                     [&](const QByteArray&, const ActionAnswer& answer) { answers.append(answer); });
    ActionFrame extend;
    extend.sequence = 1;
    extend.proctor = QStringLiteral("maria");
    extend.action.kind = ActionKind::Extend;
    extend.action.minutes = 10;
    REQUIRE(server.sendAction(station.pin(), extend));
    REQUIRE(waitUntil([&] { return answers.size() == 1; }));
    REQUIRE(actions.size() == 1);
    CHECK(actions[0].action.kind == ActionKind::Extend);
    CHECK(actions[0].action.minutes == 10);
    CHECK(actions[0].proctor == QStringLiteral("maria"));
    CHECK(answers[0].applied);

    // The same sequence number again: refused by the station, not handed to the kiosk.
    REQUIRE(server.sendAction(station.pin(), extend));
    REQUIRE(waitUntil([&] { return answers.size() == 2; }));
    CHECK(actions.size() == 1);
    CHECK_FALSE(answers[1].applied);
    CHECK(answers[1].why.contains(QStringLiteral("replay")));
    // Even after a restart of the link (the number is kept in the station's database).
    auto kept = store.pairing->load();
    REQUIRE(kept);
    CHECK((*kept)->lastSequence == 1);

    // An action that does not parse is not handed on either.
    ActionFrame voidWithoutReason;
    voidWithoutReason.sequence = 2;
    voidWithoutReason.proctor = QStringLiteral("maria");
    voidWithoutReason.action.kind = ActionKind::Void;
    CHECK_FALSE(ActionFrame::fromJson(voidWithoutReason.toJson()));

    // Removed at the console: the connection closes and stays refused.
    QSignalSpy gone(&server, &RoomServer::stationDisconnected);
    server.removeStation(station.pin());
    REQUIRE(waitUntil([&] { return !link.isConnected(); }));
    QTest::qWait(RoomTimings::ReconnectMs + 500);
    CHECK_FALSE(server.isConnected(station.pin()));
    CHECK_FALSE(server.sendAction(station.pin(), extend)); // not connected: not sent, never later
}

TEST_CASE("Room wire: a station does not talk to a console whose key it did not pair with", "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const RoomIdentity console = identityIn(dir, QStringLiteral("console"));
    const RoomIdentity impostor = identityIn(dir, QStringLiteral("impostor"));
    const RoomIdentity station = identityIn(dir, QStringLiteral("station"));
    // The impostor listens where the console was, and would even accept the station.
    RoomServer server(impostor.tls(), impostor.pin());
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    server.setPairedStations({station.pin()});
    ConsolePairing pairing;
    pairing.host = QStringLiteral("127.0.0.1");
    pairing.port = server.port();
    pairing.pin = console.pin();
    RoomLink link(station.tls(), pairing, [](const QByteArray&, qint64) -> Result<void> { return {}; });
    QSignalSpy connected(&server, &RoomServer::stationConnected);
    QSignalSpy statuses(&server, &RoomServer::statusReceived);
    link.setStatus(statusOf(QStringLiteral("Station 4"), StationPhase::Running));
    link.start();
    QTest::qWait(2'500); // two tries
    CHECK(connected.isEmpty());
    CHECK(statuses.isEmpty());
    CHECK_FALSE(link.isConnected());
}

TEST_CASE("Room wire: pairing refused by the proctor, and a console not open for pairing", "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const RoomIdentity console = identityIn(dir, QStringLiteral("console"));
    const RoomIdentity station = identityIn(dir, QStringLiteral("station"));
    RoomServer server(console.tls(), console.pin());
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    const auto tryJoin = [&](bool answer) {
        QString why;
        bool joined = false;
        RoomJoin joining(station.tls(), station.pin(), QStringLiteral("Station 9"));
        QObject::connect(&joining, &RoomJoin::failed, [&](const QString& message) { why = message; });
        QObject::connect(&joining, &RoomJoin::joined, [&] { joined = true; });
        QObject::connect(&server, &RoomServer::pairingRequested, &joining,
                         [&](const QByteArray& pin) { server.answerPairing(pin, answer, QStringLiteral("Room B")); });
        joining.start(QStringLiteral("127.0.0.1"), server.port());
        REQUIRE(waitUntil([&] { return joined || !why.isEmpty(); }));
        CHECK_FALSE(joined);
        return why;
    };
    const QString closed = tryJoin(true);
    CHECK(closed.contains(QStringLiteral("refused")));
    CHECK(closed.contains(QStringLiteral("not a station of this room")));

    server.setPairingOpen(true);
    const QString rejected = tryJoin(false);
    CHECK(rejected.contains(QStringLiteral("did not accept")));

    // Nobody listening: says where it tried and what to check.
    QString why;
    {
        RoomJoin joining(station.tls(), station.pin(), QStringLiteral("Station 9"));
        QObject::connect(&joining, &RoomJoin::failed, [&](const QString& message) { why = message; });
        joining.start(QStringLiteral("127.0.0.1"), 1); // a privileged port nothing listens on here
        REQUIRE(waitUntil([&] { return !why.isEmpty(); }));
    }
    CHECK(why.contains(QStringLiteral("No room console answered at 127.0.0.1 port 1")));
}
