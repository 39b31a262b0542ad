// The item screen's controls under the item at large text on a small screen: the tools fold behind
// one button so the item keeps its room (issue 23, item 16).
#include "itemstation.h"

#include <QApplication>
#include <QPushButton>

using namespace exam;
using namespace exam::ui;
using test::ItemStation;

TEST_CASE("Item screen: at 200 % on 1280×720 the tools fold behind a Tools button that opens them in a row of "
          "their own, and at 100 % or on a taller screen they stay beside the moves",
          "[ui][item][appearance]")
{
    ItemStation station({1280, 720}, QStringLiteral("MEA-002"));
    station.goToItem(QStringLiteral("MEA-002")); // a line of stem and a picture of a caliper
    REQUIRE(station.content.module.calculatorAllowed);
    auto* tools = station.find<QPushButton>(QStringLiteral("itemTools"));
    auto* calculator = station.find<QPushButton>(QStringLiteral("itemCalculator"));
    auto* review = station.find<QPushButton>(QStringLiteral("itemReview"));
    // 100 %: one row, no Tools button.
    CHECK_FALSE(tools->isVisibleTo(station.screen));
    CHECK(calculator->isVisibleTo(station.screen));
    CHECK(calculator->mapTo(station.screen, QPoint()).y() == review->mapTo(station.screen, QPoint()).y());
    {
        const test::AppearanceFor large(200);
        test::settle();
        CHECK(tools->isVisibleTo(station.screen));
        CHECK_FALSE(calculator->isVisibleTo(station.screen));
        test::checkFirstOptionInView(station.screen);
        // Tab reaches Tools after Review; Space opens the row, where the calculator is.
        review->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == tools);
        QTest::keyClick(tools, Qt::Key_Space);
        test::settle();
        CHECK(tools->isChecked());
        REQUIRE(calculator->isVisibleTo(station.screen));
        CHECK(calculator->mapTo(station.screen, QPoint()).y() < review->mapTo(station.screen, QPoint()).y());
        QTest::mouseClick(calculator, Qt::LeftButton);
        test::settle();
        CHECK(station.find<QWidget>(QStringLiteral("calculator"))->isVisibleTo(station.screen));
        // Keys work whether the tools are open or not.
        QTest::mouseClick(tools, Qt::LeftButton);
        test::settle();
        CHECK_FALSE(calculator->isVisibleTo(station.screen));
        QTest::keyClick(station.screen, Qt::Key_L);
        CHECK(station.screen->lineReaderShown());
        QTest::keyClick(station.screen, Qt::Key_L);
        // A taller screen at the same text size has room for the rows: no folding.
        station.window.resize(1920, 1080);
        test::settle();
        CHECK_FALSE(tools->isVisibleTo(station.screen));
        CHECK(calculator->isVisibleTo(station.screen));
        station.window.resize(1280, 720);
        test::settle();
        CHECK(tools->isVisibleTo(station.screen));
        // On every item, the last one's wider "Go to review" too, the moves, Tools and Next share one
        // row: the item keeps the height the first option needs.
        auto* next = station.find<QPushButton>(QStringLiteral("itemNext"));
        for (;;) {
            INFO("item " << station.engine->currentPosition() + 1 << ", Next reads " << next->text().toStdString());
            const int rowTop = review->mapTo(station.screen, QPoint()).y();
            CHECK(tools->mapTo(station.screen, QPoint()).y() == rowTop);
            CHECK(next->mapTo(station.screen, QPoint()).y() == rowTop);
            if (station.engine->currentPosition() + 1 == station.engine->itemCount())
                break;
            QTest::keyClick(station.screen, Qt::Key_N);
            test::settle();
        }
    }
    test::settle();
    CHECK_FALSE(tools->isVisibleTo(station.screen));
    CHECK(calculator->isVisibleTo(station.screen));
}
