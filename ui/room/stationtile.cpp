#include "stationtile.h"

#include "colourscheme.h"
#include "phaseicon.h"
#include "textsize.h"
#include "wrappinglabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QPainter>
#include <QVBoxLayout>

#include <array>

namespace exam::ui {

namespace {

// The lines under the state, with the names the tests and screen readers find them by.
constexpr std::array<std::pair<QString StationText::Lines::*, const char*>, 8> DetailLines{{
    {&StationText::Lines::detail, "tileDetail"},
    {&StationText::Lines::candidate, "tileCandidate"},
    {&StationText::Lines::module, "tileModule"},
    {&StationText::Lines::progress, "tileProgress"},
    {&StationText::Lines::time, "tileTime"},
    {&StationText::Lines::accommodations, "tileAccommodations"},
    {&StationText::Lines::heard, "tileHeard"},
    {&StationText::Lines::action, "tileAction"},
}};

// The kiosk's focus colour where the palette is one of its high-contrast schemes (there the highlight is
// the text's own colour, and a ring in it would read as a second border); the highlight otherwise.
QColor focusColour(const QPalette& palette)
{
    for (ColourScheme::Id id : ColourScheme::all()) {
        const ColourScheme& scheme = ColourScheme::of(id);
        if (scheme.highContrast && scheme.window == palette.color(QPalette::Window)
            && scheme.text == palette.color(QPalette::WindowText)
            && scheme.chosen == palette.color(QPalette::Highlight))
            return scheme.focus;
    }
    return palette.color(QPalette::Highlight);
}

QLabel* line(QWidget* parent, const char* name)
{
    auto* label = new WrappingLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // a candidate's name or a station's words are never markup
    return label;
}

// A tile to assistive technology: a check box (selected or not) named by its station, need and state,
// described by its other lines; toggled as a click or Space toggles it.
class StationTileAccessible : public QAccessibleWidget
{
public:
    explicit StationTileAccessible(StationTile* tile) : QAccessibleWidget(tile, QAccessible::CheckBox) { }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = tile()->isSelected();
        return state;
    }
    QStringList actionNames() const override { return {toggleAction()}; }
    void doAction(const QString& name) override
    {
        if (name == toggleAction() || name == pressAction())
            tile()->toggle();
    }

private:
    StationTile* tile() const { return static_cast<StationTile*>(widget()); }
};

QAccessibleInterface* tileAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String(StationTile::staticMetaObject.className()))
        if (auto* tile = qobject_cast<StationTile*>(object))
            return new StationTileAccessible(tile);
    return nullptr;
}

} // namespace

StationTile::StationTile(QWidget* parent)
    : QFrame(parent),
      m_need(line(this, "tileNeed")),
      m_name(line(this, "tileName")),
      m_mark(new QWidget(this)),
      m_icon(new PhaseIcon(this)),
      m_state(line(this, "tileState"))
{
    static const bool installed = [] {
        QAccessible::installFactory(tileAccessible);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("stationTile"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    TextSize::setRole(m_name, 1.15, true);
    TextSize::setRole(m_state, 1.0, true);
    TextSize::setRole(m_need, 1.0, true);
    m_need->setAlignment(Qt::AlignCenter);
    m_mark->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_icon->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_name, 1);
    top->addWidget(m_mark, 0, Qt::AlignTop);
    auto* state = new QHBoxLayout;
    state->setSpacing(8);
    state->addWidget(m_icon, 0, Qt::AlignTop);
    state->addWidget(m_state, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(3);
    layout->addWidget(m_need);
    layout->addLayout(top);
    layout->addLayout(state);
    for (const auto& [field, name] : DetailLines) {
        QLabel* label = line(this, name);
        m_details.append(label);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    for (QLabel* label : findChildren<QLabel*>())
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // the tile takes the clicks
    applyMargins();
    applyColours();
}

void StationTile::setEntry(const room::StationEntry& entry, qint64 silenceMs, int breakLimitMinutes)
{
    m_entry = entry;
    const int rank = room::RoomModel::needRank(entry);
    const StationText::Lines lines = StationText::lines(entry, silenceMs, breakLimitMinutes);
    if (rank == m_rank && lines.need == m_lines.need && lines.name == m_lines.name && lines.state == m_lines.state
        && lines.details() == m_lines.details() && m_icon->phase() == entry.shownPhase())
        return; // the every-second refresh: nothing to redo when nothing changed
    const bool rankChanged = rank != m_rank;
    m_rank = rank;
    m_lines = lines;
    m_icon->setPhase(entry.shownPhase());
    showLines();
    if (rankChanged) {
        applyMargins(); // the border's thickness follows the need
        applyColours(); // and the band's fill
    }
    update();
}

void StationTile::showLines()
{
    m_need->setText(m_lines.need.toUpper());
    m_need->setAccessibleName(m_lines.need);
    m_need->setVisible(!m_lines.need.isEmpty());
    m_name->setText(m_lines.name);
    m_state->setText(m_lines.state);
    for (int i = 0; i < m_details.size(); ++i) {
        const QString& text = m_lines.*(DetailLines[size_t(i)].first);
        m_details[i]->setText(text);
        m_details[i]->setVisible(!text.isEmpty());
    }
    // What a screen reader says on arriving: the station, whether it needs the proctor, its state;
    // then, as its description, every line the tile shows.
    const QString need = m_lines.need.isEmpty() ? QString() : m_lines.need + QStringLiteral(". ");
    setAccessibleName(tr("%1: %2%3.").arg(m_lines.name, need, m_lines.state));
    setAccessibleDescription(m_lines.details().join(QStringLiteral(". ")));
    updateGeometry();
}

void StationTile::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    applyColours();
    update();
    QAccessible::State changed;
    changed.checked = true;
    QAccessibleStateChangeEvent event(this, changed);
    QAccessible::updateAccessibility(&event);
    Q_EMIT selectedChanged(selected);
}

void StationTile::setPreferredWidth(int width)
{
    if (width == m_preferredWidth)
        return;
    m_preferredWidth = width;
    updateGeometry();
}

int StationTile::minimumTileWidth(const QFont& font)
{
    // About 26 average characters: "Waiting to start" with its shape and a name with its id on a line;
    // four tiles across a 1366-pixel screen beside the actions, seven across 1920 (at 100 % text).
    return QFontMetrics(font).averageCharWidth() * 53 / 2;
}

QSize StationTile::sizeHint() const
{
    const int width = std::max(m_preferredWidth, minimumTileWidth(font()));
    return {width, heightForWidth(width)};
}

QSize StationTile::minimumSizeHint() const
{
    // The height at the width the tile gets, not at its narrowest: a layout takes the larger of hint and
    // minimum, and the narrowest width's (taller) height would leave a gap under every tile.
    const QSize hint = sizeHint();
    return {std::min(minimumTileWidth(font()), hint.width()), hint.height()};
}

StationTile::Metrics StationTile::metrics() const
{
    const int em = fontMetrics().height();
    const int border = m_rank <= 1 ? std::max(4, em / 4) : m_rank == 2 ? std::max(2, em / 9) : 1;
    return {std::max(3, em / 6), std::max(2, em / 9), border, std::max(6, em / 3)};
}

void StationTile::applyMargins()
{
    const Metrics m = metrics();
    // The thickest border's room is always kept, so a tile's text does not move when its need does.
    const int thickest = std::max(4, fontMetrics().height() / 4);
    const int edge = m.ring + m.gap + thickest + m.padding;
    layout()->setContentsMargins(edge, m.ring + m.gap + thickest, edge, edge);
    const int mark = qRound(fontMetrics().height() * 1.1);
    m_mark->setFixedSize(mark, mark);
}

void StationTile::applyColours()
{
    // Roles, not colours: a change of scheme reaches the tile through the palette.
    const QPalette::ColorRole text = m_selected ? QPalette::HighlightedText : QPalette::Text;
    for (QLabel* label : findChildren<QLabel*>())
        label->setForegroundRole(text);
    m_icon->setForegroundRole(text);
    // "Needs you" is a band drawn in the text's colour with its words in the tile's; "Watch" is only words.
    if (m_rank <= 1)
        m_need->setForegroundRole(m_selected ? QPalette::Highlight : QPalette::Base);
}

QRect StationTile::body() const
{
    const Metrics m = metrics();
    return rect().adjusted(m.ring + m.gap, m.ring + m.gap, -(m.ring + m.gap), -(m.ring + m.gap));
}

void StationTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const Metrics m = metrics();
    const QColor background = palette().color(m_selected ? QPalette::Highlight : QPalette::Base);
    const QColor text = palette().color(m_selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect inside = body();
    painter.fillRect(inside, background);
    if (m_need->isVisible() && m_rank <= 1) {
        const QRect band(inside.left(), inside.top(), inside.width(), m_need->geometry().bottom() - inside.top() + 2);
        painter.fillRect(band, text);
    }
    // The border: thick and solid for "Needs you", dashed for "Watch", thin otherwise; always in a
    // colour that stands out against the window behind the tile.
    QPen border(palette().color(m_rank <= 2 ? QPalette::WindowText : QPalette::Mid), m.border);
    border.setJoinStyle(Qt::MiterJoin);
    if (m_rank == 2)
        border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    const qreal half = m.border / 2.0;
    painter.drawRect(QRectF(inside).adjusted(half, half, -half, -half));
    // The selection box: empty, or filled and ticked.
    const QRectF box = QRectF(m_mark->geometry()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(text, 2));
    painter.setBrush(m_selected ? QBrush(text) : QBrush(background));
    painter.drawRect(box);
    if (m_selected) {
        painter.setPen(QPen(background, box.width() / 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF o = box.topLeft();
        const qreal s = box.width();
        painter.drawPolyline(QPolygonF(
            {o + QPointF(0.2 * s, 0.52 * s), o + QPointF(0.42 * s, 0.74 * s), o + QPointF(0.8 * s, 0.28 * s)}));
    }
    // The focus ring, outside the border with a gap, so it never reads as the "Needs you" border.
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(focusColour(palette()), m.ring));
        painter.setBrush(Qt::NoBrush);
        const qreal ring = m.ring / 2.0;
        painter.drawRect(QRectF(rect()).adjusted(ring, ring, -ring, -ring));
    }
}

void StationTile::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Select) && event->modifiers() == Qt::NoModifier) {
        if (!event->isAutoRepeat())
            toggle();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event); // arrows, Ctrl+A and Escape are the grid's
}

void StationTile::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    QFrame::mousePressEvent(event);
}

void StationTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        toggle();
    m_pressed = false;
    QFrame::mouseReleaseEvent(event);
}

void StationTile::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* select = menu.addAction(m_selected ? tr("Deselect") : tr("Select"));
    QAction* remove = menu.addAction(tr("Remove station…"));
    const QAction* chosen = menu.exec(event->globalPos());
    if (chosen == select)
        toggle();
    else if (chosen == remove)
        Q_EMIT removeRequested(m_entry.pin);
}

void StationTile::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyMargins();
        updateGeometry();
    } else if (event->type() == QEvent::LanguageChange && !m_entry.pin.isEmpty()) {
        m_lines = {}; // said again in the new language at the next refresh
    }
}

void StationTile::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    update();
}

void StationTile::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    update();
}

} // namespace exam::ui
