// What a screen reader hears from the kiosk (A5): where the candidate is and the question on arriving
// at an item, what flag, clear and strike changed, the time left on request, the screens read whole,
// and nothing each second. Orca 43 speaks a focused object when the focus arrives on it and a
// notification when it appears, and nothing of a changed name (Qt 6.4 sends the change without the
// name), so these tests watch for what leads to those: the interfaces' names and roles, a new
// interface for a new question, and what the announcer said.
// tests/ui/orca_kiosk.py hears the same from Orca itself.
#include "announcer.h"
#include "flowstation.h"
#include "itemscreen.h"
#include "messagescreen.h"
#include "practicescreen.h"
#include "stemview.h"
#include "timerdisplay.h"
#include "uitestsupport.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QKeyEvent>
#include <QShortcut>

#include <chrono>

using namespace exam;
using namespace exam::ui;
using namespace std::chrono_literals;
using test::FlowStation;

namespace {

// Every name and description under `root`: what a screen reader would be told of when it changes.
// (Qt's offscreen platform has no accessibility bridge, so its events cannot be caught here; the Orca
// test hears them.)
QStringList namesUnder(QWidget* root)
{
    QStringList names;
    QList<QAccessibleInterface*> pending{QAccessible::queryAccessibleInterface(root)};
    while (!pending.isEmpty()) {
        QAccessibleInterface* node = pending.takeFirst();
        if (!node || !node->isValid())
            continue;
        names << node->text(QAccessible::Name) + QLatin1Char('|') + node->text(QAccessible::Description);
        for (int i = 0; i < node->childCount(); ++i)
            pending << node->child(i);
    }
    return names;
}

QString spokenName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString lastSaid(const QWidget* on)
{
    test::settle();
    const Announcer* announcer = Announcer::of(on);
    return announcer && !announcer->said().isEmpty() ? announcer->said().last() : QString();
}

} // namespace

TEST_CASE("Screen reader: arriving on an item says where the candidate is and then the question, also when N is "
          "pressed on the question itself",
          "[ui][a11y][screenreader]")
{
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    auto* stem = items->findChild<StemView*>(QStringLiteral("itemStem"));
    REQUIRE(stem);
    REQUIRE(stem->hasFocus());
    const int count = station.engine->itemCount();
    QAccessibleInterface* first = QAccessible::queryAccessibleInterface(stem);
    // A plain area: Orca says its name and nothing after it ("label", "read only").
    CHECK(first->role() == QAccessible::Client);
    CHECK(first->text(QAccessible::Name)
          == QStringLiteral("Item 1 of %1. Not answered. %2").arg(count).arg(stem->plainText()));
    CHECK_FALSE(stem->plainText().isEmpty());
    const QAccessible::Id firstId = QAccessible::uniqueId(first); // the interface itself goes with its item

    station.press(Qt::Key_N); // the keyboard stays on the question
    REQUIRE(stem->hasFocus());
    QAccessibleInterface* second = QAccessible::queryAccessibleInterface(stem);
    // The second question is a new object that takes the focus: that is what Orca speaks.
    CHECK(QAccessible::uniqueId(second) != firstId);
    CHECK(second->text(QAccessible::Name).startsWith(QStringLiteral("Item 2 of %1. Not answered. ").arg(count)));

    // "Where am I" tells the item as it stands now.
    station.press(Qt::Key_B);
    station.press(Qt::Key_F);
    CHECK(spokenName(stem).startsWith(QStringLiteral("Item 2 of %1. Answered B. Flagged for review. ").arg(count)));
    // Back on the first item from an option: an ordinary focus change, with the first item's words.
    station.press(Qt::Key_P);
    CHECK(stem->hasFocus());
    CHECK(spokenName(stem).startsWith(QStringLiteral("Item 1 of %1. Not answered. ").arg(count)));
}

TEST_CASE("Screen reader: flag, clear and strike say what they changed, and T says the time left in words",
          "[ui][a11y][screenreader]")
{
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    station.press(Qt::Key_F);
    CHECK(lastSaid(items) == QStringLiteral("Flagged for review."));
    station.press(Qt::Key_F);
    CHECK(lastSaid(items) == QStringLiteral("Flag removed."));
    station.press(Qt::Key_B);
    station.press(Qt::Key_Delete);
    CHECK(lastSaid(items) == QStringLiteral("Answer cleared. Not answered."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ShiftModifier);
    CHECK(lastSaid(items) == QStringLiteral("Option C struck out."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ShiftModifier);
    CHECK(lastSaid(items) == QStringLiteral("Option C back in."));

    station.press(Qt::Key_T);
    CHECK(lastSaid(items) == QStringLiteral("Time left: 30 minutes."));
    station.clock.advance(station.engine->remaining() - 4min - 5s);
    REQUIRE(station.engine->tick());
    test::settle(); // the warnings passed on the way are said first
    station.press(Qt::Key_T);
    CHECK(lastSaid(items) == QStringLiteral("Time left: 4 minutes 5 seconds."));
    CHECK(TimerDisplay::spokenTimeLeft(1h + 1min, true) == QStringLiteral("Time left: 1 hour 1 minute."));
    CHECK(TimerDisplay::spokenTimeLeft(1s, true) == QStringLiteral("Time left: 1 second."));
    CHECK(TimerDisplay::spokenTimeLeft(0s, false) == QStringLiteral("No time limit."));

    // The flag button says "pressed" itself: the announcer does not say it twice.
    auto* flag = items->findChild<QWidget*>(QStringLiteral("itemFlag"));
    flag->setFocus();
    Announcer::of(items)->forget();
    station.press(Qt::Key_F);
    CHECK(station.engine->response(0).flagged);
    CHECK(Announcer::of(items)->said().isEmpty());
}

TEST_CASE("Screen reader: the answer keys work when the accessibility bridge hands a key back (posted, after the "
          "screen reader let it through), and no shortcut acts on a key before a screen reader sees it",
          "[ui][a11y][screenreader]")
{
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    // Qt runs a QShortcut before its AT-SPI bridge asks Orca about the key: Insert+F would flag.
    CHECK(items->findChildren<QShortcut*>().isEmpty());
    CHECK(station.window.findChild<PracticeScreen*>()->findChildren<QShortcut*>().isEmpty());

    // What Qt's bridge does with a key Orca did not take: posts a copy to the widget it was for.
    const auto handBack = [](int key, const QString& text) {
        QWidget* target = QApplication::focusWidget();
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, text));
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, text));
        test::settle();
    };
    handBack(Qt::Key_C, QStringLiteral("c"));
    CHECK(station.engine->response(0).choice == 2);
    handBack(Qt::Key_F, QStringLiteral("f"));
    CHECK(station.engine->response(0).flagged);
    handBack(Qt::Key_N, QStringLiteral("n"));
    CHECK(station.engine->currentPosition() == 1);
    // A held key's repeats do not flag and unflag in turn.
    QWidget* target = QApplication::focusWidget();
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_F, Qt::NoModifier, QStringLiteral("f"), true);
    QCoreApplication::sendEvent(target, &repeat);
    CHECK_FALSE(station.engine->response(1).flagged);
}

TEST_CASE("Screen reader: the item screen tells assistive technology nothing while the time runs, and a time "
          "warning is said when it comes",
          "[ui][a11y][screenreader]")
{
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    test::settle();
    const QStringList before = namesUnder(items);
    for (int second = 0; second < 60; ++second) {
        station.clock.advance(1s);
        REQUIRE(station.engine->tick());
        items->refreshTime(); // as the flow's ticker does every second
    }
    CHECK(items->findChild<QLabel*>(QStringLiteral("timeLeft"))->text().contains(QStringLiteral("0:29:00")));
    CHECK(namesUnder(items) == before);

    station.clock.advance(station.engine->remaining() - 14min - 30s);
    REQUIRE(station.engine->tick());
    test::settle();
    CHECK(Announcer::of(items)->said().contains(QStringLiteral("15 minutes left.")));
}

TEST_CASE("Screen reader: the welcome, practice, review and submit screens are read whole on arrival under their "
          "titles, a message with no button is said, and the window is named after the screen",
          "[ui][a11y][screenreader]")
{
    FlowStation station({1280, 720});
    QAccessibleInterface* welcome = QAccessible::queryAccessibleInterface(station.screen());
    CHECK(welcome->role() == QAccessible::Grouping);
    CHECK(welcome->text(QAccessible::Name) == QStringLiteral("Welcome"));
    CHECK(station.window.windowTitle() == QStringLiteral("Welcome — Exam kiosk"));
    CHECK(QAccessible::queryAccessibleInterface(&station.window)->text(QAccessible::Name)
          == QStringLiteral("Welcome — Exam kiosk"));

    station.click(QStringLiteral("welcomeYes"));
    QAccessibleInterface* practice = QAccessible::queryAccessibleInterface(station.screen());
    CHECK(practice->role() == QAccessible::Grouping);
    CHECK(practice->text(QAccessible::Name) == QStringLiteral("How the exam works"));
    station.press(Qt::Key_B);
    CHECK(lastSaid(station.screen()).startsWith(QStringLiteral("Done: ")));

    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    ItemScreen* items = qobject_cast<ItemScreen*>(station.screen());
    REQUIRE(items);
    // The item screen is not read whole: the question in focus says what matters.
    CHECK(QAccessible::queryAccessibleInterface(items)->role() != QAccessible::Grouping);
    station.press(Qt::Key_R);
    QAccessibleInterface* review = QAccessible::queryAccessibleInterface(station.screen());
    CHECK(review->role() == QAccessible::Grouping);
    CHECK(station.window.windowTitle() == review->text(QAccessible::Name) + QStringLiteral(" — Exam kiosk"));

    REQUIRE(station.engine->pause(station.proctor()));
    test::settle();
    CHECK(station.heading() == QStringLiteral("Paused by the proctor"));
    QAccessibleInterface* paused = QAccessible::queryAccessibleInterface(station.screen());
    CHECK(paused->role() == QAccessible::Grouping); // its button takes the keyboard, the words on the way
    CHECK(paused->text(QAccessible::Name) == QStringLiteral("Paused by the proctor"));
    CHECK(station.window.windowTitle() == QStringLiteral("Paused by the proctor — Exam kiosk"));
    // A message with no button to land on is said.
    MessageScreen* message = station.flow.messageScreen();
    message->setAction({});
    message->setMessage(QStringLiteral("Stopped"), QStringLiteral("Nothing to press."));
    CHECK(lastSaid(message) == QStringLiteral("Stopped. Nothing to press."));
}

TEST_CASE("Screen reader: the announcer is never seen: the window looks the same with it and without it",
          "[ui][a11y][screenreader]")
{
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    Announcer* announcer = Announcer::of(items);
    REQUIRE(announcer);
    announcer->say(QStringLiteral("Flagged for review. A long message that would show if it were drawn anywhere."));
    test::settle();
    auto* line = announcer->findChild<AnnouncementLine*>();
    REQUIRE(line);
    REQUIRE(line->isVisible()); // shown, so a screen reader hears it
    const QImage with = station.window.grab().toImage();
    announcer->setVisible(false);
    test::settle();
    const QImage without = station.window.grab().toImage();
    CHECK(with == without);
}
