// The room console's model (core/room/roommodel): what it calls out from the statuses its stations send
// (or stop sending), each once, and the order it shows them in — on a test clock.
#include "room/roommodel.h"
#include "testsupport.h"

#include <algorithm>

using namespace exam;
using namespace exam::room;
using namespace std::chrono_literals;

namespace {

StationStatus status(const QString& name, StationPhase phase)
{
    StationStatus s;
    s.station = name;
    s.phase = phase;
    s.bootId = QStringLiteral("boot-1");
    s.startedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    s.candidateName = QStringLiteral("Ana Ruiz");
    s.module = QStringLiteral("CPT-SAF Safety");
    s.items = 88;
    s.timed = true;
    s.remainingMs = 30 * 60'000;
    return s;
}

int count(const RoomModel& model, AlertKind kind)
{
    const auto alerts = model.alerts();
    return int(std::count_if(alerts.begin(), alerts.end(), [kind](const RoomAlert& a) { return a.kind == kind; }));
}

const QByteArray PinA(32, 'a');
const QByteArray PinB(32, 'b');
const QByteArray PinC(32, 'c');

} // namespace

TEST_CASE("Room model: a silent station is offline after 5 s, said once, and back when heard", "[room]")
{
    test::TestClock clock;
    RoomModel model(clock);
    model.addStation(PinA, QStringLiteral("Station 1"));
    CHECK(model.station(PinA)->shownPhase() == StationPhase::Offline); // never heard: not switched on yet
    CHECK(model.alerts().isEmpty());

    model.statusReceived(PinA, status(QStringLiteral("Station 1"), StationPhase::Running));
    CHECK(model.station(PinA)->shownPhase() == StationPhase::Running);
    clock.advance(5s);
    model.tick();
    CHECK(model.station(PinA)->shownPhase() == StationPhase::Running); // 5 s is not yet more than 5 s
    clock.advance(1s);
    model.tick();
    CHECK(model.station(PinA)->shownPhase() == StationPhase::Offline);
    CHECK(count(model, AlertKind::Silent) == 1);
    clock.advance(10s);
    model.tick();
    CHECK(count(model, AlertKind::Silent) == 1);
    CHECK(model.alerts().first().text.contains(QStringLiteral("Station 1")));

    model.statusReceived(PinA, status(QStringLiteral("Station 1"), StationPhase::Running));
    CHECK(model.station(PinA)->shownPhase() == StationPhase::Running);
    CHECK(count(model, AlertKind::BackOnline) == 1);

    // A closed connection is offline at once.
    model.disconnected(PinA);
    CHECK(model.station(PinA)->shownPhase() == StationPhase::Offline);
    CHECK(count(model, AlertKind::Silent) == 2);
}

TEST_CASE("Room model: the alerts a station's statuses raise, each once", "[room]")
{
    test::TestClock clock;
    RoomModel model(clock);
    model.setBreakLimitMinutes(10);
    model.addStation(PinA, QStringLiteral("Station 1"));
    StationStatus s = status(QStringLiteral("Station 1"), StationPhase::Running);
    s.remainingMs = 5 * 60'000 + 1'000;
    model.statusReceived(PinA, s);
    CHECK(model.alerts().isEmpty());

    s.remainingMs = 5 * 60'000;
    model.statusReceived(PinA, s);
    s.remainingMs = 4 * 60'000;
    model.statusReceived(PinA, s);
    CHECK(count(model, AlertKind::FiveMinutesLeft) == 1);

    s.phase = StationPhase::OnBreak;
    s.currentBreakMs = 9 * 60'000;
    model.statusReceived(PinA, s);
    CHECK(count(model, AlertKind::LongBreak) == 0);
    s.currentBreakMs = 10 * 60'000 + 1'000;
    model.statusReceived(PinA, s);
    s.currentBreakMs = 11 * 60'000;
    model.statusReceived(PinA, s);
    CHECK(count(model, AlertKind::LongBreak) == 1);

    s.phase = StationPhase::StorageProblem;
    s.storageProblem = QStringLiteral("The disk is full.");
    model.statusReceived(PinA, s);
    model.statusReceived(PinA, s);
    CHECK(count(model, AlertKind::StorageProblem) == 1);

    s.pinLockouts = 1;
    model.statusReceived(PinA, s);
    model.statusReceived(PinA, s);
    CHECK(count(model, AlertKind::PinLockout) == 1);
    s.leaveRefusals = 2;
    model.statusReceived(PinA, s);
    CHECK(count(model, AlertKind::LeaveRefused) == 1);

    s.phase = StationPhase::Submitted;
    model.statusReceived(PinA, s);
    model.statusReceived(PinA, s);
    CHECK(count(model, AlertKind::ModuleEnded) == 1);

    // A restart after a crash: a new boot that found its module interrupted. The counters of the new
    // kiosk start again at 0 without an alert.
    StationStatus restarted = status(QStringLiteral("Station 1"), StationPhase::Interrupted);
    restarted.bootId = QStringLiteral("boot-2");
    restarted.recoveredFromCrash = true;
    model.statusReceived(PinA, restarted);
    model.statusReceived(PinA, restarted);
    CHECK(count(model, AlertKind::CrashRestart) == 1);
    CHECK(count(model, AlertKind::PinLockout) == 1);

    // Newest first.
    CHECK(model.alerts().first().kind == AlertKind::CrashRestart);
}

TEST_CASE("Room model: actions refused or undelivered are called out, and stations sorted by need", "[room]")
{
    test::TestClock clock;
    RoomModel model(clock);
    model.addStation(PinA, QStringLiteral("Station 1"));
    model.addStation(PinB, QStringLiteral("Station 2"));
    model.addStation(PinC, QStringLiteral("Station 3"));
    model.statusReceived(PinA, status(QStringLiteral("Station 1"), StationPhase::Ready));
    model.statusReceived(PinB, status(QStringLiteral("Station 2"), StationPhase::Running));
    model.statusReceived(PinC, status(QStringLiteral("Station 3"), StationPhase::AwaitingStart));
    QStringList order;
    for (const StationEntry& entry : model.stations())
        order.append(entry.name);
    CHECK(order == QStringList{QStringLiteral("Station 3"), QStringLiteral("Station 2"), QStringLiteral("Station 1")});

    ActionOutcome pause;
    pause.action = QStringLiteral("Pause");
    pause.proctor = QStringLiteral("maria");
    model.actionSent(PinA, pause);
    CHECK(model.station(PinA)->lastAction->state == ActionOutcome::State::Sent);
    model.actionAnswered(PinA, false, QStringLiteral("No module is open at this station."));
    CHECK(model.station(PinA)->lastAction->state == ActionOutcome::State::Refused);
    CHECK(count(model, AlertKind::ActionRefused) == 1);
    CHECK(model.alerts().first().text.contains(QStringLiteral("No module is open")));
    CHECK(model.stations().first().name == QStringLiteral("Station 1")); // a refusal needs the proctor first
    // A minute later it has been seen: the tile still tells it, the order no longer puts it first.
    clock.advance(61s);
    model.statusReceived(PinA, status(QStringLiteral("Station 1"), StationPhase::Ready));
    model.statusReceived(PinB, status(QStringLiteral("Station 2"), StationPhase::Running));
    model.statusReceived(PinC, status(QStringLiteral("Station 3"), StationPhase::AwaitingStart));
    model.tick();
    CHECK_FALSE(model.station(PinA)->actionNeedsLook);
    CHECK(model.station(PinA)->lastAction->state == ActionOutcome::State::Refused);
    CHECK(model.stations().last().name == QStringLiteral("Station 1"));

    model.actionSent(PinB, pause);
    model.actionUndelivered(PinB, QStringLiteral("the station is not connected."));
    CHECK(model.station(PinB)->lastAction->state == ActionOutcome::State::Undelivered);
    CHECK(count(model, AlertKind::ActionUndelivered) == 1);

    model.removeStation(PinB);
    CHECK(model.stations().size() == 2);
    model.statusReceived(PinB, status(QStringLiteral("Station 2"), StationPhase::Running)); // ignored
    CHECK(model.stations().size() == 2);
}

TEST_CASE("Station status: read back as written, strict about what it reads", "[room]")
{
    StationStatus s = status(QStringLiteral("Station 1"), StationPhase::OnBreak);
    s.accommodations = session::Accommodations::withTimeFactor(150);
    s.accommodations.breaks = true;
    s.accommodations.note = QStringLiteral("reader present");
    s.currentBreakMs = 61'000;
    s.answered = 12;
    s.flagged = 3;
    s.sessionId = 17;
    s.replicaBehind = 4;
    s.replicaLagMs = 3'000;
    auto read = StationStatus::fromJson(s.toJson());
    REQUIRE(read);
    CHECK(*read == s);

    QJsonObject offline = s.toJson();
    offline[QStringLiteral("phase")] = QStringLiteral("offline"); // the console's word, never a station's
    CHECK_FALSE(StationStatus::fromJson(offline));
    QJsonObject tooMany = s.toJson();
    tooMany[QStringLiteral("answered")] = 89;
    auto refused = StationStatus::fromJson(tooMany);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("answered")));
    QJsonObject missing = s.toJson();
    missing.remove(QStringLiteral("bootId"));
    CHECK_FALSE(StationStatus::fromJson(missing));
    QJsonObject newer = s.toJson();
    newer[QStringLiteral("somethingNew")] = 1; // a newer station's extra field: still shown
    CHECK(StationStatus::fromJson(newer));
}

TEST_CASE("Room model: a station whose replica falls more than 2 s behind is called out once, and watched",
          "[room][replica]")
{
    test::TestClock clock;
    RoomModel model(clock);
    model.addStation(PinA, QStringLiteral("Station 1"));
    model.addStation(PinB, QStringLiteral("Station 2"));
    StationStatus a = status(QStringLiteral("Station 1"), StationPhase::Running);
    a.replicaBehind = 3;
    a.replicaLagMs = 2'000; // at the limit: not yet
    model.statusReceived(PinA, a);
    model.statusReceived(PinB, status(QStringLiteral("Station 2"), StationPhase::Running));
    CHECK(count(model, AlertKind::ReplicaBehind) == 0);
    CHECK(RoomModel::needRank(*model.station(PinA)) == RoomModel::needRank(*model.station(PinB)));

    a.replicaLagMs = 3'000;
    model.statusReceived(PinA, a);
    a.replicaLagMs = 4'000; // still behind: not said again
    model.statusReceived(PinA, a);
    REQUIRE(count(model, AlertKind::ReplicaBehind) == 1);
    CHECK(model.alerts().first().text
          == QStringLiteral("Station 1: the console's copy of its answers is 3 s behind. Check the room's network."));
    CHECK(RoomModel::needRank(*model.station(PinA)) < RoomModel::needRank(*model.station(PinB)));
    CHECK(model.stations().first().pin == PinA);

    a.replicaBehind = 0;
    a.replicaLagMs = 0; // caught up; a later fall behind is said again
    model.statusReceived(PinA, a);
    a.replicaLagMs = 5'000;
    model.statusReceived(PinA, a);
    CHECK(count(model, AlertKind::ReplicaBehind) == 2);
}
