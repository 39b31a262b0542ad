#include "colourscheme.h"

namespace exam::ui {

namespace {

// The colours are chosen for WCAG 2 contrast (tests/ui/test_appearance.cpp computes every pair):
// text at least 7:1 in the high-contrast schemes and 4.5:1 in the standard one; borders and the
// focus indicator at least 3:1 against every colour they sit on, the chosen fill included, so a
// focused chosen option still shows its focus.
ColourScheme make(ColourScheme::Id id)
{
    ColourScheme s;
    s.id = id;
    switch (id) {
    case ColourScheme::Id::Standard:
        s.window = QColor(QRgb(0xf3f4f6));
        s.text = QColor(QRgb(0x111111));
        s.base = QColor(QRgb(0xffffff));
        s.button = QColor(QRgb(0xe4e7eb));
        s.buttonText = QColor(QRgb(0x111111));
        s.border = QColor(QRgb(0x5b6472));
        s.focus = QColor(QRgb(0x000000));
        s.chosen = QColor(QRgb(0x0b57d0));
        s.chosenText = QColor(QRgb(0xffffff));
        s.disabledText = QColor(QRgb(0x575c63));
        break;
    case ColourScheme::Id::BlackOnWhite:
        s.window = QColor(QRgb(0xffffff));
        s.text = QColor(QRgb(0x000000));
        s.base = QColor(QRgb(0xffffff));
        s.button = QColor(QRgb(0xffffff));
        s.buttonText = QColor(QRgb(0x000000));
        s.border = QColor(QRgb(0x000000));
        s.focus = QColor(QRgb(0x0060df));
        s.chosen = QColor(QRgb(0x000000));
        s.chosenText = QColor(QRgb(0xffffff));
        s.disabledText = QColor(QRgb(0x4d4d4d));
        s.highContrast = true;
        break;
    case ColourScheme::Id::WhiteOnBlack:
        s.window = QColor(QRgb(0x000000));
        s.text = QColor(QRgb(0xffffff));
        s.base = QColor(QRgb(0x000000));
        s.button = QColor(QRgb(0x000000));
        s.buttonText = QColor(QRgb(0xffffff));
        s.border = QColor(QRgb(0xffffff));
        s.focus = QColor(QRgb(0x0090c0));
        s.chosen = QColor(QRgb(0xffffff));
        s.chosenText = QColor(QRgb(0x000000));
        s.disabledText = QColor(QRgb(0xb3b3b3));
        s.highContrast = true;
        break;
    case ColourScheme::Id::YellowOnBlack:
        s.window = QColor(QRgb(0x000000));
        s.text = QColor(QRgb(0xffff00));
        s.base = QColor(QRgb(0x000000));
        s.button = QColor(QRgb(0x000000));
        s.buttonText = QColor(QRgb(0xffff00));
        s.border = QColor(QRgb(0xffff00));
        s.focus = QColor(QRgb(0x0090c0));
        s.chosen = QColor(QRgb(0xffff00));
        s.chosenText = QColor(QRgb(0x000000));
        s.disabledText = QColor(QRgb(0xb3b300));
        s.highContrast = true;
        break;
    }
    return s;
}

} // namespace

const ColourScheme& ColourScheme::of(Id id)
{
    static const ColourScheme schemes[] = {make(Id::Standard), make(Id::BlackOnWhite), make(Id::WhiteOnBlack),
                                           make(Id::YellowOnBlack)};
    return schemes[static_cast<int>(id)];
}

QList<ColourScheme::Id> ColourScheme::all()
{
    return {Id::Standard, Id::BlackOnWhite, Id::WhiteOnBlack, Id::YellowOnBlack};
}

QString ColourScheme::key(Id id)
{
    switch (id) {
    case Id::Standard: return QStringLiteral("standard");
    case Id::BlackOnWhite: return QStringLiteral("black-on-white");
    case Id::WhiteOnBlack: return QStringLiteral("white-on-black");
    case Id::YellowOnBlack: return QStringLiteral("yellow-on-black");
    }
    return {};
}

bool ColourScheme::fromKey(const QString& key, Id* id)
{
    for (Id candidate : all()) {
        if (ColourScheme::key(candidate) == key) {
            *id = candidate;
            return true;
        }
    }
    return false;
}

QString ColourScheme::displayName(Id id)
{
    switch (id) {
    case Id::Standard: return tr("Standard colours");
    case Id::BlackOnWhite: return tr("Black on white");
    case Id::WhiteOnBlack: return tr("White on black");
    case Id::YellowOnBlack: return tr("Yellow on black");
    }
    return {};
}

QPalette ColourScheme::palette() const
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, base);
        p.setColor(group, QPalette::Text, disabled ? disabledText : text);
        p.setColor(group, QPalette::PlaceholderText, disabledText);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, disabled ? disabledText : buttonText);
        p.setColor(group, QPalette::BrightText, chosenText);
        p.setColor(group, QPalette::Highlight, chosen);
        p.setColor(group, QPalette::HighlightedText, chosenText);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Link, text);
        p.setColor(group, QPalette::LinkVisited, text);
        // The style draws frames, scroll bars and separators with these.
        p.setColor(group, QPalette::Light, window);
        p.setColor(group, QPalette::Midlight, button);
        p.setColor(group, QPalette::Mid, border);
        p.setColor(group, QPalette::Dark, border);
        p.setColor(group, QPalette::Shadow, border);
    }
    return p;
}

QString ColourScheme::styleSheet() const
{
    const auto hex = [](const QColor& colour) { return colour.name(QColor::HexRgb); };
    // One rule per state; every rule that sets a foreground also sets its background, so the contrast
    // test can pair them. The focus indicator is a border 2.5 times as thick as the normal one, in its own
    // colour, on every control that can take focus; border and padding add up to the same in both
    // states, so focus never moves a thing.
    QString sheet = QStringLiteral(
        "QPushButton { color: %1; background-color: %2; border: 0.1em solid %3; border-radius: 0.35em;"
        " padding: 0.3em 1em; }\n"
        "QPushButton:checked { color: %4; background-color: %5; border: 0.1em solid %5; }\n"
        "QPushButton:disabled { color: %6; background-color: %2; border: 0.1em dashed %3; }\n"
        "QPushButton:focus { color: %1; background-color: %2; border: 0.25em solid %7; padding: 0.15em 0.85em; }\n"
        "QPushButton:checked:focus { color: %4; background-color: %5; border: 0.25em solid %7;"
        " padding: 0.15em 0.85em; }\n"
        "QLineEdit, QSpinBox, QComboBox, QListWidget { color: %8; background-color: %9; border: 0.1em solid %3;"
        " border-radius: 0.25em; padding: 0.25em; selection-color: %4; selection-background-color: %5; }\n"
        "QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QListWidget:focus { color: %8; background-color: %9;"
        " border: 0.25em solid %7; padding: 0.1em; }\n"
        // The question while it is read aloud (ReadAloud): shown like a chosen option.
        "QTextBrowser[speaking=\"true\"] { color: %4; background-color: %5; }\n"
        "QCheckBox { color: %10; background-color: %11; border: 0.25em solid %11; padding: 0.1em; }\n"
        "QCheckBox:focus { color: %10; background-color: %11; border: 0.25em solid %7; }\n"
        // The box as large as the text at every size (WrappingCheckBox draws it in the scheme's colours).
        "QCheckBox::indicator { width: 0.9em; height: 0.9em; }\n"
        // The drop-down button as wide as the text is large; KioskStyle draws its arrow to fit.
        "QComboBox::drop-down { width: 1.2em; }\n"
        // Scroll bars say there is more: a handle in the text colour on the window's, arrows left out
        // (the wheel, the keyboard and dragging do it).
        "QScrollBar:vertical { background-color: %11; width: 0.8em; border: 0.1em solid %3; margin: 0; }\n"
        "QScrollBar:horizontal { background-color: %11; height: 0.8em; border: 0.1em solid %3; margin: 0; }\n"
        "QScrollBar::handle:vertical { background-color: %10; min-height: 2em; border-radius: 0.2em; }\n"
        "QScrollBar::handle:horizontal { background-color: %10; min-width: 2em; border-radius: 0.2em; }\n"
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }\n"
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }\n");
    return sheet
        .arg(hex(buttonText), hex(button), hex(border), hex(chosenText), hex(chosen), hex(disabledText), hex(focus),
             hex(text), hex(base))
        .arg(hex(text), hex(window));
}

} // namespace exam::ui
