#pragma once

#include "calculator.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace exam::ui {

class LargeButton;

// The on-screen calculator beside the item, for modules whose bank allows one: large keys for the
// mouse, and while it has the keyboard, digits, + - * / . Enter and Backspace go to it (not to the
// item's answer keys). Its display is announced only when asked for, like the timer.
class CalculatorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CalculatorPanel(QWidget* parent = nullptr);

    QString display() const;
    void clear();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool handlesKey(const QKeyEvent* key) const;
    void refresh();
    void retranslate();

    Calculator m_calculator;
    QLabel* m_display;
    QLabel* m_title = nullptr;
    QList<LargeButton*> m_keys;
};

} // namespace exam::ui
