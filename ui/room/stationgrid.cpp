#include "stationgrid.h"

#include "flowlayout.h"
#include "stationtile.h"
#include "wrappinglabel.h"

#include "room/roommodel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QScrollArea>

namespace exam::ui {

namespace {

constexpr int Spacing = 12;

} // namespace

StationGrid::StationGrid(const room::RoomModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_layout(new FlowLayout(this, Spacing)), m_empty(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("stationGrid"));
    setAccessibleName(tr("Stations"));
    m_empty->setObjectName(QStringLiteral("noStations"));
    m_layout->addWidget(m_empty);
    refresh();
}

void StationGrid::refresh()
{
    const QList<room::StationEntry> entries = m_model.stations();
    QList<StationTile*> order;
    QHash<QByteArray, StationTile*> kept;
    for (const room::StationEntry& entry : entries) {
        StationTile* tile = m_tiles.take(entry.pin);
        if (!tile)
            tile = addTile();
        tile->setEntry(entry, m_model.silenceMs(entry), m_model.breakLimitMinutes());
        kept.insert(entry.pin, tile);
        order.append(tile);
    }
    // What is left was removed from the room. The keyboard, if it was on one, goes to the tile now in
    // its place rather than nowhere.
    bool deselected = false;
    int focusedAt = -1;
    for (StationTile* gone : std::as_const(m_tiles)) {
        deselected = deselected || gone->isSelected();
        if (gone->hasFocus())
            focusedAt = int(m_order.indexOf(gone));
        m_layout->removeWidget(gone);
        m_order.removeAll(gone);
        delete gone;
    }
    m_tiles = kept;
    if (order != m_order)
        reorder(order);
    m_empty->setText(order.isEmpty() ? tr("No stations in this room yet. Choose “Add stations” to pair them.")
                                     : QString());
    m_empty->setVisible(order.isEmpty());
    if (focusedAt >= 0 && !order.isEmpty())
        focusTile(order.value(focusedAt, order.last()));
    if (deselected)
        Q_EMIT selectionChanged();
}

StationTile* StationGrid::addTile()
{
    auto* tile = new StationTile(this);
    connect(tile, &StationTile::selectedChanged, this, &StationGrid::selectionChanged);
    connect(tile, &StationTile::removeRequested, this, &StationGrid::removeRequested);
    return tile;
}

void StationGrid::reorder(const QList<StationTile*>& order)
{
    for (StationTile* tile : std::as_const(m_order))
        m_layout->removeWidget(tile);
    for (StationTile* tile : order) {
        m_layout->addWidget(tile);
        tile->show();
    }
    // Tab follows the order shown, as the arrows do.
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_order = order;
    fitColumns();
    Q_EMIT orderChanged();
}

QList<QByteArray> StationGrid::selectedPins() const
{
    QList<QByteArray> pins;
    for (StationTile* tile : selectedTiles())
        pins.append(tile->pin());
    return pins;
}

QList<StationTile*> StationGrid::selectedTiles() const
{
    QList<StationTile*> selected;
    for (StationTile* tile : m_order)
        if (tile->isSelected())
            selected.append(tile);
    return selected;
}

void StationGrid::selectAll()
{
    QSignalBlocker quiet(this); // one selectionChanged, not one per tile
    for (StationTile* tile : std::as_const(m_order))
        tile->setSelected(true);
    quiet.unblock();
    Q_EMIT selectionChanged();
}

void StationGrid::clearSelection()
{
    QSignalBlocker quiet(this);
    for (StationTile* tile : std::as_const(m_order))
        tile->setSelected(false);
    quiet.unblock();
    Q_EMIT selectionChanged();
}

void StationGrid::focusStation(const QByteArray& pin)
{
    if (StationTile* found = tile(pin))
        focusTile(found);
}

void StationGrid::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        clearSelection();
    } else if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End: moveFocus(event->key()); break;
        default: QWidget::keyPressEvent(event); return;
        }
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void StationGrid::moveFocus(int key)
{
    auto* current = qobject_cast<StationTile*>(focusWidget());
    const int index = int(m_order.indexOf(current));
    if (m_order.isEmpty())
        return;
    if (index < 0 || key == Qt::Key_Home) {
        focusTile(m_order.first());
        return;
    }
    if (key == Qt::Key_End) {
        focusTile(m_order.last());
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int next = index + (key == Qt::Key_Right ? 1 : -1);
        if (next >= 0 && next < m_order.size())
            focusTile(m_order[next]);
        return;
    }
    // Up and down: the nearest row above or below, and in it the tile nearest in x.
    const QRect from = current->geometry();
    StationTile* best = nullptr;
    int bestRow = 0;
    int bestColumn = 0;
    for (StationTile* tile : std::as_const(m_order)) {
        const QRect to = tile->geometry();
        const int row = key == Qt::Key_Up ? from.top() - to.top() : to.top() - from.top();
        if (row <= 0)
            continue;
        const int column = std::abs(to.center().x() - from.center().x());
        if (!best || row < bestRow || (row == bestRow && column < bestColumn)) {
            best = tile;
            bestRow = row;
            bestColumn = column;
        }
    }
    if (best)
        focusTile(best);
}

void StationGrid::focusTile(StationTile* tile)
{
    tile->setFocus(Qt::OtherFocusReason);
    for (QWidget* up = parentWidget(); up; up = up->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(up)) {
            scroll->ensureWidgetVisible(tile, 0, 0);
            break;
        }
    }
}

void StationGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void StationGrid::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
    else if (event->type() == QEvent::LanguageChange)
        refresh();
}

void StationGrid::fitColumns()
{
    // As many columns as fit at the tiles' narrowest, then every tile as wide as a column.
    const int available = contentsRect().width();
    const int narrowest = StationTile::minimumTileWidth(font());
    const int columns = std::max(1, (available + Spacing) / (narrowest + Spacing));
    const int width = std::max(std::min(narrowest, available), (available - (columns - 1) * Spacing) / columns);
    for (StationTile* tile : std::as_const(m_order))
        tile->setPreferredWidth(width);
}

} // namespace exam::ui
