// exam-crash-worker: a scripted session that the crash test kills with SIGKILL at random moments.
// It reports on stdout, flushed line by line:
//   RUNNING <elapsed ms>                       after (re)starting the session
//   TRY <seq> <kind> <position> <value>        before an action
//   OK <seq> <elapsed ms>                      after the action was confirmed; the elapsed time it saved
// On start it resumes the interrupted session, or sets one up when the station has none.
#include "compiler/banksource.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <cstdio>
#include <random>
#include <thread>

using namespace exam;

namespace {

int failWith(const QString& message)
{
    std::fprintf(stdout, "ERROR %s\n", qPrintable(message));
    std::fflush(stdout);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return failWith(QStringLiteral("usage: exam-crash-worker STATION_FOLDER SAMPLE_SOURCE"));
    const StationPaths paths(QString::fromLocal8Bit(argv[1]));
    if (auto ready = paths.ensureExists(); !ready)
        return failWith(ready.error().message);
    auto database = storage::Database::open(paths.databaseFile(), stationMigrations());
    if (!database)
        return failWith(database.error().message);
    const SystemClock clock;
    session::AuditLog audit(**database, clock);
    session::ProctorAccounts accounts(**database, clock, audit, crypto::ScryptParams{1u << 8, 8, 1});
    const auto pin = Sensitive<QString>(QStringLiteral("482913"));
    if (accounts.count().value_or(0) == 0
        && !accounts.create(QStringLiteral("proctor"), QStringLiteral("P"), pin, nullptr))
        return failWith(QStringLiteral("cannot create the proctor"));
    auto proctor = accounts.signIn(QStringLiteral("proctor"), pin);
    if (!proctor)
        return failWith(proctor.error().message);

    session::Sittings sittings(**database, audit, clock);
    auto interrupted = sittings.interruptedSession();
    if (!interrupted)
        return failWith(interrupted.error().message);
    std::unique_ptr<session::SessionEngine> engine;
    if (*interrupted) {
        auto opened = session::SessionEngine::open(**database, audit, clock, **interrupted);
        if (!opened)
            return failWith(opened.error().message);
        engine = std::move(*opened);
        if (auto resumed = engine->resume(*proctor); !resumed)
            return failWith(resumed.error().message);
    } else {
        const bankcompiler::SourceResult source = bankcompiler::BankSource::read(QString::fromLocal8Bit(argv[2]));
        if (!source.problems.isEmpty())
            return failWith(QStringLiteral("the sample source has problems"));
        auto sitting = sittings.create(*proctor, QStringLiteral("C-1"), QStringLiteral("Crash Candidate"),
                                       {{source.content.bankId, QByteArray(32, 'h'), &source.content}},
                                       session::Accommodations::withTimeFactor(200)); // 60 min: never times out here
        if (!sitting)
            return failWith(sitting.error().message);
        auto opened = session::SessionEngine::open(**database, audit, clock, sittings.sessions(*sitting)->first());
        if (!opened || !(*opened)->start(*proctor))
            return failWith(QStringLiteral("cannot start the session"));
        engine = std::move(*opened);
    }
    std::printf("RUNNING %lld\n", static_cast<long long>(engine->elapsed().count()));
    std::fflush(stdout);

    std::mt19937 random(std::random_device{}());
    for (long long seq = 0;; ++seq) {
        const int position = int(random() % quint32(engine->itemCount()));
        const int kind = int(random() % 4); // 0 answer, 1 clear, 2 flag toggle, 3 move
        const int options = int(engine->formItem(position).optionOrder.size());
        const int value = kind == 0   ? int(random() % quint32(options))
                          : kind == 2 ? (engine->response(position).flagged ? 0 : 1)
                                      : 0;
        std::printf("TRY %lld %d %d %d\n", seq, kind, position, value);
        std::fflush(stdout);
        Result<void> result = kind == 0   ? engine->answer(position, value)
                              : kind == 1 ? engine->clearAnswer(position)
                              : kind == 2 ? engine->setFlag(position, value == 1)
                                          : engine->moveTo(position);
        if (!result)
            return failWith(result.error().message);
        std::printf("OK %lld %lld\n", seq, static_cast<long long>(engine->checkpointedElapsed().count()));
        std::fflush(stdout);
        if (auto ticked = engine->tick(); !ticked)
            return failWith(ticked.error().message);
        std::this_thread::sleep_for(std::chrono::milliseconds(random() % 3));
    }
}
