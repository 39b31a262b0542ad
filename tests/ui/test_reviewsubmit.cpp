// The review grid and the submit confirmation against a real engine.
#include "kioskwindow.h"
#include "reviewscreen.h"
#include "submitscreen.h"
#include "uisession.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace exam;
using namespace exam::ui;

namespace {

struct ReviewStation : test::UiSession
{
    KioskWindow window;
    ReviewScreen* review = new ReviewScreen;
    SubmitScreen* submit = new SubmitScreen;

    explicit ReviewStation(QSize size = {1024, 768})
    {
        // Items 1 and 3 answered, 2 flagged, the rest untouched; the candidate is on item 3.
        REQUIRE(engine->answer(0, 1));
        REQUIRE(engine->setFlag(1, true));
        REQUIRE(engine->answer(2, 0));
        window.showScreen(submit);
        window.showScreen(review);
        review->setSession(engine.get());
        submit->setSession(engine.get());
        window.resize(size);
        window.show();
        test::settle();
    }

    QString text(QWidget* screen, const QString& name)
    {
        auto* label = screen->findChild<QLabel*>(name);
        REQUIRE(label);
        return label->text();
    }
};

} // namespace

TEST_CASE("Review screen: every item with its state in words, any item opens from it", "[ui][review]")
{
    ReviewStation station;
    test::keepScreenshot(station.window, QStringLiteral("review-1024x768"));
    const QList<ReviewTile*> tiles = station.review->tiles();
    REQUIRE(tiles.size() == station.engine->itemCount());
    CHECK(tiles[0]->answered());
    CHECK_FALSE(tiles[1]->answered());
    CHECK(tiles[1]->flagged());
    CHECK(tiles[2]->answered());
    CHECK(tiles[0]->accessibleName() == QStringLiteral("Item 1: answered"));
    CHECK(tiles[1]->accessibleName() == QStringLiteral("Item 2: not answered, flagged"));
    CHECK(station.text(station.review, QStringLiteral("reviewSummary"))
              .startsWith(QStringLiteral("2 of %1 answered, %2 not answered, 1 flagged")
                              .arg(station.engine->itemCount())
                              .arg(station.engine->itemCount() - 2)));
    // Tiles sit in rows, every one fully inside the grid's width.
    CHECK(tiles[1]->y() == tiles[0]->y());
    for (ReviewTile* tile : tiles)
        CHECK(tile->geometry().right() < station.review->width());

    QSignalSpy opened(station.review, &ReviewScreen::itemRequested);
    QTest::mouseClick(tiles[1], Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toInt() == 1);

    // By keyboard: arrows move between tiles, Enter opens.
    tiles[0]->setFocus();
    QTest::keyClick(tiles[0], Qt::Key_Right);
    CHECK(tiles[1]->hasFocus());
    QTest::keyClick(tiles[1], Qt::Key_Left);
    CHECK(tiles[0]->hasFocus());
    QTest::keyClick(tiles[0], Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(opened.last().first().toInt() == 0);
    // Down and Up move by a whole row: to the tile below, in the same column.
    const int below = int(std::find_if(tiles.cbegin(), tiles.cend(),
                                       [&](ReviewTile* t) { return t->y() > tiles[0]->y() && t->x() == tiles[0]->x(); })
                          - tiles.cbegin());
    REQUIRE(below < tiles.size());
    REQUIRE(below > 1);
    QTest::keyClick(tiles[0], Qt::Key_Down);
    CHECK(tiles[below]->hasFocus());
    QTest::keyClick(tiles[below], Qt::Key_Up);
    CHECK(tiles[0]->hasFocus());

    // The state follows the engine.
    REQUIRE(station.engine->answer(1, 2));
    CHECK(tiles[1]->answered());
    QSignalSpy back(station.review, &ReviewScreen::backRequested);
    auto* backButton = station.review->findChild<QPushButton*>(QStringLiteral("reviewBack"));
    CHECK(backButton->text() == QStringLiteral("Back to item 2"));
    QTest::mouseClick(backButton, Qt::LeftButton);
    CHECK(back.size() == 1);
}

TEST_CASE("Submit screen: names unanswered and flagged items, going back is the default, submit is final",
          "[ui][review]")
{
    ReviewStation station;
    station.window.showScreen(station.submit);
    station.submit->refresh();
    test::settle();
    test::keepScreenshot(station.window, QStringLiteral("submit-1024x768"));
    const int count = station.engine->itemCount();
    CHECK(station.text(station.submit, QStringLiteral("submitAnswered"))
          == QStringLiteral("You have answered 2 of %1 items.").arg(count));
    QStringList rest{QStringLiteral("2")};
    for (int i = 4; i <= count; ++i)
        rest.append(QString::number(i));
    CHECK(station.text(station.submit, QStringLiteral("submitUnanswered"))
          == QStringLiteral("Not answered (%1), counted as wrong if you submit now. Item numbers: %2.")
                 .arg(count - 2)
                 .arg(rest.join(QStringLiteral(", "))));
    CHECK(station.text(station.submit, QStringLiteral("submitFlagged"))
          == QStringLiteral("Flagged for review (1). Item numbers: 2."));

    // Enter does not submit: the default is to go back.
    QSignalSpy back(station.submit, &SubmitScreen::backRequested);
    QSignalSpy submitted(station.submit, &SubmitScreen::submitted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(back.size() == 1);
    CHECK(station.engine->state() == session::SessionState::InProgress);

    SECTION("a refused submit says why and the session goes on")
    {
        REQUIRE(station.engine->pause(station.proctor()));
        QTest::mouseClick(station.submit->findChild<QPushButton*>(QStringLiteral("submitNow")), Qt::LeftButton);
        CHECK(submitted.isEmpty());
        CHECK(station.submit->problem().contains(QStringLiteral("paused")));
        CHECK(station.engine->state() == session::SessionState::Paused);
    }
    SECTION("submitting ends the session")
    {
        QTest::mouseClick(station.submit->findChild<QPushButton*>(QStringLiteral("submitNow")), Qt::LeftButton);
        CHECK(submitted.size() == 1);
        CHECK(station.engine->state() == session::SessionState::Submitted);
    }
}

TEST_CASE("Review screen: at 200 % text the tiles reflow into fewer columns and nothing is cut", "[ui][review]")
{
    const test::AppearanceFor large(200);
    {
        ReviewStation station({1024, 768});
        test::keepScreenshot(station.window, QStringLiteral("review-1024x768-200"));
        CHECK(station.window.size() == QSize(1024, 768));
        for (ReviewTile* tile : station.review->tiles()) {
            CHECK(tile->width() >= tile->sizeHint().width());
            CHECK(tile->geometry().right() < station.review->width());
        }
        test::keepScreenshot(station.window, QStringLiteral("review-1024x768-200"));
    }
}
