// The item screen against a real session engine on a real station database, with the sample bank.
#include "appearance.h"
#include "bankmedia.h"
#include "banks/richtext.h"
#include "itemscreen.h"
#include "itemstation.h"
#include "kioskwindow.h"
#include "linereader.h"
#include "optionbutton.h"
#include "readaloud.h"
#include "speech.h"
#include "stemview.h"
#include "textsize.h"
#include "timerdisplay.h"
#include "uisession.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLayout>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

using namespace exam;
using namespace exam::ui;
using namespace std::chrono_literals;
using test::ItemStation;

namespace {

// The width the stem shows an image at, against the image's natural width (logical pixels).
std::pair<int, int> imageWidths(StemView* stem, const banks::BankContent& content, const QString& name)
{
    const QImage shown = stem->document()
                             ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("bank-media:") + name))
                             .value<QImage>();
    const QImage natural = BankMedia(&content).render(name, 1.0, 0, 1.0);
    return {qRound(shown.width() / shown.devicePixelRatio()), natural.width()};
}

} // namespace

TEST_CASE("Item screen: shows the item, its options and the counts, and answers by mouse", "[ui][item]")
{
    ItemStation station;
    CHECK(station.text(QStringLiteral("itemProgress"))
          == QStringLiteral("Item 1 of %1").arg(station.engine->itemCount()));
    CHECK(station.text(QStringLiteral("itemAnswered"))
          == QStringLiteral("Answered: 0 of %1").arg(station.engine->itemCount()));
    const banks::ItemBody& body = station.shownItem().body.reveal();
    CHECK(station.find<StemView>(QStringLiteral("itemStem"))->plainText() == banks::RichText::toPlainText(body.stem));
    const QList<int>& order = station.engine->formItem(0).optionOrder;
    for (int i = 0; i < 5; ++i) {
        auto* option = station.find<OptionButton>(QStringLiteral("option%1").arg(QChar(u'A' + i)));
        CHECK(option->isVisibleTo(station.screen) == (i < order.size()));
        if (i < order.size()) {
            CHECK(option->accessibleName().startsWith(QStringLiteral("Option %1: ").arg(QChar(u'A' + i))));
            CHECK(option->height() >= option->heightForWidth(option->width()));
        }
    }
    test::keepScreenshot(station.window, QStringLiteral("item-1024x768"));

    auto* optionB = station.find<OptionButton>(QStringLiteral("optionB"));
    QTest::mouseClick(optionB, Qt::LeftButton);
    CHECK(station.engine->response(0).choice == 1); // saved before it shows
    CHECK(optionB->isChecked());
    // The chosen option's words are drawn in the chosen text colour of the scheme, on its fill.
    for (QLabel* label : optionB->findChildren<QLabel*>()) {
        INFO(label->text().toStdString());
        CHECK(label->palette().color(label->foregroundRole()) == optionB->palette().color(QPalette::HighlightedText));
        // ... and that is what is drawn: the darkest (or lightest) pixel of the words is that colour.
        const QImage drawn = optionB->grab(label->geometry()).toImage();
        const QColor ink = optionB->palette().color(QPalette::HighlightedText);
        bool inkFound = false;
        for (int y = 0; y < drawn.height() && !inkFound; ++y)
            for (int x = 0; x < drawn.width() && !inkFound; ++x)
                inkFound = drawn.pixelColor(x, y) == ink;
        CHECK(inkFound);
    }
    CHECK_FALSE(station.find<OptionButton>(QStringLiteral("optionA"))->isChecked());
    CHECK(station.text(QStringLiteral("itemAnswered")).startsWith(QStringLiteral("Answered: 1 of")));
    QTest::mouseClick(optionB, Qt::LeftButton); // clicking the chosen option again changes nothing
    CHECK(station.engine->response(0).choice == 1);

    QTest::mouseClick(station.find<QPushButton>(QStringLiteral("itemFlag")), Qt::LeftButton);
    CHECK(station.engine->response(0).flagged);
    CHECK(station.find<QPushButton>(QStringLiteral("itemFlag"))->isChecked());
    QTest::mouseClick(station.find<QPushButton>(QStringLiteral("itemNext")), Qt::LeftButton);
    CHECK(station.engine->currentPosition() == 1);
    CHECK(station.text(QStringLiteral("itemProgress")).startsWith(QStringLiteral("Item 2 of")));
    CHECK_FALSE(optionB->isChecked()); // the next item starts unanswered
    QTest::mouseClick(station.find<QPushButton>(QStringLiteral("itemPrevious")), Qt::LeftButton);
    CHECK(station.engine->currentPosition() == 0);
    CHECK(optionB->isChecked());
    QTest::mouseClick(station.find<QPushButton>(QStringLiteral("itemClear")), Qt::LeftButton);
    CHECK_FALSE(station.engine->response(0).choice.has_value());

    QSignalSpy review(station.screen, &ItemScreen::reviewRequested);
    QTest::mouseClick(station.find<QPushButton>(QStringLiteral("itemReview")), Qt::LeftButton);
    CHECK(review.size() == 1);
}

TEST_CASE("Item screen: every action by keyboard alone", "[ui][item]")
{
    ItemStation station;
    QSignalSpy review(station.screen, &ItemScreen::reviewRequested);
    QTest::keyClick(station.screen, Qt::Key_C);
    CHECK(station.engine->response(0).choice == 2);
    QTest::keyClick(station.screen, Qt::Key_1);
    CHECK(station.engine->response(0).choice == 0);
    QTest::keyClick(station.screen, Qt::Key_F);
    CHECK(station.engine->response(0).flagged);
    QTest::keyClick(station.screen, Qt::Key_Delete);
    CHECK_FALSE(station.engine->response(0).choice.has_value());
    QTest::keyClick(station.screen, Qt::Key_N);
    QTest::keyClick(station.screen, Qt::Key_N);
    CHECK(station.engine->currentPosition() == 2);
    QTest::keyClick(station.screen, Qt::Key_P);
    CHECK(station.engine->currentPosition() == 1);
    QTest::keyClick(station.screen, Qt::Key_R);
    CHECK(review.size() == 1);
    // A letter beyond the item's options does nothing.
    QTest::keyClick(station.screen, Qt::Key_E);
    CHECK_FALSE(station.engine->response(1).choice.has_value());

    // Next on the last item leads to the review, never past the end.
    for (int p = 0; p < station.engine->itemCount(); ++p)
        QTest::keyClick(station.screen, Qt::Key_N);
    CHECK(station.engine->currentPosition() == station.engine->itemCount() - 1);
    CHECK(station.find<QPushButton>(QStringLiteral("itemNext"))->text() == QStringLiteral("Go to review"));
    CHECK(review.size() >= 2);

    // Tab goes from the question to the options in order, and Space chooses the focused one.
    station.screen->findChild<StemView*>(QStringLiteral("itemStem"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == station.find<OptionButton>(QStringLiteral("optionA")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == station.find<OptionButton>(QStringLiteral("optionB")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(station.engine->response(station.engine->currentPosition()).choice == 1);
}

TEST_CASE("Item screen: an image item shows its drawing and gives screen readers its alt text", "[ui][item]")
{
    ItemStation station({1024, 768}, QStringLiteral("MEA-002"));
    station.goToItem(QStringLiteral("MEA-002"));
    auto* stem = station.find<StemView>(QStringLiteral("itemStem"));
    CHECK(stem->plainText().contains(QStringLiteral("Image: A vernier caliper.")));
    CHECK(stem->spokenName().endsWith(stem->plainText())); // what a screen reader says, after "Item n of N"
    test::settle();
    // The caliper drawing is laid out inside the stem: the stem is taller than its two lines of text.
    CHECK(stem->height() > 4 * stem->fontMetrics().height());
    const auto [shown, natural] = imageWidths(stem, station.content, QStringLiteral("caliper.svg"));
    CHECK(natural > 0);
    CHECK(shown == natural);
    test::keepScreenshot(station.window, QStringLiteral("item-image-1024x768"));
}

TEST_CASE("Item screen: image options are shown whole and named by their alt text", "[ui][item]")
{
    ItemStation station({1024, 768}, QStringLiteral("SAF-004"));
    station.goToItem(QStringLiteral("SAF-004"));
    test::settle();
    test::keepScreenshot(station.window, QStringLiteral("item-image-options-1024x768"));
    const QStringList alts{QStringLiteral("A red octagon"), QStringLiteral("A yellow triangle"),
                           QStringLiteral("A blue circle")};
    int named = 0;
    for (OptionButton* option : station.screen->findChildren<OptionButton*>()) {
        if (!option->isVisibleTo(station.screen))
            continue;
        CHECK(option->height() >= option->sizeHint().height());
        for (QLabel* label : option->findChildren<QLabel*>())
            CHECK(label->height() >= label->sizeHint().height()); // the whole image, not a slice
        for (const QString& alt : alts)
            named += option->accessibleName().contains(QStringLiteral("Image: ") + alt) ? 1 : 0;
    }
    CHECK(named == 3);
}

TEST_CASE("Item screen: a refused action says why and changes nothing, a restart shows the same item", "[ui][item]")
{
    ItemStation station;
    QTest::keyClick(station.screen, Qt::Key_B);
    QTest::keyClick(station.screen, Qt::Key_N);
    REQUIRE(station.engine->pause(station.proctor()));
    QTest::keyClick(station.screen, Qt::Key_A);
    CHECK_FALSE(station.engine->response(1).choice.has_value());
    CHECK(station.screen->problem().contains(QStringLiteral("paused")));
    CHECK(station.find<QLabel>(QStringLiteral("itemProblem"))->isVisibleTo(station.screen));
    REQUIRE(station.engine->resume(station.proctor()));
    QTest::keyClick(station.screen, Qt::Key_A);
    CHECK(station.engine->response(1).choice == 0);
    CHECK(station.screen->problem().isEmpty());

    // The kiosk restarts: a new engine on the same database shows item 2 with its answer.
    const qint64 id = station.engine->sessionId();
    station.screen->setSession(nullptr, nullptr);
    station.engine.reset();
    station.restart();
    station.engine = station.SessionFixture::engine(id);
    REQUIRE(station.engine->resume(station.proctor()));
    station.screen->setSession(station.engine.get(), &station.content);
    CHECK(station.text(QStringLiteral("itemProgress")).startsWith(QStringLiteral("Item 2 of")));
    CHECK(station.find<OptionButton>(QStringLiteral("optionA"))->isChecked());
}

TEST_CASE("Item screen: the time left, hidden on request", "[ui][item]")
{
    ItemStation station;
    auto* timer = station.find<TimerDisplay>(QString());
    CHECK(timer->shownText() == QStringLiteral("Time left 0:30:00"));
    station.clock.advance(16min);
    REQUIRE(station.engine->tick());
    station.screen->refreshTime();
    CHECK(timer->shownText() == QStringLiteral("Time left 0:14:00"));

    QTest::mouseClick(station.find<QPushButton>(QStringLiteral("timeToggle")), Qt::LeftButton);
    CHECK(timer->shownText() == QStringLiteral("Time hidden"));
    station.clock.advance(10min);
    REQUIRE(station.engine->tick());
    QTest::mouseClick(station.find<QPushButton>(QStringLiteral("timeToggle")), Qt::LeftButton);
    CHECK(timer->shownText() == QStringLiteral("Time left 0:04:00"));
    CHECK(timer->findChild<QLabel*>(QStringLiteral("timeLeft"))->accessibleName() == QStringLiteral("Time left"));
}

TEST_CASE("Item screen: extended time is shown beside the time left", "[ui][item]")
{
    test::UiSession station;
    auto engine = station.SessionFixture::engine(station.newSession(session::Accommodations::withTimeFactor(150)));
    REQUIRE(engine->start(station.proctor()));
    KioskWindow window;
    auto* screen = new ItemScreen;
    window.showScreen(screen);
    screen->setSession(engine.get(), &station.content);
    auto* timer = screen->findChild<TimerDisplay*>();
    REQUIRE(timer);
    CHECK(timer->shownText() == QStringLiteral("Time left 0:45:00 (extended time ×1.5)"));
}

TEST_CASE("Item screen: at 1920×1080 and at 200 % text on 1280×720, nothing clipped", "[ui][item]")
{
    {
        ItemStation station({1920, 1080});
        test::keepScreenshot(station.window, QStringLiteral("item-1920x1080"));
        for (QLabel* label : station.screen->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(station.screen) || !label->wordWrap())
                continue;
            INFO(label->objectName().toStdString()
                 << " " << label->text().toStdString() << " in " << label->parentWidget()->objectName().toStdString());
            CHECK(label->height() >= label->heightForWidth(label->width()));
        }
    }
    const test::AppearanceFor large(200);
    {
        ItemStation station({1280, 720}, QStringLiteral("MEA-002"));
        station.goToItem(QStringLiteral("MEA-002"));
        test::settle();
        test::keepScreenshot(station.window, QStringLiteral("item-image-1280x720-200"));
        CHECK(station.window.size() == QSize(1280, 720)); // it did not grow past the screen to fit
        const auto [shown, natural] = imageWidths(station.find<StemView>(QStringLiteral("itemStem")), station.content,
                                                  QStringLiteral("caliper.svg"));
        CHECK(std::abs(shown - 2 * natural) <= 1); // drawings grow with the text
        for (QPushButton* button : station.screen->findChildren<QPushButton*>()) {
            if (!button->isVisibleTo(station.screen))
                continue;
            INFO(button->text().toStdString());
            CHECK(button->width() >= button->sizeHint().width());
        }
        for (OptionButton* option : station.screen->findChildren<OptionButton*>())
            if (option->isVisibleTo(station.screen))
                CHECK(option->height() >= option->heightForWidth(option->width()));
    }
}

namespace {

// Speech that records what it was asked to say; a test says when each text has been spoken.
class RecordingSpeech : public Speech
{
public:
    bool working = true;
    QStringList said;
    int stops = 0;
    double rateSet = 0;

    bool available() const override { return working; }
    QString unavailableReason() const override
    {
        return working ? QString() : QStringLiteral("Read-aloud is not available: no speech engine. Ask your proctor.");
    }
    void say(const QString& text) override { said.append(text); }
    void stop() override { ++stops; }
    void setRate(double rate) override { rateSet = rate; }
    double rate() const override { return rateSet; }
    void finishSaying() { Q_EMIT finished(); }
};

} // namespace

TEST_CASE("Item screen: read-aloud reads the item's own read-aloud text, then each option, marking what it reads",
          "[ui][item][a11y][speech]")
{
    ItemStation station({1024, 768}, QStringLiteral("MEA-002"));
    RecordingSpeech speech;
    auto* button = station.find<QPushButton>(QStringLiteral("itemReadAloud"));
    station.screen->setReadAloud(false, &speech); // an engine, but not this candidate's accommodation
    CHECK_FALSE(button->isVisibleTo(station.screen));
    QTest::keyClick(station.screen, Qt::Key_S);
    CHECK(speech.said.isEmpty());

    station.screen->setReadAloud(true, &speech);
    CHECK(button->isVisibleTo(station.screen));
    station.goToItem(QStringLiteral("MEA-002"));
    QTest::keyClick(station.screen, Qt::Key_S);
    REQUIRE(speech.said.size() == 1);
    CHECK(speech.said.first() == QStringLiteral("What does the caliper in the picture read, in inches?"));
    auto* stem = station.find<StemView>(QStringLiteral("itemStem"));
    CHECK(stem->property("speaking").toBool());
    CHECK(button->isChecked());
    CHECK(button->text() == QStringLiteral("Stop reading"));
    test::settle();
    test::keepScreenshot(station.window, QStringLiteral("item-read-aloud-stem"));

    const int options = int(station.engine->formItem(station.engine->currentPosition()).optionOrder.size());
    speech.finishSaying();
    CHECK_FALSE(stem->property("speaking").toBool());
    auto* optionA = station.find<OptionButton>(QStringLiteral("optionA"));
    CHECK(optionA->property("speaking").toBool());
    REQUIRE(speech.said.size() == 2);
    CHECK(speech.said[1] == optionA->accessibleName());
    CHECK(speech.said[1].startsWith(QStringLiteral("Option A: ")));
    test::settle();
    test::keepScreenshot(station.window, QStringLiteral("item-read-aloud-option"));
    for (int i = 1; i < options; ++i)
        speech.finishSaying();
    CHECK(speech.said.size() == 1 + options);
    speech.finishSaying(); // the last option done: reading ends by itself
    CHECK_FALSE(button->isChecked());
    CHECK(button->text() == QStringLiteral("Read aloud"));
    for (OptionButton* option : station.screen->findChildren<OptionButton*>())
        CHECK_FALSE(option->property("speaking").toBool());

    SECTION("the key again stops it, and so does the next item")
    {
        QTest::keyClick(station.screen, Qt::Key_S);
        CHECK(button->isChecked());
        QTest::keyClick(station.screen, Qt::Key_S);
        CHECK_FALSE(button->isChecked());
        CHECK(speech.stops >= 1);
        CHECK_FALSE(stem->property("speaking").toBool());
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(button->isChecked());
        const int stopsBefore = speech.stops;
        QTest::keyClick(station.screen, station.engine->currentPosition() > 0 ? Qt::Key_P : Qt::Key_N);
        CHECK_FALSE(button->isChecked());
        CHECK(speech.stops == stopsBefore + 1);
        // An item without its own read-aloud text is read as its stem reads.
        QTest::keyClick(station.screen, Qt::Key_S);
        CHECK(speech.said.last() == stem->plainText());
    }
    SECTION("the reading speed, slower and faster, within its steps")
    {
        auto* display = station.find<QPushButton>(QStringLiteral("itemDisplay"));
        QTest::mouseClick(display, Qt::LeftButton);
        auto* speed = station.find<QLabel>(QStringLiteral("displaySpeed"));
        CHECK(speed->isVisibleTo(station.screen));
        CHECK(speed->text() == QStringLiteral("Reading speed: normal"));
        QTest::mouseClick(station.find<QPushButton>(QStringLiteral("displayFaster")), Qt::LeftButton);
        CHECK(speech.rateSet == Approx(0.25));
        CHECK(speed->text() == QStringLiteral("Reading speed: faster"));
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(station.find<QPushButton>(QStringLiteral("displaySlower")), Qt::LeftButton);
        CHECK(speech.rateSet == Approx(-0.5));
        CHECK(speed->text() == QStringLiteral("Reading speed: slowest"));
    }
    SECTION("a late 'finished' from a stopped text neither skips the question nor restarts anything")
    {
        QTest::keyClick(station.screen, Qt::Key_S);
        QTest::keyClick(station.screen, Qt::Key_S); // stopped
        speech.finishSaying();                      // the engine's late word about the stopped text
        CHECK_FALSE(button->isChecked());
        QTest::keyClick(station.screen, Qt::Key_S);
        const int said = int(speech.said.size());
        CHECK(stem->property("speaking").toBool());
        CHECK(speech.said.size() == said); // nothing more asked for until the stem is done
    }
    SECTION("a new text size keeps reading, the scroll position and the keyboard where they are")
    {
        QTest::keyClick(station.screen, Qt::Key_S);
        auto* optionB = station.find<OptionButton>(QStringLiteral("optionB"));
        optionB->setFocus();
        Appearance::instance().setTextPercent(150);
        test::settle();
        CHECK(button->isChecked());
        CHECK(stem->property("speaking").toBool());
        CHECK(QApplication::focusWidget() == optionB);
        Appearance::instance().reset();
        test::settle();
    }
    SECTION("answers are still given while it reads")
    {
        QTest::keyClick(station.screen, Qt::Key_S);
        QTest::keyClick(station.screen, Qt::Key_B);
        CHECK(station.engine->response(station.engine->currentPosition()).choice == 1);
    }
}

TEST_CASE("Item screen: where the station has no speech engine, read-aloud says why instead of failing",
          "[ui][item][a11y][speech]")
{
    ItemStation station;
    RecordingSpeech speech;
    speech.working = false;
    station.screen->setReadAloud(true, &speech);
    QTest::keyClick(station.screen, Qt::Key_S);
    CHECK(speech.said.isEmpty());
    CHECK(station.screen->problem() == speech.unavailableReason());
    CHECK_FALSE(station.find<QPushButton>(QStringLiteral("itemReadAloud"))->isChecked());
    // An engine that fails in the middle stops reading and says so.
    speech.working = true;
    QTest::keyClick(station.screen, Qt::Key_S);
    CHECK(station.screen->problem().isEmpty());
    Q_EMIT speech.failed(QStringLiteral("Read-aloud stopped: the speech engine reported a problem. Ask your proctor."));
    CHECK(station.screen->problem().startsWith(QStringLiteral("Read-aloud stopped")));
    CHECK_FALSE(station.find<QPushButton>(QStringLiteral("itemReadAloud"))->isChecked());
    CHECK_FALSE(station.find<StemView>(QStringLiteral("itemStem"))->property("speaking").toBool());
}

TEST_CASE("Speech: the station's engine either speaks a text to the end or says why it cannot, never hangs",
          "[ui][speech]")
{
    std::unique_ptr<Speech> speech = Speech::system();
    REQUIRE(speech);
    if (!speech->available()) {
        INFO(speech->unavailableReason().toStdString());
        CHECK(speech->unavailableReason().contains(QStringLiteral("proctor")));
        return;
    }
    QSignalSpy finished(speech.get(), &Speech::finished);
    QSignalSpy failed(speech.get(), &Speech::failed);
    speech->setRate(1.0);
    speech->say(QStringLiteral("One."));
    CHECK(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20'000));
    if (!failed.isEmpty())
        CHECK(failed.first().first().toString().contains(QStringLiteral("proctor")));
}

TEST_CASE("Item screen: the answer eliminator strikes options out and back in, by key and by right click, and "
          "is no answer",
          "[ui][item][a11y]")
{
    ItemStation station;
    auto* optionB = station.find<OptionButton>(QStringLiteral("optionB"));
    auto* optionC = station.find<OptionButton>(QStringLiteral("optionC"));
    const QString nameB = optionB->accessibleName();
    QTest::keyClick(station.screen, Qt::Key_B, Qt::ShiftModifier);
    CHECK(optionB->isStruck());
    CHECK(optionB->accessibleName() == nameB + QStringLiteral(" (struck out)"));
    for (QLabel* part : optionB->findChildren<QLabel*>())
        CHECK(part->font().strikeOut());
    CHECK_FALSE(station.engine->response(0).choice.has_value()); // not an answer
    QTest::mouseClick(optionC, Qt::RightButton, {}, QPoint(optionC->width() / 2, optionC->height() / 2));
    CHECK(optionC->isStruck());
    CHECK_FALSE(station.engine->response(0).choice.has_value());
    test::settle();
    test::keepScreenshot(station.window, QStringLiteral("item-eliminator"));

    // Kept while the candidate goes elsewhere and comes back; another item has its own.
    QTest::keyClick(station.screen, Qt::Key_N);
    CHECK_FALSE(optionB->isStruck());
    QTest::keyClick(station.screen, Qt::Key_P);
    CHECK(optionB->isStruck());
    CHECK(optionC->isStruck());
    // Struck back in; and choosing a struck option brings it back.
    QTest::mouseClick(optionC, Qt::RightButton, {}, QPoint(optionC->width() / 2, optionC->height() / 2));
    CHECK_FALSE(optionC->isStruck());
    QTest::keyClick(station.screen, Qt::Key_B);
    CHECK(station.engine->response(0).choice == 1);
    CHECK_FALSE(optionB->isStruck());
    CHECK(optionB->accessibleName() == nameB);

    // Saved with the item: a kiosk started again after a crash shows the same options struck out (C: every
    // item has at least three options).
    QTest::keyClick(station.screen, Qt::Key_C, Qt::ShiftModifier);
    REQUIRE(optionC->isStruck());
    const qint64 id = station.engine->sessionId();
    station.screen->setSession(nullptr, nullptr);
    station.engine.reset();
    station.restart();
    auto reopened = station.SessionFixture::engine(id);
    REQUIRE(reopened->resume(station.proctor()));
    auto* again = new ItemScreen;
    station.window.showScreen(again);
    again->setSession(reopened.get(), &station.content);
    test::settle();
    auto* struckC = again->findChild<OptionButton*>(QStringLiteral("optionC"));
    REQUIRE(struckC);
    CHECK(struckC->isStruck());
    CHECK_FALSE(again->findChild<OptionButton*>(QStringLiteral("optionB"))->isStruck());
    again->setSession(nullptr, nullptr);
}

TEST_CASE("Item screen: the line reader shows a band over the item that follows the mouse and the keys, and lets "
          "clicks through",
          "[ui][item][a11y]")
{
    ItemStation station;
    auto* reader = station.screen->findChild<LineReader*>(QStringLiteral("lineReader"));
    REQUIRE(reader);
    CHECK_FALSE(reader->isVisible());
    QTest::keyClick(station.screen, Qt::Key_L);
    CHECK(reader->isVisible());
    CHECK(station.find<QPushButton>(QStringLiteral("itemLineReader"))->isChecked());
    auto* viewport = reader->parentWidget();
    CHECK(reader->geometry() == viewport->rect());
    const int top = reader->bandTop();
    QTest::keyClick(station.screen, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(station.screen, Qt::Key_Down, Qt::AltModifier);
    CHECK(reader->bandTop() == top + 2 * reader->fontMetrics().lineSpacing());
    QTest::keyClick(station.screen, Qt::Key_Up, Qt::AltModifier);
    CHECK(reader->bandTop() == top + reader->fontMetrics().lineSpacing());
    // From the question and an option, which have the keyboard (the question would scroll with it).
    QTest::keyClick(station.find<StemView>(QStringLiteral("itemStem")), Qt::Key_Down, Qt::AltModifier);
    CHECK(reader->bandTop() == top + 2 * reader->fontMetrics().lineSpacing());
    QTest::keyClick(station.find<OptionButton>(QStringLiteral("optionA")), Qt::Key_Up, Qt::AltModifier);
    CHECK(reader->bandTop() == top + reader->fontMetrics().lineSpacing());
    QMouseEvent move(QEvent::MouseMove, QPointF(40, 200), viewport->mapToGlobal(QPointF(40, 200)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    CHECK(reader->bandTop() == 200 - reader->bandHeight() / 2);
    // Far below: the band stops at the bottom, whole.
    for (int i = 0; i < 200; ++i)
        reader->moveBy(1);
    CHECK(reader->bandTop() + reader->bandHeight() <= viewport->height());
    test::settle();
    test::keepScreenshot(station.window, QStringLiteral("item-line-reader"));
    // Clicks go through to the options under it.
    auto* optionA = station.find<OptionButton>(QStringLiteral("optionA"));
    QTest::mouseClick(optionA, Qt::LeftButton, {}, QPoint(optionA->width() / 2, optionA->height() / 2));
    CHECK(station.engine->response(0).choice == 0);
    QTest::keyClick(station.screen, Qt::Key_L);
    CHECK_FALSE(reader->isVisible());
}
