#pragma once

#include "room/roommodel.h"
#include "stationtext.h"

#include <QFrame>

class QLabel;

namespace exam::ui {

class PhaseIcon;

// One paired station on the room console: who sits there, where they are, how much time is left,
// their accommodations, when the station was last heard and how the last action went, in words and
// with a shape for the state. A station that needs the proctor says "Needs you" in a band across the
// top and has a thick border; one to watch says "Watch" with a dashed border. The proctor selects
// tiles (click or Space) for the action bar; a selected tile is filled and ticked.
class StationTile : public QFrame
{
    Q_OBJECT
public:
    explicit StationTile(QWidget* parent = nullptr);

    void setEntry(const room::StationEntry& entry, qint64 silenceMs,
                  int breakLimitMinutes = room::RoomModel::DefaultBreakLimitMinutes);
    const room::StationEntry& entry() const { return m_entry; }
    QByteArray pin() const { return m_entry.pin; }
    const StationText::Lines& lines() const { return m_lines; }
    // RoomModel::needRank of the entry: 0 and 1 need the proctor now.
    int needRank() const { return m_rank; }
    bool needsProctor() const { return m_rank <= 1; }

    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);
    void toggle() { setSelected(!m_selected); }

    // The width the room's grid gives each tile (all alike, so the columns line up).
    void setPreferredWidth(int width);
    // The narrowest a tile may be at `font`'s size: four across 1366 pixels and seven across 1920 at 100 %
    // text, beside RoomView's column of actions.
    static int minimumTileWidth(const QFont& font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectedChanged(bool selected);
    void removeRequested(const QByteArray& pin);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    // Lengths that grow with the text: the focus ring outside the border, the border, the padding.
    struct Metrics
    {
        int ring;
        int gap;
        int border;
        int padding;
    };
    Metrics metrics() const;
    void applyMargins();
    void applyColours();
    void showLines();
    QRect body() const;

    room::StationEntry m_entry;
    StationText::Lines m_lines;
    int m_rank = 9;
    bool m_selected = false;
    bool m_pressed = false;
    int m_preferredWidth = 0;

    QLabel* m_need;
    QLabel* m_name;
    QWidget* m_mark; // where the selection box is drawn
    PhaseIcon* m_icon;
    QLabel* m_state;
    QList<QLabel*> m_details; // in the order of StationText::Lines::details()
};

} // namespace exam::ui
