// The session's replica (issue 26's groundwork): every committed step of a session in the journal, in
// the same transaction, chained, with no item content; enough to rebuild where the candidate stands.
#include "session/replicajournal.h"
#include "sessionfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace exam;
using namespace std::chrono_literals;

namespace {

// What a spare station would rebuild from the replica alone: every response and the session's clock.
struct Rebuilt
{
    QHash<int, session::ReplicaEntry::Response> responses;
    session::ReplicaEntry last;
};

Rebuilt rebuild(const QList<session::ReplicaJournal::Stored>& entries)
{
    Rebuilt rebuilt;
    for (const auto& stored : entries) {
        if (stored.entry.response)
            rebuilt.responses.insert(stored.entry.response->position, *stored.entry.response);
        rebuilt.last = stored.entry;
    }
    return rebuilt;
}

} // namespace

TEST_CASE("Replica journal: every committed step of a session, in order, chained, enough to rebuild it, and no "
          "item content",
          "[session][replica]")
{
    test::SessionFixture station;
    session::ReplicaJournal journal(*station.database);
    const qint64 sessionId = station.newSession(session::Accommodations::withTimeFactor(150));
    auto engine = station.engine(sessionId);
    engine->setJournal(&journal);

    // The form is drawn afresh for each session: the last option of each item is what it has.
    const auto lastOption = [&engine](int position) { return int(engine->formItem(position).optionOrder.size()) - 1; };
    REQUIRE(engine->candidateReady());
    REQUIRE(engine->start(station.proctor()));
    station.clock.advance(30s);
    REQUIRE(engine->answer(0, lastOption(0)));
    REQUIRE(engine->answer(0, 0)); // a change
    REQUIRE(engine->setFlag(0, true));
    REQUIRE(engine->setStruck(1, lastOption(1), true));
    REQUIRE(engine->answer(1, 0));
    REQUIRE(engine->moveTo(2));
    REQUIRE(engine->clearAnswer(1));
    station.clock.advance(5s);
    REQUIRE(engine->tick()); // a time checkpoint
    REQUIRE(engine->pause(station.proctor(), QStringLiteral("fire drill")));
    REQUIRE(engine->extend(station.proctor(), 10));
    REQUIRE(engine->resume(station.proctor(), QStringLiteral("drill over")));
    station.clock.advance(20s);
    REQUIRE(engine->answer(2, lastOption(2)));

    auto entries = journal.entries(sessionId);
    REQUIRE(entries);
    QStringList kinds;
    for (const auto& stored : *entries)
        kinds.append(stored.entry.kind);
    CHECK(kinds
          == QStringList{
              QStringLiteral("session.candidate-ready"), QStringLiteral("session.started"),
              QStringLiteral("item.answered"), QStringLiteral("item.changed"), QStringLiteral("item.flagged"),
              QStringLiteral("option.struck"), QStringLiteral("item.answered"), QStringLiteral("item.moved"),
              QStringLiteral("item.cleared"), QStringLiteral("checkpoint"), QStringLiteral("session.paused"),
              QStringLiteral("session.extended"), QStringLiteral("session.resumed"), QStringLiteral("item.answered")});
    CHECK_FALSE(session::ReplicaJournal::firstBrokenLink(*entries));
    for (qsizetype i = 0; i < entries->size(); ++i)
        CHECK(entries->at(i).entry.sequence == i + 1);

    // The replica alone tells every response and the clock as the engine has them.
    const Rebuilt rebuilt = rebuild(*entries);
    for (int position = 0; position < engine->itemCount(); ++position) {
        INFO("position " << position);
        const auto response = engine->response(position);
        const auto replica = rebuilt.responses.value(position, {position, std::nullopt, false, 0});
        CHECK(replica.choice == response.choice);
        CHECK(replica.flagged == response.flagged);
        CHECK(replica.struck == response.struck);
    }
    CHECK(rebuilt.last.elapsedMs == engine->checkpointedElapsed().count());
    CHECK(rebuilt.last.extensionsMs == engine->extensions().count());
    CHECK(rebuilt.last.current == engine->currentPosition());
    CHECK(rebuilt.last.state == engine->state());
    auto head = journal.head(sessionId);
    REQUIRE(head);
    CHECK(*head == entries->last().hash);

    // Nothing of the items' content can be in it: the only texts an entry holds are its time, its kind and
    // the session's state; the rest are numbers (positions, displayed option indices, times).
    for (const auto& stored : *entries) {
        const QJsonObject body = QJsonDocument::fromJson(stored.body).object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            INFO(it.key().toStdString());
            if (it.value().isString())
                CHECK(QStringList{QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("state")}.contains(
                    it.key()));
            else if (it.value().isObject())
                for (const QJsonValue& value : it.value().toObject())
                    CHECK((value.isDouble() || value.isBool()));
            else
                CHECK((it.value().isDouble() || it.value().isBool()));
        }
    }
}

TEST_CASE("Replica journal: a step that fails to save leaves no entry, and a changed or missing entry breaks "
          "the chain",
          "[session][replica]")
{
    test::SessionFixture station;
    session::ReplicaJournal journal(*station.database);
    const qint64 sessionId = station.newSession();
    auto engine = station.engine(sessionId);
    engine->setJournal(&journal);
    REQUIRE(engine->candidateReady());
    REQUIRE(engine->start(station.proctor()));
    REQUIRE(engine->answer(0, 1));

    // The write fails midway (after the answer's own update): neither the answer nor its entry stays.
    station.database->failAfter(6);
    CHECK_FALSE(engine->answer(1, 1));
    station.database->failAfter(-1);
    CHECK_FALSE(engine->response(1).choice);
    auto entries = journal.entries(sessionId);
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    REQUIRE(engine->answer(1, 1)); // saving works again: the step and its entry go in together
    entries = journal.entries(sessionId);
    REQUIRE(entries);
    REQUIRE(entries->size() == 4);
    CHECK(entries->last().entry.response->position == 1);
    CHECK(entries->last().entry.response->choice == 1);
    CHECK_FALSE(session::ReplicaJournal::firstBrokenLink(*entries));

    // Someone edits an entry (the answer given): the chain breaks at it.
    REQUIRE(station.database->exec(
        QStringLiteral("UPDATE replica_entries SET body = replace(body, '\"choice\":1', '\"choice\":3') "
                       "WHERE session_id = %1 AND seq = 3")
            .arg(sessionId)));
    entries = journal.entries(sessionId);
    REQUIRE(entries);
    CHECK(session::ReplicaJournal::firstBrokenLink(*entries) == 3);
    // …or removes one: the next entry no longer links.
    REQUIRE(station.database->exec(
        QStringLiteral(
            "UPDATE replica_entries SET body = replace(body, '\"choice\":3', '\"choice\":1') "
            "WHERE session_id = %1 AND seq = 3; DELETE FROM replica_entries WHERE session_id = %1 AND seq = 2")
            .arg(sessionId)));
    entries = journal.entries(sessionId);
    REQUIRE(entries);
    CHECK(session::ReplicaJournal::firstBrokenLink(*entries) == 3);

    // A body that is not an entry is refused with a message, not read as one.
    CHECK_FALSE(session::ReplicaEntry::fromBody("{\"kind\":\"x\"}"));
    CHECK_FALSE(session::ReplicaEntry::fromBody("not json"));
}
