#pragma once

#include <QAbstractButton>
#include <QList>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace exam::session {
class SessionEngine;
}

namespace exam::ui {

class LargeButton;
class TimerDisplay;

// One item on the review grid: its number and its state in words ("Answered", "Not answered",
// "Flagged"), so the state never depends on colour; answered tiles are filled, unanswered outlined.
class ReviewTile : public QAbstractButton
{
    Q_OBJECT
public:
    explicit ReviewTile(int position, QWidget* parent = nullptr);
    void setState(bool answered, bool flagged, bool current);
    int position() const { return m_position; }
    bool answered() const { return m_answered; }
    bool flagged() const { return m_flagged; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    // An arrow key on the tile: the grid decides where that leads (a row is several tiles).
    void moveRequested(int key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int m_position;
    bool m_answered = false;
    bool m_flagged = false;
    bool m_current = false;
};

// All items of the module at a glance: answered, not answered, flagged. Any item opens from it (click,
// or arrow keys and Enter); from here the candidate goes back to the items or on to submit.
class ReviewScreen : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewScreen(QWidget* parent = nullptr);

    void setSession(session::SessionEngine* engine);
    void refresh();
    void refreshTime();
    // The keyboard on the tile of the item the candidate is on: arrows move on the grid from there.
    void focusCurrentItem();
    QList<ReviewTile*> tiles() const { return m_tiles; }

Q_SIGNALS:
    void itemRequested(int position);
    void backRequested();
    void submitRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void arrangeTiles();
    void moveFrom(ReviewTile* tile, int key);

    QPointer<session::SessionEngine> m_engine; // the engine may go first (a restart, the next module)
    TimerDisplay* m_timer;
    QLabel* m_title;
    QLabel* m_summary;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    QList<ReviewTile*> m_tiles;
    int m_columns = 0;
    LargeButton* m_back;
    LargeButton* m_submit;
};

} // namespace exam::ui
