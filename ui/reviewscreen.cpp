#include "reviewscreen.h"

#include "accessibility.h"
#include "appearance.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "session/sessionengine.h"
#include "textsize.h"
#include "timerdisplay.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace exam::ui {

ReviewTile::ReviewTile(int position, QWidget* parent) : QAbstractButton(parent), m_position(position)
{
    setObjectName(QStringLiteral("reviewTile%1").arg(position + 1));
    setFocusPolicy(Qt::StrongFocus);
    setState(false, false, false);
}

void ReviewTile::keyPressEvent(QKeyEvent* event)
{
    // Arrows move through the grid by rows and columns, Enter opens; the button's own handling of
    // arrows only steps to the neighbour.
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: Q_EMIT moveRequested(event->key()); return;
    case Qt::Key_Return:
    case Qt::Key_Enter: Q_EMIT clicked(); return;
    default: QAbstractButton::keyPressEvent(event);
    }
}

void ReviewTile::setState(bool answered, bool flagged, bool current)
{
    m_answered = answered;
    m_flagged = flagged;
    m_current = current;
    QString state = answered ? tr("answered") : tr("not answered");
    if (flagged)
        state = tr("%1, flagged").arg(state);
    setAccessibleName(tr("Item %1: %2").arg(m_position + 1).arg(state));
    setAccessibleDescription(tr("Opens the item."));
    setText(QString::number(m_position + 1));
    update();
}

QSize ReviewTile::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int width = std::max({metrics.horizontalAdvance(tr("Not answered")), metrics.horizontalAdvance(tr("Flagged")),
                                metrics.horizontalAdvance(QStringLiteral("888"))})
                      + 3 * metrics.averageCharWidth();
    return {width, metrics.height() * 9 / 2};
}

void ReviewTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    // Room outside the frame for the focus ring, which sits on the window's colour, never on a fill.
    const QRectF frame = QRectF(rect()).adjusted(6, 6, -6, -6);
    const QColor fill = m_answered ? colours.color(QPalette::Highlight) : colours.color(QPalette::Base);
    const QColor ink = m_answered ? colours.color(QPalette::HighlightedText) : colours.color(QPalette::Text);
    painter.setPen(
        QPen(m_current ? colours.color(QPalette::WindowText) : colours.color(QPalette::Mid), m_current ? 3 : 1.5));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, 6, 6);
    if (hasFocus()) {
        painter.setPen(QPen(Appearance::instance().colours().focus, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 8, 8);
    }

    const QFontMetrics metrics(font());
    const int line = metrics.height();
    painter.setPen(ink);
    painter.setFont(TextSize::scaled(font(), 1.3, true));
    painter.drawText(QRect(0, line * 3 / 10, width(), line * 3 / 2), Qt::AlignCenter, text());
    painter.setFont(font());
    painter.drawText(QRect(0, line * 19 / 10, width(), line), Qt::AlignCenter,
                     m_answered ? tr("Answered") : tr("Not answered"));
    if (m_flagged) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRect(0, line * 3, width(), line), Qt::AlignCenter, tr("⚑ Flagged"));
    }
}

ReviewScreen::ReviewScreen(QWidget* parent)
    : QWidget(parent),
      m_timer(new TimerDisplay(this)),
      m_title(new HeadingLabel(QString(), this)),
      m_summary(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_grid(new QWidget),
      m_gridLayout(new QGridLayout(m_grid)),
      m_back(new LargeButton(QString(), this)),
      m_submit(new LargeButton(QString(), this))
{
    setObjectName(QStringLiteral("reviewScreen"));
    readWholeOnArrival(this, m_title);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_back->setObjectName(QStringLiteral("reviewBack"));
    m_submit->setObjectName(QStringLiteral("reviewSubmit"));
    TextSize::setRole(m_title, 1.6, true);
    for (QLabel* label : {m_title, m_summary}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_gridLayout->setSpacing(10);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setObjectName(QStringLiteral("reviewScroll"));
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_back, 0, Qt::AlignBottom);
    bottom->addStretch(1);
    bottom->addWidget(m_submit, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 20);
    layout->setSpacing(12);
    // The time left beside the title, or under it when large text leaves no room.
    auto* header = new FlowLayout(nullptr, 24);
    header->addWidget(m_title);
    header->addWidget(m_timer);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);
    connect(m_back, &QPushButton::clicked, this, &ReviewScreen::backRequested);
    connect(m_submit, &QPushButton::clicked, this, &ReviewScreen::submitRequested);
    retranslate();
}

void ReviewScreen::retranslate()
{
    m_title->setText(tr("Review your answers"));
    m_back->setText(tr("Back to the item"));
    m_submit->setText(tr("Submit the module…"));
    m_submit->setAccessibleDescription(tr("Asks you to confirm before anything is submitted."));
}

void ReviewScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    // A tile is as wide as its longest state word, which the language changes.
    for (ReviewTile* tile : std::as_const(m_tiles))
        tile->updateGeometry();
    m_columns = 0;
    arrangeTiles();
    refresh();
}

void ReviewScreen::setSession(session::SessionEngine* engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_columns = 0;
    if (!m_engine)
        return;
    for (int position = 0; position < m_engine->itemCount(); ++position) {
        auto* tile = new ReviewTile(position, m_grid);
        connect(tile, &ReviewTile::clicked, this, [this, position] { Q_EMIT itemRequested(position); });
        connect(tile, &ReviewTile::moveRequested, this, [this, tile](int key) { moveFrom(tile, key); });
        m_tiles.append(tile);
    }
    // Only while it is seen: hidden, its tiles' names would reach a screen reader on every checkpoint
    // (the flow refreshes it before showing it).
    connect(m_engine, &session::SessionEngine::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    arrangeTiles();
    refresh();
}

void ReviewScreen::refresh()
{
    if (!m_engine)
        return;
    int flagged = 0;
    for (ReviewTile* tile : std::as_const(m_tiles)) {
        const session::SessionEngine::Response response = m_engine->response(tile->position());
        tile->setState(response.choice.has_value(), response.flagged, tile->position() == m_engine->currentPosition());
        flagged += response.flagged ? 1 : 0;
    }
    const int answered = m_engine->answeredCount();
    m_summary->setText(tr("%1 of %2 answered, %3 not answered, %4 flagged for review. Choose an item to open it.")
                           .arg(answered)
                           .arg(m_engine->itemCount())
                           .arg(m_engine->itemCount() - answered)
                           .arg(flagged));
    m_back->setText(tr("Back to item %1").arg(m_engine->currentPosition() + 1));
    refreshTime();
}

void ReviewScreen::focusCurrentItem()
{
    if (!m_engine || m_tiles.isEmpty())
        return;
    ReviewTile* tile = m_tiles.value(std::clamp(m_engine->currentPosition(), 0, int(m_tiles.size()) - 1));
    tile->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(tile);
}

void ReviewScreen::arrangeTiles()
{
    if (m_tiles.isEmpty())
        return;
    // From the screen's own width: the scroll area inside is laid out only after this resize.
    const int tileWidth = m_tiles.first()->sizeHint().width() + m_gridLayout->horizontalSpacing();
    const QMargins margins = layout()->contentsMargins();
    const int available =
        width() - margins.left() - margins.right() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 8;
    const int columns = std::max(1, available / std::max(1, tileWidth));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ReviewTile* tile : std::as_const(m_tiles))
        m_gridLayout->removeWidget(tile);
    for (ReviewTile* tile : std::as_const(m_tiles))
        m_gridLayout->addWidget(tile, tile->position() / columns, tile->position() % columns);
    m_gridLayout->setRowStretch(int(m_tiles.size() - 1) / columns + 1, 1);
    m_gridLayout->setColumnStretch(columns, 1);
    // Tab follows the numbers, row by row.
    for (qsizetype i = 1; i < m_tiles.size(); ++i)
        setTabOrder(m_tiles[i - 1], m_tiles[i]);
}

void ReviewScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeTiles();
}

void ReviewScreen::moveFrom(ReviewTile* tile, int key)
{
    if (m_columns == 0)
        return;
    int target = tile->position();
    switch (key) {
    case Qt::Key_Left: target -= 1; break;
    case Qt::Key_Right: target += 1; break;
    case Qt::Key_Up: target -= m_columns; break;
    case Qt::Key_Down: target += m_columns; break;
    default: return;
    }
    if (target >= 0 && target < m_tiles.size()) {
        m_tiles[target]->setFocus(Qt::TabFocusReason);
        m_scroll->ensureWidgetVisible(m_tiles[target]);
    }
}

} // namespace exam::ui

namespace exam::ui {

void ReviewScreen::refreshTime()
{
    if (!m_engine)
        return;
    m_timer->setTimeFactor(m_engine->timeFactorPercent());
    m_timer->setRemaining(m_engine->remaining(), m_engine->timed());
}

} // namespace exam::ui
