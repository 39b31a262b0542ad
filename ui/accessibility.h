#pragma once

#include "wrappinglabel.h"

class QLabel;

namespace exam::ui {

// The kiosk's own accessible interfaces where Qt 6.4's fall short; installed once, before the first
// screen (KioskWindow does it).
//
// Scroll areas: Qt's QAccessibleAbstractScrollArea::child() indexes its list of children without a
// bounds check, and the kiosk's scroll areas show and hide their scroll bars as screens change, so a
// screen reader that asks for a child counted a moment before crashes the kiosk (found by the AT-SPI
// test). Ours is a plain QAccessibleWidget, whose child() checks the index.
void installAccessibleInterfaces();

// A screen a screen reader reads whole when the keyboard arrives in it (the welcome, a message, the
// submit warning): exposed as a panel named by `title`, so Orca says the title and every line of text
// on the screen before the control the keyboard landed on. Screens the candidate works in (the item
// screen) are not: the control in focus says what matters there.
void readWholeOnArrival(QWidget* screen, QLabel* title);

// A screen's title: exposed to screen readers as a heading (one key takes the user to it, and they
// hear where they are). Its own class, so the kiosk's accessible interface is found before Qt's
// QLabel one. Its text wraps.
class HeadingLabel : public WrappingLabel
{
    Q_OBJECT
public:
    using WrappingLabel::WrappingLabel;
};

} // namespace exam::ui
