#pragma once

#include <QWidget>

#include <chrono>

class QLabel;

namespace exam::ui {

class LargeButton;

// The time left, which the candidate may hide and show again. It changes every second on screen but
// tells assistive technology nothing each second (its accessible name stays "Time left"): a screen
// reader user asks with T (spokenTimeLeft), and the warnings (15, 5 and 1 minutes by default) are
// announced when they come.
class TimerDisplay : public QWidget
{
    Q_OBJECT
public:
    explicit TimerDisplay(QWidget* parent = nullptr);

    void setRemaining(std::chrono::milliseconds remaining, bool timed);
    // Shown beside the time when the candidate has extended time ("×1.5"); 100 shows nothing.
    void setTimeFactor(int percent);
    void setTimeHidden(bool hidden);
    bool timeHidden() const { return m_hidden; }
    QString shownText() const;
    // The Hide time button with half its margin, as the item screen's other buttons on a tight screen.
    void setSnug(bool snug);

    static QString format(std::chrono::milliseconds remaining);
    // "Time left: 42 minutes." in words, with the seconds in the last five minutes.
    static QString spokenTimeLeft(std::chrono::milliseconds remaining, bool timed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QLabel* m_time;
    LargeButton* m_toggle;
    std::chrono::milliseconds m_remaining{0};
    bool m_timed = true;
    bool m_hidden = false;
    int m_factorPercent = 100;
};

} // namespace exam::ui
