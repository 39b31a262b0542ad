#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

namespace exam::ui {

// One of the kiosk's colour schemes (A2): the standard look and three high-contrast ones. A scheme is a
// small table of colours; the palette and the style sheet the kiosk runs with are both made from it,
// so the contrast test checks exactly what the candidate sees.
struct ColourScheme
{
    Q_DECLARE_TR_FUNCTIONS(exam::ui::ColourScheme)

public:
    enum class Id { Standard, BlackOnWhite, WhiteOnBlack, YellowOnBlack };

    Id id = Id::Standard;
    QColor window; // the screen behind everything
    QColor text;   // all text on `window` and `base`
    QColor base;   // fields, options, tiles
    QColor button; // a button's face
    QColor buttonText;
    QColor border; // outlines of buttons, fields and options
    QColor focus;  // the focus indicator: thick, always around the focused control
    QColor chosen; // a chosen option, a checked button, the banner
    QColor chosenText;
    QColor disabledText; // still readable: "Previous" on the first item must be read, not guessed
    bool highContrast = false;

    static const ColourScheme& of(Id id);
    static QList<Id> all();

    // Stable names, stored with a sitting's accommodations: "standard", "black-on-white", ...
    static QString key(Id id);
    static bool fromKey(const QString& key, Id* id);
    // What the candidate and the proctor read: "Yellow on black".
    static QString displayName(Id id);

    QPalette palette() const;
    // The one style sheet for the scheme: buttons, fields, lists, check boxes, scroll bars and, on each,
    // the focus indicator. Lengths in em so they grow with the text.
    QString styleSheet() const;
};

} // namespace exam::ui
