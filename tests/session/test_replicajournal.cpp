// The session's replica (issue 26's groundwork): every committed step of a session in the journal, in
// the same transaction, chained, with no item content; enough to rebuild where the candidate stands.
#include "session/replicajournal.h"
#include "session/replicasnapshot.h"
#include "sessionfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace exam;
using namespace std::chrono_literals;

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

    // The replica alone tells the set-up, every response (with the change count and answer time the
    // result record carries) and the clock as the engine has them.
    auto snapshot = session::ReplicaSnapshot::fromReplica(*entries);
    REQUIRE(snapshot);
    CHECK(snapshot->setup.candidateId == QStringLiteral("C-1001"));
    CHECK(snapshot->setup.candidateName == QStringLiteral("Casey Candidate"));
    CHECK(snapshot->setup.accommodations == session::Accommodations::withTimeFactor(150));
    CHECK(snapshot->setup.bankId == station.content.bankId);
    CHECK(snapshot->setup.bankSha256 == QByteArray(32, 'h'));
    CHECK(snapshot->setup.limitMs == qint64(station.content.module.timeLimitMinutes) * 60'000 * 150 / 100);
    CHECK(snapshot->setup.seed.size() == session::FormAssembler::SeedSize);
    REQUIRE(snapshot->setup.form.items.size() == engine->itemCount());
    auto columns = station.database->prepare(
        QStringLiteral("SELECT changes, answered_at_ms FROM responses WHERE session_id = ? ORDER BY position"));
    REQUIRE(columns);
    columns->bind(1, sessionId);
    for (int position = 0; position < engine->itemCount(); ++position) {
        INFO("position " << position);
        CHECK(snapshot->setup.form.items.at(position) == engine->formItem(position));
        const auto response = engine->response(position);
        const auto& replica = snapshot->responses.at(position);
        CHECK(replica.choice == response.choice);
        CHECK(replica.flagged == response.flagged);
        CHECK(replica.struck == response.struck);
        REQUIRE(*columns->step());
        CHECK(replica.changes == columns->int64(0));
        CHECK(replica.answeredAtMs == (columns->isNull(1) ? std::nullopt : std::optional<qint64>(columns->int64(1))));
    }
    columns->reset();
    CHECK(snapshot->responses.at(0).changes == 1);
    CHECK(snapshot->responses.at(1).changes == 1); // answered, then cleared
    CHECK(snapshot->last.elapsedMs == engine->checkpointedElapsed().count());
    CHECK(snapshot->last.extensionsMs == engine->extensions().count());
    CHECK(snapshot->last.current == engine->currentPosition());
    CHECK(snapshot->last.state == engine->state());
    auto head = journal.head(sessionId);
    REQUIRE(head);
    CHECK(*head == entries->last().hash);
    CHECK(snapshot->head == *head);
    CHECK(snapshot->sequence == entries->size());
    // Only the first entry carries the set-up.
    for (qsizetype i = 1; i < entries->size(); ++i)
        CHECK_FALSE(entries->at(i).entry.setup);

    // A replica whose beginning is missing, or with a step taken out, is refused with the reason.
    CHECK(session::ReplicaSnapshot::fromReplica(entries->mid(1)).error().code == ErrorCode::AuthenticationFailed);
    auto gap = *entries;
    gap.removeAt(5);
    CHECK(session::ReplicaSnapshot::fromReplica(gap).error().message.contains(QStringLiteral("entry 7")));

    // Nothing of the items' content can be in it: no stem and no option of any item of the bank.
    for (const auto& item : station.content.items) {
        INFO(item.id.toStdString());
        for (const auto& entry : *entries) {
            CHECK_FALSE(entry.body.contains(item.body.reveal().stem.toUtf8()));
            for (const auto& option : item.body.reveal().options)
                if (option.text.size() > 12) // a short option ("4 mm") could be in any JSON
                    CHECK_FALSE(entry.body.contains(option.text.toUtf8()));
        }
    }
    // And beyond the set-up, the only texts an entry holds are its time, its kind and the session's state;
    // the rest are numbers (positions, displayed option indices, times).
    for (const auto& stored : *entries) {
        const QJsonObject body = QJsonDocument::fromJson(stored.body).object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            INFO(it.key().toStdString());
            if (it.key() == QStringLiteral("setup"))
                continue;
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
