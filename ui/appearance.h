#pragma once

#include "colourscheme.h"

#include <QObject>

namespace exam::ui {

// The accessibility layer's look (core/DESIGN.md, "User interface"): the colour scheme and the text size
// the whole kiosk runs with. Screens do not choose colours or sizes themselves: they use the palette,
// the scheme's style sheet and text roles (TextSize::setRole), so a change here reaches every screen at
// once, also in the middle of an item. One per application.
class Appearance : public QObject
{
    Q_OBJECT
public:
    // Call before the QApplication exists (it sets an application attribute the layer needs).
    static void beforeApplication();
    // The application's appearance; the first call applies the standard scheme at 100 %.
    static Appearance& instance();

    void apply(ColourScheme::Id scheme, int textPercent);
    void setScheme(ColourScheme::Id scheme);
    void setTextPercent(int percent);
    // The next larger or smaller of TextSize::steps(); the same at either end.
    void largerText();
    void smallerText();
    // What a new candidate starts from: standard colours, 100 %.
    void reset();

    ColourScheme::Id scheme() const { return m_scheme; }
    const ColourScheme& colours() const { return ColourScheme::of(m_scheme); }
    int textPercent() const; // the application font's, however it was set

Q_SIGNALS:
    void changed();

private:
    Appearance();

    ColourScheme::Id m_scheme = ColourScheme::Id::Standard;
};

} // namespace exam::ui
