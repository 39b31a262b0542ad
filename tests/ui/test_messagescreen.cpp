#include "kioskwindow.h"
#include "messagescreen.h"
#include "testsupport.h"
#include "wrappinglabel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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

TEST_CASE("Kiosk window: the keyboard follows the screen that is shown", "[ui]")
{
    KioskWindow window;
    auto* first = new QWidget;
    auto* firstButton = new QPushButton(QStringLiteral("First"), first);
    auto* second = new QWidget;
    auto* secondLayout = new QVBoxLayout(second);
    auto* label = new QLabel(QStringLiteral("Text"));
    auto* other = new QPushButton(QStringLiteral("Other"));
    auto* chosen = new QPushButton(QStringLiteral("Chosen"));
    secondLayout->addWidget(label);
    secondLayout->addWidget(other);
    secondLayout->addWidget(chosen);
    window.showScreen(first);
    window.resize(800, 600);
    window.show();
    QApplication::setActiveWindow(&window);
    firstButton->setFocus();
    REQUIRE(firstButton->hasFocus());

    window.addScreen(second);
    chosen->setFocus(); // chosen while its screen is hidden
    window.showScreen(second);
    CHECK(chosen->hasFocus());

    // A screen that chose nothing gets its first control.
    auto* third = new QWidget;
    auto* thirdButton = new QPushButton(QStringLiteral("Only"), third);
    window.showScreen(third);
    CHECK(thirdButton->hasFocus());
}

TEST_CASE("A wrapping label's remembered heights follow its text, font and margins", "[ui]")
{
    // Each answer is checked against a plain QLabel set up the same way, which works every height out anew.
    WrappingLabel label;
    QLabel reference;
    reference.setWordWrap(true);
    const auto same = [&](int width) {
        reference.setText(label.text());
        reference.setFont(label.font());
        reference.setContentsMargins(label.contentsMargins());
        reference.setIndent(label.indent());
        reference.setMinimumWidth(label.minimumWidth());
        return label.heightForWidth(width) == reference.heightForWidth(width);
    };
    label.setText(QStringLiteral("Your answers are saved. The proctor will continue the session when ready."));
    CHECK(label.wordWrap());
    for (int width : {-1, 120, 300, 120, 600, 80, 120, 300, -1}) // more widths than it keeps, and back
        CHECK(same(width));
    const int before = label.heightForWidth(120);
    label.setText(label.text() + label.text());
    CHECK(label.heightForWidth(120) > before);
    CHECK(same(120));
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    CHECK(same(120));
    CHECK(same(300));
    const int unindented = label.heightForWidth(300);
    label.setIndent(150);
    CHECK(label.heightForWidth(300) > unindented);
    CHECK(same(300));
    label.setContentsMargins(0, 40, 0, 40);
    CHECK(same(300));
    const int narrow = label.heightForWidth(200);
    label.setMinimumWidth(600); // QLabel lays the text out no narrower than this
    CHECK(label.heightForWidth(200) < narrow);
    CHECK(same(200));
}
