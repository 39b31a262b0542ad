#include "scorebar.h"

#include <QPainter>

#include <algorithm>

namespace exam::ui {

ScoreBar::ScoreBar(QWidget* parent) : QProgressBar(parent)
{
    setRange(0, 100);
    setTextVisible(false);
    setFocusPolicy(Qt::NoFocus);
}

void ScoreBar::setPassMark(int percent)
{
    m_passMark = percent;
    update();
}

QSize ScoreBar::sizeHint() const
{
    // Scales with the text size: a bar as tall as a line of text, long enough to compare bars.
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 30, metrics.height() * 5 / 4};
}

QSize ScoreBar::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 10, metrics.height()};
}

void ScoreBar::paintEvent(QPaintEvent*)
{
    // Drawn from the palette alone, not the style, so every colour scheme shows the bar's full length
    // (outline in the text colour), the score (filled with the highlight colour) and the mark (a tick
    // in the text colour that stands out past the bar).
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    const int tickOverhang = std::max(2, height() / 6);
    const QRect bar = rect().adjusted(1, tickOverhang, -1, -tickOverhang);
    const int filled = (bar.width() - 1) * std::clamp(value(), 0, 100) / 100;
    painter.fillRect(QRect(bar.left(), bar.top(), filled, bar.height()), palette().color(QPalette::Highlight));
    painter.setPen(QPen(text, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    if (m_passMark > 0) {
        const int x = bar.left() + (bar.width() - 1) * m_passMark / 100;
        painter.setPen(QPen(text, 2));
        painter.drawLine(x, rect().top(), x, rect().bottom());
    }
}

} // namespace exam::ui
