#include "phaseicon.h"

#include <QPainter>
#include <QPainterPath>

namespace exam::ui {

using room::StationPhase;

PhaseIcon::PhaseIcon(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void PhaseIcon::setPhase(StationPhase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    update();
}

QSize PhaseIcon::sizeHint() const
{
    const int side = qRound(fontMetrics().height() * 1.3);
    return {side, side};
}

void PhaseIcon::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int side = std::min(width(), height());
    paint(painter, QRectF(0, (height() - side) / 2.0, side, side), m_phase, palette().color(foregroundRole()));
}

void PhaseIcon::paint(QPainter& painter, const QRectF& box, StationPhase phase, const QColor& colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Drawn on a 24 × 24 grid, scaled to the box.
    painter.translate(box.topLeft());
    painter.scale(box.width() / 24.0, box.height() / 24.0);
    QPen pen(colour, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    QPainterPath path;
    switch (phase) {
    case StationPhase::Ready: // an empty circle: a free seat
        painter.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        break;
    case StationPhase::IdentityCheck: // a person
        painter.drawEllipse(QPointF(12, 7.5), 4, 4);
        path.moveTo(3.5, 21.5);
        path.cubicTo(4, 13, 20, 13, 20.5, 21.5);
        painter.drawPath(path);
        break;
    case StationPhase::Practice: // an outlined "play": a run for practice
        path.moveTo(6, 3.5);
        path.lineTo(20, 12);
        path.lineTo(6, 20.5);
        path.closeSubpath();
        painter.drawPath(path);
        break;
    case StationPhase::AwaitingStart: // an hourglass: waiting for a proctor
        path.moveTo(5, 3);
        path.lineTo(19, 3);
        path.lineTo(5, 21);
        path.lineTo(19, 21);
        path.closeSubpath();
        painter.setBrush(colour);
        painter.drawPath(path);
        break;
    case StationPhase::Running: // a filled "play"
        path.moveTo(5, 3);
        path.lineTo(21, 12);
        path.lineTo(5, 21);
        path.closeSubpath();
        painter.setBrush(colour);
        painter.drawPath(path);
        break;
    case StationPhase::Paused: // two bars
        painter.setBrush(colour);
        painter.drawRect(QRectF(5, 4, 4.5, 16));
        painter.drawRect(QRectF(14.5, 4, 4.5, 16));
        break;
    case StationPhase::OnBreak: // a cup
        path.moveTo(3.5, 9);
        path.lineTo(16.5, 9);
        path.lineTo(15.5, 20);
        path.lineTo(4.5, 20);
        path.closeSubpath();
        painter.drawPath(path);
        painter.drawArc(QRectF(14, 10.5, 7, 6), -90 * 16, 180 * 16);
        painter.drawLine(QPointF(8, 2.5), QPointF(8, 6));
        painter.drawLine(QPointF(12, 2.5), QPointF(12, 6));
        break;
    case StationPhase::Interrupted: // a lightning bolt: it crashed and restarted
        path.moveTo(14, 1.5);
        path.lineTo(4.5, 13.5);
        path.lineTo(11, 13.5);
        path.lineTo(9, 22.5);
        path.lineTo(19.5, 9.5);
        path.lineTo(13, 9.5);
        path.closeSubpath();
        painter.setBrush(colour);
        painter.drawPath(path);
        break;
    case StationPhase::StorageProblem: // a warning triangle with "!"
        path.moveTo(12, 2.5);
        path.lineTo(22, 21);
        path.lineTo(2, 21);
        path.closeSubpath();
        painter.drawPath(path);
        painter.drawLine(QPointF(12, 9), QPointF(12, 14.5));
        painter.setBrush(colour);
        painter.drawEllipse(QPointF(12, 18), 0.6, 0.6);
        break;
    case StationPhase::Submitted: // a tick
        pen.setWidthF(3.2);
        painter.setPen(pen);
        painter.drawPolyline(QPolygonF({QPointF(3.5, 12.5), QPointF(9.5, 18.5), QPointF(20.5, 5.5)}));
        break;
    case StationPhase::ReportShown: // a page with lines
        path.moveTo(5, 2.5);
        path.lineTo(14.5, 2.5);
        path.lineTo(19, 7);
        path.lineTo(19, 21.5);
        path.lineTo(5, 21.5);
        path.closeSubpath();
        painter.drawPath(path);
        painter.drawLine(QPointF(8.5, 11), QPointF(15.5, 11));
        painter.drawLine(QPointF(8.5, 15), QPointF(15.5, 15));
        painter.drawLine(QPointF(8.5, 18.5), QPointF(13, 18.5));
        break;
    case StationPhase::Offline: // a circle struck through: no connection
        painter.drawEllipse(QPointF(12, 12), 9, 9);
        pen.setWidthF(3);
        painter.setPen(pen);
        painter.drawLine(QPointF(5.6, 5.6), QPointF(18.4, 18.4));
        break;
    }
    painter.restore();
}

} // namespace exam::ui
