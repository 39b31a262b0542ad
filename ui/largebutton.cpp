#include "largebutton.h"

#include <QKeyEvent>

namespace exam::ui {

LargeButton::LargeButton(const QString& text, QWidget* parent) : QPushButton(text, parent) { }

QSize LargeButton::sizeHint() const
{
    return sizeHintWithMargin(m_snug);
}

QSize LargeButton::sizeHintWithMargin(bool snug) const
{
    const QFontMetrics metrics(font());
    const QSize base = QPushButton::sizeHint();
    const int margin = 2 * metrics.height() + 4 * metrics.averageCharWidth();
    return {std::max(base.width(), metrics.horizontalAdvance(text()) + (snug ? margin / 2 : margin)),
            std::max(base.height(), metrics.height() * 2)};
}

void LargeButton::setSnug(bool snug)
{
    if (snug == m_snug)
        return;
    m_snug = snug;
    updateGeometry();
}

QSize LargeButton::minimumSizeHint() const
{
    return sizeHint();
}

void LargeButton::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && !event->isAutoRepeat()) {
        if (isEnabled())
            click();
        event->accept();
        return;
    }
    QPushButton::keyPressEvent(event);
}

} // namespace exam::ui
