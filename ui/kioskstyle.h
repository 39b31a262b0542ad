#pragma once

#include <QProxyStyle>

namespace exam::ui {

// Fusion, with arrows (combo boxes, spin boxes, scroll bars' where shown) as large as the box they are
// drawn in and in the colour scheme's text colour: Fusion caps an arrow at 14 × 8 pixels in a grey of
// its own, a speck at 200 % text.
class KioskStyle : public QProxyStyle
{
    Q_OBJECT
public:
    KioskStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace exam::ui
