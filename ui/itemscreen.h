#pragma once

#include "bankmedia.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace exam::banks {
struct BankContent;
struct Item;
} // namespace exam::banks
namespace exam::session {
class SessionEngine;
}

namespace exam::ui {

class CalculatorPanel;
struct CandidateKey;
class DisplayPanel;
class FlowLayout;
class ItemControls;
class LineReader;
class ReadAloud;
class Speech;
class LargeButton;
class OptionButton;
class StemView;
class TimerDisplay;

// The screen the candidate answers on: "Item 12 of 84", how many are answered, the time left, the
// stem with its images, the options A–D as large buttons, flag for review, previous, next, review and
// clear. Every action goes to the session engine and shows only once it is saved; a refused action
// says why on the screen. Keys: A–E or 1–5 choose, F flags, N and P move, R opens the review,
// Delete clears, S reads aloud (when the candidate has read-aloud), Shift+A–E or a right click strikes an
// option out, L shows the line reader (Alt+Up/Down moves it), T has a screen reader say the time left;
// Tab walks every control. "Break" is there when the candidate's accommodations include breaks.
// With a screen reader, arriving on an item says where the candidate is and the question, and flag,
// clear and strike say what they changed.
class ItemScreen : public QWidget
{
    Q_OBJECT
public:
    explicit ItemScreen(QWidget* parent = nullptr);

    // The engine and the bank the session was taken from; both outlive the screen's use of them.
    void setSession(session::SessionEngine* engine, const banks::BankContent* content);
    void setImageScale(qreal scale);
    // Read-aloud for this candidate (an accommodation): the "Read aloud" control and key S, with the
    // speech engine to use; null or `enabled` false hides it.
    void setReadAloud(bool enabled, Speech* speech);
    ReadAloud* readAloud() const { return m_readAloud; }
    // Reads the stem (or the item's own read-aloud text) and then each option; again stops.
    void toggleReading();
    // A new candidate: reading speed, the display panel and the line reader as they start for anyone.
    void newCandidate();
    // The line reader (A7), shown or not: the candidate's choice, kept with the sitting by the app.
    bool lineReaderShown() const;
    void setLineReaderShown(bool shown);

    // Shows the engine's current item (after any change) and the time left.
    void refresh();
    void refreshTime();

    // Candidate actions, also reachable by keyboard and mouse.
    void choose(int displayedOption);
    void clearAnswer();
    void toggleFlag();
    // The answer eliminator (A7): strikes the option out, or back in. Not an answer; saved by the
    // engine with the item, so a restart keeps it; choosing a struck option brings it back.
    void toggleStrike(int displayedOption);
    void next();
    void previous();
    // The candidate's own break (when the accommodation allows it): the clock stops, the items hide.
    void takeBreak();

    QString problem() const; // the last refused action's message, empty when all is well
    bool timeHidden() const; // the candidate hid the time left

Q_SIGNALS:
    void reviewRequested();
    void lineReaderToggled(bool shown);

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void applyFonts();
    void applyColumnWidth();
    void keepCountsOnOneLine();
    bool perform(const CandidateKey& key); // false: not a key of this screen
    QString whereText(int position) const;
    void showItem(int position);
    void setProblem(const QString& message);
    template<typename Action>
    bool act(Action action); // true when saved
    const banks::Item* item(int position) const;

    QPointer<session::SessionEngine> m_engine; // the engine may go first (a restart, the next module)
    const banks::BankContent* m_content = nullptr;
    BankMedia m_media;
    qreal m_imageScale = 1.0;
    int m_shownPosition = -1;
    bool m_showingFlag = false; // refresh() is setting the flag button from the saved state
    bool m_sameItemAgain = false;

    QLabel* m_progress;
    QLabel* m_answered;
    QBoxLayout* m_top;
    FlowLayout* m_topRight; // the time, the flag and the break
    LargeButton* m_flag;
    TimerDisplay* m_timer;
    QScrollArea* m_scroll;
    QWidget* m_column = nullptr; // the stem and options, at most ~90 characters wide
    StemView* m_stem;
    QList<OptionButton*> m_options;
    QLabel* m_problem;
    LargeButton* m_previous;
    LargeButton* m_review;
    LargeButton* m_clear;
    LargeButton* m_next;
    ItemControls* m_controls = nullptr;
    LargeButton* m_calculatorButton;
    CalculatorPanel* m_calculator;
    LargeButton* m_displayButton;
    DisplayPanel* m_display;
    LargeButton* m_readButton;
    LargeButton* m_lineReaderButton;
    LargeButton* m_breakButton;
    LineReader* m_lineReader;
    ReadAloud* m_readAloud;
};

} // namespace exam::ui
