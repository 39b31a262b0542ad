#include "wrappinglabel.h"

#include <algorithm>

namespace exam::ui {

WrappingLabel::WrappingLabel(QWidget* parent) : WrappingLabel(QString(), parent) { }

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappingLabel::Layout WrappingLabel::currentLayout() const
{
    return {text(),   font(),      contentsMargins(), minimumWidth(), margin(),
            indent(), alignment(), textFormat(),      wordWrap()};
}

int WrappingLabel::heightForWidth(int width) const
{
    Layout layout = currentLayout();
    if (!(layout == m_layout)) {
        m_layout = std::move(layout);
        m_remembered = 0;
    }
    const auto end = m_heights.begin() + m_remembered;
    const auto found = std::find_if(m_heights.begin(), end, [width](const Remembered& r) { return r.width == width; });
    const Remembered answer = found != end ? *found : Remembered{width, QLabel::heightForWidth(width)};
    // Most recent first; when all are taken, the oldest is the one forgotten.
    if (found == end && m_remembered < int(m_heights.size()))
        ++m_remembered;
    const auto last = found != end ? found : m_heights.begin() + m_remembered - 1;
    std::move_backward(m_heights.begin(), last, last + 1);
    m_heights.front() = answer;
    return answer.height;
}

} // namespace exam::ui
