#pragma once

#include <QFrame>

class QLabel;

namespace exam::ui {

class LargeButton;
class ReadAloud;

// The candidate's own display settings during the exam (A1, A2): text size smaller and larger, and
// the colour scheme, each a large button; with read-aloud, the reading speed. Changes apply at once to every screen,
// through Appearance. Also by keyboard anywhere in the kiosk: Ctrl+Plus, Ctrl+Minus, Ctrl+0 (KioskWindow).
class DisplayPanel : public QFrame
{
    Q_OBJECT
public:
    explicit DisplayPanel(QWidget* parent = nullptr);

    // With read-aloud, the reading speed too (null hides it).
    void setReadAloud(ReadAloud* readAloud);
    // Its controls in reading order, for the screen's Tab order.
    QList<QWidget*> focusOrder() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    QLabel* m_size;
    LargeButton* m_smaller;
    LargeButton* m_larger;
    QList<LargeButton*> m_schemes;
    QWidget* m_speedRow;
    QLabel* m_speed;
    LargeButton* m_slower;
    LargeButton* m_faster;
    ReadAloud* m_readAloud = nullptr;
};

} // namespace exam::ui
