#include "sessionfixture.h"

#include <QSignalSpy>

using namespace exam;
using namespace exam::session;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<SessionEngine> started(test::SessionFixture& station, qint64 sessionId)
{
    auto engine = station.engine(sessionId);
    REQUIRE(engine->candidateReady());
    REQUIRE(engine->start(station.proctor()));
    return engine;
}

} // namespace

TEST_CASE("Session: from set-up to submit, every step saved", "[session][engine]")
{
    test::SessionFixture station;
    const qint64 id = station.newSession();
    auto engine = station.engine(id);
    CHECK(engine->state() == SessionState::Created);
    CHECK(engine->itemCount() == station.content.module.formLength);
    CHECK(engine->answer(0, 1).error().code == ErrorCode::NotAllowed); // not started
    REQUIRE(engine->candidateReady());
    CHECK(engine->state() == SessionState::AwaitingProctor);
    REQUIRE(engine->start(station.proctor()));
    CHECK(engine->state() == SessionState::InProgress);

    // Options A-C only: the form is random and some sample items have three options.
    REQUIRE(engine->answer(0, 2));
    REQUIRE(engine->answer(3, 0));
    REQUIRE(engine->answer(3, 1)); // a change
    REQUIRE(engine->setFlag(3, true));
    REQUIRE(engine->moveTo(5));
    REQUIRE(engine->answer(6, 2));
    REQUIRE(engine->clearAnswer(6));
    CHECK(engine->answer(0, 9).error().code == ErrorCode::InvalidArgument);
    CHECK(engine->answer(99, 0).error().code == ErrorCode::InvalidArgument);
    CHECK(engine->answeredCount() == 2);
    CHECK(station.scalar(QStringLiteral("SELECT changes FROM responses WHERE position = 3")) == 1);

    // What the database holds is exactly what the engine confirmed.
    auto reread = station.engine(id);
    CHECK(reread->response(0).choice == 2);
    CHECK(reread->response(3).choice == 1);
    CHECK(reread->response(3).flagged);
    CHECK_FALSE(reread->response(6).choice.has_value());
    CHECK(reread->currentPosition() == 6);
    for (int i = 0; i < engine->itemCount(); ++i)
        CHECK(reread->formItem(i) == engine->formItem(i));

    REQUIRE(engine->submit());
    CHECK(engine->state() == SessionState::Submitted);
    CHECK(engine->answer(1, 1).error().code == ErrorCode::NotAllowed);
    CHECK_FALSE(station.audit->firstBrokenLink()->has_value());
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'item.changed'")) == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.submitted'")) == 1);
}

TEST_CASE("Session time: limit x factor + extensions - active time, pauses and wall clock do not count",
          "[session][engine]")
{
    test::SessionFixture station;
    auto engine = started(station, station.newSession());
    CHECK(engine->remaining() == 30min); // the sample module's limit

    station.clock.advance(10min);
    CHECK(engine->remaining() == 20min);
    REQUIRE(engine->pause(station.proctor()));
    station.clock.advance(60min);
    CHECK(engine->remaining() == 20min);
    CHECK(engine->answer(0, 0).error().code == ErrorCode::NotAllowed); // paused
    REQUIRE(engine->resume(station.proctor()));
    station.clock.advance(5min);
    CHECK(engine->remaining() == 15min);

    // The wall clock jumps an hour either way: nothing changes.
    station.clock.setWallClock(station.clock.utcNow().addSecs(3600));
    CHECK(engine->remaining() == 15min);
    station.clock.setWallClock(station.clock.utcNow().addSecs(-7200));
    CHECK(engine->remaining() == 15min);

    REQUIRE(engine->extend(station.proctor(), 10));
    CHECK(engine->remaining() == 25min);
    CHECK(engine->extend(station.proctor(), 0).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("Session time: accommodations and untimed sessions", "[session][engine]")
{
    test::SessionFixture station;
    auto longer = started(station, station.newSession(Accommodations::withTimeFactor(150)));
    CHECK(longer->remaining() == 45min);
    auto untimed = started(station, station.newSession(Accommodations::withTimeFactor(0)));
    CHECK_FALSE(untimed->timed());
    station.clock.advance(10h);
    REQUIRE(untimed->tick());
    CHECK(untimed->state() == SessionState::InProgress);
    CHECK(untimed->extend(station.proctor(), 5).error().code == ErrorCode::NotAllowed);
    session::Sittings sittings(*station.database, *station.audit, station.clock);
    CHECK(sittings
              .create(station.proctor(), QStringLiteral("C-2"), QStringLiteral("X"),
                      {{station.content.bankId, QByteArray(32, 'h'), &station.content}},
                      Accommodations::withTimeFactor(175))
              .error()
              .code
          == ErrorCode::InvalidArgument);
}

TEST_CASE("Sittings: accommodations besides time are stored with the sitting, read back, and bad ones refused",
          "[session][sittings]")
{
    test::SessionFixture station;
    session::Sittings sittings(*station.database, *station.audit, station.clock);
    Accommodations wanted;
    wanted.timeFactorPercent = 150;
    wanted.readAloud = true;
    wanted.textSizePercent = 250;
    wanted.colourScheme = QStringLiteral("yellow-on-black");
    wanted.language = QStringLiteral("es");
    wanted.breaks = true;
    wanted.note = QStringLiteral("Reader present, separate room");
    CHECK(wanted.any());
    CHECK_FALSE(Accommodations{}.any());
    const qint64 sessionId = station.newSession(wanted, 2);
    auto place = sittings.place(sessionId);
    REQUIRE(place);
    auto stored = sittings.accommodations(place->sittingId);
    REQUIRE(stored);
    CHECK(*stored == wanted);
    // The audit log says what was set up, for every module.
    CHECK(station.scalar(QStringLiteral(
              "SELECT count(*) FROM audit_events WHERE kind = 'session.created' AND detail "
              "LIKE '%read-aloud on, text size 250 %, colours yellow-on-black, language es, breaks on%'"))
          == 2);
    // A sitting from before the accommodations were stored reads as the standard display.
    CHECK(Sittings::accommodationsFrom("{}", 100) == Accommodations{});
    CHECK(Sittings::accommodationsFrom("not json", 125).timeFactorPercent == 125);
    const Accommodations odd = Sittings::accommodationsFrom(R"({"textSizePercent": 900, "colourScheme": "pink"})", 100);
    CHECK(odd.textSizePercent == 300);
    CHECK(odd.colourScheme == QStringLiteral("standard"));
    CHECK(Sittings::accommodationsFrom(R"({"language": "fr"})", 100).language.isEmpty());
    CHECK(sittings.accommodations(9999).error().code == ErrorCode::NotFound);

    const auto refused = [&](Accommodations bad) {
        auto sitting = sittings.create(station.proctor(), QStringLiteral("C-3"), QStringLiteral("Y"),
                                       {{station.content.bankId, QByteArray(32, 'h'), &station.content}}, bad);
        REQUIRE_FALSE(sitting);
        CHECK(sitting.error().code == ErrorCode::InvalidArgument);
        return sitting.error().message;
    };
    Accommodations small;
    small.textSizePercent = 90;
    CHECK(refused(small).contains(QStringLiteral("100 %")));
    Accommodations pink;
    pink.colourScheme = QStringLiteral("pink");
    CHECK(refused(pink).contains(QStringLiteral("pink")));
    Accommodations french;
    french.language = QStringLiteral("fr");
    CHECK(refused(french).contains(QStringLiteral("fr")));
    Accommodations wordy;
    wordy.note = QString(Accommodations::NoteLimit + 1, u'x');
    CHECK(refused(wordy).contains(QString::number(Accommodations::NoteLimit)));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sittings WHERE candidate_id = 'C-3'")) == 0);
}

TEST_CASE("Sittings: the candidate's own display is kept with the sitting, and only a real one", "[session][sittings]")
{
    test::SessionFixture station;
    session::Sittings sittings(*station.database, *station.audit, station.clock);
    const qint64 sessionId = station.newSession();
    auto place = sittings.place(sessionId);
    REQUIRE(place);
    const qint64 sitting = place->sittingId;
    CHECK(sittings.candidateDisplay(sitting).value() == std::nullopt); // nothing changed yet
    const session::Sittings::Display chosen{QStringLiteral("white-on-black"), 175, true, -2};
    REQUIRE(sittings.setCandidateDisplay(sitting, chosen));
    CHECK(sittings.candidateDisplay(sitting).value() == chosen);
    station.restart();
    session::Sittings again(*station.database, *station.audit, station.clock);
    CHECK(again.candidateDisplay(sitting).value() == chosen);
    CHECK(again.setCandidateDisplay(sitting, {QStringLiteral("purple"), 150, false, 0}).error().code
          == ErrorCode::InvalidArgument);
    CHECK(again.setCandidateDisplay(sitting, {QStringLiteral("standard"), 400, false, 0}).error().code
          == ErrorCode::InvalidArgument);
    CHECK(again.setCandidateDisplay(sitting, {QStringLiteral("standard"), 100, false, 3}).error().code
          == ErrorCode::InvalidArgument);
    CHECK(again.candidateDisplay(sitting).value() == chosen); // a refused one changes nothing
    // What is stored but not a display (damaged, or from another build) reads as nothing chosen.
    auto damage =
        station.database->prepare(QStringLiteral("UPDATE sittings SET candidate_display = '{\"colourScheme\": 7}'"));
    REQUIRE(damage);
    REQUIRE(damage->run());
    CHECK(again.candidateDisplay(sitting).value() == std::nullopt);
}

TEST_CASE("Sittings: what opening a session needs is read at once, the same as each part alone", "[session][sittings]")
{
    test::SessionFixture station;
    session::Sittings sittings(*station.database, *station.audit, station.clock);
    Accommodations accommodations = Accommodations::withTimeFactor(150);
    accommodations.readAloud = true;
    accommodations.colourScheme = QStringLiteral("yellow-on-black");
    accommodations.textSizePercent = 200;
    accommodations.language = QStringLiteral("es");
    const qint64 first = station.newSession(accommodations, 2);
    auto opening = sittings.opening(first);
    REQUIRE(opening);
    const qint64 sitting = opening->place.sittingId;
    CHECK(opening->place.candidateId == QStringLiteral("C-1001"));
    CHECK(opening->place.candidateName == QStringLiteral("Casey Candidate"));
    CHECK(opening->place.position == 0);
    CHECK(opening->place.moduleCount == 2);
    CHECK(opening->place.nextBankId == station.content.bankId);
    CHECK(opening->accommodations == *sittings.accommodations(sitting));
    CHECK(opening->accommodations.timeFactorPercent == 150);
    CHECK(opening->accommodations.language == QStringLiteral("es"));
    CHECK_FALSE(opening->candidateDisplay); // the candidate changed nothing yet
    const session::Sittings::Display chosen{QStringLiteral("black-on-white"), 125, true, 1};
    REQUIRE(sittings.setCandidateDisplay(sitting, chosen));
    auto second = sittings.sessions(sitting);
    REQUIRE(second);
    auto later = sittings.opening(second->at(1));
    REQUIRE(later);
    CHECK(later->place.position == 1);
    CHECK_FALSE(later->place.nextBankId);
    CHECK(later->candidateDisplay == chosen);
    CHECK(later->accommodations == opening->accommodations);
    auto missing = sittings.opening(99'999);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    station.database->failAfter(0);
    CHECK_FALSE(sittings.opening(first));
    station.database->failAfter(-1);
}

TEST_CASE("Session breaks: the candidate's break stops the clock, hides nothing saved, and is counted",
          "[session][engine]")
{
    test::SessionFixture station;
    Accommodations withBreaks;
    withBreaks.breaks = true;
    const qint64 id = station.newSession(withBreaks);
    {
        auto engine = started(station, id);
        CHECK(engine->breaksAllowed());
        REQUIRE(engine->answer(1, 2));
        station.clock.advance(10min);
        QSignalSpy changes(engine.get(), &SessionEngine::changed);
        REQUIRE(engine->startBreak());
        CHECK(changes.count() == 1);
        CHECK(engine->state() == SessionState::OnBreak);
        CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'on-break'")) == 1);

        // The clock stands still; the break's own time runs and is checkpointed for the record.
        station.clock.advance(7min);
        REQUIRE(engine->tick());
        CHECK(engine->remaining() == 20min);
        CHECK(engine->currentBreak() == 7min);
        CHECK(station.scalar(QStringLiteral("SELECT break_ms FROM sessions WHERE id = %1").arg(id)) == 7 * 60'000);
        // Nothing but going back is possible on a break; a proctor's pause is pointless and says so.
        CHECK(engine->answer(0, 0).error().code == ErrorCode::NotAllowed);
        CHECK(engine->moveTo(3).error().message.contains(QStringLiteral("break")));
        CHECK(engine->submit().error().code == ErrorCode::NotAllowed);
        CHECK(engine->startBreak().error().code == ErrorCode::NotAllowed);
        CHECK(engine->pause(station.proctor()).error().message.contains(QStringLiteral("break")));
        // Extending during a break keeps the break's time.
        station.clock.advance(1min);
        REQUIRE(engine->extend(station.proctor(), 5));
        CHECK(engine->remaining() == 25min);
        station.clock.advance(1min);

        REQUIRE(engine->endBreak());
        CHECK(engine->state() == SessionState::InProgress);
        CHECK(engine->breaksTaken() == 1);
        CHECK(engine->breakTime() == 9min);
        CHECK(engine->currentBreak() == 0min);
        CHECK(engine->endBreak().error().code == ErrorCode::NotAllowed);
        station.clock.advance(5min);
        CHECK(engine->remaining() == 20min);
        CHECK(engine->response(1).choice == 2);

        // Storage fails under a tick and under the candidate's "back": nothing of the break is lost or
        // counted twice, and the next try goes back.
        REQUIRE(engine->startBreak());
        station.clock.advance(10s);
        station.database->failAfter(0);
        CHECK_FALSE(engine->tick());
        station.database->failAfter(0);
        CHECK_FALSE(engine->endBreak());
        station.database->failAfter(-1);
        CHECK(engine->state() == SessionState::OnBreak);
        station.clock.advance(7s);
        REQUIRE(engine->endBreak());
        CHECK(engine->breaksTaken() == 2);
        CHECK(engine->breakTime() == 9min + 17s);
        CHECK(engine->remaining() == 20min);

        // A proctor's resume ends a break too, in the proctor's name.
        REQUIRE(engine->startBreak());
        station.clock.advance(2min);
        REQUIRE(engine->resume(station.proctor()));
        CHECK(engine->breaksTaken() == 3);
        CHECK(engine->breakTime() == 11min + 17s);
        CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.break-ended' AND "
                                            "actor = 'proctor:alice'"))
              == 1);

        // Power goes during a third break: the next start finds it interrupted, for a proctor.
        REQUIRE(engine->startBreak());
        station.clock.advance(3s);
        REQUIRE(engine->tick());
    }
    station.restart();
    station.clock.advance(30min);
    auto engine = station.engine(id);
    CHECK(engine->interrupted());
    CHECK(engine->state() == SessionState::OnBreak);
    CHECK(engine->remaining() == 20min);
    CHECK(engine->endBreak().error().message.contains(QStringLiteral("proctor")));
    session::Sittings sittings(*station.database, *station.audit, station.clock);
    auto interrupted = sittings.interruptedSession();
    REQUIRE(interrupted);
    CHECK(interrupted->value_or(0) == id);
    REQUIRE(engine->resume(station.proctor()));
    CHECK(engine->state() == SessionState::InProgress);
    CHECK(engine->breaksTaken() == 4);
    CHECK(engine->breakTime() == 11min + 17s); // the time of a break cut off by a crash is what was checkpointed
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.break-started' AND "
                                        "actor = 'candidate'"))
          == 4);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.break-ended' AND "
                                        "actor = 'candidate' AND detail = 'break of 540 s'"))
          == 1);
    // Every break that started ended in the log, the one cut off by the crash too.
    CHECK(station.scalar(
              QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.resumed-after-interruption' "
                             "AND detail LIKE 'break of 0 s; the break was cut off by the interruption; %'"))
          == 1);
    CHECK_FALSE(station.audit->firstBrokenLink()->has_value());

    // Without the accommodation there are no breaks: a proctor's pause is the way.
    auto standard = started(station, station.newSession());
    CHECK_FALSE(standard->breaksAllowed());
    auto refused = standard->startBreak();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    CHECK(refused.error().message.contains(QStringLiteral("proctor")));
    CHECK(standard->state() == SessionState::InProgress);
}

TEST_CASE("Session time: warnings at 15, 5 and 1 minutes, then an automatic submit", "[session][engine]")
{
    test::SessionFixture station;
    auto engine = started(station, station.newSession());
    QSignalSpy warnings(engine.get(), &SessionEngine::timeWarning);
    QSignalSpy timedOut(engine.get(), &SessionEngine::timedOut);
    REQUIRE(engine->answer(0, 1));

    for (int second = 0; second < 30 * 60 + 5; ++second) {
        station.clock.advance(1s);
        REQUIRE(engine->tick());
    }
    REQUIRE(warnings.size() == 3);
    CHECK(warnings[0].at(0).toInt() == 15);
    CHECK(warnings[1].at(0).toInt() == 5);
    CHECK(warnings[2].at(0).toInt() == 1);
    CHECK(timedOut.size() == 1);
    CHECK(engine->state() == SessionState::TimedOut);
    CHECK(engine->elapsed() == 30min); // recorded as the time allowed
    CHECK(engine->answer(1, 1).error().code == ErrorCode::NotAllowed);
    auto reread = station.engine(engine->sessionId());
    CHECK(reread->state() == SessionState::TimedOut);
    CHECK(reread->response(0).choice == 1);
    // Checkpoints are frequent but not audit events.
    CHECK(station.scalar(
              QStringLiteral("SELECT count(*) FROM audit_events WHERE subject = 'session:%1'").arg(engine->sessionId()))
          < 10);
}

TEST_CASE("Session crash: the next start finds it interrupted, a proctor resumes it as it was", "[session][engine]")
{
    test::SessionFixture station;
    const qint64 id = station.newSession();
    Form form;
    {
        auto engine = started(station, id);
        REQUIRE(engine->answer(2, 2));
        REQUIRE(engine->setFlag(4, true));
        station.clock.advance(7min);
        REQUIRE(engine->moveTo(5)); // checkpoint: 7 min used
        station.clock.advance(3s);  // not yet checkpointed when the power goes
        for (int i = 0; i < engine->itemCount(); ++i)
            form.items.append(engine->formItem(i));
    } // power cut: nothing more is written
    station.restart();
    station.clock.advance(20min); // the station is off for a while; this is not charged

    session::Sittings sittings(*station.database, *station.audit, station.clock);
    auto interrupted = sittings.interruptedSession();
    REQUIRE(interrupted);
    REQUIRE(interrupted->value_or(0) == id);
    auto engine = station.engine(id);
    CHECK(engine->interrupted());
    CHECK(engine->remaining() == 23min);
    CHECK(engine->answer(0, 0).error().code == ErrorCode::NotAllowed);
    station.clock.advance(1min);
    CHECK(engine->remaining() == 23min); // standing still until a proctor resumes

    REQUIRE(engine->resume(station.proctor()));
    CHECK_FALSE(engine->interrupted());
    CHECK(engine->currentPosition() == 5);
    CHECK(engine->response(2).choice == 2);
    CHECK(engine->response(4).flagged);
    for (int i = 0; i < engine->itemCount(); ++i)
        CHECK(engine->formItem(i) == form.items[i]);
    station.clock.advance(2min);
    CHECK(engine->remaining() == 21min);
    CHECK(station.scalar(
              QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.resumed-after-interruption'"))
          == 1);
}

TEST_CASE("Session eliminator: struck options are saved, survive a crash, and come back when chosen",
          "[session][engine]")
{
    test::SessionFixture station;
    const qint64 id = station.newSession();
    {
        auto engine = started(station, id);
        // Options A to C only: every item has at least three, and the form is drawn at random.
        REQUIRE(engine->setStruck(1, 0, true));
        REQUIRE(engine->setStruck(1, 2, true));
        REQUIRE(engine->setStruck(2, 1, true));
        CHECK(engine->response(1).isStruck(0));
        CHECK(engine->response(1).isStruck(2));
        CHECK_FALSE(engine->response(1).isStruck(1));
        CHECK(engine->response(1).struck == 0b101);
        REQUIRE(engine->setStruck(1, 2, false)); // struck back in
        CHECK(engine->response(1).struck == 0b001);
        REQUIRE(engine->answer(2, 1)); // choosing a struck option brings it back
        CHECK(engine->response(2).struck == 0);
        CHECK(engine->setStruck(1, 7, true).error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(engine->response(2).choice == std::nullopt);
        REQUIRE(engine->pause(station.proctor(), QStringLiteral("fire drill")));
        CHECK(engine->setStruck(1, 2, true).error().code == ErrorCode::NotAllowed); // not while paused
        REQUIRE(engine->resume(station.proctor()));
    } // the kiosk is killed
    station.restart();
    auto engine = station.engine(id);
    CHECK(engine->response(1).struck == 0b001);
    CHECK(engine->response(2).struck == 0);
    CHECK(engine->response(2).choice == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'option.struck'")) == 3);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'option.restored'")) == 1);
}

TEST_CASE("Session: proctor actions need a reason where it matters, and end the session for good", "[session][engine]")
{
    test::SessionFixture station;
    auto engine = started(station, station.newSession());
    CHECK(engine->start(station.proctor()).error().code == ErrorCode::NotAllowed);
    CHECK(engine->resume(station.proctor()).error().code == ErrorCode::NotAllowed);
    CHECK(engine->voidSession(station.proctor(), QStringLiteral("  ")).error().code == ErrorCode::InvalidArgument);
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("candidate used a phone")));
    CHECK(engine->state() == SessionState::Voided);
    CHECK(engine->answer(0, 0).error().code == ErrorCode::NotAllowed);
    CHECK(engine->pause(station.proctor()).error().code == ErrorCode::NotAllowed);
    CHECK(engine->extend(station.proctor(), 5).error().code == ErrorCode::NotAllowed);
    auto entries = station.audit->entries();
    REQUIRE(entries);
    const auto voided = std::find_if(entries->cbegin(), entries->cend(), [](const AuditLog::Entry& e) {
        return e.kind == QStringLiteral("session.voided");
    });
    REQUIRE(voided != entries->cend());
    CHECK(voided->actor == QStringLiteral("proctor:alice"));
    CHECK(voided->detail == QStringLiteral("candidate used a phone"));
    CHECK(voided->subject == QStringLiteral("session:%1").arg(engine->sessionId()));
}

TEST_CASE("Session: a sitting runs its modules in order, with breaks between them", "[session][engine]")
{
    test::SessionFixture station;
    session::Sittings sittings(*station.database, *station.audit, station.clock);
    const qint64 first = station.newSession({}, 3);
    const qint64 sitting = station.scalar(QStringLiteral("SELECT sitting_id FROM sessions WHERE id = %1").arg(first));
    CHECK(sittings.nextSession(sitting)->value_or(0) == first);
    REQUIRE(started(station, first)->submit());
    station.clock.advance(10min); // a break
    auto second = sittings.nextSession(sitting);
    REQUIRE(second);
    CHECK(second->value_or(0) == first + 1);
    CHECK(station.engine(first + 1)->remaining() == 30min); // the break costs nothing
    REQUIRE(sittings.close(sitting, station.proctor(), QStringLiteral("candidate felt unwell")));
    CHECK_FALSE(sittings.nextSession(sitting)->has_value());
    CHECK(station.engine(first + 2)->state() == SessionState::Voided);
}

TEST_CASE("Session storage failure: the action is not confirmed, nothing saved is lost, work continues",
          "[session][engine]")
{
    test::SessionFixture station;
    auto engine = started(station, station.newSession());
    QSignalSpy problems(engine.get(), &SessionEngine::storageProblemChanged);
    REQUIRE(engine->answer(0, 1));

    station.database->failAfter(0);
    auto failed = engine->answer(0, 2);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("call the proctor")));
    CHECK(engine->storageProblem());
    CHECK(engine->response(0).choice == 1); // the screen still shows what is saved
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].at(0).toBool());

    station.database->failAfter(-1);
    REQUIRE(engine->answer(0, 2));
    CHECK_FALSE(engine->storageProblem());
    CHECK(problems.size() == 2);
    CHECK(station.engine(engine->sessionId())->response(0).choice == 2);
}

TEST_CASE("Session fault injection: any failing database operation is never a false confirmation",
          "[session][engine][faults]")
{
    // A scripted session; before each run, operation i of the script fails once. Every action that was
    // confirmed must be in the database afterwards, every refused one must not, and the run goes on.
    struct Step
    {
        int position;
        int option; // -1: flag, -2: move
    };
    const QList<Step> script{{0, 1}, {1, 2}, {1, 3}, {2, -1}, {3, -2}, {3, 0}, {4, 2}, {2, 1}, {5, -1}, {6, 3}};
    for (int failAt = 0; failAt < 40; ++failAt) {
        INFO("failing operation " << failAt);
        test::SessionFixture station;
        auto engine = started(station, station.newSession());
        QMap<int, int> confirmedChoices;
        QSet<int> confirmedFlags;
        station.database->failAfter(failAt);
        for (const Step& step : script) {
            station.clock.advance(2s);
            // Some items have three options: stay within the item's options.
            const int option =
                step.option >= 0 ? step.option % int(engine->formItem(step.position).optionOrder.size()) : step.option;
            Result<void> result = option == -1   ? engine->setFlag(step.position, true)
                                  : option == -2 ? engine->moveTo(step.position)
                                                 : engine->answer(step.position, option);
            if (result) {
                if (option >= 0)
                    confirmedChoices[step.position] = option;
                if (step.option == -1)
                    confirmedFlags.insert(step.position);
            } else {
                INFO(result.error().message.toStdString());
                CHECK(engine->storageProblem());
            }
        }
        station.database->failAfter(-1);
        auto reread = station.engine(engine->sessionId());
        for (int position = 0; position < reread->itemCount(); ++position) {
            INFO("position " << position);
            CHECK(reread->response(position).choice
                  == (confirmedChoices.contains(position) ? std::optional<int>(confirmedChoices[position])
                                                          : std::nullopt));
            CHECK(reread->response(position).flagged == confirmedFlags.contains(position));
            CHECK(engine->response(position).choice == reread->response(position).choice);
        }
        CHECK_FALSE(station.audit->firstBrokenLink()->has_value());
        auto integrity = station.database->prepare(QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(integrity);
        REQUIRE(*integrity->step());
        CHECK(integrity->text(0) == QStringLiteral("ok"));
    }
}

TEST_CASE("Session engine: listeners of changed() already see the new answer and flag", "[session]")
{
    test::SessionFixture station;
    auto engine = station.engine(station.newSession());
    REQUIRE(engine->start(station.proctor()));
    std::optional<int> seenChoice;
    bool seenFlag = false;
    QObject::connect(engine.get(), &session::SessionEngine::changed, [&] {
        seenChoice = engine->response(0).choice;
        seenFlag = engine->response(0).flagged;
    });
    REQUIRE(engine->answer(0, 2));
    CHECK(seenChoice == 2);
    REQUIRE(engine->setFlag(0, true));
    CHECK(seenFlag);
    REQUIRE(engine->clearAnswer(0));
    CHECK_FALSE(seenChoice.has_value());

    // After a crash, a listener of the resume sees the session running again, no longer interrupted.
    const qint64 id = engine->sessionId();
    engine.reset();
    station.restart();
    auto resumed = station.engine(id);
    REQUIRE(resumed->interrupted());
    bool seenInterrupted = true;
    QObject::connect(resumed.get(), &session::SessionEngine::changed,
                     [&] { seenInterrupted = resumed->interrupted(); });
    REQUIRE(resumed->resume(station.proctor()));
    CHECK_FALSE(seenInterrupted);
}

TEST_CASE("Session: while the items are hidden from the candidate the clock stands still, and nothing is written",
          "[session][engine]")
{
    test::SessionFixture station;
    auto engine = started(station, station.newSession());
    const qint64 limitMs = engine->remaining().count();
    station.clock.advance(std::chrono::seconds(10));
    engine->holdClock();
    engine->holdClock(); // twice is once
    CHECK(engine->clockHeld());
    const qint64 writes = station.scalar(QStringLiteral("SELECT count(*) FROM audit_events"));
    station.clock.advance(std::chrono::seconds(22)); // a proctor's 22-second sign-in
    REQUIRE(engine->tick());
    CHECK(engine->elapsed() == std::chrono::seconds(10));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events")) == writes);
    // A proctor's action meanwhile commits the time as it stood, and the hold goes on.
    REQUIRE(engine->extend(station.proctor(), 5));
    station.clock.advance(std::chrono::seconds(8));
    CHECK(engine->elapsed() == std::chrono::seconds(10));
    engine->releaseClock();
    CHECK_FALSE(engine->clockHeld());
    station.clock.advance(std::chrono::seconds(5));
    CHECK(engine->elapsed() == std::chrono::seconds(15));
    CHECK(engine->remaining().count() == limitMs + 5 * 60'000 - 15'000);
    // No time runs out while held, however long.
    engine->holdClock();
    station.clock.advance(std::chrono::hours(5));
    REQUIRE(engine->tick());
    CHECK(engine->state() == SessionState::InProgress);
    engine->releaseClock();
    CHECK(engine->elapsed() == std::chrono::seconds(15));
    // A checkpoint after it counts only the time the candidate had the items.
    station.clock.advance(std::chrono::seconds(5));
    REQUIRE(engine->tick());
    CHECK(engine->checkpointedElapsed() == std::chrono::seconds(20));
    // A hold released as charged (nobody signed in) counts after all.
    engine->holdClock();
    station.clock.advance(std::chrono::seconds(30));
    CHECK(engine->elapsed() == std::chrono::seconds(20));
    engine->releaseClock(true);
    CHECK(engine->elapsed() == std::chrono::seconds(50));
}
