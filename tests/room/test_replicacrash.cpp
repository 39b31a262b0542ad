// The replication crash test (issue 26): stations answer without pause into a console's replica; one at a
// time, at a random moment, a station is killed with SIGKILL and its data folder deleted, as a dead
// disk would leave it. Every action the station confirmed more than 1 s before it died must be in the
// console's replica, the sitting must go on at a spare station from it with exactly those responses,
// and the time charged there must be no more than the station had run.
#include "compiler/banksource.h"
#include "room/consolestore.h"
#include "room/replicastore.h"
#include "room/roomidentity.h"
#include "room/roomserver.h"
#include "room/stationpairing.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "session/replicasnapshot.h"
#include "session/sessionengine.h"
#include "session/sessiontransfer.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <chrono>

using namespace exam;
using exam::test::waitUntil;

namespace {

constexpr int Stations = 4; // answering at once
constexpr qint64 ReplicatedWithinMs = 1'000;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Response
{
    std::optional<int> choice;
    bool flagged = false;
    bool operator==(const Response&) const = default;
};

struct Action
{
    int kind = 0; // 0 answer, 1 clear, 2 flag, 3 move
    int position = 0;
    int value = 0;
    Response after(Response response) const
    {
        if (kind == 0)
            response.choice = value;
        else if (kind == 1)
            response.choice.reset();
        else if (kind == 2)
            response.flagged = value == 1;
        return response;
    }
};

struct Confirmed
{
    Action action;
    qint64 sequence = 0; // the journal's, after the action
    qint64 atMs = 0;     // steady clock
    qint64 elapsedMs = 0;
};

// What a worker said: every confirmed action, and the one tried last if it was not confirmed.
struct Report
{
    qint64 sessionId = 0;
    QList<Confirmed> confirmed;
    std::optional<Action> pending;
};

Report parse(const QByteArray& output)
{
    Report report;
    std::optional<Action> tried;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.first() == "ERROR")
            FAIL("the worker reported: " << line.toStdString());
        if (words.first() == "RUNNING" && words.size() == 2)
            report.sessionId = words[1].toLongLong();
        else if (words.first() == "TRY" && words.size() == 4)
            tried = Action{words[1].toInt(), words[2].toInt(), words[3].toInt()};
        else if (words.first() == "OK" && words.size() == 4 && tried) {
            report.confirmed.append({*tried, words[1].toLongLong(), words[2].toLongLong(), words[3].toLongLong()});
            tried.reset();
        }
    }
    report.pending = tried;
    return report;
}

// One answering station: its folder (room identity, pairing with the console) and its process.
struct Worker
{
    std::unique_ptr<QTemporaryDir> folder;
    std::unique_ptr<QProcess> process;
    QByteArray pin;
    QByteArray output;
    qint64 killAtMs = 0;

    ~Worker()
    {
        if (process) { // a failed check ends the test early: no station is left running
            process->kill();
            process->waitForFinished(10'000);
        }
    }
};

// The test's room console: its server and the replica store it acknowledges from, as RoomConsole does.
struct Console
{
    QTemporaryDir folder;
    std::unique_ptr<storage::Database> database;
    std::optional<room::RoomIdentity> identity;
    std::unique_ptr<room::RoomServer> server;
    std::unique_ptr<room::ReplicaStore> replicas;

    Console()
    {
        auto opened =
            storage::Database::open(folder.filePath(QStringLiteral("console.sqlite")), room::consoleMigrations());
        REQUIRE(opened);
        database = std::move(*opened);
        auto made = room::RoomIdentity::openOrCreate(folder.filePath(QStringLiteral("identity")), QStringLiteral("c"));
        REQUIRE(made);
        identity.emplace(std::move(*made));
        replicas = std::make_unique<room::ReplicaStore>(*database);
        server = std::make_unique<room::RoomServer>(identity->tls(), identity->pin());
        QObject::connect(
            server.get(), &room::RoomServer::replicaReceived, server.get(),
            [this](const QByteArray& pin, qint64 session, const QList<session::ReplicaJournal::Stored>& e) {
                if (auto kept = replicas->keep(pin, session, e))
                    server->acknowledgeReplica(pin, session, kept->sequence, false);
                else if (auto last = replicas->last(pin, session))
                    server->acknowledgeReplica(pin, session, last->sequence, true);
            });
        QObject::connect(server.get(), &room::RoomServer::replicaSyncRequested, server.get(),
                         [this](const QByteArray& pin, qint64 session) {
                             if (auto last = replicas->last(pin, session))
                                 server->acknowledgeReplica(pin, session, last->sequence, false);
                         });
        REQUIRE(server->listen(QHostAddress::LocalHost, 0));
    }
};

void startWorker(Console& console, Worker& worker, int number)
{
    worker.folder = std::make_unique<QTemporaryDir>();
    REQUIRE(worker.folder->isValid());
    const StationPaths paths(worker.folder->filePath(QStringLiteral("station")));
    REQUIRE(paths.ensureExists());
    auto identity = room::RoomIdentity::openOrCreate(paths.roomIdentityBase(), QStringLiteral("s%1").arg(number));
    REQUIRE(identity);
    worker.pin = identity->pin();
    {
        auto database = storage::Database::open(paths.databaseFile(), stationMigrations());
        REQUIRE(database);
        SystemClock clock;
        session::AuditLog audit(**database, clock);
        room::ConsolePairing pairing;
        pairing.host = QStringLiteral("127.0.0.1");
        pairing.port = console.server->port();
        pairing.pin = console.identity->pin();
        pairing.name = QStringLiteral("Crash room");
        pairing.stationName = QStringLiteral("Station %1").arg(number);
        REQUIRE(room::StationPairing(**database, audit).join(pairing, QStringLiteral("operator:test")));
    }
    console.server->addStation(worker.pin);
    worker.output.clear();
    worker.process = std::make_unique<QProcess>();
    worker.process->start(QStringLiteral(EXAM_BINARY_DIR "/bin/exam-replica-worker"),
                          {paths.dataFolder(), test::dataPath(QStringLiteral("banks/sample"))});
    REQUIRE(worker.process->waitForStarted(10'000));
    // Dies between 0.3 and 3 s from now: often with more than a second of confirmed work behind it.
    worker.killAtMs = steadyMs() + 300 + QRandomGenerator::global()->bounded(2'700);
}

// The spare a sitting goes on at: a fresh station with the sample bank installed.
struct Spare
{
    QTemporaryDir folder;
    test::TestClock clock;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<session::AuditLog> audit;

    Spare()
    {
        auto opened = storage::Database::open(folder.filePath(QStringLiteral("spare.sqlite")), stationMigrations());
        REQUIRE(opened);
        database = std::move(*opened);
        audit = std::make_unique<session::AuditLog>(*database, clock);
        const bankcompiler::SourceResult source =
            bankcompiler::BankSource::read(test::dataPath(QStringLiteral("banks/sample")));
        auto insert = database->prepare(QStringLiteral(
            "INSERT INTO installed_banks (bank_id, version, sha256, file_name, module_code, title, language, "
            "item_count, publisher_key_id, needs_release_code, installed_at) VALUES (?, 1, ?, 'sample.exambank', "
            "'X', 'Sample', 'en', 1, 'test', 0, '2026-12-08T00:00:00Z')"));
        REQUIRE(insert);
        insert->bind(1, source.content.bankId).bind(2, QByteArrayView(QByteArray(32, 'h')));
        REQUIRE(insert->run());
    }
};

// After one kill: the console's replica holds what the rules say, and a spare goes on from it.
void checkMove(Console& console, const Worker& worker, qint64 killedAtMs, int* checkedOld)
{
    const Report report = parse(worker.output);
    INFO(worker.output.right(400).toStdString());
    if (report.sessionId == 0)
        return; // killed before the sitting began: nothing confirmed, nothing to move
    qint64 mustHave = 0;
    for (const Confirmed& confirmed : report.confirmed)
        if (confirmed.atMs <= killedAtMs - ReplicatedWithinMs) {
            mustHave = std::max(mustHave, confirmed.sequence);
            ++*checkedOld;
        }
    auto entries = console.replicas->entries(worker.pin, report.sessionId);
    REQUIRE(entries);
    if (entries->isEmpty()) {
        CHECK(mustHave == 0);
        return;
    }
    auto moved = session::ReplicaSnapshot::fromReplica(*entries);
    REQUIRE(moved);
    CHECK(moved->sequence >= mustHave);

    // The responses as the station had confirmed them, up to what the replica holds; the action tried
    // last and not confirmed may be in it or not.
    QList<Response> expected(moved->responses.size());
    qint64 lastConfirmedSequence = 0;
    for (const Confirmed& confirmed : report.confirmed)
        if (confirmed.sequence <= moved->sequence) {
            expected[confirmed.action.position] = confirmed.action.after(expected[confirmed.action.position]);
            lastConfirmedSequence = confirmed.sequence;
        }
    const bool pendingMayBeIn = report.pending && moved->sequence > lastConfirmedSequence;

    Spare spare;
    session::ReplicaJournal journal(*spare.database);
    session::ProctorAccounts accounts(*spare.database, spare.clock, *spare.audit, crypto::ScryptParams{1u << 8, 8, 1});
    REQUIRE(accounts.create(QStringLiteral("proctor"), QStringLiteral("P"),
                            Sensitive<QString>(QStringLiteral("482913")), nullptr));
    auto proctor = accounts.signIn(QStringLiteral("proctor"), Sensitive<QString>(QStringLiteral("482913")));
    REQUIRE(proctor);
    auto sessionId = session::SessionTransfer(*spare.database, *spare.audit, journal, spare.clock)
                         .receive(*moved, *proctor, QStringLiteral("station killed"));
    REQUIRE(sessionId);
    auto engine = session::SessionEngine::open(*spare.database, *spare.audit, spare.clock, *sessionId);
    REQUIRE(engine);
    for (int position = 0; position < expected.size(); ++position) {
        INFO("position " << position);
        const Response actual{(*engine)->response(position).choice, (*engine)->response(position).flagged};
        const bool asConfirmed = actual == expected[position];
        const bool withPending = pendingMayBeIn && report.pending->position == position
                                 && actual == report.pending->after(expected[position]);
        CHECK((asConfirmed || withPending));
    }
    // Never charged more than the station's clock had run when it died.
    const qint64 ranAtMost = report.confirmed.isEmpty()
                                 ? killedAtMs
                                 : report.confirmed.last().elapsedMs + (killedAtMs - report.confirmed.last().atMs);
    CHECK((*engine)->checkpointedElapsed().count() <= ranAtMost + 50);
}

void runKills(int kills)
{
    Console console;
    std::array<Worker, Stations> workers;
    for (int i = 0; i < Stations; ++i)
        startWorker(console, workers[size_t(i)], i);
    int checkedOld = 0;
    for (int kill = 0; kill < kills; ++kill) {
        INFO("kill " << kill);
        auto next = std::min_element(workers.begin(), workers.end(),
                                     [](const Worker& a, const Worker& b) { return a.killAtMs < b.killAtMs; });
        // The console works meanwhile (this thread's event loop), the other stations answer on.
        waitUntil([&] { return steadyMs() >= next->killAtMs; }, 10'000);
        const qint64 killedAtMs = steadyMs();
        next->process->kill();
        REQUIRE(next->process->waitForFinished(10'000));
        next->output += next->process->readAllStandardOutput();
        next->folder.reset(); // the station's disk is gone with it
        // Frames already on their way reach the console, as they would on a network.
        waitUntil([] { return false; }, 150);
        checkMove(console, *next, killedAtMs, &checkedOld);
        console.server->removeStation(next->pin);
        startWorker(console, *next, kill + Stations);
    }
    CHECK(checkedOld > kills); // the kills landed among confirmed work older than a second
}

} // namespace

TEST_CASE("Replication crash test: 20 stations killed at random with their disks, nothing confirmed a second "
          "before lost",
          "[room][replica][crash]")
{
    runKills(20);
}

TEST_CASE("Replication crash test (long): 500 stations killed", "[room][replica][crash][slow]")
{
    runKills(500);
}
