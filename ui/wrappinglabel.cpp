#include "wrappinglabel.h"

#include <algorithm>

namespace exam::ui {

WrappingLabel::WrappingLabel(QWidget* parent) : WrappingLabel(QString(), parent) {}

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappingLabel::Layout WrappingLabel::currentLayout() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), alignment(), textFormat(), wordWrap()};
}

int WrappingLabel::heightForWidth(int width) const
{
    Layout layout = currentLayout();
    if (!(layout == m_layout)) {
        m_layout = std::move(layout);
        m_heights.fill({});
    }
    const auto found = std::find_if(m_heights.begin(), m_heights.end(),
                                    [width](const Remembered& remembered) { return remembered.width == width; });
    const Remembered remembered = found != m_heights.end() ? *found : Remembered{width, QLabel::heightForWidth(width)};
    // Most recent first: the oldest width is the one forgotten.
    std::move_backward(m_heights.begin(), found != m_heights.end() ? found : m_heights.end() - 1,
                       found != m_heights.end() ? found + 1 : m_heights.end());
    m_heights.front() = remembered;
    return remembered.height;
}

} // namespace exam::ui
