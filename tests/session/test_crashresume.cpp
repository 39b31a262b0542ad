// The crash test: a real process runs a session and is killed with SIGKILL at random moments, then
// started again, many times. After every kill the database must hold every action the process had
// confirmed, the remaining time must be within 5 s of what it was, and SQLite must find no damage.
#include "stationfixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace exam;

namespace {

struct Expected
{
    std::optional<int> choice;
    bool flagged = false;
};

struct Attempt
{
    int kind = -1; // 0 answer, 1 clear, 2 flag, 3 move
    int position = 0;
    int value = 0;
};

Expected applied(Expected state, const Attempt& attempt)
{
    if (attempt.kind == 0)
        state.choice = attempt.value;
    else if (attempt.kind == 1)
        state.choice.reset();
    else if (attempt.kind == 2)
        state.flagged = attempt.value == 1;
    return state;
}

QList<Expected> databaseState(const StationPaths& paths, qint64* elapsedMs)
{
    auto database = storage::Database::open(paths.databaseFile(), stationMigrations());
    REQUIRE(database);
    auto integrity = (*database)->prepare(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity);
    REQUIRE(*integrity->step());
    CHECK(integrity->text(0) == QStringLiteral("ok"));
    auto session = (*database)->prepare(QStringLiteral("SELECT elapsed_ms FROM sessions ORDER BY id DESC LIMIT 1"));
    REQUIRE(session);
    REQUIRE(*session->step());
    *elapsedMs = session->int64(0);
    auto rows =
        (*database)->prepare(QStringLiteral("SELECT choice, flagged FROM responses ORDER BY session_id, position"));
    REQUIRE(rows);
    QList<Expected> state;
    while (*rows->step())
        state.append(
            Expected{rows->isNull(0) ? std::nullopt : std::optional<int>(int(rows->int64(0))), rows->int64(1) != 0});
    return state;
}

void runKills(int kills)
{
    test::StationFixture station; // only for the temporary folder and paths
    station.database.reset();
    station.audit.reset();
    const QString worker = QStringLiteral(EXAM_BINARY_DIR "/bin/exam-crash-worker");
    const QString sample = test::dataPath(QStringLiteral("banks/sample"));

    QList<Expected> expected;
    qint64 lastConfirmedElapsed = -1;
    int confirmedActions = 0;
    for (int kill = 0; kill < kills; ++kill) {
        INFO("kill " << kill);
        QProcess process;
        process.start(worker, {station.paths.dataFolder(), sample});
        REQUIRE(process.waitForStarted(10'000));
        QByteArray output;
        while (!output.contains("RUNNING") && !output.contains("ERROR") && process.waitForReadyRead(10'000))
            output += process.readAllStandardOutput();
        INFO(output.left(300).toStdString());
        REQUIRE(output.contains("RUNNING"));
        QThread::msleep(QRandomGenerator::global()->bounded(2, 40));
        process.kill(); // SIGKILL: no destructor, no flush, no commit runs
        REQUIRE(process.waitForFinished(10'000));
        output += process.readAllStandardOutput();

        std::optional<Attempt> pending; // tried, not confirmed: it may or may not have committed
        for (const QByteArray& line : output.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.first() == "ERROR")
                FAIL("the worker reported: " << line.toStdString());
            if (words.first() == "RUNNING") {
                const qint64 resumedAt = words.value(1).toLongLong();
                if (lastConfirmedElapsed >= 0) {
                    // The clock resumes from the last checkpoint: never before the last confirmed
                    // action, at most one checkpoint interval (plus a tick) after it.
                    CHECK(resumedAt >= lastConfirmedElapsed);
                    CHECK(resumedAt <= lastConfirmedElapsed + 5'000);
                }
            } else if (words.first() == "TRY" && words.size() == 5) {
                pending = Attempt{words[2].toInt(), words[3].toInt(), words[4].toInt()};
            } else if (words.first() == "OK" && words.size() == 3 && pending) {
                if (expected.isEmpty())
                    expected.resize(120);
                expected[pending->position] = applied(expected[pending->position], *pending);
                lastConfirmedElapsed = words[2].toLongLong();
                ++confirmedActions;
                pending.reset();
            }
        }

        qint64 savedElapsed = 0;
        const QList<Expected> actual = databaseState(station.paths, &savedElapsed);
        REQUIRE(actual.size() <= expected.size());
        for (int position = 0; position < actual.size(); ++position) {
            INFO("position " << position);
            const Expected confirmed = expected[position];
            const bool matchesConfirmed =
                actual[position].choice == confirmed.choice && actual[position].flagged == confirmed.flagged;
            const bool matchesPending = pending && pending->position == position
                                        && actual[position].choice == applied(confirmed, *pending).choice
                                        && actual[position].flagged == applied(confirmed, *pending).flagged;
            CHECK((matchesConfirmed || matchesPending));
            expected[position] = actual[position]; // a committed-but-unreported action is the new truth
        }
        if (lastConfirmedElapsed >= 0)
            CHECK(savedElapsed >= lastConfirmedElapsed);
    }
    CHECK(confirmedActions > kills); // the kills really landed among actions
}

} // namespace

TEST_CASE("Crash test: 200 SIGKILLs at random moments lose no confirmed action", "[session][crash]")
{
    runKills(200);
}

TEST_CASE("Crash test, long: 2,000 SIGKILLs", "[session][crash][slow]")
{
    runKills(2000);
}
