#pragma once

#include <QFont>

class QWidget;

namespace exam::ui {

// The kiosk's text size: a base readable at arm's length on a test-centre screen (100 %), scaled by
// the candidate's or proctor's setting (100–300 %). Headings and item text are larger than the base by
// a factor (their role); a change of size sets the application font and then every widget that has a
// role again, on every screen, shown or not.
class TextSize
{
public:
    static constexpr qreal BasePointSize = 12.0;
    static constexpr int Minimum = 100;
    static constexpr int Maximum = 300;

    // Sets the application font to the base size times percent / 100 (through Appearance), then
    // applyRoles() sets every role's font from it.
    static void apply(int percent);
    static void applyRoles();
    static int percent();
    // The sizes offered to candidates and proctors, smallest first.
    static QList<int> steps();

    // Gives `widget` a font `factor` times the current text size (bold or not), now and after every
    // change of size. How screens size headings and item text.
    static void setRole(QWidget* widget, qreal factor, bool bold = false);

    // How much larger than the 100 % base a font is (images grow by this factor).
    static qreal zoom(const QFont& font);
    // `font` made `factor` times larger (and bold): for fonts a widget draws with itself.
    static QFont scaled(QFont font, qreal factor, bool bold = false);
};

} // namespace exam::ui
