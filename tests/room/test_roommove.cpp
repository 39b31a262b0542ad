// A station dies mid-module and its sitting goes on at a spare (issue 26): two real exam-kiosk processes
// and a real console in this process. The first station's answers reach the console's replica; it is
// killed; the proctor moves the sitting to the second station, which goes on from the last confirmed
// answer with the time as charged; the module is finished there with a record that `openssl pkeyutl`
// verifies, naming the station it began on and the replica's head; the first station, started again,
// learns that the sitting moved and records nothing for it.
#include "roomconsole.h"
#include "roomstations.h"

#include "room/roomidentity.h"
#include "room/stationpairing.h"
#include "session/replicasnapshot.h"
#include "station/stationsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace exam;
using exam::test::waitUntil;
using room::StationPhase;

namespace {

constexpr char ProctorLogin[] = "maria";
constexpr char ProctorPin[] = "135790";

// The station paired with the console directly (as examctl room join leaves it: tested in
// test_roomconsole.cpp), so this test spends its time on the move.
QByteArray pair(roomconsole::RoomConsole& console, const test::RoomStation& station)
{
    auto identity = room::RoomIdentity::openOrCreate(station.paths().roomIdentityBase(), station.name());
    REQUIRE(identity);
    auto database = storage::Database::open(station.paths().databaseFile(), stationMigrations());
    REQUIRE(database);
    SystemClock clock;
    session::AuditLog audit(**database, clock);
    room::ConsolePairing pairing;
    pairing.host = QStringLiteral("127.0.0.1");
    pairing.port = console.port();
    pairing.pin = console.pin();
    pairing.stationName = station.name();
    pairing.name = QStringLiteral("Room 2");
    REQUIRE(room::StationPairing(**database, audit).join(pairing, QStringLiteral("operator:test")));
    REQUIRE(console.addStation(identity->pin(), station.name()));
    return identity->pin();
}

bool inPhase(roomconsole::RoomConsole& console, const QByteArray& pin, StationPhase phase)
{
    const auto entry = console.model().station(pin);
    return entry && entry->shownPhase() == phase;
}

room::RoomAction resumeAction(const QString& reason)
{
    room::RoomAction action;
    action.kind = room::ActionKind::Resume;
    action.reason = reason;
    return action;
}

struct StationRows
{
    qint64 results = 0;
    QString movedTo;
    QString stationId;
};

StationRows rowsOf(const test::RoomStation& station, qint64 sessionId)
{
    auto database = storage::Database::open(station.paths().databaseFile(), stationMigrations());
    REQUIRE(database);
    StationRows rows;
    auto results = (*database)->prepare(QStringLiteral("SELECT count(*) FROM results"));
    REQUIRE(results);
    REQUIRE(*results->step());
    rows.results = results->int64(0);
    results->reset();
    auto moved = (*database)->prepare(QStringLiteral("SELECT moved_to FROM sessions WHERE id = ?"));
    REQUIRE(moved);
    moved->bind(1, sessionId);
    if (*moved->step())
        rows.movedTo = moved->text(0);
    moved->reset();
    auto id = StationSettings(**database).stationId();
    REQUIRE(id);
    rows.stationId = *id;
    return rows;
}

} // namespace

TEST_CASE("Room move: a real kiosk killed mid-module, its sitting finished on a spare kiosk from the console's "
          "replica, the first one told when it is back",
          "[room][e2e][move]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    SystemClock clock;
    auto opened = roomconsole::RoomConsole::open({folder.filePath(QStringLiteral("console"))}, clock,
                                                 crypto::ScryptParams{1u << 10, 8, 1});
    REQUIRE(opened);
    auto& console = **opened;
    REQUIRE(console.accounts().create(QString::fromLatin1(ProctorLogin), QStringLiteral("María Gómez"),
                                      Sensitive<QString>(QString::fromLatin1(ProctorPin)), nullptr));
    REQUIRE(console.listen(QHostAddress::LocalHost, 0));
    auto proctor = console.accounts().signIn(QString::fromLatin1(ProctorLogin),
                                             Sensitive<QString>(QString::fromLatin1(ProctorPin)));
    REQUIRE(proctor);
    console.signIn(*proctor, QStringLiteral("María Gómez"));

    test::RoomStation dead(folder.filePath(QStringLiteral("station-4")), QStringLiteral("Station 4"));
    test::RoomStation spare(folder.filePath(QStringLiteral("station-9")), QStringLiteral("Station 9"));
    session::Accommodations accommodations = session::Accommodations::withTimeFactor(150);
    accommodations.textSizePercent = 200;
    dead.prepare(test::RoomStation::Sitting::Ready, QStringLiteral("C-4471"), QStringLiteral("Dana Díaz"),
                 accommodations);
    dead.startAndAnswer(12);
    spare.prepare(test::RoomStation::Sitting::None, {}, {});
    const QByteArray deadPin = pair(console, dead);
    const QByteArray sparePin = pair(console, spare);
    dead.start();
    spare.start();

    // The kiosk found the module it was in the middle of: the proctor resumes it from the console.
    REQUIRE(waitUntil([&] { return inPhase(console, deadPin, StationPhase::Interrupted); }, 60'000));
    REQUIRE(waitUntil([&] { return inPhase(console, sparePin, StationPhase::Ready); }, 60'000));
    console.send(resumeAction(QStringLiteral("candidate back at the desk")), {deadPin});
    REQUIRE(waitUntil([&] { return inPhase(console, deadPin, StationPhase::Running); }));
    const qint64 deadSession = console.model().station(deadPin)->status->sessionId;
    REQUIRE(deadSession > 0);
    // Everything the station confirmed is in the console's replica.
    const auto confirmed = dead.replica();
    REQUIRE(waitUntil([&] {
        auto kept = console.replicas().last(deadPin, deadSession);
        return kept && kept->sequence >= confirmed.last().entry.sequence;
    }));

    // Signed by the station's key: the statement verifies with openssl against the station key the
    // registry knows, and proves every entry before it through the chain.
    REQUIRE(waitUntil([&] {
        auto head = console.replicas().signedHead(deadPin, deadSession);
        return head && *head && (*head)->sequence >= confirmed.last().entry.sequence;
    }));
    {
        auto head = console.replicas().signedHead(deadPin, deadSession);
        REQUIRE(head);
        REQUIRE(*head);
        auto deadKey = results::StationKey::loadOrCreate(dead.paths());
        REQUIRE(deadKey);
        CHECK((*head)->proof.publicKey == deadKey->publicKey());
        CHECK((*head)->proof.stationId == rowsOf(dead, deadSession).stationId);
        const QByteArray statement = session::ReplicaJournal::headStatement((*head)->proof.stationId, deadSession,
                                                                            (*head)->sequence, (*head)->head);
        CHECK(test::opensslVerifies(*deadKey->publicKeyPem(), statement, (*head)->proof.signature));
        CHECK_FALSE(test::opensslVerifies(*deadKey->publicKeyPem(),
                                          session::ReplicaJournal::headStatement((*head)->proof.stationId, deadSession,
                                                                                 (*head)->sequence + 1, (*head)->head),
                                          (*head)->proof.signature));
    }

    // The station tells the console its copy is up to date (the tile shows a lag only when there is one).
    REQUIRE(waitUntil([&] {
        const auto entry = console.model().station(deadPin);
        return entry->status && entry->status->replicaBehind == 0 && entry->status->replicaLagMs == 0;
    }));

    // A station that still answers is not moved, nor to a station that is not ready.
    CHECK_FALSE(console.continueOnSpare(deadPin, sparePin, QStringLiteral("too early")));
    dead.kill(); // its power supply died
    REQUIRE(waitUntil([&] { return inPhase(console, deadPin, StationPhase::Offline); }, 10'000));
    auto toItself = console.continueOnSpare(deadPin, deadPin, QStringLiteral("x"));
    REQUIRE_FALSE(toItself);
    auto kept = console.replicas().entries(deadPin, deadSession);
    REQUIRE(kept);
    auto atConsole = session::ReplicaSnapshot::fromReplica(*kept);
    REQUIRE(atConsole);
    const auto diedWith = dead.replica();                         // what the station had confirmed when it died
    CHECK(atConsole->sequence == diedWith.last().entry.sequence); // nothing confirmed is missing

    REQUIRE(console.continueOnSpare(deadPin, sparePin, QStringLiteral("Station 4 lost power")));
    REQUIRE(waitUntil([&] { return inPhase(console, sparePin, StationPhase::Paused); }, 20'000));
    const auto spareEntry = console.model().station(sparePin);
    REQUIRE(spareEntry->status);
    CHECK(spareEntry->status->candidateId == QStringLiteral("C-4471"));
    CHECK(spareEntry->status->answered == 12);
    CHECK(spareEntry->status->flagged == 1);
    CHECK(spareEntry->status->accommodations == accommodations);
    // The time left exactly as charged at the last confirmed step.
    const qint64 limitMs = atConsole->setup.limitMs + atConsole->last.extensionsMs;
    CHECK(spareEntry->status->remainingMs == (limitMs - atConsole->last.elapsedMs + 999) / 1000 * 1000);
    // Moved once: the console refuses a second move of the same sitting.
    auto twice = console.continueOnSpare(deadPin, sparePin, QStringLiteral("again"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);

    // The candidate confirms who they are; the proctor resumes from the console.
    console.send(resumeAction(QStringLiteral("identity checked")), {sparePin});
    REQUIRE(waitUntil([&] { return inPhase(console, sparePin, StationPhase::Running); }));
    spare.stop();

    // The candidate finishes on the spare: the record is the spare's, and verifies.
    spare.withEngine([&](session::SessionEngine& engine, const session::ProctorAuthorization& by) {
        for (int position = 0; position < atConsole->setup.form.items.size(); ++position)
            CHECK(engine.formItem(position) == atConsole->setup.form.items.at(position));
        for (int position = 0; position < 12; ++position)
            CHECK(engine.response(position).choice == std::optional<int>(0));
        CHECK(engine.response(0).flagged);
        REQUIRE(engine.resume(by, QStringLiteral("kiosk restarted")));
        REQUIRE(engine.answer(12, 1));
        REQUIRE(engine.submit());
    });
    auto database = storage::Database::open(spare.paths().databaseFile(), stationMigrations());
    REQUIRE(database);
    auto result = (*database)->prepare(QStringLiteral("SELECT record, signature FROM results"));
    REQUIRE(result);
    REQUIRE(*result->step());
    const QByteArray record = result->blob(0);
    const QByteArray signature = result->blob(1);
    result->reset();
    database->reset();
    auto key = results::StationKey::loadOrCreate(spare.paths());
    REQUIRE(key);
    auto pem = key->publicKeyPem();
    REQUIRE(pem);
    CHECK(test::opensslVerifies(*pem, record, signature));
    const QJsonObject json = QJsonDocument::fromJson(record).object();
    CHECK(json.value(QStringLiteral("candidateId")).toString() == QStringLiteral("C-4471"));
    const QJsonArray origins =
        json.value(QStringLiteral("replica")).toObject().value(QStringLiteral("movedFrom")).toArray();
    REQUIRE(origins.size() == 1);
    const StationRows deadRows = rowsOf(dead, deadSession);
    CHECK(origins.at(0).toObject().value(QStringLiteral("station")).toString() == deadRows.stationId);
    CHECK(origins.at(0).toObject().value(QStringLiteral("head")).toString()
          == QString::fromLatin1(diedWith.last().hash.toHex()));
    CHECK(json.value(QStringLiteral("station")).toObject().value(QStringLiteral("id")).toString()
          == rowsOf(spare, 1).stationId);

    // The station that died, back: told by the console, it closes the sitting and records nothing.
    dead.start();
    REQUIRE(waitUntil([&] { return inPhase(console, deadPin, StationPhase::Ready); }, 60'000));
    const StationRows after = rowsOf(dead, deadSession);
    CHECK(after.movedTo == QStringLiteral("Station 9"));
    CHECK(after.results == 0);
    const auto audit = dead.auditEntries();
    CHECK(std::any_of(audit.begin(), audit.end(), [](const session::AuditLog::Entry& entry) {
        return entry.kind == QStringLiteral("session.moved-away")
               && entry.actor == QStringLiteral("proctor:maria@room");
    }));
    dead.stop();
}
