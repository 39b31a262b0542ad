#pragma once

#include <QPushButton>

namespace exam::ui {

// A push button sized from its own text size: at least two lines tall and with a wide margin around
// its words, so it stays an easy target for unsteady hands at every zoom. Being a size hint, not a
// fixed size, it follows font changes and layouts place it properly.
class LargeButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LargeButton(const QString& text, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace exam::ui
