#pragma once

#include <QWidget>

namespace exam::ui {

// The line reader (A7): a band across the item the candidate reads through, the rest faded toward the
// background. It lies over a scroll area's viewport, lets every click through, follows the mouse up and
// down, and moves a line at a time by keys (Alt+Up, Alt+Down).
class LineReader : public QWidget
{
    Q_OBJECT
public:
    explicit LineReader(QWidget* viewport);

    // Where the band is: its top, in the viewport's coordinates.
    int bandTop() const { return m_top; }
    int bandHeight() const;
    void moveBy(int lines);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveTo(int top);

    int m_top = 0;
};

} // namespace exam::ui
