#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace exam::ui {

// A label whose text wraps onto more lines, and which remembers the heights it worked out. QLabel lays
// its text out and shapes it anew on every heightForWidth(), and the layouts of a screen in a scroll
// area ask dozens of times for the same few widths while it is shown: on the station's first screen
// that was a fifth of the whole start. Same API, signals and accessibility as a QLabel.
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget* parent = nullptr);
    explicit WrappingLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

private:
    // Everything QLabel's height for a width depends on, bar the style (a new style changes the
    // margins or the font, which are here).
    struct Layout
    {
        QString text;
        QFont font;
        QMargins contents;
        int minimumWidth = 0; // QLabel lays the text out at least this wide
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = false;
        bool operator==(const Layout&) const = default;
    };
    Layout currentLayout() const;

    struct Remembered
    {
        int width = 0;
        int height = 0;
    };
    mutable Layout m_layout;
    mutable std::array<Remembered, 4> m_heights; // the widths asked for last, most recent first
    mutable int m_remembered = 0;                // how many of them hold an answer
};

} // namespace exam::ui
