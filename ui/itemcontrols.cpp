#include "itemcontrols.h"

#include "flowlayout.h"
#include "largebutton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace exam::ui {

namespace {

constexpr int Spacing = 16;
constexpr qreal MaxShareOfHeight = 0.2;

// Hidden on purpose (a tool this candidate does not have), not merely not shown yet.
bool hiddenByChoice(const QWidget* widget)
{
    return widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide);
}

} // namespace

ItemControls::ItemControls(const QList<LargeButton*>& moves, const QList<LargeButton*>& tools, LargeButton* next,
                           QWidget* parent)
    : QWidget(parent),
      m_moves(moves),
      m_tools(tools),
      m_next(next),
      m_toolsButton(new LargeButton(QString(), this)),
      m_toolStrip(new QWidget(this)),
      m_foldedRow(new QHBoxLayout),
      m_row(new FlowLayout(nullptr, Spacing))
{
    setObjectName(QStringLiteral("itemControls"));
    m_toolsButton->setObjectName(QStringLiteral("itemTools"));
    m_toolsButton->setCheckable(true);
    m_toolsButton->setVisible(false);
    m_toolStrip->setObjectName(QStringLiteral("itemToolStrip"));
    auto* strip = new FlowLayout(m_toolStrip, Spacing);
    strip->setContentsMargins(0, 0, 0, 0);
    for (LargeButton* tool : m_tools)
        strip->addWidget(tool);

    for (LargeButton* move : m_moves)
        m_row->addWidget(move);
    m_row->addWidget(m_toolsButton);
    m_row->addWidget(m_toolStrip);
    auto* row = new QHBoxLayout;
    row->setSpacing(Spacing);
    row->addLayout(m_row, 1);
    row->addWidget(m_next, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(m_foldedRow);
    layout->addLayout(row);

    connect(m_toolsButton, &QPushButton::toggled, m_toolStrip, &QWidget::setVisible);
    if (parent)
        parent->installEventFilter(this); // its height decides too
    retranslate();
}

void ItemControls::retranslate()
{
    m_toolsButton->setText(tr("Tools"));
    m_toolsButton->setAccessibleDescription(tr("Shows or hides the tools (clear answer, calculator, display, read "
                                               "aloud, line reader) in a row of their own."));
}

bool ItemControls::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        arrange();
    return QWidget::eventFilter(watched, event);
}

bool ItemControls::event(QEvent* event)
{
    const bool handled = QWidget::event(event);
    // A button's text, text size or visibility changed, or the width did: the row may fit again, or
    // no longer.
    switch (event->type()) {
    case QEvent::LayoutRequest:
    case QEvent::Resize:
    case QEvent::Show: arrange(); break;
    default: break;
    }
    return handled;
}

int ItemControls::heightUnfolded() const
{
    // Every control but the Tools button, as the row lays them out unfolded, with their wide margins (so
    // neither folding nor going snug changes the answer): the moves wrap like words, the tools follow as
    // one block (the strip) on that line when it fits or from a new line, wrapping inside itself; Next
    // on the right.
    int rowWidth = width();
    if (!hiddenByChoice(m_next))
        rowWidth -= m_next->roomySizeHint().width() + Spacing;
    int rows = 1;
    int used = 0;
    int rowHeight = m_next->roomySizeHint().height();
    const auto place = [&](int itemWidth) {
        if (used > 0 && used + Spacing + itemWidth > rowWidth) {
            ++rows;
            used = 0;
        }
        used += (used > 0 ? Spacing : 0) + itemWidth;
    };
    for (const LargeButton* move : m_moves)
        if (!hiddenByChoice(move)) {
            place(move->roomySizeHint().width());
            rowHeight = std::max(rowHeight, move->roomySizeHint().height());
        }
    int stripWidth = 0;
    QList<int> toolWidths;
    for (const LargeButton* tool : m_tools)
        if (!hiddenByChoice(tool)) {
            toolWidths.append(tool->roomySizeHint().width());
            stripWidth += (stripWidth > 0 ? Spacing : 0) + toolWidths.last();
            rowHeight = std::max(rowHeight, tool->roomySizeHint().height());
        }
    if (stripWidth > 0) {
        if (used > 0 && used + Spacing + stripWidth > rowWidth) {
            ++rows; // the whole strip goes to a line of its own
            used = 0;
        }
        if (stripWidth <= rowWidth - used) {
            used += (used > 0 ? Spacing : 0) + stripWidth;
        } else { // wider than a whole line (which it starts): it wraps inside itself
            for (int toolWidth : toolWidths)
                place(toolWidth);
        }
    }
    return rows * rowHeight + (rows - 1) * Spacing;
}

void ItemControls::arrange()
{
    if (m_arranging || width() <= 0)
        return;
    // Wrapping onto a second row is fine where the screen is tall for its text; the tools fold when
    // the rows would take more than a fifth of the screen from the item.
    const int screenHeight = parentWidget() ? parentWidget()->height() : height();
    const bool fold = heightUnfolded() > screenHeight * MaxShareOfHeight;
    if (fold == m_folded)
        return;
    m_arranging = true;
    m_folded = fold;
    if (fold) {
        m_row->removeWidget(m_toolStrip);
        m_foldedRow->addWidget(m_toolStrip);
    } else {
        m_foldedRow->removeWidget(m_toolStrip);
        m_row->addWidget(m_toolStrip);
    }
    for (LargeButton* button : m_moves + m_tools + QList<LargeButton*>{m_toolsButton, m_next})
        button->setSnug(fold);
    m_toolsButton->setVisible(fold);
    m_toolStrip->setVisible(!fold || m_toolsButton->isChecked());
    m_arranging = false;
    Q_EMIT foldedChanged(fold);
}

} // namespace exam::ui
