#include "wrappingcheckbox.h"

#include <QPainterPath>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace exam::ui {

namespace {

// With the mnemonic flag like QCheckBox's own size hint: "&&" shows (and measures) as one "&".
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap | Qt::TextShowMnemonic;

} // namespace

WrappingCheckBox::WrappingCheckBox(const QString& text, QWidget* parent) : QCheckBox(text, parent)
{
    // Like a wrapped QLabel's: a Fixed height would cap it at its one-line size hint.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QRect WrappingCheckBox::textRect(const QRect& rect) const
{
    // The style (and the kiosk's style sheet) decides where the indicator and the text go.
    QStyleOptionButton option;
    initStyleOption(&option);
    option.rect = rect;
    return style()->subElementRect(QStyle::SE_CheckBoxContents, &option, this);
}

int WrappingCheckBox::textHeight(int width) const
{
    const QRect room = textRect(QRect(0, 0, width, 10'000));
    return fontMetrics().boundingRect(QRect(0, 0, std::max(1, room.width()), 10'000), TextFlags, text()).height();
}

QSize WrappingCheckBox::sizeHint() const
{
    const QSize single = QCheckBox::sizeHint(); // the whole text on one line
    return {single.width(), heightForWidth(single.width())};
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    // The indicator and the longest word; the height is the height for the width given.
    int longestWord = 0;
    for (const QString& word : text().split(u' ', Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, fontMetrics().horizontalAdvance(word));
    const QRect probe(0, 0, 10'000, 10'000);
    const int around = probe.width() - textRect(probe).width();
    return {around + longestWord, QCheckBox::sizeHint().height()}; // (QCheckBox's minimum calls sizeHint())
}

int WrappingCheckBox::heightForWidth(int width) const
{
    // Above and below the text: what the one-line check box has around its one line.
    const int frame = QCheckBox::sizeHint().height() - fontMetrics().height();
    return std::max(QCheckBox::sizeHint().height(), textHeight(width) + frame);
}

void WrappingCheckBox::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const QString words = option.text;
    option.text.clear(); // the style draws the frame, the indicator and the focus; the words wrap here
    painter.drawControl(QStyle::CE_CheckBox, option);
    drawIndicator(painter, style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, this));
    painter.drawItemText(textRect(rect()), TextFlags, palette(), isEnabled(), words, foregroundRole());
}

void WrappingCheckBox::drawIndicator(QPainter& painter, const QRect& box) const
{
    // Over the style's own box: Fusion outlines it in a grey of its own (about 2:1 on the window),
    // this one in the scheme's border colour (3:1 or more, tested) with the tick in the text colour.
    const qreal line = std::max(2.0, box.height() / 9.0);
    const QRectF inside = QRectF(box).adjusted(line / 2, line / 2, -line / 2, -line / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Dark), line));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(inside, line, line);
    if (isChecked()) {
        QPainterPath tick;
        tick.moveTo(inside.left() + inside.width() * 0.2, inside.top() + inside.height() * 0.52);
        tick.lineTo(inside.left() + inside.width() * 0.42, inside.top() + inside.height() * 0.75);
        tick.lineTo(inside.left() + inside.width() * 0.8, inside.top() + inside.height() * 0.25);
        painter.setPen(QPen(palette().color(QPalette::Text), line * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    }
    painter.restore();
}

bool WrappingCheckBox::hitButton(const QPoint& pos) const
{
    return rect().contains(pos);
}

} // namespace exam::ui
