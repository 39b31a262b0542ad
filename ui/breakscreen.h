#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace exam::session {
class SessionEngine;
}

namespace exam::ui {

class LargeButton;

// The candidate's own break (accommodation A6): the questions are hidden, the clock is stopped and
// says so, the break's length counts up, and one button goes back to the exam. The proctor can end
// the break from the panel too. The break's length changes every second on screen but is not
// announced: its accessible name stays "Break time".
class BreakScreen : public QWidget
{
    Q_OBJECT
public:
    explicit BreakScreen(QWidget* parent = nullptr);

    void setSession(session::SessionEngine* engine);
    // Shown afresh: the time, no old problem, the keyboard on the way back.
    void refresh();
    void refreshTime();
    // Whether the candidate hid the time left on the items: then it is not shown here either.
    void setTimeHidden(bool hidden);
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void goBack();

    QPointer<session::SessionEngine> m_engine;
    QLabel* m_heading;
    QLabel* m_explanation;
    QLabel* m_breakTime;
    QLabel* m_timeLeft;
    QLabel* m_problem;
    LargeButton* m_back;
    bool m_timeHidden = false;
};

} // namespace exam::ui
