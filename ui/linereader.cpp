#include "linereader.h"

#include "appearance.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

namespace exam::ui {

LineReader::LineReader(QWidget* viewport) : QWidget(viewport)
{
    setObjectName(QStringLiteral("lineReader"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    viewport->installEventFilter(this);
    viewport->setMouseTracking(true);
    setGeometry(viewport->rect());
    moveTo(0);
}

int LineReader::bandHeight() const
{
    // Two and a half lines of the item's text, so a whole line shows whatever its exact position.
    return std::max(24, fontMetrics().lineSpacing() * 5 / 2);
}

void LineReader::moveBy(int lines)
{
    moveTo(m_top + lines * fontMetrics().lineSpacing());
}

void LineReader::moveTo(int top)
{
    m_top = std::clamp(top, 0, std::max(0, height() - bandHeight()));
    update();
}

bool LineReader::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::MouseMove && isVisible())
            moveTo(static_cast<QMouseEvent*>(event)->position().toPoint().y() - bandHeight() / 2);
    }
    return QWidget::eventFilter(watched, event);
}

void LineReader::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // Outside the band the item fades toward the window's colour; the band is left as it is.
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(190);
    painter.fillRect(QRect(0, 0, width(), m_top), veil);
    painter.fillRect(QRect(0, m_top + bandHeight(), width(), height() - m_top - bandHeight()), veil);
    painter.setPen(QPen(Appearance::instance().colours().focus, 3));
    painter.drawRect(QRectF(1.5, m_top + 1.5, width() - 3, bandHeight() - 3));
}

} // namespace exam::ui
