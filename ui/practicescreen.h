#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace exam::ui {

class LargeButton;
class OptionButton;
class StemView;

// Instructions and a short tutorial before the clock starts: an unscored practice item, held in
// memory only, on which the candidate tries answering, changing and flagging, with a list of steps
// that tick themselves off, and how the review and the timer work. The candidate may start whenever
// they are ready; the tutorial is help, not a gate.
class PracticeScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PracticeScreen(QWidget* parent = nullptr);

    void reset();
    // The candidate's breaks (an accommodation): then the steps say how to take one.
    void setBreaks(bool allowed);
    // Why "I am ready" did not go through (a storage problem); empty hides it.
    void setProblem(const QString& message);
    QString problem() const;
    void choose(int option);
    void toggleFlag();
    bool answered() const { return m_choice >= 0; }
    bool changed() const { return m_changed; }
    bool flagged() const { return m_flagged; }

Q_SIGNALS:
    void ready();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    void retranslate();

    QLabel* m_title;
    QLabel* m_saved;
    QList<QLabel*> m_steps;
    StemView* m_stem;
    QList<OptionButton*> m_options;
    LargeButton* m_flag;
    LargeButton* m_ready;
    QLabel* m_problem;
    int m_choice = -1;
    bool m_changed = false;
    bool m_flagged = false;
};

} // namespace exam::ui
