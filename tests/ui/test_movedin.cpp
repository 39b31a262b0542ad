// A module moved to this station from one that failed (issue 26): the candidate first sees that it goes
// on here and is asked to check who they are, with the clock stopped; once the proctor resumes, the
// items, and a later pause is an ordinary one.
#include "flowstation.h"
#include "itemscreen.h"
#include "messagescreen.h"

using namespace exam;

TEST_CASE("Moved-in module: the candidate checks who they are before the proctor resumes", "[ui][flow][move]")
{
    for (const int percent : {100, 200}) {
        INFO(percent << " %");
        test::AppearanceFor look(percent);
        test::FlowStation station;
        station.startItems();
        REQUIRE(station.engine->answer(0, 1));
        REQUIRE(station.engine->pause(station.proctor(), QStringLiteral("moved here")));
        // As the kiosk opens a session that came from another station.
        ui::WelcomeScreen::Details details{QStringLiteral("Casey Candidate"),
                                           QStringLiteral("C-1001"),
                                           station.content.module.title,
                                           station.content.module.code,
                                           station.engine->itemCount(),
                                           station.content.module.timeLimitMinutes,
                                           station.engine->timeFactorPercent(),
                                           1,
                                           1,
                                           false,
                                           QStringLiteral("c0ffee-station-4")};
        station.flow.showModule({station.engine.get(), &station.content, details, {}});
        test::settle();
        CHECK(station.heading() == QStringLiteral("Your module goes on at this station"));
        const QString text = station.flow.messageScreen()->explanation();
        CHECK(text.contains(QStringLiteral("Casey Candidate, candidate ID C-1001")));
        CHECK(text.contains(QStringLiteral("the clock is stopped")));
        test::keepScreenshot(station.window, QStringLiteral("moved-in-%1").arg(percent));

        REQUIRE(station.engine->resume(station.proctor(), QStringLiteral("identity checked")));
        test::settle();
        CHECK(qobject_cast<ui::ItemScreen*>(station.screen()));
        REQUIRE(station.engine->pause(station.proctor(), QStringLiteral("noise")));
        test::settle();
        CHECK(station.heading() == QStringLiteral("Paused by the proctor"));
    }
}
