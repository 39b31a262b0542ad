#include "kioskwindow.h"
#include "messagescreen.h"
#include "testsupport.h"

#include <QLabel>

using namespace exam::ui;

TEST_CASE("A message screen shows its heading and explanation, readable and accessible", "[ui]")
{
    KioskWindow window;
    auto* screen = new MessageScreen;
    window.showScreen(screen);
    screen->setMessage(QStringLiteral("Please call your proctor"),
                       QStringLiteral("Your answers are saved. The proctor will continue the session."));
    window.resize(1024, 768);
    window.show();

    CHECK(window.currentScreen() == screen);
    auto* heading = screen->findChild<QLabel*>(QStringLiteral("messageHeading"));
    auto* explanation = screen->findChild<QLabel*>(QStringLiteral("messageExplanation"));
    REQUIRE(heading);
    REQUIRE(explanation);
    CHECK(heading->text() == QStringLiteral("Please call your proctor"));
    CHECK(heading->accessibleName() == heading->text());
    CHECK(explanation->accessibleName() == explanation->text());
    CHECK(heading->font().pointSizeF() > explanation->font().pointSizeF());
    // Wrapped, never clipped: each label is at least as tall as it needs at its width.
    for (QLabel* label : {heading, explanation}) {
        CHECK(label->height() >= label->heightForWidth(label->width()));
        CHECK(label->wordWrap());
    }
    const QImage shot = window.grab().toImage();
    CHECK(shot.size() == QSize(1024, 768));
}
