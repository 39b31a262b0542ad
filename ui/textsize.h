#pragma once

#include <QFont>

namespace exam::ui {

// The kiosk's text size: a base readable at arm's length on a test-centre screen (100 %), scaled by
// the candidate's or proctor's setting (100–300 %). Screens size everything relative to their font,
// so setting the application font is all a change of size takes.
class TextSize
{
public:
    static constexpr qreal BasePointSize = 12.0;

    // Sets the application font to the base size times percent / 100.
    static void apply(int percent);
    // How much larger than the 100 % base a font is (images grow by this factor).
    static qreal zoom(const QFont& font);
    // `font` made `factor` times larger (and bold): how screens size headings and item text relative to
    // the current text size.
    static QFont scaled(QFont font, qreal factor, bool bold = false);
};

} // namespace exam::ui
