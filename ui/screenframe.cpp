#include "screenframe.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>

namespace exam::ui {

ScreenFrame::ScreenFrame(QWidget* screen, QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("screenFrame"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(false);
    setWidget(screen);
    screen->installEventFilter(this);
}

QSize ScreenFrame::sizeHint() const
{
    return widget()->sizeHint();
}

QSize ScreenFrame::minimumSizeHint() const
{
    // Never more than a scroll bar's room: the window must not grow for a screen.
    return {verticalScrollBar()->sizeHint().width() * 2, verticalScrollBar()->sizeHint().width() * 2};
}

int ScreenFrame::minimumHeightFor(int width) const
{
    const QWidget* screen = widget();
    if (QLayout* layout = screen->layout(); layout && layout->hasHeightForWidth())
        return layout->totalMinimumHeightForWidth(width);
    return screen->minimumSizeHint().height();
}

void ScreenFrame::fit()
{
    m_fitQueued = false;
    QWidget* screen = widget();
    QSize room = maximumViewportSize(); // the viewport without scroll bars
    const int minimumWidth = screen->minimumSizeHint().width();
    if (minimumWidth > room.width()) // wider than the window: a horizontal bar takes its height
        room.setHeight(room.height() - horizontalScrollBar()->sizeHint().height());
    int width = std::max(room.width(), minimumWidth);
    int height = minimumHeightFor(width);
    if (height > room.height()) {
        // It scrolls: the vertical bar takes its width from the screen.
        width = std::max(room.width() - verticalScrollBar()->sizeHint().width(), minimumWidth);
        height = minimumHeightFor(width);
    }
    screen->resize(width, std::max(height, room.height()));
}

void ScreenFrame::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool ScreenFrame::eventFilter(QObject* watched, QEvent* event)
{
    // What the screen needs changes with its content and the text size: fit it again once the change
    // is done (queued: the screen's own layout runs first).
    if (watched == widget() && event->type() == QEvent::LayoutRequest && !m_fitQueued) {
        m_fitQueued = true;
        QMetaObject::invokeMethod(this, &ScreenFrame::fit, Qt::QueuedConnection);
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace exam::ui
