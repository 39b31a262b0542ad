#pragma once

#include <QCheckBox>

class QPainter;

namespace exam::ui {

// A check box whose text wraps onto more lines instead of asking for a width wider than the screen
// (a long module title at 200 % text), with a box as large as its text in the colour scheme's own
// border and text colours. Same signals, accessible name and role as a QCheckBox; a click anywhere on
// it toggles it.
class WrappingCheckBox : public QCheckBox
{
    Q_OBJECT
public:
    explicit WrappingCheckBox(const QString& text, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool hitButton(const QPoint& pos) const override;

private:
    // The rectangle the text goes in when the whole check box is `rect`.
    QRect textRect(const QRect& rect) const;
    int textHeight(int width) const;
    void drawIndicator(QPainter& painter, const QRect& box) const;
};

} // namespace exam::ui
