// The room console's screen (ui/room): tiles in the order of need, their words for screen readers,
// selection by mouse and keyboard, the action bar, the confirmation dialogs, alerts and the layout at
// large text. The busy room's screenshots are in test_roomscreenshots.cpp.
#include "roomviewfixture.h"

using namespace exam;
using namespace exam::ui;
using namespace exam::test::roomview;
using room::ActionKind;
using room::StationPhase;
using namespace std::chrono_literals;

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
