// The room console's screen (ui/room): tiles in the order of need, their words for screen readers,
// selection by mouse and keyboard, the action bar, the confirmation dialogs, alerts and the layout at
// large text; and, with EXAM_ROOM_SHOTS set, screenshots of a busy room for people to look at.
#include "alertpanel.h"
#include "announcer.h"
#include "largebutton.h"
#include "pairingrequestdialog.h"
#include "roomactiondialog.h"
#include "roomview.h"
#include "stationgrid.h"
#include "stationtile.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAccessible>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>

using namespace exam;
using namespace exam::ui;
using room::ActionKind;
using room::StationPhase;
using namespace std::chrono_literals;

namespace {

QByteArray pinOf(int number)
{
    return QByteArray(32, char(number));
}

room::StationStatus status(const QString& station, StationPhase phase, qint64 remainingMs = 30 * 60'000)
{
    room::StationStatus s;
    s.station = station;
    s.phase = phase;
    s.bootId = QStringLiteral("boot-") + station;
    if (phase == StationPhase::Ready)
        return s;
    s.candidateId = QStringLiteral("C-10") + station.right(2);
    s.candidateName = QStringLiteral("Candidate ") + station.right(2);
    s.module = QStringLiteral("CPT-SAF Safety");
    s.moduleNumber = 1;
    s.moduleCount = 2;
    s.items = 40;
    s.answered = 12;
    s.flagged = 3;
    s.timed = true;
    s.remainingMs = remainingMs;
    return s;
}

// A room with a test clock: stations paired and heard from as the console's server would report them.
struct Room
{
    test::TestClock clock;
    room::RoomModel model{clock};

    void add(int number, const room::StationStatus& s)
    {
        model.addStation(pinOf(number), s.station);
        model.statusReceived(pinOf(number), s);
    }
};

// Eight stations, one per phase, named so that the order by name is not the order of need.
void fillEight(Room& room)
{
    room.add(1, status(QStringLiteral("Station 01"), StationPhase::Ready));
    room.add(2, status(QStringLiteral("Station 02"), StationPhase::Running, (23 * 60 + 15) * 1000));
    room.add(3, status(QStringLiteral("Station 03"), StationPhase::Submitted));
    room.add(4, status(QStringLiteral("Station 04"), StationPhase::AwaitingStart));
    room.add(5, status(QStringLiteral("Station 05"), StationPhase::Paused));
    room.add(6, status(QStringLiteral("Station 06"), StationPhase::StorageProblem));
    room.add(7, status(QStringLiteral("Station 07"), StationPhase::Practice));
    room::StationStatus crashed = status(QStringLiteral("Station 08"), StationPhase::Interrupted);
    crashed.recoveredFromCrash = true;
    room.add(8, crashed);
}

QStringList shownNames(const RoomView& view)
{
    QStringList names;
    for (const StationTile* tile : view.grid()->tiles())
        names << tile->entry().name;
    return names;
}

QMap<ActionKind, bool> enabledActions(const RoomView& view)
{
    QMap<ActionKind, bool> enabled;
    for (ActionKind kind : {ActionKind::Start, ActionKind::Pause, ActionKind::Resume, ActionKind::Extend,
                            ActionKind::Void, ActionKind::EndSitting, ActionKind::Message})
        enabled[kind] = view.actionButton(kind)->isEnabled();
    return enabled;
}

void select(RoomView& view, std::initializer_list<int> numbers)
{
    view.grid()->clearSelection();
    for (int number : numbers)
        view.grid()->tile(pinOf(number))->setSelected(true);
}

// What RoomView emitted, kept by a lambda (no metatype registration needed).
struct Requested
{
    int count = 0;
    room::RoomAction action;
    QList<QByteArray> pins;

    void watch(RoomView& view)
    {
        QObject::connect(&view, &RoomView::actionRequested, &view,
                         [this](const room::RoomAction& a, const QList<QByteArray>& p) {
                             ++count;
                             action = a;
                             pins = p;
                         });
    }
};

RoomActionDialog* openDialog(RoomView& view, ActionKind kind)
{
    view.actionButton(kind)->click();
    test::settle();
    auto* dialog = view.findChild<RoomActionDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->kind() == kind);
    return dialog;
}

} // namespace

TEST_CASE("Room view: tiles in the order of need, with the state, counts and time in words", "[ui][room]")
{
    test::AppearanceFor look(100);
    Room room;
    fillEight(room);
    RoomView view(room.model, QStringLiteral("Hall B"));
    view.resize(1366, 768);
    view.show();
    test::settle();

    QStringList expected;
    for (const room::StationEntry& entry : room.model.stations())
        expected << entry.name;
    CHECK(shownNames(view) == expected);
    // Not just the model's order: the crash and the full disk first, the waiting start next, the
    // station without a candidate last.
    CHECK(shownNames(view)
          == QStringList({QStringLiteral("Station 06"), QStringLiteral("Station 08"), QStringLiteral("Station 04"),
                          QStringLiteral("Station 05"), QStringLiteral("Station 03"), QStringLiteral("Station 02"),
                          QStringLiteral("Station 07"), QStringLiteral("Station 01")}));
    const QList<StationTile*> tiles = view.grid()->tiles();
    for (int i = 0; i < tiles.size(); ++i) {
        INFO(tiles[i]->entry().name.toStdString());
        CHECK(tiles[i]->needsProctor() == (i < 3));
        auto* need = tiles[i]->findChild<QLabel*>(QStringLiteral("tileNeed"));
        CHECK(need->isVisible() == (i < 4)); // "Needs you" three times, "Watch" for the pause
    }
    CHECK(tiles[0]->findChild<QLabel*>(QStringLiteral("tileNeed"))->text() == QStringLiteral("NEEDS YOU"));
    CHECK(tiles[0]->accessibleName() == QStringLiteral("Station 06: Needs you. Cannot save."));

    // A running station says its state, counts and time, to the eye and to a screen reader.
    StationTile* running = view.grid()->tile(pinOf(2));
    QAccessibleInterface* spoken = QAccessible::queryAccessibleInterface(running);
    REQUIRE(spoken);
    CHECK(spoken->role() == QAccessible::CheckBox);
    CHECK(spoken->text(QAccessible::Name) == QStringLiteral("Station 02: Running."));
    const QString description = spoken->text(QAccessible::Description);
    CHECK(description.contains(QStringLiteral("12 of 40 answered, 3 flagged")));
    CHECK(description.contains(QStringLiteral("23:15 left")));
    CHECK(description.contains(QStringLiteral("CPT-SAF Safety · module 1 of 2")));
    CHECK(description.contains(QStringLiteral("Heard 0 s ago")));
    CHECK(running->findChild<QLabel*>(QStringLiteral("tileTime"))->text() == QStringLiteral("23:15 left"));
    CHECK_FALSE(spoken->state().checked);
    running->setSelected(true);
    CHECK(spoken->state().checked);

    // The clock moves on: the tile says how long the station has been silent without a new status.
    room.clock.advance(3s);
    view.refresh();
    CHECK(running->accessibleDescription().contains(QStringLiteral("Heard 3 s ago")));
    // A new status re-sorts: the running station runs out of time and moves up to "Watch".
    room.model.statusReceived(pinOf(2), status(QStringLiteral("Station 02"), StationPhase::Running, 4 * 60'000));
    QTest::qWait(RoomView::CoalesceMs + 50); // changes are drawn together, within CoalesceMs
    CHECK(shownNames(view).indexOf(QStringLiteral("Station 02")) == 3);
    CHECK(running->lines().need == QStringLiteral("Watch"));
}

TEST_CASE("Room view: actions are offered only when they fit every selected station and a proctor is signed in",
          "[ui][room]")
{
    test::AppearanceFor look(100);
    Room room;
    fillEight(room);
    RoomView view(room.model, QStringLiteral("Hall B"));
    view.show();
    test::settle();

    select(view, {2}); // running, but nobody is signed in
    for (bool enabled : enabledActions(view))
        CHECK_FALSE(enabled);
    CHECK(view.findChild<QLabel*>(QStringLiteral("roomProctor"))->text() == QStringLiteral("No proctor signed in"));

    view.setProctor(QStringLiteral("Dana Ortiz"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("roomProctor"))->text() == QStringLiteral("Proctor: Dana Ortiz"));
    QMap<ActionKind, bool> enabled = enabledActions(view);
    CHECK_FALSE(enabled[ActionKind::Start]);
    CHECK(enabled[ActionKind::Pause]);
    CHECK_FALSE(enabled[ActionKind::Resume]);
    CHECK(enabled[ActionKind::Extend]);
    CHECK(enabled[ActionKind::Void]);
    CHECK(enabled[ActionKind::EndSitting]);
    CHECK(enabled[ActionKind::Message]);

    select(view, {4}); // waiting to start
    enabled = enabledActions(view);
    CHECK(enabled[ActionKind::Start]);
    CHECK_FALSE(enabled[ActionKind::Pause]);
    CHECK_FALSE(enabled[ActionKind::Extend]);

    select(view, {2, 4}); // both: only what fits both
    enabled = enabledActions(view);
    CHECK_FALSE(enabled[ActionKind::Start]);
    CHECK_FALSE(enabled[ActionKind::Pause]);
    CHECK(enabled[ActionKind::Void]);
    CHECK(enabled[ActionKind::Message]);

    select(view, {1}); // no candidate: nothing to do but remove it
    for (bool on : enabledActions(view))
        CHECK_FALSE(on);
    CHECK(view.findChild<LargeButton*>(QStringLiteral("removeStation"))->isEnabled());

    view.grid()->clearSelection();
    for (bool on : enabledActions(view))
        CHECK_FALSE(on);

    // A phase that changes under a selection changes what is offered.
    select(view, {5}); // paused
    CHECK(view.actionButton(ActionKind::Resume)->isEnabled());
    room.model.statusReceived(pinOf(5), status(QStringLiteral("Station 05"), StationPhase::Running));
    QTest::qWait(RoomView::CoalesceMs + 50); // changes are drawn together, within CoalesceMs
    CHECK_FALSE(view.actionButton(ActionKind::Resume)->isEnabled());
    CHECK(view.actionButton(ActionKind::Pause)->isEnabled());
}

TEST_CASE("Room view: a void needs a reason, and an extension goes out with its minutes to the selected stations",
          "[ui][room]")
{
    test::AppearanceFor look(100);
    Room room;
    fillEight(room);
    RoomView view(room.model, QStringLiteral("Hall B"));
    view.setProctor(QStringLiteral("Dana Ortiz"));
    view.show();
    test::settle();
    Requested requested;
    requested.watch(view);

    select(view, {2});
    RoomActionDialog* voiding = openDialog(view, ActionKind::Void);
    CHECK(voiding->findChild<QLabel*>(QStringLiteral("actionStations"))->text() == QStringLiteral("To Station 02."));
    auto* problem = voiding->findChild<QLabel*>(QStringLiteral("actionProblem"));
    CHECK(problem->isVisible());
    CHECK(problem->text().startsWith(QStringLiteral("Give a reason")));
    CHECK_FALSE(voiding->confirmButton()->isEnabled());
    voiding->confirmButton()->click();
    QTest::keyClick(voiding->reasonField(), Qt::Key_Return);
    voiding->reasonField()->setText(QStringLiteral("   "));
    CHECK_FALSE(voiding->confirmButton()->isEnabled());
    CHECK(requested.count == 0);
    QTest::keyClicks(voiding->reasonField(), QStringLiteral("Candidate left the room"));
    CHECK(voiding->confirmButton()->isEnabled());
    CHECK_FALSE(problem->isVisible());
    voiding->confirmButton()->click();
    test::settle();
    REQUIRE(requested.count == 1);
    CHECK(requested.action.kind == ActionKind::Void);
    CHECK(requested.action.reason == QStringLiteral("Candidate left the room"));
    CHECK(requested.pins == QList<QByteArray>{pinOf(2)});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(view.findChild<RoomActionDialog*>() == nullptr); // gone once answered

    // Extend two stations: the minutes start at 10, the proctor makes them 25, both pins go out in the
    // order shown (the paused station before the running one).
    select(view, {2, 5});
    RoomActionDialog* extending = openDialog(view, ActionKind::Extend);
    REQUIRE(extending->minutesField());
    CHECK(extending->minutesField()->value() == 10);
    CHECK(extending->minutesField()->minimum() == 1);
    CHECK(extending->minutesField()->maximum() == 240);
    CHECK(extending->findChild<QLabel*>(QStringLiteral("actionStations"))->text()
          == QStringLiteral("To 2 stations: Station 05, Station 02."));
    extending->minutesField()->setValue(25);
    CHECK(extending->confirmButton()->isEnabled());
    extending->confirmButton()->click();
    test::settle();
    REQUIRE(requested.count == 2);
    CHECK(requested.action.kind == ActionKind::Extend);
    CHECK(requested.action.minutes == 25);
    CHECK(requested.pins == QList<QByteArray>{pinOf(5), pinOf(2)});

    // Cancelled: nothing goes out. A message needs its text.
    RoomActionDialog* message = openDialog(view, ActionKind::Message);
    CHECK_FALSE(message->confirmButton()->isEnabled());
    message->messageField()->setPlainText(QStringLiteral("Please raise your hand."));
    CHECK(message->confirmButton()->isEnabled());
    message->cancelButton()->click();
    test::settle();
    CHECK(requested.count == 2);

    // Removing a station asks first, and the answer is the proctor's.
    QList<QByteArray> removed;
    QObject::connect(&view, &RoomView::removeRequested, &view, [&](const QByteArray& pin) { removed << pin; });
    select(view, {1});
    view.findChild<LargeButton*>(QStringLiteral("removeStation"))->click();
    auto* confirm = view.findChild<QMessageBox*>(QStringLiteral("removeConfirm"));
    REQUIRE(confirm);
    CHECK(confirm->text().contains(QStringLiteral("Station 01")));
    confirm->findChild<QPushButton*>(QStringLiteral("removeConfirmButton"))->click();
    CHECK(removed == QList<QByteArray>{pinOf(1)});
}

TEST_CASE("Room view: Space toggles a tile, arrows move, Ctrl+A selects all and Escape clears", "[ui][room]")
{
    test::AppearanceFor look(100);
    Room room;
    fillEight(room);
    RoomView view(room.model, QStringLiteral("Hall B"));
    view.setProctor(QStringLiteral("Dana Ortiz"));
    view.resize(1366, 768);
    view.show();
    QApplication::setActiveWindow(&view);
    test::settle();
    const QList<StationTile*> tiles = view.grid()->tiles();

    tiles[0]->setFocus();
    REQUIRE(tiles[0]->hasFocus());
    QTest::keyClick(tiles[0], Qt::Key_Space);
    CHECK(view.grid()->selectedPins() == QList<QByteArray>{tiles[0]->pin()});
    QTest::keyClick(tiles[0], Qt::Key_Right);
    CHECK(tiles[1]->hasFocus());
    QTest::keyClick(tiles[1], Qt::Key_Space);
    CHECK(view.grid()->selectedPins() == QList<QByteArray>({tiles[0]->pin(), tiles[1]->pin()}));
    QTest::keyClick(tiles[1], Qt::Key_Space); // again: off
    CHECK(view.grid()->selectedPins() == QList<QByteArray>{tiles[0]->pin()});
    QTest::keyClick(tiles[1], Qt::Key_Left);
    CHECK(tiles[0]->hasFocus());
    // Down: the tile below, in the next row (four across at 1366 pixels).
    QTest::keyClick(tiles[0], Qt::Key_Down);
    auto* below = qobject_cast<StationTile*>(QApplication::focusWidget());
    REQUIRE(below);
    CHECK(below->geometry().top() > tiles[0]->geometry().bottom());
    CHECK(below->geometry().left() == tiles[0]->geometry().left());
    QTest::keyClick(below, Qt::Key_End);
    CHECK(tiles.last()->hasFocus());

    QTest::keyClick(tiles.last(), Qt::Key_A, Qt::ControlModifier);
    CHECK(view.grid()->selectedPins().size() == tiles.size());
    CHECK(view.actionButton(ActionKind::Message)->isEnabled() == false); // the Ready station has no candidate
    CHECK(view.findChild<QLabel*>(QStringLiteral("selectionSummary"))->text()
          == QStringLiteral("8 stations selected."));
    QTest::keyClick(tiles.last(), Qt::Key_Escape);
    CHECK(view.grid()->selectedPins().isEmpty());
    // Also from the action buttons.
    QTest::keyClick(view.actionButton(ActionKind::Void), Qt::Key_A, Qt::ControlModifier);
    CHECK(view.grid()->selectedPins().size() == tiles.size());
    QTest::keyClick(view.actionButton(ActionKind::Void), Qt::Key_Escape);
    CHECK(view.grid()->selectedPins().isEmpty());

    // A click toggles as Space does.
    QTest::mouseClick(tiles[2], Qt::LeftButton, {}, tiles[2]->rect().center());
    CHECK(tiles[2]->isSelected());
    QTest::mouseClick(tiles[2], Qt::LeftButton, {}, tiles[2]->rect().center());
    CHECK_FALSE(tiles[2]->isSelected());

    // Tab goes from tile to tile in the order shown.
    tiles[3]->setFocus();
    QTest::keyClick(tiles[3], Qt::Key_Tab);
    CHECK(tiles[4]->hasFocus());
}

TEST_CASE("Room view: a silent station's alert is listed with its time, shown loud and announced", "[ui][room]")
{
    test::AppearanceFor look(100);
    Room room;
    fillEight(room);
    RoomView view(room.model, QStringLiteral("Hall B"));
    view.show();
    test::settle();
    const int before = view.alertList()->count();

    room.clock.advance(6s);
    room.model.tick();
    test::settle();
    const QList<room::RoomAlert> alerts = room.model.alerts();
    REQUIRE(alerts.first().kind == room::AlertKind::Silent);
    CHECK(view.alertList()->count() == before + 8); // every station went quiet
    const QString time = alerts.first().at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    CHECK(alertTime(alerts.first()) == time);
    const QString first = view.alertList()->item(0)->text();
    CHECK(first.startsWith(time));
    CHECK(first.contains(alerts.first().text));
    CHECK(first.contains(QStringLiteral("has not been heard from for 6 s")));
    CHECK(view.alertList()->item(0)->data(Qt::AccessibleTextRole).toString().startsWith(time + QStringLiteral(", ")));

    CHECK(view.banner()->isLoud());
    CHECK(view.banner()->text() == QStringLiteral("Alert %1: %2").arg(time, alerts.first().text));
    Announcer* announcer = Announcer::of(&view);
    REQUIRE(announcer);
    CHECK(announcer->said().join(QLatin1Char(' ')).contains(alerts.first().text));
    view.banner()->calmDown();
    CHECK_FALSE(view.banner()->isLoud());
    CHECK(view.banner()->text().startsWith(QStringLiteral("Last alert ")));

    QTest::qWait(RoomView::CoalesceMs + 50); // changes are drawn together, within CoalesceMs
    // The tile says it too, in words, and comes first.
    StationTile* tile = view.grid()->tile(alerts.first().stationPin);
    CHECK(tile->lines().state == QStringLiteral("Offline"));
    CHECK(tile->lines().heard == QStringLiteral("Heard 6 s ago"));
    CHECK(tile->needsProctor());
}

TEST_CASE("Pairing request: the code in groups of three, accepted or rejected without blocking", "[ui][room]")
{
    test::AppearanceFor look(100);
    QWidget parent;
    parent.show();
    CHECK(PairingRequestDialog::groupedCode(QStringLiteral("123456")) == QStringLiteral("123 456"));
    for (const bool accept : {true, false}) {
        PairingRequestDialog* dialog =
            PairingRequestDialog::ask(&parent, QStringLiteral("North 07"), QStringLiteral("123456"));
        std::optional<bool> answer;
        QObject::connect(dialog, &PairingRequestDialog::answered, &parent, [&](bool accepted) { answer = accepted; });
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("pairingStation"))->text()
              == QStringLiteral("Station North 07 asks to join this room."));
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("pairingCode"))->text() == QStringLiteral("123 456"));
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("pairingCode"))->accessibleName()
              == QStringLiteral("Code 1 2 3 4 5 6"));
        CHECK(dialog->rejectButton()->isDefault());
        (accept ? dialog->acceptButton() : dialog->rejectButton())->click();
        REQUIRE(answer.has_value());
        CHECK(*answer == accept);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(parent.findChild<PairingRequestDialog*>() == nullptr);
    }
}

namespace {

// A busy room of thirty: two stations gone silent, a full disk, a crash, three waiting to start, two
// breaks (one too long), a pause, ten running (one in its last five minutes, one untimed), and the
// rest before or after their modules; accommodations and action outcomes on some.
void fillThirty(Room& room)
{
    using P = StationPhase;
    const P phases[30] = {P::Running,       P::Running,       P::Running,        P::Running,   P::Running,
                          P::Running,       P::Running,       P::Running,        P::Running,   P::Running,
                          P::AwaitingStart, P::AwaitingStart, P::AwaitingStart,  P::OnBreak,   P::OnBreak,
                          P::Paused,        P::Interrupted,   P::StorageProblem, P::Submitted, P::Submitted,
                          P::ReportShown,   P::IdentityCheck, P::IdentityCheck,  P::Practice,  P::Practice,
                          P::Ready,         P::Ready,         P::Ready,          P::Running,   P::Running};
    const int minutesLeft[30] = {42, 25, 3,  55, 18, 0, 31, 12, 47, 9, 60, 90, 60, 28, 35,
                                 22, 14, 33, 0,  0,  0, 0,  0,  0,  0, 0,  0,  0,  38, 20};
    // One long name, to wrap.
    const QStringList names =
        QStringLiteral("Ana Pérez,Bilal Haddad,Chen Wei,Dara O'Neill,Emeka Obi,Fatima Zahra,"
                       "Gustav Berg,Hana Sato,Ivan Petrov,Jade Martin,Kofi Mensah,Lena Vogel,"
                       "Marta Silva,Maximiliana Fernández-Oyarzábal de la Concepción,"
                       "Omar Farouk,Priya Nair,Quinn Walsh,Rosa Díaz,Sam Taylor,Tomás Ruiz,"
                       "Uma Iyer,Victor Hugo,Wen Li,Xena Cole,Yusuf Kaya,,,,Zoe Adams,Aiko Tanaka")
            .split(u',');
    // The last two go silent: heard first, then not again.
    for (int i = 28; i < 30; ++i) {
        room::StationStatus s = status(QStringLiteral("Station %1").arg(i + 1, 2, 10, QLatin1Char('0')), phases[i],
                                       minutesLeft[i] * 60'000 + 17'000);
        s.candidateName = names[i];
        room.add(i + 1, s);
    }
    room.clock.advance(8s);
    for (int i = 0; i < 28; ++i) {
        room::StationStatus s = status(QStringLiteral("Station %1").arg(i + 1, 2, 10, QLatin1Char('0')), phases[i],
                                       minutesLeft[i] * 60'000 + (i * 7919 % 60'000));
        if (phases[i] != StationPhase::Ready)
            s.candidateName = names[i];
        s.moduleNumber = 1 + i % 3;
        s.moduleCount = i % 4 == 0 ? 1 : 3;
        s.module = i % 2 ? QStringLiteral("CPT-ELE Electrical systems") : QStringLiteral("CPT-SAF Safety");
        s.answered = (i * 13) % 41;
        s.flagged = i % 5;
        s.timed = i != 5;
        if (i == 13 || i == 14) {
            s.currentBreakMs = i == 13 ? 4 * 60'000 + 12'000 : 18 * 60'000 + 40'000;
            s.accommodations.breaks = true;
        }
        if (i == 0 || i == 13)
            s.accommodations.timeFactorPercent = 150;
        if (i == 2) {
            s.accommodations.screenReader = true;
            s.accommodations.textSizePercent = 200;
            s.accommodations.colourScheme = QStringLiteral("yellow-on-black");
        }
        if (i == 7) {
            s.accommodations.readAloud = true;
            s.accommodations.note = QStringLiteral("reader present");
            s.accommodations.language = QStringLiteral("es");
        }
        if (i == 16)
            s.recoveredFromCrash = true;
        if (i == 17)
            s.storageProblem = QStringLiteral("The disk is full: 12 MB free.");
        room.add(i + 1, s);
    }
    room.model.tick();
    const auto act = [&](int number, const QString& action, std::optional<bool> applied, const QString& why = {}) {
        room.model.actionSent(
            pinOf(number),
            {action, QStringLiteral("dortiz"), room::ActionOutcome::State::Sent, {}, room.clock.utcNow()});
        if (applied)
            room.model.actionAnswered(pinOf(number), *applied, why);
    };
    act(16, QStringLiteral("Pause"), true);
    act(4, QStringLiteral("Extend time"), std::nullopt);
    act(8, QStringLiteral("Extend time"), false, QStringLiteral("the module had already ended"));
}

void keepShot(QWidget& widget, const QString& folder, const QString& name)
{
    REQUIRE(QDir().mkpath(folder));
    CHECK(widget.grab().save(QDir(folder).filePath(name)));
}

} // namespace

TEST_CASE("Room view: a busy room of thirty, who needs the proctor at the top, nothing clipped at 100 and 200 % "
          "text (EXAM_ROOM_SHOTS: screenshots)",
          "[ui][room]")
{
    const QString folder = qEnvironmentVariable("EXAM_ROOM_SHOTS");
    const struct
    {
        QSize size;
        int percent;
        ColourScheme::Id scheme;
    } looks[] = {
        {{1366, 768}, 100, ColourScheme::Id::Standard},       {{1920, 1080}, 100, ColourScheme::Id::Standard},
        {{1366, 768}, 200, ColourScheme::Id::Standard},       {{1366, 768}, 100, ColourScheme::Id::YellowOnBlack},
        {{1920, 1080}, 100, ColourScheme::Id::YellowOnBlack}, {{1366, 768}, 200, ColourScheme::Id::YellowOnBlack},
        {{1366, 768}, 100, ColourScheme::Id::BlackOnWhite},
    };
    for (const auto& look : looks) {
        const QString name = QStringLiteral("room-%1x%2-%3-%4")
                                 .arg(look.size.width())
                                 .arg(look.size.height())
                                 .arg(ColourScheme::key(look.scheme))
                                 .arg(look.percent);
        INFO(name.toStdString());
        test::AppearanceFor appearance(look.percent, look.scheme);
        Room room;
        fillThirty(room);
        RoomView view(room.model, QStringLiteral("Test centre North, hall B"));
        view.setProctor(QStringLiteral("Dana Ortiz"));
        // One alert while the console is open: loud at the top.
        room::StationStatus left = *room.model.station(pinOf(5))->status;
        ++left.leaveRefusals;
        room.model.statusReceived(pinOf(5), left);
        CHECK(view.banner()->isLoud());
        view.resize(look.size);
        view.show();
        QApplication::setActiveWindow(&view);
        test::settle();
        const QList<StationTile*> tiles = view.grid()->tiles();
        REQUIRE(tiles.size() == 30);
        // Everything that needs the proctor comes before everything that does not.
        int needing = 0;
        while (needing < tiles.size() && tiles[needing]->needsProctor())
            ++needing;
        CHECK(needing == 8); // two offline, the disk, the crash, the refused action, three waiting to start
        for (int i = needing; i < tiles.size(); ++i)
            CHECK_FALSE(tiles[i]->needsProctor());
        // Nothing clipped (every label as tall as its wrapped text, every button as large as its words),
        // nothing past the right edge, nothing scrolls sideways: at every size and scheme.
        test::checkTextFits(&view, name);
        for (StationTile* tile : tiles) {
            INFO(tile->entry().name.toStdString());
            CHECK(tile->height() >= tile->heightForWidth(tile->width()));
            for (QLabel* label : tile->findChildren<QLabel*>())
                if (label->isVisibleTo(tile))
                    CHECK(label->geometry().bottom() <= tile->rect().bottom());
        }
        CHECK_FALSE(view.stationScroll()->horizontalScrollBar()->isVisible());
        CHECK(view.grid()->width() <= view.stationScroll()->viewport()->width());
        CHECK(view.grid()->tile(pinOf(3))->accessibleDescription().contains(
            QStringLiteral("screen reader · text 200 % · Yellow on black")));
        // The first row is in view without scrolling; at 200 % on the small screen, at least the top of
        // the first tile: whether it needs the proctor, the station and its state.
        QWidget* viewport = view.stationScroll()->viewport();
        for (StationTile* tile : tiles.mid(0, look.percent == 100 ? 4 : 1)) {
            const QWidget* last = look.percent == 100 ? static_cast<QWidget*>(tile)
                                                      : tile->findChild<QLabel*>(QStringLiteral("tileState"));
            const QRect shown(tile->mapTo(viewport, QPoint()), last->mapTo(viewport, last->rect().bottomRight()));
            CHECK(viewport->rect().contains(shown));
        }
        tiles[10]->setSelected(true);
        tiles[11]->setSelected(true);
        tiles[1]->setFocus();
        test::settle();
        if (folder.isEmpty())
            continue;
        keepShot(view, folder, name + QStringLiteral(".png"));
        if (look.size.width() == 1366) {
            view.actionButton(ActionKind::Void)->click();
            test::settle();
            auto* dialog = view.findChild<RoomActionDialog*>();
            REQUIRE(dialog);
            keepShot(*dialog, folder, name + QStringLiteral("-void-dialog.png"));
            dialog->reject();
            PairingRequestDialog* pairing =
                PairingRequestDialog::ask(&view, QStringLiteral("North 31"), QStringLiteral("482913"));
            test::settle();
            keepShot(*pairing, folder, name + QStringLiteral("-pairing-dialog.png"));
            pairing->reject();
        }
    }
}
