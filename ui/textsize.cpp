#include "textsize.h"

#include <QApplication>

namespace exam::ui {

void TextSize::apply(int percent)
{
    QFont font = QApplication::font();
    font.setPointSizeF(BasePointSize * percent / 100.0);
    QApplication::setFont(font);
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
