#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;

namespace exam::room {
class RoomModel;
}

namespace exam::ui {

class FlowLayout;
class StationTile;

// The room's stations as tiles, in rows that wrap (FlowLayout), in the model's order: who needs the
// proctor first. All tiles are as wide as the width allows for a whole number of columns, so the columns
// line up and nothing scrolls sideways. Owns the selection: click or Space toggles a tile, Ctrl+A selects
// all, Escape clears; arrows, Home and End move between tiles (Tab too, in the same order).
class StationGrid : public QWidget
{
    Q_OBJECT
public:
    explicit StationGrid(const room::RoomModel& model, QWidget* parent = nullptr);

    // Reads the model again: new tiles, updated ones, removed ones gone (and out of the selection), all
    // in the model's order. Cheap when nothing changed (the every-second refresh).
    void refresh();

    QList<StationTile*> tiles() const { return m_order; } // in the order shown
    StationTile* tile(const QByteArray& pin) const { return m_tiles.value(pin); }
    QList<QByteArray> selectedPins() const; // in the order shown
    QList<StationTile*> selectedTiles() const;

    void selectAll();
    void clearSelection();
    // Moves the keyboard to a station's tile and scrolls it into view.
    void focusStation(const QByteArray& pin);

Q_SIGNALS:
    void selectionChanged();
    void removeRequested(const QByteArray& pin);
    // The tiles' order changed (or tiles came or went): for a Tab order around the grid.
    void orderChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    StationTile* addTile();
    void reorder(const QList<StationTile*>& order);
    void fitColumns();
    void moveFocus(int key);
    void focusTile(StationTile* tile);

    const room::RoomModel& m_model;
    FlowLayout* m_layout;
    QLabel* m_empty;
    QHash<QByteArray, StationTile*> m_tiles;
    QList<StationTile*> m_order;
};

} // namespace exam::ui
