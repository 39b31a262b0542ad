#pragma once

#include "room/stationstatus.h"

#include <QWidget>

namespace exam::ui {

// The shape that goes with a station's state, beside its words: a proctor scanning the room tells
// "running" from "paused" from "offline" by shape, in any colour scheme and also without colour vision.
// Drawn in the text colour, as large as a line of text, so it follows the scheme and the text size.
class PhaseIcon : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseIcon(QWidget* parent = nullptr);

    void setPhase(room::StationPhase phase);
    room::StationPhase phase() const { return m_phase; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // Draws `phase`'s shape into `box` with `colour`: for the tile and for anything else that shows one.
    static void paint(QPainter& painter, const QRectF& box, room::StationPhase phase, const QColor& colour);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    room::StationPhase m_phase = room::StationPhase::Ready;
};

} // namespace exam::ui
