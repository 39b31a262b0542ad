#include "appearance.h"

#include "kioskstyle.h"

#include "textsize.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace exam::ui {

void Appearance::beforeApplication()
{
    // With a style sheet set, Qt stops passing fonts and palettes down to child widgets unless told
    // to: a text role on an option would not reach the option's words, and a new application font
    // would reach no widget at all.
    QCoreApplication::setAttribute(Qt::AA_UseStyleSheetPropagationInWidgetStyles);
}

Appearance& Appearance::instance()
{
    static Appearance* appearance = new Appearance; // lives as long as the application
    return *appearance;
}

Appearance::Appearance()
{
    // Fusion on every platform (with arrows that grow with the text): the palette and the style sheet
    // decide how it looks, not the desktop's theme, and it looks the same on a station, in a test and
    // in a screenshot.
    QApplication::setStyle(new KioskStyle);
    apply(ColourScheme::Id::Standard, 100);
}

void Appearance::apply(ColourScheme::Id scheme, int textPercent)
{
    if (!QCoreApplication::testAttribute(Qt::AA_UseStyleSheetPropagationInWidgetStyles))
        qWarning("Appearance: call Appearance::beforeApplication() before QApplication exists; without it a "
                 "new text size does not reach every widget");
    const ColourScheme& colours = ColourScheme::of(scheme);
    const bool newScheme = scheme != m_scheme || qApp->styleSheet().isEmpty();
    const bool newSize = textPercent != TextSize::percent();
    m_scheme = scheme;
    if (newScheme)
        QApplication::setPalette(colours.palette());
    if (newSize)
        TextSize::apply(textPercent);
    // The style sheet's lengths are in em, worked out when a widget is polished: a new size polishes
    // every widget again (the size in a comment makes the sheet differ), or borders and padding would
    // keep the old size's thickness. Roles after it, from the new application font.
    if (newScheme || newSize)
        qApp->setStyleSheet(colours.styleSheet()
                            + QStringLiteral("/* text size %1 percent */\n").arg(TextSize::percent()));
    if (newSize)
        TextSize::applyRoles();
    Q_EMIT changed();
}

void Appearance::setScheme(ColourScheme::Id scheme)
{
    apply(scheme, textPercent());
}

void Appearance::setTextPercent(int percent)
{
    apply(m_scheme, percent);
}

int Appearance::textPercent() const
{
    return TextSize::percent();
}

void Appearance::largerText()
{
    for (int step : TextSize::steps()) {
        if (step > textPercent()) {
            setTextPercent(step);
            return;
        }
    }
}

void Appearance::smallerText()
{
    const QList<int> steps = TextSize::steps();
    for (auto step = steps.crbegin(); step != steps.crend(); ++step) {
        if (*step < textPercent()) {
            setTextPercent(*step);
            return;
        }
    }
}

void Appearance::reset()
{
    apply(ColourScheme::Id::Standard, 100);
}

} // namespace exam::ui
