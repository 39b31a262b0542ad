// exam-replica-worker: a station in a room, answering without pause, for the replication crash test
// (issue 26). Its folder is made by the test (room identity and pairing with the test's console); it
// sets a sitting up, starts it, and answers, changes, clears, flags and moves at random, each step
// committed with its replica entry and sent to the console. It reports on stdout, line by line:
//   RUNNING <session id>
//   TRY <kind> <position> <value>                  before an action
//   OK <journal sequence> <steady ms> <elapsed ms> after it was confirmed; the clock as it ran then
#include "compiler/banksource.h"
#include "room/roomidentity.h"
#include "room/roomlink.h"
#include "room/stationpairing.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "session/replicajournal.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <random>

using namespace exam;

namespace {

int failWith(const QString& message)
{
    std::fprintf(stdout, "ERROR %s\n", qPrintable(message));
    std::fflush(stdout);
    return 1;
}

long long steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return failWith(QStringLiteral("usage: exam-replica-worker STATION_FOLDER SAMPLE_SOURCE"));
    const StationPaths paths(QString::fromLocal8Bit(argv[1]));
    auto database = storage::Database::open(paths.databaseFile(), stationMigrations());
    if (!database)
        return failWith(database.error().message);
    const SystemClock clock;
    session::AuditLog audit(**database, clock);
    session::ProctorAccounts accounts(**database, clock, audit, crypto::ScryptParams{1u << 8, 8, 1});
    const auto pin = Sensitive<QString>(QStringLiteral("482913"));
    if (!accounts.create(QStringLiteral("proctor"), QStringLiteral("P"), pin, nullptr))
        return failWith(QStringLiteral("cannot create the proctor"));
    auto proctor = accounts.signIn(QStringLiteral("proctor"), pin);
    if (!proctor)
        return failWith(proctor.error().message);
    const bankcompiler::SourceResult source = bankcompiler::BankSource::read(QString::fromLocal8Bit(argv[2]));
    if (!source.problems.isEmpty())
        return failWith(QStringLiteral("the sample source has problems"));
    session::Sittings sittings(**database, audit, clock);
    auto sitting = sittings.create(*proctor, QStringLiteral("C-7"), QStringLiteral("Crash Candidate"),
                                   {{source.content.bankId, QByteArray(32, 'h'), &source.content}},
                                   session::Accommodations::withTimeFactor(200)); // never times out here
    if (!sitting)
        return failWith(sitting.error().message);
    auto opened = session::SessionEngine::open(**database, audit, clock, sittings.sessions(*sitting)->first());
    if (!opened)
        return failWith(opened.error().message);
    session::SessionEngine& engine = **opened;
    session::ReplicaJournal journal(**database);
    engine.setJournal(&journal);
    if (auto started = engine.start(*proctor); !started)
        return failWith(started.error().message);

    auto pairing = room::StationPairing(**database, audit).load();
    auto identity = room::RoomIdentity::open(paths.roomIdentityBase());
    if (!pairing || !*pairing || !identity)
        return failWith(QStringLiteral("the station is in no room"));
    room::RoomLink link(identity->tls(), **pairing, [](const QByteArray&, qint64) { return Result<void>(); });
    link.setReplicaReader([&journal](qint64 sessionId, qint64 after) { return journal.entries(sessionId, after); });
    link.start();
    std::printf("RUNNING %lld\n", static_cast<long long>(engine.sessionId()));
    std::fflush(stdout);

    std::mt19937 random(std::random_device{}());
    QTimer step;
    step.setSingleShot(true);
    QObject::connect(&step, &QTimer::timeout, [&] {
        const int position = int(random() % quint32(engine.itemCount()));
        const int kind = int(random() % 4); // 0 answer, 1 clear, 2 flag toggle, 3 move
        const int options = int(engine.formItem(position).optionOrder.size());
        const int value = kind == 0   ? int(random() % quint32(options))
                          : kind == 2 ? (engine.response(position).flagged ? 0 : 1)
                                      : 0;
        std::printf("TRY %d %d %d\n", kind, position, value);
        std::fflush(stdout);
        const Result<void> done = kind == 0   ? engine.answer(position, value)
                                  : kind == 1 ? engine.clearAnswer(position)
                                  : kind == 2 ? engine.setFlag(position, value == 1)
                                              : engine.moveTo(position);
        if (!done) {
            failWith(done.error().message);
            QCoreApplication::exit(1);
            return;
        }
        std::printf("OK %lld %lld %lld\n", static_cast<long long>(journal.lastSequence(engine.sessionId())), steadyMs(),
                    static_cast<long long>(engine.elapsed().count()));
        std::fflush(stdout);
        link.replicate(engine.sessionId()); // what the kiosk does on every committed step
        if (auto ticked = engine.tick(); ticked)
            link.replicate(engine.sessionId());
        step.start(int(5 + random() % 30));
    });
    step.start(0);
    return QCoreApplication::exec();
}
