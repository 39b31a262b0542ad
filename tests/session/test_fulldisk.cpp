// The station's folder on a small disk that really fills up during a sitting (issue 31).

#include "sessionfixture.h"
#include "smalldisk.h"

using namespace exam;
using namespace exam::session;
using namespace std::chrono_literals;

namespace {

// What the station log gets from the session (category exam.session), while it lives.
struct SessionLog
{
    static inline QStringList messages;
    QtMessageHandler previous;

    static inline const SessionLog* current = nullptr;

    SessionLog() : previous(qInstallMessageHandler(&SessionLog::keep))
    {
        messages.clear();
        current = this;
    }
    ~SessionLog()
    {
        qInstallMessageHandler(previous);
        current = nullptr;
    }
    static void keep(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (context.category && qstrcmp(context.category, "exam.session") == 0)
            messages.append(message);
        else if (current && current->previous)
            current->previous(type, context, message); // everything else as before
    }
};

// Answers question after question until one cannot be saved (the database may still have room in
// pages it already holds), and says which.
int answerUntilRefused(SessionEngine& engine, int from)
{
    for (int position = from; position < engine.itemCount(); ++position)
        if (!engine.answer(position, 0))
            return position;
    FAIL("every answer was saved on a full disk");
    return -1;
}

} // namespace

TEST_CASE("Full disk: while nothing can be saved the candidate's clock stands still, each time, and the "
          "session and the audit log keep how long",
          "[session][disk]")
{
    test::SmallDisk disk(4 << 20);
    if (!disk.ready()) {
        WARN("not run: " << disk.whyNot().toStdString());
        return;
    }
    test::SessionFixture station(disk.filePath(QStringLiteral("station")));
    const SessionLog log;
    auto engine = station.engine(station.newSession());
    REQUIRE(engine->candidateReady());
    REQUIRE(engine->start(station.proctor()));
    station.clock.advance(20s);
    REQUIRE(engine->answer(0, 1));
    const auto limit = engine->remaining() + 20s;

    int position = 1;
    qint64 blockedMs = 0;
    for (const auto blocked : {45s, 30s}) {
        INFO("an episode of " << blocked.count() << " s");
        disk.fill();
        REQUIRE(disk.bytesAvailable() == 0);
        station.clock.advance(1s);
        position = answerUntilRefused(*engine, position);
        CHECK(engine->storageProblem());
        CHECK(engine->response(position).choice == std::nullopt); // refused before it showed
        const auto standing = engine->remaining();
        for (auto waited = 0s; waited < blocked; waited += 1s) {
            station.clock.advance(1s);
            CHECK_FALSE(engine->tick()); // still full: the tick tries, fails, and the clock stands
        }
        CHECK(engine->remaining() == standing);
        CHECK(engine->state() == SessionState::InProgress); // no time-out however long it lasts

        disk.release();
        REQUIRE(engine->tick()); // saving works again: the clock goes on from where it stood
        CHECK_FALSE(engine->storageProblem());
        CHECK(engine->remaining() == standing);
        blockedMs += std::chrono::milliseconds(blocked).count();
        CHECK(station.scalar(QStringLiteral("SELECT storage_held_ms FROM sessions")) == blockedMs);
        station.clock.advance(5s);
        CHECK(engine->remaining() == standing - 5s);
        REQUIRE(engine->answer(position, 1));
        ++position;
    }
    // Charged only for the time the candidate could work: 20 s, then 1 + 5 s around each episode.
    CHECK(limit - engine->remaining() == 20s + 2 * 6s);
    REQUIRE(engine->submit());
    CHECK(station.scalar(QStringLiteral("SELECT elapsed_ms FROM sessions")) == (20s + 2 * 6s).count() * 1000);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.saving-restored' "
                                        "AND detail LIKE 'saving failed from % for 45.0 s; the clock stood still'"))
          == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.saving-restored' "
                                        "AND detail LIKE '% for 30.0 s; the clock stood still'"))
          == 1);
    // The station log: when saving stopped (with why) and when it worked again, each time.
    REQUIRE(log.messages.size() == 4);
    CHECK(log.messages[0].contains(QStringLiteral("saving failed, the clock stands still")));
    CHECK(log.messages[0].contains(QStringLiteral("is full")));
    CHECK(log.messages[1].contains(QStringLiteral("saving works again after 45.0 s")));
    CHECK(log.messages[3].contains(QStringLiteral("saving works again after 30.0 s")));
    auto broken = station.audit->firstBrokenLink();
    REQUIRE(broken);
    CHECK_FALSE(broken->has_value());
}
