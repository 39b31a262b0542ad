#include "kioskstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

namespace exam::ui {

KioskStyle::KioskStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) { }

void KioskStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    if (element != PE_IndicatorArrowDown && element != PE_IndicatorArrowUp && element != PE_IndicatorArrowLeft
        && element != PE_IndicatorArrowRight) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // A solid triangle filling most of the box, pointing the way asked.
    const QRectF box = option->rect;
    const qreal side = std::min(box.width(), box.height()) * 0.7;
    if (side < 2)
        return;
    const QPointF centre = box.center();
    const qreal half = side / 2;
    const qreal depth = side * 0.3; // half the height of a triangle 0.6 × side deep
    QPolygonF triangle;
    switch (element) {
    case PE_IndicatorArrowDown:
        triangle << QPointF(centre.x() - half, centre.y() - depth) << QPointF(centre.x() + half, centre.y() - depth)
                 << QPointF(centre.x(), centre.y() + depth);
        break;
    case PE_IndicatorArrowUp:
        triangle << QPointF(centre.x() - half, centre.y() + depth) << QPointF(centre.x() + half, centre.y() + depth)
                 << QPointF(centre.x(), centre.y() - depth);
        break;
    case PE_IndicatorArrowLeft:
        triangle << QPointF(centre.x() + depth, centre.y() - half) << QPointF(centre.x() + depth, centre.y() + half)
                 << QPointF(centre.x() - depth, centre.y());
        break;
    default:
        triangle << QPointF(centre.x() - depth, centre.y() - half) << QPointF(centre.x() - depth, centre.y() + half)
                 << QPointF(centre.x() + depth, centre.y());
        break;
    }
    const bool enabled = option->state & State_Enabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    painter->drawPolygon(triangle);
    painter->restore();
}

} // namespace exam::ui
