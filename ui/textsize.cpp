#include "textsize.h"

#include <QApplication>
#include <QWidget>

namespace exam::ui {

namespace {

constexpr char FactorProperty[] = "examTextFactor";
constexpr char BoldProperty[] = "examTextBold";

void applyRole(QWidget* widget)
{
    const QVariant factor = widget->property(FactorProperty);
    if (factor.isValid())
        widget->setFont(
            TextSize::scaled(QApplication::font(), factor.toReal(), widget->property(BoldProperty).toBool()));
}

} // namespace

void TextSize::apply(int percent)
{
    QFont font = QApplication::font();
    font.setPointSizeF(BasePointSize * std::clamp(percent, Minimum, Maximum) / 100.0);
    QApplication::setFont(font);
}

void TextSize::applyRoles()
{
    for (QWidget* widget : QApplication::allWidgets())
        applyRole(widget);
}

int TextSize::percent()
{
    return qRound(QApplication::font().pointSizeF() * 100.0 / BasePointSize);
}

QList<int> TextSize::steps()
{
    return {100, 125, 150, 175, 200, 250, 300};
}

void TextSize::setRole(QWidget* widget, qreal factor, bool bold)
{
    widget->setProperty(FactorProperty, factor);
    widget->setProperty(BoldProperty, bold);
    applyRole(widget);
}

qreal TextSize::zoom(const QFont& font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() / BasePointSize : 1.0;
}

QFont TextSize::scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace exam::ui
