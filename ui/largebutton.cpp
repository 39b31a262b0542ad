#include "largebutton.h"

namespace exam::ui {

LargeButton::LargeButton(const QString& text, QWidget* parent) : QPushButton(text, parent) { }

QSize LargeButton::sizeHint() const
{
    const QFontMetrics metrics(font());
    const QSize base = QPushButton::sizeHint();
    return {std::max(base.width(),
                     metrics.horizontalAdvance(text()) + 2 * metrics.height() + 4 * metrics.averageCharWidth()),
            std::max(base.height(), metrics.height() * 2)};
}

QSize LargeButton::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace exam::ui
