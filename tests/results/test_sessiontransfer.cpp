// A sitting moved to a spare station (issue 26): the spare goes on from the replica with the same
// form, every confirmed response and the time as charged; the result it signs names where the sitting
// began and carries the replica's chain; the station it left records nothing more for it.
#include "resultstation.h"
#include "session/replicasnapshot.h"
#include "session/sessiontransfer.h"
#include "station/stationsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace exam;
using namespace std::chrono_literals;
using session::SessionState;

namespace {

// The sample bank installed on `station` as the catalogue would list it (the bytes are the fixture's).
void installSampleBank(test::ResultStation& station, const QByteArray& sha256 = QByteArray(32, 'h'))
{
    auto insert = station.database->prepare(QStringLiteral(
        "INSERT INTO installed_banks (bank_id, version, sha256, file_name, module_code, title, language, "
        "item_count, publisher_key_id, needs_release_code, installed_at) VALUES (?, 1, ?, 'sample.exambank', ?, ?, "
        "'en', ?, 'test', 0, '2026-03-02T08:00:00Z')"));
    REQUIRE(insert);
    insert->bind(1, station.content.bankId)
        .bind(2, QByteArrayView(sha256))
        .bind(3, station.content.module.code)
        .bind(4, station.content.module.title)
        .bind(5, int(station.content.items.size()));
    REQUIRE(insert->run());
}

struct Moving
{
    test::ResultStation dead;
    test::ResultStation spare;
    session::ReplicaJournal deadJournal{*dead.database};
    session::ReplicaJournal spareJournal{*spare.database};
    qint64 deadSession = 0;
    std::unique_ptr<session::SessionEngine> engine; // on the station that dies

    Moving()
    {
        deadSession = dead.newSession(session::Accommodations::withTimeFactor(125), 2);
        engine = dead.engine(deadSession);
        engine->setJournal(&deadJournal);
        REQUIRE(engine->candidateReady());
        REQUIRE(engine->start(dead.proctor()));
        dead.clock.advance(40s);
        REQUIRE(engine->answer(0, 1));
        REQUIRE(engine->answer(0, 2)); // a change
        REQUIRE(engine->setFlag(3, true));
        REQUIRE(engine->setStruck(4, 0, true));
        REQUIRE(engine->answer(5, 0));
        REQUIRE(engine->clearAnswer(5));
        REQUIRE(engine->extend(dead.proctor(), 5));
        dead.clock.advance(7s);
        REQUIRE(engine->tick()); // a checkpoint: the time charged so far
        REQUIRE(engine->moveTo(6));
        dead.clock.advance(3s); // confirmed nothing after the last step: lost with the station
    }

    session::ReplicaSnapshot snapshot()
    {
        auto entries = deadJournal.entries(deadSession);
        REQUIRE(entries);
        auto snapshot = session::ReplicaSnapshot::fromReplica(*entries);
        REQUIRE(snapshot);
        // As the console sends it to the spare.
        auto sent = session::ReplicaSnapshot::fromJson(
            QJsonDocument::fromJson(QJsonDocument(snapshot->toJson()).toJson()).object());
        REQUIRE(sent);
        return *sent;
    }
};

} // namespace

TEST_CASE("Session transfer: the spare goes on from the replica with the same form, responses and time charged",
          "[results][transfer]")
{
    Moving moving;
    installSampleBank(moving.spare);
    const session::ReplicaSnapshot moved = moving.snapshot();
    session::SessionTransfer transfer(*moving.spare.database, *moving.spare.audit, moving.spareJournal,
                                      moving.spare.clock);
    auto sessionId = transfer.receive(moved, moving.spare.proctor(), QStringLiteral("station 4 lost power"));
    REQUIRE(sessionId);

    auto engine = moving.spare.engine(*sessionId);
    const session::SessionEngine& before = *moving.engine;
    CHECK(engine->state() == SessionState::Paused); // waits for the proctor, who sees the candidate first
    CHECK_FALSE(engine->interrupted());
    CHECK(engine->checkpointedElapsed() == before.checkpointedElapsed());
    CHECK(engine->remaining() == before.remaining() + 3s); // the seconds after the last step are not charged
    CHECK(engine->extensions() == 5min);
    CHECK(engine->currentPosition() == 6);
    CHECK(engine->timeFactorPercent() == 125);
    REQUIRE(engine->itemCount() == before.itemCount());
    for (int position = 0; position < engine->itemCount(); ++position) {
        INFO("position " << position);
        CHECK(engine->formItem(position) == before.formItem(position));
        CHECK(engine->response(position).choice == before.response(position).choice);
        CHECK(engine->response(position).flagged == before.response(position).flagged);
        CHECK(engine->response(position).struck == before.response(position).struck);
    }
    auto place = session::Sittings(*moving.spare.database, *moving.spare.audit, moving.spare.clock).opening(*sessionId);
    REQUIRE(place);
    CHECK(place->place.candidateId == QStringLiteral("C-1001"));
    CHECK(place->place.candidateName == QStringLiteral("Casey Candidate"));
    CHECK(place->accommodations == session::Accommodations::withTimeFactor(125));
    CHECK(moving.spare.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.moved-in'"))
          == 1);

    // The proctor resumes; the candidate answers on and submits: the record is the spare's, signed by it,
    // with the change counts and answer times from the station that died, naming it and the replica.
    engine->setJournal(&moving.spareJournal);
    engine->setFinisher([&moving](qint64 id) { return moving.spare.recorder->record(id); });
    REQUIRE(engine->resume(moving.spare.proctor(), QStringLiteral("identity checked")));
    moving.spare.clock.advance(20s);
    REQUIRE(engine->answer(6, 1));
    REQUIRE(engine->submit());
    const auto results = moving.spare.results();
    REQUIRE(results.size() == 1);
    CHECK(test::opensslVerifies(*moving.spare.key->publicKeyPem(), results[0].record, results[0].signature));
    const QJsonObject record = QJsonDocument::fromJson(results[0].record).object();
    const auto responses = record.value(QStringLiteral("responses")).toArray();
    CHECK(responses.at(0).toObject().value(QStringLiteral("changes")).toInt() == 1);
    CHECK(responses.at(0).toObject().value(QStringLiteral("answeredAtMs")).toInteger() == 40'000);
    CHECK(responses.at(5).toObject().value(QStringLiteral("changes")).toInt() == 1);
    CHECK(responses.at(5).toObject().value(QStringLiteral("choice")).isNull());
    CHECK(responses.at(6).toObject().value(QStringLiteral("choice")).toInt() == 1);
    CHECK(record.value(QStringLiteral("timing")).toObject().value(QStringLiteral("elapsedMs")).toInteger()
          == before.checkpointedElapsed().count() + 20'000);
    const QJsonObject replica = record.value(QStringLiteral("replica")).toObject();
    auto spareEntries = moving.spareJournal.entries(*sessionId);
    REQUIRE(spareEntries);
    CHECK_FALSE(session::ReplicaJournal::firstBrokenLink(*spareEntries));
    CHECK(replica.value(QStringLiteral("head")).toString() == QString::fromLatin1(spareEntries->last().hash.toHex()));
    CHECK(replica.value(QStringLiteral("sequence")).toInteger() == spareEntries->size());
    const auto origins = replica.value(QStringLiteral("movedFrom")).toArray();
    REQUIRE(origins.size() == 1);
    const QJsonObject origin = origins.at(0).toObject();
    auto deadStation = StationSettings(*moving.dead.database).stationId();
    REQUIRE(deadStation);
    CHECK(origin.value(QStringLiteral("station")).toString() == *deadStation);
    CHECK(origin.value(QStringLiteral("session")).toInteger() == moving.deadSession);
    CHECK(origin.value(QStringLiteral("sequence")).toInteger() == moved.sequence);
    CHECK(origin.value(QStringLiteral("head")).toString() == QString::fromLatin1(moved.head.toHex()));
    auto deadHead = moving.deadJournal.head(moving.deadSession);
    REQUIRE(deadHead);
    CHECK(moved.head == *deadHead);
    auto spareStation = StationSettings(*moving.spare.database).stationId();
    REQUIRE(spareStation);
    CHECK(record.value(QStringLiteral("station")).toObject().value(QStringLiteral("id")).toString() == *spareStation);
}

TEST_CASE("Session transfer: a spare that is busy, lacks the bank or took the session already refuses, keeping "
          "nothing",
          "[results][transfer]")
{
    Moving moving;
    const session::ReplicaSnapshot moved = moving.snapshot();
    session::SessionTransfer transfer(*moving.spare.database, *moving.spare.audit, moving.spareJournal,
                                      moving.spare.clock);
    const auto sessions = [&moving] { return moving.spare.scalar(QStringLiteral("SELECT count(*) FROM sessions")); };

    // Not installed here, or another version of the bank.
    auto noBank = transfer.receive(moved, moving.spare.proctor(), QStringLiteral("dead"));
    REQUIRE_FALSE(noBank);
    CHECK(noBank.error().message.contains(QStringLiteral("does not have the module's bank")));
    installSampleBank(moving.spare, QByteArray(32, 'x'));
    CHECK_FALSE(transfer.receive(moved, moving.spare.proctor(), QStringLiteral("dead")));
    CHECK(sessions() == 0);
    REQUIRE(moving.spare.database->exec(QStringLiteral("DELETE FROM installed_banks")));
    installSampleBank(moving.spare);

    // In the middle of a sitting of its own.
    const qint64 own = moving.spare.newSession();
    auto busy = transfer.receive(moved, moving.spare.proctor(), QStringLiteral("dead"));
    REQUIRE_FALSE(busy);
    CHECK(busy.error().message.contains(QStringLiteral("middle of another sitting")));
    CHECK(sessions() == 1);
    REQUIRE(moving.spare.database->exec(QStringLiteral("UPDATE sittings SET closed = 1")));

    // Taken once; twice is refused.
    auto taken = transfer.receive(moved, moving.spare.proctor(), QStringLiteral("dead"));
    REQUIRE(taken);
    CHECK(*taken != own);
    REQUIRE(moving.spare.database->exec(QStringLiteral("UPDATE sittings SET closed = 1")));
    auto again = transfer.receive(moved, moving.spare.proctor(), QStringLiteral("dead"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(sessions() == 2);

    // A session that had ended is its station's: nothing to go on with.
    REQUIRE(moving.engine->submit());
    auto ended = moving.snapshot();
    auto refused = transfer.receive(ended, moving.spare.proctor(), QStringLiteral("dead"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("already ended")));
}

TEST_CASE("Session transfer: the station the sitting left, back, closes it and records nothing for it",
          "[results][transfer]")
{
    Moving moving;
    moving.engine->setFinisher([&moving](qint64 id) { return moving.dead.recorder->record(id); });
    moving.engine.reset(); // the station died
    moving.dead.reopen();
    session::SessionTransfer transfer(*moving.dead.database, *moving.dead.audit, moving.deadJournal, moving.dead.clock);
    moving.dead.makeAccounts();
    REQUIRE(transfer.movedAway(moving.deadSession, moving.dead.proctor(), QStringLiteral("Station 7")));
    REQUIRE(transfer.movedAway(moving.deadSession, moving.dead.proctor(), QStringLiteral("Station 7"))); // told twice

    session::Sittings sittings(*moving.dead.database, *moving.dead.audit, moving.dead.clock);
    auto open = sittings.openSitting();
    REQUIRE(open);
    CHECK_FALSE(*open); // the kiosk shows the station as ready, not the moved sitting
    auto interrupted = sittings.interruptedSession();
    REQUIRE(interrupted);
    CHECK_FALSE(*interrupted);
    CHECK(moving.dead.scalar(QStringLiteral("SELECT count(*) FROM results")) == 0);
    // Even asked to, it signs no record for it.
    moving.dead.recorder = std::make_unique<results::ResultRecorder>(
        *moving.dead.database, *moving.dead.audit, moving.dead.clock, *moving.dead.key, moving.dead.content);
    auto recorded = moving.dead.recorder->record(moving.deadSession);
    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().message.contains(QStringLiteral("went on at station Station 7")));
    CHECK(moving.dead.scalar(QStringLiteral("SELECT count(*) FROM results")) == 0);
    CHECK(moving.dead.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'voided'")) == 1); // module 2
    CHECK(moving.dead.scalar(
              QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.moved-away' AND detail LIKE "
                             "'to station Station 7%'"))
          == 1);
    auto unknown = transfer.movedAway(999, moving.dead.proctor(), QStringLiteral("Station 7"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("Session transfer: moved twice, the third station has every answer from both and names both",
          "[results][transfer]")
{
    Moving moving;
    installSampleBank(moving.spare);
    auto onSpare =
        session::SessionTransfer(*moving.spare.database, *moving.spare.audit, moving.spareJournal, moving.spare.clock)
            .receive(moving.snapshot(), moving.spare.proctor(), QStringLiteral("first station died"));
    REQUIRE(onSpare);
    auto second = moving.spare.engine(*onSpare);
    second->setJournal(&moving.spareJournal);
    REQUIRE(second->resume(moving.spare.proctor(), QStringLiteral("identity checked")));
    moving.spare.clock.advance(10s);
    REQUIRE(second->answer(7, 1));
    REQUIRE(second->answer(0, 0)); // a second change of the first answer, on the second station

    test::ResultStation third;
    installSampleBank(third);
    session::ReplicaJournal thirdJournal(*third.database);
    auto spareEntries = moving.spareJournal.entries(*onSpare);
    REQUIRE(spareEntries);
    auto fromSpare = session::ReplicaSnapshot::fromReplica(*spareEntries);
    REQUIRE(fromSpare);
    auto onThird = session::SessionTransfer(*third.database, *third.audit, thirdJournal, third.clock)
                       .receive(*fromSpare, third.proctor(), QStringLiteral("the spare died too"));
    REQUIRE(onThird);
    auto engine = third.engine(*onThird);
    for (int position = 0; position < engine->itemCount(); ++position) {
        INFO("position " << position);
        CHECK(engine->response(position).choice == second->response(position).choice);
        CHECK(engine->response(position).flagged == second->response(position).flagged);
        CHECK(engine->response(position).struck == second->response(position).struck);
    }
    CHECK(engine->checkpointedElapsed() == second->checkpointedElapsed());
    CHECK(fromSpare->responses.at(0).changes == 2);
    CHECK(fromSpare->responses.at(0).answeredAtMs == second->checkpointedElapsed().count());

    engine->setJournal(&thirdJournal);
    engine->setFinisher([&third](qint64 id) { return third.recorder->record(id); });
    REQUIRE(engine->resume(third.proctor(), QStringLiteral("identity checked")));
    REQUIRE(engine->submit());
    const auto results = third.results();
    REQUIRE(results.size() == 1);
    const QJsonObject record = QJsonDocument::fromJson(results[0].record).object();
    const auto origins =
        record.value(QStringLiteral("replica")).toObject().value(QStringLiteral("movedFrom")).toArray();
    REQUIRE(origins.size() == 2);
    auto first = StationSettings(*moving.dead.database).stationId();
    auto middle = StationSettings(*moving.spare.database).stationId();
    REQUIRE(first);
    REQUIRE(middle);
    CHECK(origins.at(0).toObject().value(QStringLiteral("station")).toString() == *first);
    CHECK(origins.at(1).toObject().value(QStringLiteral("station")).toString() == *middle);
    CHECK(origins.at(1).toObject().value(QStringLiteral("session")).toInteger() == *onSpare);
    CHECK(record.value(QStringLiteral("responses")).toArray().at(0).toObject().value(QStringLiteral("changes")).toInt()
          == 2);
}
