#pragma once

#include <QScrollArea>

namespace exam::ui {

// Holds one screen of the kiosk window. The screen gets the whole window when its layout fits (its
// own scroll areas, like the item page, take up the slack); at a text size where even its minimum
// needs more height than the window has, the screen scrolls as a whole instead of being squeezed
// (words cut off) or growing the window past the display.
//
// Not QScrollArea's widgetResizable: that grows a screen to its preferred height for the width, so a
// screen with a scrolling middle would scroll as a whole long before it has to.
class ScreenFrame : public QScrollArea
{
    Q_OBJECT
public:
    explicit ScreenFrame(QWidget* screen, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();
    int minimumHeightFor(int width) const;

    bool m_fitQueued = false;
};

} // namespace exam::ui
