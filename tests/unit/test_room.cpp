// The room's wire (core/room): a station joins a console with a code both sides agree on, then its
// status reaches the console and the console's actions reach it, over TLS with pinned keys on
// loopback; a machine that is not paired is refused both ways, and a replayed action is refused.
#include "room/roomchannel.h"
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
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace exam;
using exam::test::waitUntil;
using namespace exam::room;

namespace {

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
    joining.confirm(consoleCode == stationCode); // the administrator at the station compares too
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

TEST_CASE("Pairing code: six digits from both pins and both nonces, different for another key", "[room]")
{
    const QByteArray console(32, 'c');
    const QByteArray station(32, 's');
    const QByteArray nonceC(16, 'n');
    const QByteArray nonceS(16, 'o');
    const QString code = pairingCode(console, station, nonceC, nonceS);
    CHECK(QRegularExpression(QStringLiteral("^\\d{3} \\d{3}$")).match(code).hasMatch());
    CHECK(pairingCode(console, station, nonceC, nonceS) == code);
    CHECK(pairingCode(QByteArray(32, 'm'), station, nonceC, nonceS) != code);
    CHECK(pairingCode(station, console, nonceC, nonceS) != code);
    CHECK(pairingCode(console, station, QByteArray(16, 'x'), nonceS) != code);
    CHECK(pairingCommitment(nonceC).size() == 32);
    CHECK(pairingCommitment(nonceC) != pairingCommitment(nonceS));
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
    QObject::connect(&link, &RoomLink::actionReceived, [&](const ReceivedAction& action) {
        actions.append(action.frame());
        link.answer(ActionAnswer{action.frame().sequence, true, {}});
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

namespace {

// A console of the test's own making, on RoomChannel: it says what a test wants it to say (a late
// action, nothing at all), which the real RoomServer never would.
class ScriptedConsole : public QTcpServer
{
public:
    explicit ScriptedConsole(const RoomIdentity& identity) : m_tls(identity.tls()) { }
    QList<QPointer<RoomChannel>> channels;
    QList<QJsonObject> frames;
    int connections = 0;
    int handshakes = 0; // TLS done with a peer
    std::function<void(RoomChannel*, const QJsonObject&)> onFrame;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        RoomChannel* channel = RoomChannel::accept(m_tls, descriptor, this);
        REQUIRE(channel);
        channels.append(channel);
        QObject::connect(channel, &RoomChannel::ready, this, [this] { ++handshakes; });
        QObject::connect(channel, &RoomChannel::frameReceived, this, [this, channel](const QJsonObject& frame) {
            frames.append(frame);
            if (onFrame)
                onFrame(channel, frame);
        });
    }

private:
    QSslConfiguration m_tls;
};

ConsolePairing pairingWith(const RoomIdentity& console, quint16 port)
{
    ConsolePairing pairing;
    pairing.host = QStringLiteral("127.0.0.1");
    pairing.port = port;
    pairing.pin = console.pin();
    pairing.name = QStringLiteral("Room B");
    pairing.stationName = QStringLiteral("Station 4");
    pairing.joinedAt = QDateTime::currentDateTimeUtc();
    return pairing;
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

TEST_CASE("Room wire: a late action is refused by the station, and a console gone quiet is dialled again", "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const RoomIdentity console = identityIn(dir, QStringLiteral("console"));
    const RoomIdentity station = identityIn(dir, QStringLiteral("station"));
    ScriptedConsole scripted(console);
    REQUIRE(scripted.listen(QHostAddress::LocalHost, 0));
    bool pinging = true;
    scripted.onFrame = [&](RoomChannel* channel, const QJsonObject& frame) {
        if (frame.value(QStringLiteral("type")).toString() == QLatin1String("hello"))
            channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("welcome")},
                                      {QStringLiteral("consoleMs"), steadyMs()}});
    };
    QTimer pings;
    QObject::connect(&pings, &QTimer::timeout, [&] {
        for (const QPointer<RoomChannel>& channel : std::as_const(scripted.channels))
            if (channel && pinging)
                channel->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")},
                                          {QStringLiteral("consoleMs"), steadyMs()}});
    });
    pings.start(RoomTimings::PingMs);

    StationStore store(dir, QStringLiteral("station"));
    const ConsolePairing pairing = pairingWith(console, scripted.serverPort());
    REQUIRE(store.pairing->join(pairing, QStringLiteral("operator:test")));
    RoomLink link(station.tls(), pairing, [&store](const QByteArray& pin, qint64 sequence) {
        return store.pairing->claimSequence(pin, sequence);
    });
    QList<qint64> handed;
    QList<std::pair<qint64, QString>> rejected;
    QObject::connect(&link, &RoomLink::actionReceived,
                     [&](const ReceivedAction& action) { handed.append(action.frame().sequence); });
    QObject::connect(&link, &RoomLink::actionRejected, [&](qint64 sequence, const QString& why) {
        rejected.append({sequence, why});
    });
    link.setStatus(statusOf(QStringLiteral("Station 4"), StationPhase::Running));
    link.start();
    REQUIRE(waitUntil([&] { return link.isConnected(); }));

    const auto sendAction = [&](qint64 sequence, qint64 sentAtMs) {
        ActionFrame frame;
        frame.sequence = sequence;
        frame.proctor = QStringLiteral("maria");
        frame.action.kind = ActionKind::Extend;
        frame.action.minutes = 5;
        frame.sentAtMs = sentAtMs;
        scripted.channels.last()->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("action")},
                                                   {QStringLiteral("action"), frame.toJson()}});
    };
    // Held up somewhere for 4 s: refused, answered so, never handed to the kiosk.
    sendAction(1, steadyMs() - 4'000);
    REQUIRE(waitUntil([&] { return !rejected.isEmpty(); }));
    CHECK(handed.isEmpty());
    CHECK(rejected.first().first == 1);
    CHECK(rejected.first().second.contains(QStringLiteral("after it was sent")));
    REQUIRE(waitUntil([&] {
        return std::any_of(scripted.frames.cbegin(), scripted.frames.cend(), [](const QJsonObject& f) {
            return f.value(QStringLiteral("type")).toString() == QLatin1String("answer")
                   && !f.value(QStringLiteral("applied")).toBool();
        });
    }));
    // A fresh one is handed on.
    sendAction(2, steadyMs());
    REQUIRE(waitUntil([&] { return handed == QList<qint64>{2}; }));

    // The console stops speaking (frozen, cable pulled): the station drops it and dials again.
    pinging = false;
    const int before = scripted.connections;
    QElapsedTimer quiet;
    quiet.start();
    REQUIRE(waitUntil([&] { return scripted.connections > before; }, 10'000));
    CHECK(quiet.elapsed() >= RoomTimings::LinkSilentMs - 500);
}

TEST_CASE("Room wire: the station's administrator must confirm the code too, and closing pairing drops every "
          "request",
          "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const RoomIdentity console = identityIn(dir, QStringLiteral("console"));
    RoomServer server(console.tls(), console.pin());
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    QList<QByteArray> kept;
    server.setPairingKeeper([&kept](const QByteArray& pin, const QString&) {
        kept.append(pin);
        return true;
    });
    server.setPairingOpen(true);
    QList<QByteArray> requests;
    QObject::connect(&server, &RoomServer::pairingRequested, [&](const QByteArray& pin) { requests.append(pin); });
    QSignalSpy withdrawn(&server, &RoomServer::pairingWithdrawn);

    // The proctor accepts, the station's administrator sees other digits (and says so at once): nothing is
    // kept anywhere.
    const RoomIdentity first = identityIn(dir, QStringLiteral("first"));
    {
        RoomJoin joining(first.tls(), first.pin(), QStringLiteral("Station 1"));
        QString why;
        QObject::connect(&joining, &RoomJoin::codeReady, [&] { joining.confirm(false); });
        QObject::connect(&joining, &RoomJoin::failed, [&](const QString& message) { why = message; });
        joining.start(QStringLiteral("127.0.0.1"), server.port());
        REQUIRE(waitUntil([&] { return !requests.isEmpty(); }));
        (void)server.answerPairing(requests.last(), true, QStringLiteral("Room B")); // may be gone already
        REQUIRE(waitUntil([&] { return !why.isEmpty(); }));
        CHECK(why.contains(QStringLiteral("codes differ")));
        REQUIRE(waitUntil([&] { return withdrawn.count() == 1; }));
    }
    CHECK(kept.isEmpty());
    CHECK_FALSE(server.answerPairing(first.pin(), true, QStringLiteral("Room B"))); // the request is gone

    // Three stations waiting for the proctor when adding stations stops: all refused, none kept.
    std::vector<std::unique_ptr<RoomJoin>> waiting;
    QStringList failures;
    for (int i = 0; i < 3; ++i) {
        const RoomIdentity identity = identityIn(dir, QStringLiteral("waiting-%1").arg(i));
        waiting.push_back(std::make_unique<RoomJoin>(identity.tls(), identity.pin(), QStringLiteral("Waiting")));
        RoomJoin* joining = waiting.back().get();
        QObject::connect(joining, &RoomJoin::codeReady, [joining] { joining->confirm(true); });
        QObject::connect(joining, &RoomJoin::failed, [&](const QString& message) { failures.append(message); });
        joining->start(QStringLiteral("127.0.0.1"), server.port());
    }
    REQUIRE(waitUntil([&] { return requests.size() == 4; }));
    server.setPairingOpen(false);
    REQUIRE(waitUntil([&] { return failures.size() == 3; }));
    for (const QString& failure : std::as_const(failures))
        CHECK(failure.contains(QStringLiteral("stopped adding stations")));
    CHECK(withdrawn.count() == 4);
    CHECK(kept.isEmpty());
}

TEST_CASE("Room wire: a peer that sends an oversized frame, or never says hello, is dropped", "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const RoomIdentity console = identityIn(dir, QStringLiteral("console"));
    const RoomIdentity station = identityIn(dir, QStringLiteral("station"));
    RoomServer server(console.tls(), console.pin());
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    server.setPairedStations({station.pin()});
    QSignalSpy refused(&server, &RoomServer::peerRefused);

    // Paired, TLS done, and then silence: refused after the hello timeout.
    // The test's channels and what they report live in `scope`, gone with the test (a channel that
    // closes later must not report into a finished test's variables).
    QString muteClosed;
    QString bigClosed;
    QObject scope;
    QPointer<RoomChannel> mute =
        RoomChannel::connectTo(station.tls(), QStringLiteral("127.0.0.1"), server.port(), &scope);
    QObject::connect(mute, &RoomChannel::closed, &scope, [&](const QString& why) { muteClosed = why; });
    REQUIRE(waitUntil([&] { return !muteClosed.isEmpty(); }, RoomServer::HelloTimeoutMs + 5'000));
    CHECK(refused.count() == 1);
    CHECK(refused.first().at(1).toString().contains(QStringLiteral("hello")));

    // A frame that announces more than the limit: the connection ends before anything is read.
    QPointer<RoomChannel> big =
        RoomChannel::connectTo(station.tls(), QStringLiteral("127.0.0.1"), server.port(), &scope);
    QObject::connect(big, &RoomChannel::closed, &scope, [&](const QString& why) { bigClosed = why; });
    QObject::connect(big, &RoomChannel::ready, &scope, [&] {
        QJsonObject huge{{QStringLiteral("type"), QStringLiteral("hello")},
                         {QStringLiteral("station"), QString(RoomChannel::MaxFrameBytes, u'x')}};
        CHECK_FALSE(big->send(huge)); // the sending side refuses it too
        big->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                              {QStringLiteral("protocol"), RoomTimings::ProtocolVersion},
                              {QStringLiteral("station"), QStringLiteral("Station 4")}});
    });
    QSignalSpy connected(&server, &RoomServer::stationConnected);
    REQUIRE(waitUntil([&] { return connected.count() == 1; }));
    CHECK(bigClosed.isEmpty());

    // A station of another release: refused, and told why.
    QPointer<RoomChannel> old =
        RoomChannel::connectTo(station.tls(), QStringLiteral("127.0.0.1"), server.port(), &scope);
    QObject::connect(old, &RoomChannel::ready, &scope, [&] {
        old->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                              {QStringLiteral("protocol"), 1},
                              {QStringLiteral("station"), QStringLiteral("Station 4")}});
    });
    REQUIRE(waitUntil([&] { return refused.count() == 2; }));
    CHECK(refused.last().at(1).toString().contains(QStringLiteral("another version")));
}

TEST_CASE("Room wire: a station does not talk to a console whose key it did not pair with", "[room]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const RoomIdentity console = identityIn(dir, QStringLiteral("console"));
    const RoomIdentity impostor = identityIn(dir, QStringLiteral("impostor"));
    const RoomIdentity station = identityIn(dir, QStringLiteral("station"));
    // The impostor listens where the console was. It completes TLS (so the test knows the station got
    // that far) and would answer anything; the station says nothing to it, and tries again later.
    ScriptedConsole scripted(impostor);
    REQUIRE(scripted.listen(QHostAddress::LocalHost, 0));
    RoomLink link(station.tls(), pairingWith(console, scripted.serverPort()),
                  [](const QByteArray&, qint64) -> Result<void> { return {}; });
    link.setStatus(statusOf(QStringLiteral("Station 4"), StationPhase::Running));
    link.start();
    REQUIRE(waitUntil([&] { return scripted.handshakes >= 2; })); // two tries, each through TLS
    CHECK(scripted.frames.isEmpty());                             // not even a hello
    CHECK_FALSE(link.isConnected());
}
