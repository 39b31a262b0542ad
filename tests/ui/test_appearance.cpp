// The accessibility layer's look (A1, A2): colour schemes whose contrast is computed here with the WCAG
// formula from the very palette and style sheet the kiosk runs with, and text sizes that reach every
// screen at once without clipping a word.
#include "appearance.h"
#include "flowstation.h"
#include "itemscreen.h"
#include "kioskwindow.h"
#include "optionbutton.h"
#include "screenframe.h"
#include "session/sessionstate.h"
#include "textsize.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>

#include <cmath>

using namespace exam;
using namespace exam::ui;
using test::FlowStation;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor& colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Rule
{
    QString selector;
    QMap<QString, QString> declarations;
};

QList<Rule> parseStyleSheet(const QString& sheet)
{
    QList<Rule> rules;
    for (const QString& block : sheet.split(u'}', Qt::SkipEmptyParts)) {
        const qsizetype open = block.indexOf(u'{');
        if (open < 0)
            continue;
        Rule rule{block.left(open).trimmed(), {}};
        for (const QString& declaration : block.mid(open + 1).split(u';', Qt::SkipEmptyParts)) {
            const qsizetype colon = declaration.indexOf(u':');
            if (colon > 0)
                rule.declarations.insert(declaration.left(colon).trimmed(), declaration.mid(colon + 1).trimmed());
        }
        rules.append(rule);
    }
    return rules;
}

// "0.25em solid #0060df" → the colour; invalid for "transparent" and the like.
QColor borderColour(const QString& border)
{
    const QRegularExpressionMatch hex = QRegularExpression(QStringLiteral("#[0-9a-fA-F]{6}")).match(border);
    return hex.hasMatch() ? QColor(hex.captured()) : QColor();
}

double textMinimum(const ColourScheme& scheme)
{
    return scheme.highContrast ? 7.0 : 4.5;
}

} // namespace

TEST_CASE("Colour schemes: text at least 7:1 (4.5:1 standard), borders and focus at least 3:1, computed from "
          "the palette and the style sheet",
          "[ui][appearance][a11y]")
{
    for (ColourScheme::Id id : ColourScheme::all()) {
        const ColourScheme& scheme = ColourScheme::of(id);
        INFO(ColourScheme::key(id).toStdString());
        const double text = textMinimum(scheme);

        // The palette, in every colour group.
        const QPalette palette = scheme.palette();
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            INFO("colour group " << int(group));
            const double needed = group == QPalette::Disabled ? 4.5 : text;
            CHECK(contrast(palette.color(group, QPalette::WindowText), palette.color(group, QPalette::Window))
                  >= needed);
            CHECK(contrast(palette.color(group, QPalette::Text), palette.color(group, QPalette::Base)) >= needed);
            CHECK(contrast(palette.color(group, QPalette::ButtonText), palette.color(group, QPalette::Button))
                  >= needed);
            CHECK(contrast(palette.color(group, QPalette::HighlightedText), palette.color(group, QPalette::Highlight))
                  >= text);
            CHECK(contrast(palette.color(group, QPalette::PlaceholderText), palette.color(group, QPalette::Base))
                  >= 4.5);
            // Frames, option outlines and tile outlines are drawn in Mid and Dark.
            for (QPalette::ColorRole border : {QPalette::Mid, QPalette::Dark}) {
                CHECK(contrast(palette.color(group, border), palette.color(group, QPalette::Window)) >= 3.0);
                CHECK(contrast(palette.color(group, border), palette.color(group, QPalette::Base)) >= 3.0);
            }
        }
        // The focus ring sits on the window, and on a field, a button or a chosen fill.
        for (const QColor& under : {scheme.window, scheme.base, scheme.button, scheme.chosen})
            CHECK(contrast(scheme.focus, under) >= 3.0);
        CHECK(scheme.focus != scheme.border); // focus is more than a thicker border

        // The style sheet: every rule that sets a text colour sets its background, and each pair, each
        // selection pair and each border passes.
        int pairs = 0;
        int borders = 0;
        for (const Rule& rule : parseStyleSheet(scheme.styleSheet())) {
            INFO(rule.selector.toStdString());
            const auto& d = rule.declarations;
            if (d.contains(QStringLiteral("color"))) {
                REQUIRE(d.contains(QStringLiteral("background-color")));
                const QColor fore(d.value(QStringLiteral("color")));
                const QColor back(d.value(QStringLiteral("background-color")));
                REQUIRE(fore.isValid());
                REQUIRE(back.isValid());
                CHECK(contrast(fore, back) >= (rule.selector.contains(QStringLiteral(":disabled")) ? 4.5 : text));
                ++pairs;
                const QColor border = borderColour(d.value(QStringLiteral("border")));
                if (border.isValid() && border != back) {
                    CHECK(contrast(border, scheme.window) >= 3.0);
                    CHECK(contrast(border, back) >= 3.0);
                    ++borders;
                }
            }
            if (rule.selector.startsWith(QStringLiteral("QScrollBar::handle"))) {
                // A scroll bar's handle, against the bar it moves in.
                CHECK(contrast(QColor(d.value(QStringLiteral("background-color"))), scheme.window) >= 3.0);
                ++borders;
            }
            if (d.contains(QStringLiteral("background-color")) && !d.contains(QStringLiteral("color"))
                && (rule.selector == QStringLiteral("QScrollBar:vertical")
                    || rule.selector == QStringLiteral("QScrollBar:horizontal"))) {
                CHECK(contrast(borderColour(d.value(QStringLiteral("border"))), scheme.window) >= 3.0);
                ++borders;
            }
            if (d.contains(QStringLiteral("selection-color")))
                CHECK(contrast(QColor(d.value(QStringLiteral("selection-color"))),
                               QColor(d.value(QStringLiteral("selection-background-color"))))
                      >= text);
        }
        CHECK(pairs >= 8);
        CHECK(borders >= 6);
    }
}

TEST_CASE("Colour schemes: the WCAG computation itself gives the published ratios", "[ui][appearance][a11y]")
{
    CHECK(contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrast(Qt::white, Qt::white) == Approx(1.0));
    CHECK(contrast(QColor(0x767676), Qt::white) == Approx(4.54).margin(0.01)); // the classic AA grey
    CHECK(contrast(QColor(0x595959), Qt::white) == Approx(7.0).margin(0.01));  // the classic AAA grey
}

TEST_CASE("Colour schemes: a change in the middle of an item reaches every screen, and the item screen in each "
          "scheme at 100 % and 200 %",
          "[ui][appearance][screenshots]")
{
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    station.press(Qt::Key_B); // one option chosen, so the chosen colours show too

    for (int percent : {100, 200}) {
        for (ColourScheme::Id id : ColourScheme::all()) {
            const ColourScheme& scheme = ColourScheme::of(id);
            const QString name = ColourScheme::key(id);
            INFO(name.toStdString() << " at " << percent << " %");
            const test::AppearanceFor look(percent, id);
            test::settle();
            CHECK(Appearance::instance().scheme() == id);
            CHECK(qApp->styleSheet().startsWith(scheme.styleSheet()));
            // Every screen, shown or not, has the scheme's colours and the size's font.
            const QList<ScreenFrame*> frames = station.window.findChildren<ScreenFrame*>();
            CHECK(frames.size() >= 6);
            for (ScreenFrame* frame : frames) {
                INFO(frame->widget()->objectName().toStdString());
                CHECK(frame->widget()->palette().color(QPalette::Window) == scheme.window);
                CHECK(frame->widget()->palette().color(QPalette::WindowText) == scheme.text);
            }
            for (QLabel* label : station.window.findChildren<QLabel*>()) {
                const bool onChosen = qobject_cast<OptionButton*>(label->parentWidget())
                                      && qobject_cast<OptionButton*>(label->parentWidget())->isChecked();
                const QColor ink = label->palette().color(label->isEnabled() ? QPalette::Active : QPalette::Disabled,
                                                          label->foregroundRole());
                INFO(label->objectName().toStdString() << " " << label->text().left(40).toStdString());
                if (label->objectName() == QStringLiteral("banner"))
                    CHECK(ink == scheme.chosenText);
                else
                    CHECK(ink
                          == (onChosen             ? scheme.chosenText
                              : label->isEnabled() ? scheme.text
                                                   : scheme.disabledText));
            }
            // What is drawn: the window's colour behind, the progress line in the text colour.
            const QImage shot = station.window.grab().toImage();
            CHECK(shot.pixelColor(2, shot.height() / 2) == scheme.window);
            auto* progress = items->findChild<QLabel*>(QStringLiteral("itemProgress"));
            const QImage words = progress->grab().toImage();
            bool inkFound = false;
            for (int y = 0; y < words.height() && !inkFound; ++y)
                for (int x = 0; x < words.width() && !inkFound; ++x)
                    inkFound = words.pixelColor(x, y) == scheme.text;
            CHECK(inkFound);
            CHECK(TextSize::percent() == percent);
            // The words of an option are as large as the option's role, whichever size came before.
            for (OptionButton* option : items->findChildren<OptionButton*>()) {
                CHECK(option->font().pointSizeF() == Approx(TextSize::BasePointSize * percent / 100.0 * 1.25));
                for (QLabel* part : option->findChildren<QLabel*>())
                    CHECK(part->font().pointSizeF() == Approx(option->font().pointSizeF()));
            }
            CHECK(progress->font().pointSizeF() == Approx(TextSize::BasePointSize * percent / 100.0 * 1.15));
            test::keepScreenshot(station.window, QStringLiteral("item-%1-%2").arg(name).arg(percent));
        }
    }
}

TEST_CASE("Text size: changed in the middle of a module it reaches every screen, shown or not, and at 200 % on "
          "1280×720 every candidate screen gives each word the room it needs",
          "[ui][appearance][a11y][screenshots]")
{
    FlowStation station({1280, 720});
    QLabel* welcomeTitle = station.screen()->findChild<QLabel*>(QStringLiteral("welcomeTitle"));
    REQUIRE(welcomeTitle);
    const qreal titleAt100 = welcomeTitle->font().pointSizeF();
    auto* welcomeYes = station.screen()->findChild<QAbstractButton*>(QStringLiteral("welcomeYes"));
    REQUIRE(welcomeYes);
    CHECK(welcomeYes->font().pointSizeF() == Approx(TextSize::BasePointSize));
    station.click(QStringLiteral("welcomeYes"));
    {
        // Changed on the practice screen: the welcome screen, no longer shown, has the new size too.
        const test::AppearanceFor large(200);
        test::settle();
        CHECK(welcomeTitle->font().pointSizeF() == Approx(2 * titleAt100));
        CHECK(test::checkFontsFollowTextSize(&station.window) > 100);
        // Widgets without a role of their own follow the application font.
        CHECK(welcomeYes->font().pointSizeF() == Approx(2 * TextSize::BasePointSize));
        auto* practiceReady = station.screen()->findChild<QAbstractButton*>(QStringLiteral("practiceReady"));
        REQUIRE(practiceReady);
        CHECK(practiceReady->font().pointSizeF() == Approx(2 * TextSize::BasePointSize));
        const auto check = [&](const QString& name) {
            test::settle();
            CHECK(station.window.size() == QSize(1280, 720));
            test::checkTextFits(station.screen(), name);
            test::keepScreenshot(station.window, QStringLiteral("fit200-") + name);
        };
        check(QStringLiteral("practice"));
        station.click(QStringLiteral("practiceReady"));
        check(QStringLiteral("ready"));
        REQUIRE(station.engine->start(station.proctor()));
        check(QStringLiteral("item"));
        station.press(Qt::Key_B);
        check(QStringLiteral("item-chosen"));
        station.press(Qt::Key_R);
        check(QStringLiteral("review"));
        station.click(QStringLiteral("reviewSubmit"));
        check(QStringLiteral("submit"));
        station.click(QStringLiteral("submitNow"));
        check(QStringLiteral("report"));
    }
    // And back: 100 % again everywhere.
    test::settle();
    CHECK(welcomeTitle->font().pointSizeF() == Approx(titleAt100));
    CHECK(welcomeYes->font().pointSizeF() == Approx(TextSize::BasePointSize));
}

TEST_CASE("Text size: steps from 100 % to 300 %, larger and smaller stop at the ends", "[ui][appearance]")
{
    FlowStation station({1280, 720});
    Appearance& appearance = Appearance::instance();
    const test::AppearanceFor start(100);
    appearance.smallerText();
    CHECK(appearance.textPercent() == 100);
    QList<int> seen{appearance.textPercent()};
    for (int i = 0; i < 10; ++i) {
        appearance.largerText();
        if (seen.last() != appearance.textPercent())
            seen.append(appearance.textPercent());
    }
    CHECK(seen == TextSize::steps());
    CHECK(seen.first() == 100);
    CHECK(seen.last() == 300);
    appearance.smallerText();
    CHECK(appearance.textPercent() == 250);
    // At 300 % the welcome screen still fits its words (it scrolls rather than clips).
    test::settle();
    test::checkTextFits(station.screen(), QStringLiteral("welcome at 300 %"));
}

TEST_CASE("Display settings: the candidate changes text size and colours during the exam, by mouse and by keys",
          "[ui][appearance]")
{
    const test::AppearanceFor start(100);
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    QWidget* panel = items->findChild<QWidget*>(QStringLiteral("displayPanel"));
    REQUIRE(panel);
    CHECK_FALSE(panel->isVisible());
    station.click(QStringLiteral("itemDisplay"));
    CHECK(panel->isVisible());
    auto* size = panel->findChild<QLabel*>(QStringLiteral("displayTextSize"));
    CHECK(size->text() == QStringLiteral("Text size: 100 % (the smallest)"));

    QTest::mouseClick(panel->findChild<QAbstractButton*>(QStringLiteral("displayLarger")), Qt::LeftButton);
    test::settle();
    CHECK(Appearance::instance().textPercent() == 125);
    CHECK(size->text() == QStringLiteral("Text size: 125 %"));
    auto* yellow = panel->findChild<QAbstractButton*>(QStringLiteral("displayScheme-yellow-on-black"));
    QTest::mouseClick(yellow, Qt::LeftButton);
    test::settle();
    CHECK(Appearance::instance().scheme() == ColourScheme::Id::YellowOnBlack);
    CHECK(yellow->isChecked());
    CHECK_FALSE(panel->findChild<QAbstractButton*>(QStringLiteral("displayScheme-standard"))->isChecked());
    test::keepScreenshot(station.window, QStringLiteral("item-display-settings-yellow-125"));

    // Keys from the item (the answer keys still answer): Ctrl+Plus twice, Ctrl+Minus, Ctrl+0.
    station.press(Qt::Key_C);
    CHECK(station.engine->response(0).choice == 2);
    QWidget* focused = QApplication::focusWidget();
    REQUIRE(focused);
    QTest::keyClick(focused, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(Appearance::instance().textPercent() == 175);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(Appearance::instance().textPercent() == 150);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
    CHECK(Appearance::instance().textPercent() == 100);
    CHECK(station.engine->response(0).choice == 2); // none of these answered anything

    // Every control of the panel is on the Tab path.
    QList<QString> reached;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.append(QApplication::focusWidget()->objectName());
    }
    for (const QString& name : {QStringLiteral("displaySmaller"), QStringLiteral("displayLarger"),
                                QStringLiteral("displayScheme-white-on-black")})
        CHECK(reached.contains(name));
}

TEST_CASE("Colour schemes: the names the station stores are the kiosk's schemes, one for one", "[ui][appearance]")
{
    QStringList keys;
    for (ColourScheme::Id id : ColourScheme::all()) {
        keys.append(ColourScheme::key(id));
        ColourScheme::Id back = ColourScheme::Id::Standard;
        CHECK(ColourScheme::fromKey(ColourScheme::key(id), &back));
        CHECK(back == id);
    }
    CHECK(keys == session::Accommodations::colourSchemes());
    ColourScheme::Id unknown = ColourScheme::Id::YellowOnBlack;
    CHECK_FALSE(ColourScheme::fromKey(QStringLiteral("pink"), &unknown));
    CHECK(unknown == ColourScheme::Id::YellowOnBlack);
}

TEST_CASE("Text size: the style sheet's borders and padding grow with the text, on widgets made before the change",
          "[ui][appearance]")
{
    // The style sheet's lengths are in em, worked out when a widget is polished.
    KioskWindow window;
    auto* before = new QPushButton(QStringLiteral("Before"), &window);
    before->setFocusPolicy(Qt::NoFocus); // focus has its own border and padding
    window.show();
    test::settle();
    const int at100 = before->sizeHint().height();
    {
        const test::AppearanceFor large(200);
        test::settle();
        QPushButton after(QStringLiteral("Before"), &window);
        after.setFocusPolicy(Qt::NoFocus);
        after.show();
        test::settle();
        CHECK(before->sizeHint().height() == after.sizeHint().height());
        CHECK(before->sizeHint().height() > at100 * 17 / 10);
    }
    test::settle();
    CHECK(before->sizeHint().height() == at100);
}

TEST_CASE("Combo box arrows grow with the text and take the scheme's text colour", "[ui][appearance]")
{
    const auto arrowPixels = [](ColourScheme::Id id, int textPercent) {
        const test::AppearanceFor appearance(textPercent, id);
        QComboBox combo;
        combo.addItems({QStringLiteral("Standard time"), QStringLiteral("Untimed")});
        combo.resize(combo.sizeHint());
        combo.show();
        test::settle();
        const QImage image = combo.grab().toImage();
        // The arrow: pixels of the text colour in the right end of the box (the text is at the left).
        const QColor text = combo.palette().color(QPalette::Text);
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = image.width() * 3 / 4; x < image.width(); ++x)
                count += QColor(image.pixel(x, y)) == text ? 1 : 0;
        return count;
    };
    const int standard = arrowPixels(ColourScheme::Id::Standard, 100);
    CHECK(standard > 20);
    // Twice the text, about four times the arrow (an area): Fusion's own stays at 14 × 8 pixels.
    CHECK(arrowPixels(ColourScheme::Id::Standard, 200) > 3 * standard);
    CHECK(arrowPixels(ColourScheme::Id::YellowOnBlack, 100) > 20);
}
