#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace exam::session {
class SessionEngine;
}

namespace exam::ui {

class LargeButton;
class TimerDisplay;

// The last question before the end: how many items are answered, which are not and which are
// flagged, and that submitting cannot be undone. "Go back" is the default; submitting takes a
// deliberate press of its own button.
class SubmitScreen : public QWidget
{
    Q_OBJECT
public:
    explicit SubmitScreen(QWidget* parent = nullptr);

    void setSession(session::SessionEngine* engine);
    void refresh();
    void refreshTime();
    QString problem() const;

Q_SIGNALS:
    void backRequested();
    void submitted(); // the engine ended the session: the answers are final

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    static QString numbers(const QList<int>& positions);

    QPointer<session::SessionEngine> m_engine; // the engine may go first (a restart, the next module)
    TimerDisplay* m_timer;
    QLabel* m_title;
    QLabel* m_answered;
    QLabel* m_unanswered;
    QLabel* m_flagged;
    QLabel* m_final;
    QLabel* m_problem;
    LargeButton* m_back;
    LargeButton* m_submit;
};

} // namespace exam::ui
