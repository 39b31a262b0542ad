// A whole module as the candidate takes it, through the real engine, result recorder and score report:
// by keyboard alone, by mouse alone, and through pauses, a crash, a storage problem and a timeout.
#include "flowstation.h"
#include "itemscreen.h"
#include "kioskwindow.h"
#include "messagescreen.h"
#include "optionbutton.h"
#include "practicescreen.h"
#include "results/scorereport.h"
#include "reviewscreen.h"
#include "scorereportview.h"
#include "submitscreen.h"
#include "textsize.h"
#include "timerdisplay.h"
#include "uitestsupport.h"
#include "welcomescreen.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace exam;
using namespace exam::ui;
using namespace std::chrono_literals;

using test::FlowStation;

TEST_CASE("Candidate flow: a whole module by keyboard alone", "[ui][flow]")
{
    FlowStation station;
    QSignalSpy finished(&station.flow, &CandidateFlow::moduleFinished);
    REQUIRE(qobject_cast<WelcomeScreen*>(station.screen()));
    station.press(Qt::Key_Space); // "Yes, this is me" has the focus
    auto* practice = qobject_cast<PracticeScreen*>(station.screen());
    REQUIRE(practice);
    station.press(Qt::Key_B);
    station.press(Qt::Key_C);
    station.press(Qt::Key_F);
    CHECK(practice->answered());
    CHECK(practice->changed());
    CHECK(practice->flagged());
    CHECK(station.engine->answeredCount() == 0); // practice is never saved
    station.pressButton(QStringLiteral("practiceReady"));
    CHECK(station.engine->state() == session::SessionState::AwaitingProctor);
    CHECK(station.heading() == QStringLiteral("You are ready"));

    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    REQUIRE(qobject_cast<ItemScreen*>(station.screen()));
    int expectedRight = 0;
    for (int p = 0; p < station.engine->itemCount(); ++p) {
        const bool right = p % 2 == 0;
        const int option = station.option(*station.engine, p, right);
        expectedRight += right && station.scored(*station.engine, p) ? 1 : 0;
        station.press(Qt::Key(Qt::Key_A + option));
        if (p == 1)
            station.press(Qt::Key_F);
        station.press(Qt::Key_N);
    }
    // Past the last item: the review, then submit by keyboard.
    auto* review = qobject_cast<ReviewScreen*>(station.screen());
    REQUIRE(review);
    CHECK(station.engine->answeredCount() == station.engine->itemCount());
    station.pressButton(QStringLiteral("reviewSubmit"));
    REQUIRE(qobject_cast<SubmitScreen*>(station.screen()));
    CHECK(
        station.screen()->findChild<QLabel*>(QStringLiteral("submitFlagged"))->text().endsWith(QStringLiteral(": 2.")));
    station.pressButton(QStringLiteral("submitNow"));
    CHECK(station.engine->state() == session::SessionState::Submitted);
    auto* report = qobject_cast<ScoreReportView*>(station.screen());
    REQUIRE(report);
    const QString percent =
        QStringLiteral("%1 %").arg(expectedRight * 100 / station.content.module.scoredItemsPerForm());
    CHECK(report->findChild<QLabel*>(QStringLiteral("reportPercent"))->text() == percent);
    station.pressButton(QStringLiteral("reportDone"));
    CHECK(finished.size() == 1);
    CHECK(station.heading() == QStringLiteral("Please call your proctor"));
}

TEST_CASE("Candidate flow: a whole module by mouse alone, with a review jump and a break after", "[ui][flow]")
{
    FlowStation station({1024, 768}, QStringLiteral("Next module"));
    station.click(QStringLiteral("welcomeYes"));
    station.click(QStringLiteral("practiceOptionA"));
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    for (int p = 0; p < station.engine->itemCount(); ++p) {
        if (p != 3) // item 4 is left out on purpose
            station.click(QStringLiteral("option%1").arg(QChar(u'A' + station.option(*station.engine, p, true))));
        station.click(QStringLiteral("itemNext"));
    }
    REQUIRE(qobject_cast<ReviewScreen*>(station.screen()));
    // Open item 4 from the grid, answer it, and go back to the review.
    station.click(QStringLiteral("reviewTile4"));
    REQUIRE(qobject_cast<ItemScreen*>(station.screen()));
    CHECK(station.engine->currentPosition() == 3);
    station.click(QStringLiteral("option%1").arg(QChar(u'A' + station.option(*station.engine, 3, true))));
    station.click(QStringLiteral("itemReview"));
    station.click(QStringLiteral("reviewSubmit"));
    station.click(QStringLiteral("submitNow"));
    auto* report = qobject_cast<ScoreReportView*>(station.screen());
    REQUIRE(report);
    CHECK(report->findChild<QLabel*>(QStringLiteral("reportOutcome"))->text() == QStringLiteral("PASS"));
    station.click(QStringLiteral("reportDone"));
    CHECK(station.heading() == QStringLiteral("Time for a break"));
    CHECK(station.flow.messageScreen()->explanation().contains(QStringLiteral("Next module")));
}

TEST_CASE("Candidate flow: paused, interrupted by a crash, a storage problem, and the time running out", "[ui][flow]")
{
    FlowStation station;
    station.click(QStringLiteral("welcomeYes"));
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    station.press(Qt::Key_B);

    REQUIRE(station.engine->pause(station.proctor()));
    test::settle();
    CHECK(station.heading() == QStringLiteral("Paused by the proctor"));
    REQUIRE(station.engine->resume(station.proctor()));
    test::settle();
    CHECK(qobject_cast<ItemScreen*>(station.screen()));

    // Storage fails under the candidate's next answer: the storage screen, until a save succeeds again.
    station.database->failAfter(0);
    station.press(Qt::Key_C);
    station.database->failAfter(-1);
    CHECK(station.heading() == QStringLiteral("Storage problem: please call the proctor"));
    CHECK(station.engine->response(0).choice == 1); // what was saved stays
    station.clock.advance(5s);
    REQUIRE(station.engine->tick());
    test::settle();
    CHECK(qobject_cast<ItemScreen*>(station.screen()));

    // The kiosk crashes and starts again: the same session, interrupted until the proctor resumes it.
    station.crashAndRestart();
    CHECK(station.heading() == QStringLiteral("Session interrupted: proctor required"));
    REQUIRE(station.engine->resume(station.proctor()));
    test::settle();
    REQUIRE(qobject_cast<ItemScreen*>(station.screen()));
    CHECK(station.engine->response(0).choice == 1);

    // The 30 minutes run out: the module ends on its own and the report shows.
    station.clock.advance(31min);
    (void)station.engine->tick();
    test::settle();
    CHECK(station.engine->state() == session::SessionState::TimedOut);
    REQUIRE(qobject_cast<ScoreReportView*>(station.screen()));
}

TEST_CASE("Candidate flow: the candidate's break hides the items and stops the clock, by mouse and by keyboard",
          "[ui][flow]")
{
    FlowStation station({1024, 768}, {}, test::withBreaks());
    CHECK(station.screen()
              ->findChild<QLabel*>(QStringLiteral("welcomeTime"))
              ->text()
              .contains(QStringLiteral("Breaks allowed")));
    station.click(QStringLiteral("welcomeYes"));
    auto* breakStep = station.screen()->findChild<QLabel*>(QStringLiteral("practiceStep6"));
    REQUIRE(breakStep);
    CHECK(breakStep->isVisible()); // the practice steps say how to take a break
    CHECK(breakStep->text().contains(QStringLiteral("stops the clock")));
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    auto* items = qobject_cast<ItemScreen*>(station.screen());
    REQUIRE(items);
    station.press(Qt::Key_B);
    station.clock.advance(2min);
    auto* breakButton = items->findChild<QPushButton*>(QStringLiteral("itemBreak"));
    REQUIRE(breakButton);
    CHECK(breakButton->isVisible());

    station.click(QStringLiteral("itemBreak"));
    CHECK(station.engine->state() == session::SessionState::OnBreak);
    QWidget* breakScreen = station.screen();
    REQUIRE(breakScreen->objectName() == QStringLiteral("breakScreen"));
    CHECK_FALSE(items->isVisible()); // nothing of the item shows during a break
    CHECK(breakScreen->findChild<QLabel*>(QStringLiteral("breakHeading"))->text()
          == QStringLiteral("You are on a break"));
    CHECK(QApplication::focusWidget() == breakScreen->findChild<QPushButton*>(QStringLiteral("breakBack")));
    // The break's length counts up on the flow's own ticks; the module's time does not move.
    station.clock.advance(3min);
    auto* breakTime = breakScreen->findChild<QLabel*>(QStringLiteral("breakTime"));
    for (int waited = 0; waited < 5000 && breakTime->text() != QStringLiteral("Break: 3 min 00 s"); waited += 50)
        QTest::qWait(50);
    CHECK(breakTime->text() == QStringLiteral("Break: 3 min 00 s"));
    CHECK(breakTime->accessibleDescription() == QStringLiteral("Break: 0 min 00 s")); // said once, not every second
    CHECK(breakScreen->findChild<QLabel*>(QStringLiteral("breakTime"))->accessibleName()
          == QStringLiteral("Break time"));
    CHECK(breakScreen->findChild<QLabel*>(QStringLiteral("breakTimeLeft"))->text().endsWith(QStringLiteral("0:28:00")));
    CHECK(station.engine->remaining() == 28min);

    station.press(Qt::Key_Space); // "Back to the exam" has the keyboard
    REQUIRE(station.screen() == items);
    CHECK(station.engine->state() == session::SessionState::InProgress);
    CHECK(station.engine->response(0).choice == 1);
    CHECK(station.engine->breaksTaken() == 1);

    // By keyboard: Tab reaches "Break"; Space takes it and Space ends it.
    station.pressButton(QStringLiteral("itemBreak"));
    CHECK(station.screen() == breakScreen);
    station.press(Qt::Key_Space);
    CHECK(station.screen() == items);
    CHECK(station.engine->breaksTaken() == 2);

    // The candidate hid the time on the items: the break screen does not show it either.
    station.click(QStringLiteral("timeToggle"));
    station.click(QStringLiteral("itemBreak"));
    CHECK_FALSE(breakScreen->findChild<QLabel*>(QStringLiteral("breakTimeLeft"))->isVisible());
    station.click(QStringLiteral("breakBack"));
    station.click(QStringLiteral("timeToggle"));

    // A proctor's resume ends a break too.
    station.click(QStringLiteral("itemBreak"));
    REQUIRE(station.engine->resume(station.proctor()));
    test::settle();
    CHECK(station.screen() == items);

    // The kiosk crashes during a break: after the restart the proctor is needed, not the candidate.
    station.click(QStringLiteral("itemBreak"));
    station.crashAndRestart();
    CHECK(station.heading() == QStringLiteral("Session interrupted: proctor required"));
    REQUIRE(station.engine->resume(station.proctor()));
    test::settle();
    CHECK(qobject_cast<ItemScreen*>(station.screen()));
    CHECK(station.engine->response(0).choice == 1);
}

TEST_CASE("Candidate flow: no break button without the accommodation", "[ui][flow]")
{
    FlowStation station;
    CHECK_FALSE(
        station.screen()->findChild<QLabel*>(QStringLiteral("welcomeTime"))->text().contains(QStringLiteral("Break")));
    station.click(QStringLiteral("welcomeYes"));
    CHECK_FALSE(station.screen()->findChild<QLabel*>(QStringLiteral("practiceStep6"))->isVisible());
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    auto* items = qobject_cast<ItemScreen*>(station.screen());
    REQUIRE(items);
    CHECK_FALSE(items->findChild<QPushButton*>(QStringLiteral("itemBreak"))->isVisible());
    items->takeBreak(); // even if asked for another way, the engine refuses and the screen says so
    CHECK(station.engine->state() == session::SessionState::InProgress);
    CHECK(items->problem().contains(QStringLiteral("proctor")));
    CHECK(station.screen() == items);
}

TEST_CASE("Candidate flow: time warnings appear above any screen, also with the time hidden", "[ui][flow]")
{
    FlowStation station;
    station.click(QStringLiteral("welcomeYes"));
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    QTest::mouseClick(station.screen()->findChild<QPushButton*>(QStringLiteral("timeToggle")), Qt::LeftButton);
    station.press(Qt::Key_R);
    REQUIRE(qobject_cast<ReviewScreen*>(station.screen()));
    CHECK(station.window.banner().isEmpty());
    station.clock.advance(16min);
    REQUIRE(station.engine->tick());
    test::settle();
    CHECK(station.window.banner() == QStringLiteral("15 minutes left."));
    // The review screen shows the time left too.
    const auto timers = station.screen()->findChildren<QLabel*>(QStringLiteral("timeLeft"));
    REQUIRE(timers.size() == 1);
    station.clock.advance(10min);
    REQUIRE(station.engine->tick());
    CHECK(station.window.banner() == QStringLiteral("5 minutes left."));
    station.clock.advance(5min);
    (void)station.engine->tick();
    test::settle();
    CHECK(station.engine->state() == session::SessionState::TimedOut);
    CHECK(station.window.banner().isEmpty()); // gone with the module
}

TEST_CASE("Candidate flow: the wrong person says so before anything starts", "[ui][flow]")
{
    FlowStation station;
    QSignalSpy called(&station.flow, &CandidateFlow::proctorCalled);
    station.click(QStringLiteral("welcomeNo"));
    CHECK(called.size() == 1);
    CHECK(station.heading() == QStringLiteral("Please call your proctor"));
    CHECK(station.engine->state() == session::SessionState::Created);
}

TEST_CASE("Candidate flow: every screen at 1024×768, 1920×1080 and 3840×2160", "[ui][flow][screenshots]")
{
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
        const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
        FlowStation station(size, QStringLiteral("MT1 Section 2: Spatial Reasoning"), test::withBreaks());
        const auto keep = [&](const QString& name) {
            test::settle();
            // Nothing cut: every visible wrapped label is as tall as its text needs.
            for (QLabel* label : station.screen()->findChildren<QLabel*>()) {
                if (!label->isVisibleTo(station.screen()) || !label->wordWrap() || label->text().isEmpty())
                    continue;
                INFO(name.toStdString() << ": " << label->text().toStdString());
                CHECK(label->height() >= label->heightForWidth(label->width()));
            }
            test::keepScreenshot(station.window, QStringLiteral("flow-") + name + suffix);
        };
        keep(QStringLiteral("01-welcome"));
        station.click(QStringLiteral("welcomeYes"));
        station.click(QStringLiteral("practiceOptionB"));
        keep(QStringLiteral("02-practice"));
        station.click(QStringLiteral("practiceReady"));
        keep(QStringLiteral("03-ready"));
        REQUIRE(station.engine->start(station.proctor()));
        station.press(Qt::Key_B);
        keep(QStringLiteral("04-item"));
        station.click(QStringLiteral("itemBreak"));
        keep(QStringLiteral("04b-on-a-break"));
        station.click(QStringLiteral("breakBack"));
        REQUIRE(station.engine->pause(station.proctor()));
        keep(QStringLiteral("05-paused"));
        REQUIRE(station.engine->resume(station.proctor()));
        station.database->failAfter(0);
        station.press(Qt::Key_C);
        station.database->failAfter(-1);
        keep(QStringLiteral("05b-storage-problem"));
        station.clock.advance(std::chrono::seconds(5));
        REQUIRE(station.engine->tick());
        // A crash and a restart: the interrupted screen until the proctor resumes.
        station.crashAndRestart(QStringLiteral("MT1 Section 2: Spatial Reasoning"));
        keep(QStringLiteral("05c-interrupted"));
        REQUIRE(station.engine->resume(station.proctor()));
        test::settle();
        station.press(Qt::Key_F);
        station.press(Qt::Key_R);
        keep(QStringLiteral("06-review"));
        station.click(QStringLiteral("reviewSubmit"));
        keep(QStringLiteral("07-submit"));
        station.click(QStringLiteral("submitNow"));
        keep(QStringLiteral("08-report"));
        station.click(QStringLiteral("reportDone"));
        keep(QStringLiteral("09-break"));
    }
}

TEST_CASE("Candidate flow: at 200 % text every screen fits 1024×768, controls wrap or scroll, none off screen",
          "[ui][flow][screenshots]")
{
    const test::AppearanceFor large(200);
    {
        FlowStation station({1024, 768}, QStringLiteral("MT1 Section 2: Spatial Reasoning"), test::withBreaks());
        const auto check = [&](const QString& name) {
            test::settle();
            INFO(name.toStdString());
            INFO("window " << station.window.width() << "x" << station.window.height() << ", needs at least "
                           << station.window.minimumSizeHint().width() << "x"
                           << station.window.minimumSizeHint().height());
            CHECK(station.window.size() == QSize(1024, 768)); // the window never grows past the screen
            const QRect inside = station.window.rect();
            for (QAbstractButton* button : station.screen()->findChildren<QAbstractButton*>()) {
                if (!button->isVisibleTo(station.screen()))
                    continue;
                // Buttons in a scrolled page may be below the fold; all others are on screen.
                bool scrolled = false;
                for (QWidget* up = button->parentWidget(); up && up != station.screen(); up = up->parentWidget())
                    scrolled = scrolled || qobject_cast<QAbstractScrollArea*>(up);
                if (scrolled)
                    continue;
                const QRect where(button->mapTo(&station.window, QPoint(0, 0)), button->size());
                INFO(button->objectName().toStdString() << " at " << where.x() << "," << where.y());
                CHECK(inside.contains(where));
                CHECK(button->width() >= button->minimumSizeHint().width());
            }
            test::keepScreenshot(station.window, QStringLiteral("flow200-") + name + QStringLiteral("-1024x768"));
        };
        check(QStringLiteral("01-welcome"));
        station.click(QStringLiteral("welcomeYes"));
        check(QStringLiteral("02-practice"));
        station.click(QStringLiteral("practiceReady"));
        check(QStringLiteral("03-ready"));
        REQUIRE(station.engine->start(station.proctor()));
        check(QStringLiteral("04-item"));
        station.click(QStringLiteral("itemBreak"));
        check(QStringLiteral("04b-on-a-break"));
        station.click(QStringLiteral("breakBack"));
        station.press(Qt::Key_R);
        check(QStringLiteral("06-review"));
        station.click(QStringLiteral("reviewSubmit"));
        check(QStringLiteral("07-submit"));
        station.click(QStringLiteral("submitNow"));
        check(QStringLiteral("08-report"));
    }
}

TEST_CASE("Candidate flow: after R the arrow keys move on the review grid at once, from the current item", "[ui][flow]")
{
    FlowStation station;
    station.click(QStringLiteral("welcomeYes"));
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    station.press(Qt::Key_N);
    station.press(Qt::Key_N); // on item 3
    station.press(Qt::Key_R);
    auto* review = qobject_cast<ReviewScreen*>(station.screen());
    REQUIRE(review);
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("reviewTile3"));
    station.press(Qt::Key_Right);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("reviewTile4"));
    station.press(Qt::Key_Return);
    test::settle();
    CHECK(station.engine->currentPosition() == 3); // item 4 opened from the keyboard
}

TEST_CASE("Candidate flow: screens nobody sees are not updated behind the candidate's back (a screen reader would "
          "hear every change), and are current when shown",
          "[ui][flow][a11y]")
{
    FlowStation station({1280, 720});
    station.startItems();
    station.press(Qt::Key_R); // the review grid is made and seen once
    QWidget* review = station.screen();
    REQUIRE(review->objectName() == QStringLiteral("reviewScreen"));
    auto* tile = review->findChild<QWidget*>(QStringLiteral("reviewTile1"));
    auto* reviewTime = review->findChild<TimerDisplay*>();
    REQUIRE(tile);
    REQUIRE(reviewTime);
    station.click(QStringLiteral("reviewBack"));
    REQUIRE(qobject_cast<ItemScreen*>(station.screen()));
    const QString nameBefore = tile->accessibleName();
    const QString timeBefore = reviewTime->shownText();
    CHECK(nameBefore == QStringLiteral("Item 1: not answered"));

    // On the item screen: an answer, a checkpoint, seconds of the flow's own ticks.
    station.click(QStringLiteral("optionA"));
    station.clock.advance(5s);
    QTest::qWait(2100);
    auto* itemTime = station.screen()->findChild<TimerDisplay*>();
    REQUIRE(itemTime);
    CHECK(itemTime->shownText() != timeBefore);  // the seen time runs
    CHECK(tile->accessibleName() == nameBefore); // the hidden grid and its time stand as they were
    CHECK(reviewTime->shownText() == timeBefore);

    station.press(Qt::Key_R);
    REQUIRE(station.screen() == review);
    CHECK(tile->accessibleName() == QStringLiteral("Item 1: answered"));
    CHECK(reviewTime->shownText() == itemTime->shownText());
}
